import { FEE_LINE, STATEMENT_LINES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'certified-letter',
  title: 'Certified letter, copy senior leadership',
  subject: 'Formal demand for payment: {{total}}',
  body: `{{today}}

{{customer.name}}
Attn: {{customer.contactName}}

Re: formal demand for payment

This letter is sent by certified mail. The following invoices remain unpaid:

${STATEMENT_LINES}

Total outstanding: {{total}}. Our previous reminders and calls are documented. Any concern about these invoices should be sent in writing; it does not suspend payment of undisputed amounts.

${FEE_LINE}
Please pay within 14 days of the date of this letter. After that date we will pass the matter to a collection agency or to court.

Sincerely,
{{signature}}
`,
});
