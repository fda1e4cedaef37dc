import { greeting, HOW_TO_PAY } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'late-fee',
  title: 'Late fee notice',
  subject: '{{#fee}}Late payment fee on overdue invoices{{/fee}}{{^fee}}Overdue invoices: {{total}}{{/fee}}',
  body: `${greeting('Hi', 'Hello')}

{{#fee}}As set out in our payment terms, a late payment fee now applies to the overdue invoices below:{{/fee}}{{^fee}}These invoices are overdue:{{/fee}}

{{#invoices}}
- {{number}}, due {{due}}: {{balance}}{{#fee}}, fee {{fee}}{{/fee}}
{{/invoices}}
{{#moreInvoices}}
- and {{moreInvoices}} more
{{/moreInvoices}}

{{#fee}}{{fee.wording}}: {{fee.amount}} ({{fee.basis}}). New total: {{fee.totalWithFee}}.{{/fee}}{{^fee}}No fee is due on them yet.{{/fee}}

Let me know if you have any questions.

${HOW_TO_PAY}
Best regards,
{{signature}}
`,
});
