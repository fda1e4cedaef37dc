import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'final-notice',
  title: "Final notice before further action",
  subject: "Final notice before collection: {{total}}",
  body: `Dear {{customer.contactName}},

This is a final notice concerning the following unpaid invoices:

{{#invoices}}
- {{number}}, due {{due}}: {{balance}}{{#daysLate}} ({{daysLate}} days late){{/daysLate}}
{{/invoices}}

Total: {{total}}. Our reminders and calls are on record. If payment is not received within 7 days of this notice, we will refer the debt to a collection agency or to court without further notice.

{{#fee}}
{{fee.wording}}: {{fee.amount}} ({{fee.basis}}). Total with it: {{fee.totalWithFee}}.

{{/fee}}
Regards,
{{signature}}
`,
});
