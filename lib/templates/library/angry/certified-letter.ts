import { ALSO_COMING_DUE, FEE_LINE, HOW_TO_PAY, REMINDED_HOW, STATEMENT_LINES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'certified-letter',
  title: 'Certified letter, copy senior leadership',
  subject: 'Formal demand for payment: {{total}}',
  body: `{{today}}

{{customer.name}}
{{#customer.contactName}}
Attn: {{customer.contactName}}
{{/customer.contactName}}

Re: formal demand for payment

{{#letter}}This letter is sent by certified mail. {{/letter}}The following invoices remain unpaid:

${STATEMENT_LINES}

Total overdue: {{total}}. {{#reminders.any}}We have reminded you${REMINDED_HOW}, and this is on record. {{/reminders.any}}Any concern about these invoices should be sent in writing; it does not suspend payment of undisputed amounts.

${FEE_LINE}
Please pay the overdue balance of {{total}} within 14 days of the date of this letter. After that date we will pass the matter to a collection agency or to court.

${HOW_TO_PAY}
${ALSO_COMING_DUE}
Sincerely,
{{signature}}
`,
});
