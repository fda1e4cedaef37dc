import type { DebtorView, Invoice, PaymentPlan, Settings } from '../model';
import { addDays, dayNumber } from '../time/calendar';
import { formatMoney } from '../format/money';
import { lateFeeFor } from '../late-payment/late-fee';
import { normalizeEmail } from '../match';
import { concernRaised, contactName, isNotYetDueOn, isOverdueOn, planOffered, remindersAbout } from './draft-facts';
import { recipientsFor, type Recipients } from './recipients';

/** One invoice as a template sees it: every value already formatted for the reader. */
export interface InvoiceLine {
  number: string;
  issued: string;
  due: string;
  total: string;
  balance: string;
  /** 0 when not late (a section on it is then skipped). */
  daysLate: number;
  fee: string;
}

export interface InstallmentLine {
  number: number;
  due: string;
  amount: string;
}

/**
 * Overdue invoices whose amount due is not confirmed: the app's list showed only their total
 * (`balanceFromTotal`), and part of it may be paid. Listed with their total, never counted in what
 * is owed (not in `total`, the fee, the plan or a threat) until the owner opens them in the app.
 */
export interface UnconfirmedInvoices {
  invoices: { number: string; due: string; invoiceTotal: string }[];
  count: number;
  several: boolean;
  /** How many are not listed (set when a draft lists only the first ones). */
  more: number;
}

/** A list of invoices named in a subject: at most three, the first marked (for the commas). */
export interface SubjectInvoice {
  number: string;
  first: boolean;
}

/** Invoices not yet due, mentioned apart from the overdue ones ("also coming due on …"). */
export interface UpcomingInvoices {
  invoices: InvoiceLine[];
  count: number;
  /** More than one (their due dates may differ: "due from …"). */
  several: boolean;
  /** What they come to, per currency. Never part of `total`. */
  total: string;
  /** The earliest due date among them. */
  firstDue: string;
  /** How many are not listed (set when a draft lists only the first ones). */
  more: number;
  subjectInvoices: SubjectInvoice[];
  moreInSubject: number;
}

/** Everything a template may insert. Keys are the placeholders; see exampleContext for all of them. */
export interface TemplateContext {
  [key: string]: unknown;
  /** contactName is empty when no person's name is known: templates then greet without a name. */
  customer: { name: string; contactName: string; email: string; phone: string };
  sender: Settings['sender'];
  /** The sender's name, company, phone, email and address on separate lines, empty ones left out. */
  signature: string;
  /** The overdue invoices whose amount due is confirmed (only those: a reminder is about money that is due). */
  invoices: InvoiceLine[];
  invoiceCount: number;
  /** Overdue invoices not listed, when a draft lists only the first ones (0 otherwise). */
  moreInvoices: number;
  /** The first three overdue invoices, for a subject ("INV-1, INV-2, INV-3 and 12 more"). */
  subjectInvoices: SubjectInvoice[];
  moreInSubject: number;
  /** What is overdue, per currency ("€1,200.00 + $300.00"). */
  total: string;
  oldestDue: string;
  /** Days the oldest overdue invoice is late. */
  daysLate: number;
  /** Overdue invoices shown only by their total (part-payment possible); absent when none. */
  unconfirmed: UnconfirmedInvoices | false;
  /** Open invoices not yet due; absent (section skipped) when there are none. */
  upcoming: UpcomingInvoices | false;
  today: string;
  /** The late fee: total and wording; absent (section skipped) when none applies. */
  fee: { amount: string; wording: string; basis: string; totalWithFee: string } | false;
  /** The payment plan on the table: the active or proposed one, else three monthly parts from in two weeks. */
  plan: { count: number; total: string; firstDue: string; installments: InstallmentLine[]; signed: boolean };
  /** A plan was put to the debtor before (on record, or an offer sent). */
  planOffered: boolean;
  /** Reminders already given about these invoices, from the log (drafts not confirmed sent do not count). */
  reminders: { written: number; calls: number; any: boolean; several: boolean };
  /** The debtor raised a concern (a dispute, "never received", dissatisfied). */
  concern: boolean;
  /** Who this draft copies, when anyone: `leadership` when a senior-leadership contact is among them. */
  copied: { names: string; leadership: boolean } | false;
  /** The files this draft carries, by file name; empty when not attached. */
  attached: { statement: string; promissoryNote: string };
  /** How to pay, from the sender settings; absent when neither is set. */
  payment: { link: string; details: string } | false;
  /** Rendered as a printed letter (true) or an email (false). */
  letter: boolean;
  creditPolicy: string;
}

export interface ContextOptions {
  settings: Settings;
  /** YYYY-MM-DD in the user's zone. */
  today: string;
  /** BCP 47; defaults to settings.locale, else English. */
  locale?: string;
  /** Only these invoices (by number), e.g. the one an email is about. */
  invoiceNumbers?: string[];
  /** The template being rendered: recipients (who is copied) depend on it. */
  templateId?: string;
  /** Who the draft actually goes to; else as recipientsFor chooses (none for a letter). */
  recipients?: Recipients;
  /** The files the draft actually carries (file names); nothing is attached unless given. */
  attachments?: { statement?: string; promissoryNote?: string };
  /** A printed letter rather than an email: no one is copied. */
  letter?: boolean;
}

