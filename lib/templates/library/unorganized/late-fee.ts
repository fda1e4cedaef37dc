import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'late-fee',
  title: 'Late fee notice',
  subject: 'Late payment fee on overdue invoices',
  body: `Hi {{customer.contactName}},

As set out in our payment terms, a late payment fee now applies to the overdue invoices below:

{{#invoices}}
- {{number}}, due {{due}}: {{balance}}{{#fee}}, fee {{fee}}{{/fee}}
{{/invoices}}

{{#fee}}{{fee.wording}}: {{fee.amount}} ({{fee.basis}}). New total: {{fee.totalWithFee}}.{{/fee}}{{^fee}}No fee is due yet: settling now avoids one.{{/fee}}

Paying the balance promptly stops further fees. Let me know if you have any questions.

Best regards,
{{signature}}
`,
});
