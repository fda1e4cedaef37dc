import { ALSO_COMING_DUE, FEE_LINE, HOW_TO_PAY, STATEMENT_LINES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'going-out-of-business',
  stage: 'certified-letter',
  title: 'Certified letter',
  subject: 'Formal notice: overdue balance of {{total}}',
  body: `{{today}}

{{customer.name}}
{{#customer.contactName}}
Attn: {{customer.contactName}}
{{/customer.contactName}}

Re: overdue balance of {{total}}

The following invoices remain unpaid:

${STATEMENT_LINES}

${FEE_LINE}
{{#planOffered}}We have offered to spread the balance over a payment plan.{{/planOffered}}{{^planOffered}}We can spread the balance over a payment plan.{{/planOffered}} Please pay the overdue balance of {{total}} in full, or sign a payment plan, within 14 days of this letter. After that date we will refer the matter for collection.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Sincerely,
{{signature}}
`,
});
