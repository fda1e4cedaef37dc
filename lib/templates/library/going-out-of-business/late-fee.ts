import { greeting, HOW_TO_PAY } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'late-fee',
  title: 'Late fee notice',
  subject: '{{#fee}}Late payment fee on your overdue balance{{/fee}}{{^fee}}Your overdue balance: {{total}}{{/fee}}',
  body: `${greeting('Hi', 'Hello')}

{{#fee}}Under our payment terms a late fee applies to the overdue invoices below:{{/fee}}{{^fee}}These invoices are overdue:{{/fee}}

{{#invoices}}
- {{number}}, due {{due}}: {{balance}}{{#fee}}, fee {{fee}}{{/fee}}
{{/invoices}}
{{#moreInvoices}}
- and {{moreInvoices}} more
{{/moreInvoices}}

{{#fee}}{{fee.wording}}: {{fee.amount}} ({{fee.basis}}). New total: {{fee.totalWithFee}}.{{/fee}}{{^fee}}No fee is due on them yet.{{/fee}}

If a payment plan would help you, reply and we will set one up.

${HOW_TO_PAY}
Regards,
{{signature}}
`,
});
