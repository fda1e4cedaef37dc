// Blocks many built-in templates share, written once: the list of overdue invoices and the late
// fee line. A user editing a template sees them expanded, as plain template language.

/** Each overdue invoice with its due date, balance and days late. */
export const OVERDUE_INVOICES = `{{#invoices}}
- {{number}}, due {{due}}: {{balance}}{{#daysLate}} ({{daysLate}} days late){{/daysLate}}
{{/invoices}}`;

/** The statement's fuller line: issued and due dates, what is outstanding. */
export const STATEMENT_LINES = `{{#invoices}}
- {{number}}, issued {{issued}}, due {{due}}: {{balance}} outstanding{{#daysLate}}, {{daysLate}} days late{{/daysLate}}
{{/invoices}}`;

/** The late fee under the user's policy and wording, when one applies (with a blank line after). */
export const FEE_LINE = `{{#fee}}
{{fee.wording}}: {{fee.amount}} ({{fee.basis}}). Total with it: {{fee.totalWithFee}}.

{{/fee}}`;
