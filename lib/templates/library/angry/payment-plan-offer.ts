import { greeting, HOW_TO_PAY } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'payment-plan-offer',
  title: 'Payment plan with a promissory note',
  subject: 'Proposal to settle {{total}} in instalments',
  body: `${greeting('Dear', 'Dear Sir or Madam')}

To bring the overdue balance of {{total}} to a close, we are prepared to accept payment in {{plan.count}} instalments:

{{#plan.installments}}
- Payment {{number}}: {{amount}} by {{due}}
{{/plan.installments}}

This proposal requires a signed promissory note confirming the balance and the dates above{{#attached.promissoryNote}}; it is attached ({{attached.promissoryNote}}){{/attached.promissoryNote}}{{^attached.promissoryNote}}, which I will send for signature once you agree{{/attached.promissoryNote}}. If an instalment is missed, the remaining balance becomes due immediately.

${HOW_TO_PAY}
Regards,
{{signature}}
`,
});
