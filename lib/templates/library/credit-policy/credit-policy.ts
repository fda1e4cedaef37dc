import type { TemplateClass } from '../../stages';
import { greeting, HOW_TO_PAY } from '../../blocks';
import { defineTemplate } from '../../define-template';

/**
 * The owner's credit policy, sent for the customer to acknowledge (again every year): the same
 * words whatever the class, since it is about the terms, not about a late invoice.
 */
export const creditPolicyTemplate = (c: TemplateClass) =>
  defineTemplate({
    class: c,
    stage: 'credit-policy',
    title: 'Send the credit policy to acknowledge',
    subject: 'Our payment terms: please confirm',
    body: `${greeting('Hi', 'Hello')}

So that we are on the same page, here are our payment terms:

{{creditPolicy}}

Could you reply to confirm you have received them? Thank you.

${HOW_TO_PAY}
Kind regards,
{{signature}}
`,
  });
