// Blocks many built-in templates share, written once. A user editing a template sees them
// expanded, as plain template language. Each sentence that states a fact sits in a section on
// the fact behind it, so it is written only when the ledger bears it out.

/** The greeting: the contact by name, or a neutral greeting when no person's name is known. */
export const greeting = (hello: string, neutral: string) =>
  `{{#customer.contactName}}${hello} {{customer.contactName}},{{/customer.contactName}}{{^customer.contactName}}${neutral},{{/customer.contactName}}`;

/** Each overdue invoice with its due date, balance and days late; the first ones when there are many. */
export const OVERDUE_INVOICES = `{{#invoices}}
- {{number}}, due {{due}}: {{balance}}{{#daysLate}} ({{daysLate}} days late){{/daysLate}}
{{/invoices}}
{{#moreInvoices}}
- and {{moreInvoices}} more
{{/moreInvoices}}`;

/** The statement's fuller line: issued and due dates, what is outstanding. */
export const STATEMENT_LINES = `{{#invoices}}
- {{number}}, issued {{issued}}, due {{due}}: {{balance}} outstanding{{#daysLate}}, {{daysLate}} days late{{/daysLate}}
{{/invoices}}
{{#moreInvoices}}
- and {{moreInvoices}} more
{{/moreInvoices}}`;

/** Invoices not yet due: a list of their own, never in the overdue total (with a blank line after). */
export const UPCOMING_INVOICES = `{{#upcoming}}
{{#upcoming.invoices}}
- {{number}}, due {{due}}: {{balance}}
{{/upcoming.invoices}}
{{#upcoming.more}}
- and {{upcoming.more}} more
{{/upcoming.more}}
{{/upcoming}}`;

/**
 * Overdue invoices whose amount due Owed has not confirmed (the app's list showed only their
 * total): named with their invoice total and never counted in what is owed (with a blank line after).
 */
export const UNCONFIRMED_INVOICES = `{{#unconfirmed}}
Our records show only the invoice total for the following, so please deduct any part-payment you have made:

{{#unconfirmed.invoices}}
- {{number}}, due {{due}}: invoice total {{invoiceTotal}}, less any part-payment you have made
{{/unconfirmed.invoices}}
{{#unconfirmed.more}}
- and {{unconfirmed.more}} more, each less any part-payment you have made
{{/unconfirmed.more}}

{{/unconfirmed}}`;

/**
 * The other invoices, apart from what is overdue (with a blank line after): those whose amount due
 * is not confirmed, then those coming due.
 */
export const ALSO_COMING_DUE = `${UNCONFIRMED_INVOICES}{{#upcoming}}
Also coming due, for your planning:

${UPCOMING_INVOICES}

{{/upcoming}}`;

/** "INV-1, INV-2, INV-3 and 12 more": for subjects, at most three named. */
export const SUBJECT_INVOICES = `{{#subjectInvoices}}{{^first}}, {{/first}}{{number}}{{/subjectInvoices}}{{#moreInSubject}} and {{moreInSubject}} more{{/moreInSubject}}`;

/** The late fee under the user's policy and wording, when one applies (with a blank line after). */
export const FEE_LINE = `{{#fee}}
{{fee.wording}}: {{fee.amount}} ({{fee.basis}}). Total with it: {{fee.totalWithFee}}.

{{/fee}}`;

/** How to pay, from the sender settings, when they are set (with a blank line after). */
export const HOW_TO_PAY = `{{#payment}}
{{#payment.link}}
You can pay online at {{payment.link}}
{{/payment.link}}
{{#payment.details}}
Payment details:
{{payment.details}}
{{/payment.details}}

{{/payment}}`;

/** Who is copied, when anyone is: leadership named only when a senior-leadership contact is in cc. */
export const COPIED = `{{#copied}} I am copying {{copied.names}}{{#copied.leadership}} from your leadership{{/copied.leadership}} on this email.{{/copied}}`;

/** "in writing and by phone", "in writing", "by phone": how the debtor was reminded, per the log. */
export const REMINDED_HOW = `{{#reminders.written}} in writing{{/reminders.written}}{{#reminders.written}}{{#reminders.calls}} and{{/reminders.calls}}{{/reminders.written}}{{#reminders.calls}} by phone{{/reminders.calls}}`;

/** "reminders" or "reminder", as many as the log holds. */
export const REMINDERS_WORD = `{{#reminders.several}}reminders{{/reminders.several}}{{^reminders.several}}reminder{{/reminders.several}}`;
