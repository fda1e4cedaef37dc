import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'statement',
  title: "Statement of past-due invoices (re-invoice)",
  subject: "Statement of account: {{total}} past due",
  body: `Hi {{customer.contactName}},

Please find below a statement of the invoices that remain unpaid:

{{#invoices}}
- {{number}}, issued {{issued}}, due {{due}}: {{balance}} outstanding{{#daysLate}}, {{daysLate}} days late{{/daysLate}}
{{/invoices}}

Total past due: {{total}}.

{{#fee}}
{{fee.wording}}: {{fee.amount}} ({{fee.basis}}). Total with it: {{fee.totalWithFee}}.

{{/fee}}
If you can pay part of it now, please do, and let us agree a date for the rest.

Regards,
{{signature}}
`,
});
