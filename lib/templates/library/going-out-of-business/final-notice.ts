import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'final-notice',
  title: "Final notice before further action",
  subject: "Final notice: {{total}} overdue",
  body: `Dear {{customer.contactName}},

Despite our reminders and our offer of a payment plan, the following remains unpaid:

{{#invoices}}
- {{number}}, due {{due}}: {{balance}}{{#daysLate}} ({{daysLate}} days late){{/daysLate}}
{{/invoices}}

Total: {{total}}. Unless we receive payment, or a signed payment plan, within 7 days, we will have to refer the debt to a collection agency or to court. We would prefer to agree a plan with you: please call me.

{{#fee}}
{{fee.wording}}: {{fee.amount}} ({{fee.basis}}). Total with it: {{fee.totalWithFee}}.

{{/fee}}
Regards,
{{signature}}
`,
});
