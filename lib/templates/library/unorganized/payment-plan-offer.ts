import { greeting, HOW_TO_PAY } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'payment-plan-offer',
  title: 'Offer a payment plan with a promissory note',
  subject: 'An easier way to settle {{total}}',
  body: `${greeting('Hi', 'Hello')}

To make the overdue balance of {{total}} easier to handle, we propose {{plan.count}} payments:

{{#plan.installments}}
- Payment {{number}}: {{amount}} by {{due}}
{{/plan.installments}}

{{#attached.promissoryNote}}If that works for you, please sign and return the promissory note attached ({{attached.promissoryNote}}); the plan starts once it is signed.{{/attached.promissoryNote}}{{^attached.promissoryNote}}If that works for you, I will send a short promissory note to sign and return; the plan starts once it is signed.{{/attached.promissoryNote}} Happy to adjust the dates if another schedule suits you better.

${HOW_TO_PAY}
Best regards,
{{signature}}
`,
});
