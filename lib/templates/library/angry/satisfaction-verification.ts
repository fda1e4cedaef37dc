import { greeting, HOW_TO_PAY, OVERDUE_INVOICES, SUBJECT_INVOICES, UPCOMING_INVOICES } from '../../blocks';
import { defineTemplate } from '../../define-template';

export default defineTemplate({
  class: 'angry',
  stage: 'satisfaction-verification',
  title: 'Satisfaction verification letter',
  subject: `{{#concern}}Your concern about{{/concern}}{{^concern}}About{{/concern}} {{#invoiceCount}}${SUBJECT_INVOICES}{{/invoiceCount}}{{^invoiceCount}}{{#upcoming}}${SUBJECT_INVOICES}{{/upcoming}}{{/invoiceCount}}`,
  body: `${greeting('Dear', 'Dear Sir or Madam')}

{{#concern}}We understand you have a concern about the following:{{/concern}}{{^concern}}We would like to be sure you are satisfied with what these invoices cover:{{/concern}}

${OVERDUE_INVOICES}

${UPCOMING_INVOICES}

We take this seriously. Please tell us in writing what{{#concern}} was{{/concern}}{{^concern}}, if anything, is{{/concern}} wrong, with any supporting details, so we can investigate and respond. If we find we are at fault, we will correct it; the amounts that are not in question remain payable.

${HOW_TO_PAY}
Regards,
{{signature}}
`,
});
