import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'one-week',
  title: "1 week late: documented follow-up",
  subject: "Follow-up: {{total}} overdue since {{oldestDue}}",
  body: `Dear {{customer.contactName}},

I am following up on the invoices below, which are {{daysLate}} days past due:

{{#invoices}}
- {{number}}, due {{due}}: {{balance}}{{#daysLate}} ({{daysLate}} days late){{/daysLate}}
{{/invoices}}

{{#fee}}
{{fee.wording}}: {{fee.amount}} ({{fee.basis}}). Total with it: {{fee.totalWithFee}}.

{{/fee}}
Our records show the goods or services were delivered as ordered. If you have a specific concern, please put it in writing so it can be resolved; undisputed amounts remain payable meanwhile.

Regards,
{{signature}}
`,
});
