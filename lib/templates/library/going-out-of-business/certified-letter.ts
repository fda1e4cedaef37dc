import { FEE_LINE, STATEMENT_LINES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'certified-letter',
  title: 'Certified letter',
  subject: 'Formal notice: overdue balance of {{total}}',
  body: `{{today}}

{{customer.name}}
Attn: {{customer.contactName}}

Re: overdue balance of {{total}}

The following invoices remain unpaid:

${STATEMENT_LINES}

${FEE_LINE}
We have offered to spread the balance over a payment plan. Please pay in full, or sign a payment plan, within 14 days of this letter. After that date we will refer the matter for collection.

Sincerely,
{{signature}}
`,
});
