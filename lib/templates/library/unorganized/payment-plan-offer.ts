import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'payment-plan-offer',
  title: 'Offer a payment plan with a promissory note',
  subject: 'An easier way to settle {{total}}',
  body: `Hi {{customer.contactName}},

To make the overdue balance of {{total}} easier to handle, we can split it into {{plan.count}} payments:

{{#plan.installments}}
- Payment {{number}}: {{amount}} by {{due}}
{{/plan.installments}}

If that works for you, I will send a short promissory note to sign and return; the plan starts once it is signed. Happy to adjust the dates if another schedule suits you better.

Best regards,
{{signature}}
`,
});
