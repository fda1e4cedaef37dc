import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'one-month',
  title: "1 month late: escalate, copy senior leadership",
  subject: "Overdue for a month: {{total}} from {{customer.name}}",
  body: `Hello {{customer.contactName}},

Our invoices to {{customer.name}} are now {{daysLate}} days overdue, despite our earlier reminders. I am copying your leadership so this can be put through quickly.

{{#invoices}}
- {{number}}, due {{due}}: {{balance}}{{#daysLate}} ({{daysLate}} days late){{/daysLate}}
{{/invoices}}

Total outstanding: {{total}}.

{{#fee}}
{{fee.wording}}: {{fee.amount}} ({{fee.basis}}). Total with it: {{fee.totalWithFee}}.

{{/fee}}
Please arrange payment this week, or tell me who I should speak to so it gets approved.

Kind regards,
{{signature}}
`,
});
