import { ALSO_COMING_DUE, FEE_LINE, HOW_TO_PAY, REMINDED_HOW, STATEMENT_LINES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'unorganized',
  stage: 'certified-letter',
  title: 'Certified letter',
  subject: 'Formal notice of overdue invoices: {{total}}',
  body: `{{today}}

{{customer.name}}
{{#customer.contactName}}
Attn: {{customer.contactName}}
{{/customer.contactName}}

Re: overdue invoices

Our records show the following invoices remain unpaid:

${STATEMENT_LINES}

Total overdue: {{total}}.

${FEE_LINE}
{{#reminders.any}}We have reminded you${REMINDED_HOW}. {{/reminders.any}}Please pay the overdue balance of {{total}} within 14 days of this letter or contact us to agree a payment date.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Sincerely,
{{signature}}
`,
});
