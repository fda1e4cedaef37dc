import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'late-fee',
  title: 'Late fee notice',
  subject: 'Late payment fee on your overdue balance',
  body: `Hi {{customer.contactName}},

Under our payment terms a late fee applies to the overdue invoices below:

{{#invoices}}
- {{number}}, due {{due}}: {{balance}}{{#fee}}, fee {{fee}}{{/fee}}
{{/invoices}}

{{#fee}}{{fee.wording}}: {{fee.amount}} ({{fee.basis}}). New total: {{fee.totalWithFee}}.{{/fee}}{{^fee}}No fee is due yet.{{/fee}}

If a payment plan would help you avoid further fees, reply and we will set one up.

Regards,
{{signature}}
`,
});
