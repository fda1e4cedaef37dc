import { greeting, HOW_TO_PAY } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'late-fee',
  title: 'Late fee notice',
  subject: '{{#fee}}Notice of late payment fee{{/fee}}{{^fee}}Overdue invoices: {{total}}{{/fee}}',
  body: `${greeting('Dear', 'Dear Sir or Madam')}

{{#fee}}In accordance with our payment terms, a late fee applies to these overdue invoices:{{/fee}}{{^fee}}These invoices are overdue:{{/fee}}

{{#invoices}}
- {{number}}, due {{due}}: {{balance}}{{#fee}}, fee {{fee}}{{/fee}}
{{/invoices}}
{{#moreInvoices}}
- and {{moreInvoices}} more
{{/moreInvoices}}

{{#fee}}{{fee.wording}}: {{fee.amount}} ({{fee.basis}}). Total now due: {{fee.totalWithFee}}.{{/fee}}{{^fee}}No fee applies yet.{{/fee}}

${HOW_TO_PAY}
Regards,
{{signature}}
`,
});
