import { greeting, HOW_TO_PAY } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'payment-plan-offer',
  title: 'Payment plan with a promissory note',
  subject: 'A payment plan for your overdue balance of {{total}}',
  body: `${greeting('Hi', 'Hello')}

We understand that cash flow can be difficult, and we would like to help you clear the overdue balance of {{total}} in manageable steps:

{{#plan.installments}}
- Payment {{number}}: {{amount}} by {{due}}
{{/plan.installments}}

To put the plan in place we ask you to sign a promissory note confirming the balance and these dates{{#attached.promissoryNote}}: it is attached ({{attached.promissoryNote}}){{/attached.promissoryNote}}{{^attached.promissoryNote}}, which I will send you{{/attached.promissoryNote}}. If a payment is missed, the remaining balance becomes due at once.

Please sign and return the note by {{plan.firstDue}}, or call me if the dates need adjusting.

${HOW_TO_PAY}
Kind regards,
{{signature}}
`,
});