/** Formats money and dates for one locale, formatters created once. */
export function formatters(locale: string) {
  let dateFormat: Intl.DateTimeFormat;
  try {
    dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
  }
  return {
    money: (minor: number, currency: string): string => formatMoney(minor, currency, locale),
    date: (iso: string | undefined): string => (iso ? dateFormat.format(Date.parse(`${iso}T00:00:00Z`)) : ''),
  };
}

export function templateContext(view: DebtorView, options: ContextOptions): TemplateContext {
  const { settings, today } = options;
  const locale = options.locale || settings.locale || 'en';
  const fmt = formatters(locale);
  const todayDay = dayNumber(today);
  // Paused invoices (disputed, on hold) are left out of reminders and fees unless asked for by number.
  const drafted = draftInvoices(view, today, options.invoiceNumbers);
  const { notYetDue, held } = drafted;
  // A total read from a list is no confirmed balance: such invoices are listed apart, never summed.
  const overdue = drafted.overdue.filter((i) => !i.balanceFromTotal);
  const unconfirmed = drafted.overdue.filter((i) => i.balanceFromTotal);

  const byCurrency = new Map<string, number>();
  const feeByCurrency = new Map<string, number>();
  const feeBases = new Set<string>();
  const line = (inv: Invoice, daysLate: number, fee: string): InvoiceLine => ({
    number: inv.number,
    issued: fmt.date(inv.issued),
    due: inv.due ? fmt.date(inv.due) : 'not shown',
    total: inv.total === undefined ? '' : fmt.money(inv.total, inv.currency),
    balance: fmt.money(inv.balance, inv.currency),
    daysLate,
    fee,
  });
  const invoices = overdue.map((inv: Invoice): InvoiceLine => {
    const daysLate = inv.due ? Math.max(0, todayDay - dayNumber(inv.due)) : 0;
    const fee = held.has(inv.id) ? null : lateFeeFor(settings.lateFee, inv, daysLate);
    byCurrency.set(inv.currency, (byCurrency.get(inv.currency) ?? 0) + inv.balance);
    let feeText = '';
    if (fee && (fee.amount > 0 || fee.extra)) {
      if (fee.amount > 0) feeByCurrency.set(inv.currency, (feeByCurrency.get(inv.currency) ?? 0) + fee.amount);
      // The law's fixed sum in its own currency (EU €40 on a dollar invoice) is added as a sum of its own.
      if (fee.extra)
        feeByCurrency.set(fee.extra.currency, (feeByCurrency.get(fee.extra.currency) ?? 0) + fee.extra.amount);
      feeBases.add(fee.basis);
      feeText = [
        fee.amount > 0 ? fmt.money(fee.amount, inv.currency) : '',
        fee.extra ? fmt.money(fee.extra.amount, fee.extra.currency) : '',
      ]
        .filter(Boolean)
        .join(' + ');
    }
    return line(inv, daysLate, feeText);
  });
  const sum = (m: Map<string, number>) => [...m].map(([c, v]) => fmt.money(v, c)).join(' + ');
  const withFee = new Map(byCurrency);
  for (const [c, v] of feeByCurrency) withFee.set(c, (withFee.get(c) ?? 0) + v);

  const upcomingSum = sumByCurrency(notYetDue);
  const upcomingLines = notYetDue.map((inv) => line(inv, 0, ''));

  const s = settings.sender;
  const oldest = overdue.find((i) => i.due)?.due;
  const reminders = remindersAbout(view.events, overdue);
  return {
    customer: {
      name: view.name,
      contactName: contactName(view),
      email: view.email ?? '',
      phone: view.phone ?? '',
    },
    sender: { ...s },
    signature: [s.name, s.company, s.phone, s.email, s.address].filter((l) => l.trim() !== '').join('\n'),
    invoices,
    invoiceCount: invoices.length,
    moreInvoices: 0,
    ...subjectList(invoices),
    total: sum(byCurrency),
    oldestDue: fmt.date(oldest),
    daysLate: oldest ? Math.max(0, todayDay - dayNumber(oldest)) : 0,
    unconfirmed:
      unconfirmed.length === 0
        ? false
        : {
            invoices: unconfirmed.map((inv) => ({
              number: inv.number,
              due: inv.due ? fmt.date(inv.due) : 'not shown',
              invoiceTotal: fmt.money(inv.balance, inv.currency),
            })),
            count: unconfirmed.length,
            several: unconfirmed.length > 1,
            more: 0,
          },
    upcoming:
      upcomingLines.length === 0
        ? false
        : {
            invoices: upcomingLines,
            count: upcomingLines.length,
            several: upcomingLines.length > 1,
            total: sum(upcomingSum),
            firstDue: fmt.date(notYetDue[0]!.due),
            more: 0,
            ...subjectList(upcomingLines),
          },
    today: fmt.date(today),
    fee:
      feeByCurrency.size === 0
        ? false
        : {
            amount: sum(feeByCurrency),
            wording: settings.lateFee.wording,
            basis: [...feeBases].join('; '),
            totalWithFee: sum(withFee),
          },
    plan: planLines(view, byCurrency, today, fmt),
    planOffered: planOffered(view),
    reminders: {
      written: reminders.written,
      calls: reminders.calls,
      any: reminders.written + reminders.calls > 0,
      several: reminders.written + reminders.calls > 1,
    },
    concern: concernRaised(view),
    copied: copiedFacts(view, options),
    attached: {
      statement: options.attachments?.statement ?? '',
      promissoryNote: options.attachments?.promissoryNote ?? '',
    },
    payment:
      settings.payment.link.trim() === '' && settings.payment.details.trim() === ''
        ? false
        : { link: settings.payment.link.trim(), details: settings.payment.details.trim() },
    letter: options.letter === true,
    creditPolicy: settings.creditPolicy,
  };
}

