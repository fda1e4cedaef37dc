import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'late-fee',
  title: 'Late fee notice',
  subject: 'Notice of late payment fee',
  body: `Dear {{customer.contactName}},

In accordance with our payment terms, a late fee applies to these overdue invoices:

{{#invoices}}
- {{number}}, due {{due}}: {{balance}}{{#fee}}, fee {{fee}}{{/fee}}
{{/invoices}}

{{#fee}}{{fee.wording}}: {{fee.amount}} ({{fee.basis}}). Total now due: {{fee.totalWithFee}}.{{/fee}}{{^fee}}No fee applies yet.{{/fee}}

Further fees accrue until the balance is paid.

Regards,
{{signature}}
`,
});
