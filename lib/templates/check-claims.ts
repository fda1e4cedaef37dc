import { debtorIdFor, type Contact, type DebtorView, type Settings } from '../model';
import { normalizeEmail } from '../match';
import { EMAIL_LIMITS, utf8Bytes } from './draft-limits';
import { concernRaised, contactName, planOffered, remindersAbout, type ReminderCount } from './draft-facts';
import { formatters, templateContext } from './template-context';

/**
 * A reader's check of a draft against the ledger it was drafted from: each sentence that states
 * a fact (an amount due, someone copied, a file attached, reminders given, a plan offered, whom it
 * greets) is looked up in the facts. It reads the words, not the template, so it checks edited
 * templates and drafts written any other way too. It reads English drafts (the built-in
 * templates' language); the phrases it looks for are below.
 */

/** What the ledger says, formatted as a draft would write it. */
export interface DraftFacts {
  customerName: string;
  /** The person a greeting may name; empty when none is known. */
  contactName: string;
  contacts: readonly Contact[];
  /** Overdue invoices whose amount due is confirmed. */
  overdue: { number: string; balance: string }[];
  /** What is overdue and confirmed, per currency, as a draft writes it ("$500.00", "€1.00 + $2.00"). */
  overdueTotal: string;
  notYetDue: { number: string; balance: string }[];
  notYetDueTotal: string;
  /**
   * Overdue invoices whose list showed only their total (part-payment possible): `total` may be
   * named as the invoice total, never stated as owed.
   */
  unconfirmed: { number: string; total: string }[];
  /** Sums that count an unconfirmed total as owed (what an older draft called the overdue total): never to state. */
  unconfirmedSums: string[];
  /** Everything open, overdue and not, when that differs from what is overdue: never a sum to claim. */
  openTotal: string;
  /** Other sums a draft may state (late fees, a plan's instalments): not invoice amounts. */
  alsoStated: string[];
  reminders: ReminderCount;
  planOffered: boolean;
  concern: boolean;
  payment: { link: string; details: string };
  /** The draft is a printed letter. */
  letter: boolean;
}

/** The draft as it goes out: its words, its cc and the files it carries. */
export interface CheckedDraft {
  subject: string;
  text: string;
  html?: string;
  cc?: readonly string[];
  attachments?: readonly { kind: string; fileName: string }[];
}

export interface FalseClaim {
  rule:
    | 'not-due'
    | 'unconfirmed'
    | 'cc'
    | 'attachment'
    | 'reminders'
    | 'plan'
    | 'greeting'
    | 'concern'
    | 'letter'
    | 'payment'
    | 'subject'
    | 'size';
  /** The sentence, line or subject that says it. */
  said: string;
  why: string;
}

export interface FactOptions {
  settings: Settings;
  today: string;
  locale?: string;
  invoiceNumbers?: string[];
  letter?: boolean;
}

/**
 * The facts of one debtor's ledger today, formatted in the draft's locale. Which invoices are
 * overdue is worked out here again, apart from the template context, so a mistake there shows.
 */
export function draftFacts(view: DebtorView, options: FactOptions): DraftFacts {
  const fmt = formatters(options.locale || options.settings.locale || 'en');
  const { today, invoiceNumbers } = options;
  const held = new Set((view.holds ?? []).map((h) => h.invoiceId));
  const open = view.openInvoices.filter((i) => (invoiceNumbers ? invoiceNumbers.includes(i.number) : !held.has(i.id)));
  const late = open.filter((i) => (i.due === undefined ? i.overdue === true : i.due < today));
  const overdue = late.filter((i) => i.balanceFromTotal !== true);
  const unconfirmed = late.filter((i) => i.balanceFromTotal === true);
  const notYetDue = open.filter((i) => i.due !== undefined && i.due >= today);
  const sum = (list: typeof open) => {
    const m = new Map<string, number>();
    for (const i of list) m.set(i.currency, (m.get(i.currency) ?? 0) + i.balance);
    return [...m].map(([c, v]) => fmt.money(v, c)).join(' + ');
  };
  const overdueTotal = sum(overdue);
  // Late fees and a plan's instalments are sums of their own a draft may state.
  const context = templateContext(view, {
    settings: options.settings,
    today,
    locale: options.locale ?? '',
    letter: true,
    ...(invoiceNumbers ? { invoiceNumbers } : {}),
  });
  const alsoStated = [
    ...(context.fee ? [context.fee.amount, context.fee.totalWithFee] : []),
    ...context.invoices.map((i) => i.fee),
    context.plan.total,
    ...context.plan.installments.map((i) => i.amount),
  ].filter((a) => a !== '');
  return {
    customerName: view.name,
    contactName: contactName(view),
    contacts: view.contacts,
    overdue: overdue.map((i) => ({ number: i.number, balance: fmt.money(i.balance, i.currency) })),
    overdueTotal,
    notYetDue: notYetDue.map((i) => ({ number: i.number, balance: fmt.money(i.balance, i.currency) })),
    notYetDueTotal: sum(notYetDue),
    unconfirmed: unconfirmed.map((i) => ({ number: i.number, total: fmt.money(i.balance, i.currency) })),
    unconfirmedSums:
      unconfirmed.length === 0
        ? []
        : [...new Set([sum(late), sum([...late, ...notYetDue]), sum(unconfirmed)])].filter(
            (a) => a !== '' && a !== overdueTotal,
          ),
    openTotal:
      overdue.length && notYetDue.length
        ? sum(open.filter((i) => overdue.includes(i) || notYetDue.includes(i)))
        : overdueTotal,
    alsoStated,
    reminders: remindersAbout(view.events, overdue),
    planOffered: planOffered(view),
    concern: concernRaised(view),
    payment: { link: options.settings.payment.link.trim(), details: options.settings.payment.details.trim() },
    letter: options.letter === true,
  };
}