/** The subject's list: the first three, and how many more. */
export function subjectList(lines: readonly { number: string }[]): {
  subjectInvoices: SubjectInvoice[];
  moreInSubject: number;
} {
  return {
    subjectInvoices: lines.slice(0, SUBJECT_INVOICES).map((l, n) => ({ number: l.number, first: n === 0 })),
    moreInSubject: Math.max(0, lines.length - SUBJECT_INVOICES),
  };
}
const SUBJECT_INVOICES = 3;

/** Who is copied on this draft, named as the contacts are (their names, else their addresses). */
function copiedFacts(view: DebtorView, options: ContextOptions): TemplateContext['copied'] {
  if (options.letter) return false;
  const { cc } = options.recipients ?? recipientsFor(view, options.templateId ?? '');
  if (cc.length === 0) return false;
  const contactOf = (address: string) => view.contacts.find((c) => c.email && normalizeEmail(c.email) === address);
  return {
    names: cc.map((a) => contactOf(normalizeEmail(a) ?? a)?.name?.trim() || a).join(', '),
    leadership: cc.some((a) => contactOf(normalizeEmail(a) ?? a)?.role === 'senior-leadership'),
  };
}

function planLines(
  view: DebtorView,
  owed: Map<string, number>,
  today: string,
  fmt: ReturnType<typeof formatters>,
): TemplateContext['plan'] {
  const plan = planOnTable(view, owed, today);
  const total = plan.installments.reduce((t, i) => t + i.amount, 0);
  return {
    count: plan.installments.length,
    total: fmt.money(total, plan.currency),
    firstDue: fmt.date(plan.installments[0]!.due),
    installments: plan.installments.map((i, n) => ({
      number: n + 1,
      due: fmt.date(i.due),
      amount: fmt.money(i.amount, plan.currency),
    })),
    signed: plan.promissoryNote.signed,
  };
}

/**
 * The payment plan on the table: the active or proposed one, else a suggestion the user can
 * change (what is overdue in the main currency, `owed`, in three monthly parts from in two weeks).
 */
export function planOnTable(view: DebtorView, owed: ReadonlyMap<string, number>, today: string): PaymentPlan {
  const existing = view.plans.find((p) => p.status === 'active') ?? view.plans.find((p) => p.status === 'proposed');
  if (existing) return existing;
  const currency = owed.has(view.currency) ? view.currency : ([...owed.keys()][0] ?? view.currency);
  const total = owed.get(currency) ?? 0;
  const part = Math.floor(total / 3);
  const amounts = [part, part, total - 2 * part];
  return {
    id: 'suggested',
    debtorId: view.id,
    createdAt: 0,
    currency,
    installments: amounts.map((amount, n) => ({ due: addDays(today, 14 + 30 * n), amount })),
    promissoryNote: { signed: false },
    status: 'proposed',
  };
}

/** The open invoices a draft is about (all but paused ones, or those asked for by number), overdue first. */
export function draftInvoices(
  view: DebtorView,
  today: string,
  invoiceNumbers?: readonly string[],
): { overdue: Invoice[]; notYetDue: Invoice[]; held: Set<string> } {
  const held = new Set((view.holds ?? []).map((h) => h.invoiceId));
  const chosen = invoiceNumbers
    ? view.openInvoices.filter((i) => invoiceNumbers.includes(i.number))
    : held.size === 0
      ? view.openInvoices
      : view.openInvoices.filter((i) => !held.has(i.id));
  return {
    overdue: chosen.filter((i) => isOverdueOn(i, today)),
    notYetDue: chosen.filter((i) => isNotYetDueOn(i, today)).sort((a, b) => (a.due! < b.due! ? -1 : 1)),
    held,
  };
}

/** Sums of balances per currency. */
export function sumByCurrency(invoices: readonly Invoice[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const inv of invoices) m.set(inv.currency, (m.get(inv.currency) ?? 0) + inv.balance);
  return m;
}
