import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'payment-plan-offer',
  title: 'Payment plan with a promissory note',
  subject: 'Proposal to settle {{total}} in instalments',
  body: `Dear {{customer.contactName}},

To bring this matter to a close, we are prepared to accept the balance of {{plan.total}} in {{plan.count}} instalments:

{{#plan.installments}}
- Payment {{number}}: {{amount}} by {{due}}
{{/plan.installments}}

This proposal requires a signed promissory note confirming the balance and the dates above. If an instalment is missed, the remaining balance becomes due immediately.

Regards,
{{signature}}
`,
});