/** Words that make a paragraph about money owed now: overdue, or a threat. */
const OVERDUE_WORDS =
  /\b(overdue|past[- ]due|late|unpaid|outstanding|still open|not (yet )?(been )?(received|paid)|received payment|final notice|collection|agency|court|legal|demand)\b/i;
/** A sentence that names a total as a total, not as what is owed. */
const allowsPartPayment = (sentence: string) =>
  /\binvoice total\b/i.test(sentence) && /\bpart[- ]payments?\b/i.test(sentence);
const COPY_CLAIM = /\b(copying|copied|cc'?d|cc'?ing)\b|\bin cc\b|\bin copy\b/i;
const LEADERSHIP = /\b(leadership|senior|management|director|executive|ceo|cfo|owner|boss)\b/i;
const ATTACHED = /\b(attached|attaching|enclosed|enclosing|attachments?|enclosures?)\b/i;
const GREETING = /^(hi|hello|dear|good (?:morning|afternoon|day))\b\s*([^,\n]*),\s*$/i;

/** The false claims a draft makes about the ledger; empty when every sentence holds. */
export function checkDraftClaims(draft: CheckedDraft, facts: DraftFacts): FalseClaim[] {
  const found: FalseClaim[] = [];
  const claim = (rule: FalseClaim['rule'], said: string, why: string) => found.push({ rule, said, why });
  const cc = (draft.cc ?? []).map((a) => normalizeEmail(a) ?? a.toLowerCase());
  const files = draft.attachments ?? [];
  const paragraphs = draft.text.split(/\n\s*\n/);

  // Subject and size: what Outlook takes.
  if (draft.subject.length > EMAIL_LIMITS.subjectChars)
    claim('subject', draft.subject, `the subject is ${draft.subject.length} characters, over 255`);
  if (/[\r\n]/.test(draft.subject)) claim('subject', draft.subject, 'the subject has a line break');
  const named = [...facts.overdue, ...facts.notYetDue].filter((i) => mentions(draft.subject, i.number));
  if (named.length > 3) claim('subject', draft.subject, `the subject names ${named.length} invoices, more than three`);
  for (const [part, body] of [
    ['text', draft.text],
    ['html', draft.html ?? ''],
  ] as const)
    if (!facts.letter && utf8Bytes(body) > EMAIL_LIMITS.bodyBytes)
      claim('size', `${part} body`, `the ${part} body is ${utf8Bytes(body)} bytes, not under 32 KB`);

  // Money not yet due: never in a sentence about what is overdue, nor in a threat.
  const overdueAmounts = new Set([...facts.overdue.map((i) => i.balance), facts.overdueTotal, ...facts.alsoStated]);
  const notDue = (s: string) => [
    ...facts.notYetDue.filter((i) => mentions(s, i.number)).map((i) => i.number),
    ...facts.notYetDue.filter((i) => !overdueAmounts.has(i.balance) && hasAmount(s, i.balance)).map((i) => i.balance),
    ...(facts.notYetDueTotal && !overdueAmounts.has(facts.notYetDueTotal) && hasAmount(s, facts.notYetDueTotal)
      ? [facts.notYetDueTotal]
      : []),
  ];
  for (const [n, p] of paragraphs.entries()) {
    // A list reads with the sentence that introduces it (the paragraph before its run of lists).
    let intro = n - 1;
    while (isList(p) && intro >= 0 && isList(paragraphs[intro]!)) intro--;
    const context = isList(p) && intro >= 0 ? `${paragraphs[intro]}\n${p}` : p;
    const which = notDue(p);
    if (which.length > 0 && OVERDUE_WORDS.test(context))
      claim('not-due', p, `${which.join(', ')} is not yet due, yet is written as overdue or threatened`);
  }
  const subjectNotDue = notDue(draft.subject);
  if (subjectNotDue.length > 0 && OVERDUE_WORDS.test(draft.subject))
    claim('not-due', draft.subject, `${subjectNotDue.join(', ')} is not yet due, yet the subject calls it overdue`);
  if (facts.openTotal !== facts.overdueTotal && !overdueAmounts.has(facts.openTotal))
    for (const s of [draft.subject, draft.text])
      if (hasAmount(s, facts.openTotal))
        claim('not-due', s.slice(0, 200), `${facts.openTotal} counts invoices not yet due in what is owed`);

  // A total read from a list is not a balance: named only as the invoice total, part-payment
  // allowed for, and never summed into what is owed.
  // An amount that is also a confirmed or not-yet-due sum may stand for that sum.
  const otherAmounts = new Set([...overdueAmounts, ...facts.notYetDue.map((i) => i.balance), facts.notYetDueTotal]);
  const unconfirmedSaid = (s: string) => [
    ...facts.unconfirmed.filter((i) => mentions(s, i.number)).map((i) => i.number),
    ...facts.unconfirmed.filter((i) => !otherAmounts.has(i.total) && hasAmount(s, i.total)).map((i) => i.total),
  ];
  for (const s of [draft.subject, ...sentences(draft.text)]) {
    if (allowsPartPayment(s)) continue;
    const which = unconfirmedSaid(s);
    const sums = facts.unconfirmedSums.filter((t) => !otherAmounts.has(t) && !which.includes(t) && hasAmount(s, t));
    if (which.length > 0)
      claim(
        'unconfirmed',
        s,
        `${which.join(', ')} is an invoice total, not a confirmed balance (part-payment possible)`,
      );
    else if (sums.length > 0)
      claim('unconfirmed', s, `${sums.join(', ')} counts an unconfirmed invoice total in what is owed`);
  }

  for (const sentence of sentences(draft.text)) {
    // Someone copied.
    if (COPY_CLAIM.test(sentence)) {
      if (cc.length === 0) claim('cc', sentence, 'no one is in cc');
      else if (LEADERSHIP.test(sentence) && !cc.some((a) => leadershipAddress(a, facts.contacts)))
        claim('cc', sentence, 'no senior-leadership contact is in cc');
    }
    // A file attached.
    if (ATTACHED.test(sentence)) {
      const kinds = [
        ...(/promissory/i.test(sentence) ? ['promissory-note'] : []),
        ...(/statement/i.test(sentence) ? ['statement'] : []),
      ];
      if (kinds.length === 0 && /\b(invoices?|cop(y|ies))\b/i.test(sentence)) kinds.push('invoice');
      if (kinds.length === 0 && files.length === 0) claim('attachment', sentence, 'nothing is attached');
      for (const k of kinds)
        if (!files.some((f) => f.kind === k)) claim('attachment', sentence, `no ${k.replace('-', ' ')} is attached`);
    }
    // Reminders given.
    const r = facts.reminders;
    const total = r.written + r.calls;
    if (
      /\b(several|many|repeated|numerous)\s+(reminders|times)\b|\bmore than once\b|\brepeatedly\b|\b(our|my|earlier|previous|prior)\s+(reminders|calls|emails|letters)\b/i.test(
        sentence,
      ) &&
      total < 2
    )
      claim('reminders', sentence, `the log holds ${describe(r)}, not several`);
    else if (
      /\breminded you\b|\b(despite|after|following up on) (our|my) ((earlier|previous|prior|last) )?(reminders?|notes?|e-?mails?|letters?|calls?)\b|\b(our|my) (earlier|previous|prior) (reminder|note|email|letter|call)\b/i.test(
        sentence,
      ) &&
      total < 1
    )
      claim('reminders', sentence, 'the log holds no reminder sent or call made');
    if (/\bremind|\bon record\b|\bdocumented\b/i.test(sentence)) {
      if (/\bby (phone|telephone)\b|\bcalls?\b/i.test(sentence) && r.calls < 1)
        claim('reminders', sentence, 'the log holds no call in which they were reached');
      if (/\b(in writing|by (e-?mail|letter|post))\b/i.test(sentence) && r.written < 1)
        claim('reminders', sentence, 'the log holds no reminder confirmed sent');
    }
    // A plan offered before.
    if (/\b(our|an?) offer of a (payment )?plan\b|\b(have|had) offered\b/i.test(sentence) && !facts.planOffered)
      claim('plan', sentence, 'no payment plan was offered');
    if (
      /\b(understand|know) (that )?you have (a|raised a) concern\b|\byour concern\b/i.test(sentence) &&
      !facts.concern
    )
      claim('concern', sentence, 'the debtor raised no concern');
    if (/\bsent by (certified|registered) (mail|post)\b/i.test(sentence) && !facts.letter)
      claim('letter', sentence, 'this is an email, not a certified letter');
    // How to pay: only the link and details the owner gave.
    const link = /\bpay online at (\S+)/i.exec(sentence)?.[1]?.replace(/[.,;]$/, '');
    if (link && link !== facts.payment.link) claim('payment', sentence, 'that is not the payment link in the settings');
  }
  if (/\bsecond reminder\b/i.test(draft.subject) && facts.reminders.written + facts.reminders.calls < 1)
    claim('reminders', draft.subject, 'the log holds no earlier reminder');
  if (/\bconcern about\b/i.test(draft.subject) && !facts.concern)
    claim('concern', draft.subject, 'the debtor raised no concern');

  // Whom it greets.
  const first = draft.text.split('\n').find((l) => l.trim() !== '') ?? '';
  const greeted = GREETING.exec(first.trim())?.[2]?.trim();
  if (greeted !== undefined && !/^(sir or madam|all|there|team)$/i.test(greeted)) {
    if (greeted !== '' && greeted !== facts.contactName)
      claim(
        'greeting',
        first,
        debtorIdFor(greeted) === debtorIdFor(facts.customerName)
          ? 'it greets the company as if it were a person'
          : `${greeted} is not a contact of ${facts.customerName}`,
      );
  }
  const attn = /^Attn: (.*)$/m.exec(draft.text)?.[1]?.trim();
  if (attn !== undefined && attn !== facts.contactName) claim('greeting', `Attn: ${attn}`, 'no such contact is known');

  // Every reminder says how to pay, when the owner said how.
  if (facts.payment.link && !draft.text.includes(facts.payment.link))
    claim('payment', 'the draft', 'it does not give the payment link from the settings');
  if (facts.payment.details && !squash(draft.text).includes(squash(facts.payment.details)))
    claim('payment', 'the draft', 'it does not give the payment details from the settings');
  return found;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** An amount as written, not the tail of a larger one ("100,00 €" is not in "1 100,00 €"). */
function hasAmount(text: string, amount: string): boolean {
  let at = text.indexOf(amount);
  while (at >= 0) {
    const before = text.slice(Math.max(0, at - 2), at);
    if (!/\p{N}[.,'\u00a0\u202f ]?$/u.test(before)) return true;
    at = text.indexOf(amount, at + 1);
  }
  return false;
}

/** A whole invoice number in the text (not a prefix of a longer one: INV-1 is not in INV-12). */
function mentions(text: string, number: string): boolean {
  let at = text.indexOf(number);
  while (at >= 0) {
    const after = text.charAt(at + number.length);
    const before = text.charAt(at - 1);
    if (!/[\p{L}\p{N}]/u.test(after) && !/[\p{L}\p{N}]/u.test(before)) return true;
    at = text.indexOf(number, at + 1);
  }
  return false;
}

const isList = (p: string) =>
  p
    .trim()
    .split('\n')
    .every((l) => l.startsWith('- '));

/** Sentences, and each line of a list as one. */
function sentences(text: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=- )|(?<=[.!?:])\s+(?=[A-Z])/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
}

function leadershipAddress(address: string, contacts: readonly Contact[]): boolean {
  return contacts.some(
    (c) => c.role === 'senior-leadership' && c.email !== undefined && normalizeEmail(c.email) === address,
  );
}

const describe = (r: ReminderCount) =>
  r.written + r.calls === 0 ? 'no reminder' : `${r.written} sent and ${r.calls} call${r.calls === 1 ? '' : 's'}`;
