import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'one-week',
  title: "1 week late: second reminder",
  subject: "Second reminder: {{total}} is {{daysLate}} days past due",
  body: `Hi {{customer.contactName}},

Following up on my earlier note: the invoices below are now past due.

{{#invoices}}
- {{number}}, due {{due}}: {{balance}}{{#daysLate}} ({{daysLate}} days late){{/daysLate}}
{{/invoices}}

Total outstanding: {{total}}.

{{#fee}}
{{fee.wording}}: {{fee.amount}} ({{fee.basis}}). Total with it: {{fee.totalWithFee}}.

{{/fee}}
Could you confirm the date payment will go out? If something is holding it up, a quick reply helps me keep our records straight.

Many thanks,
{{signature}}
`,
});
