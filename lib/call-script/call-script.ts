import {
  holdInForce,
  type ContactEvent,
  type DebtorView,
  type Invoice,
  type InvoiceHold,
  type Settings,
} from '../model';
import { QUESTIONS, OUTCOME_PRIORITY, type ScriptQuestion } from './questions';

export interface CallScript {
  greeting: string;
  /** Invoices under a hold in force, said as paused ("INV-7 is on hold until Dec 12, 2026: …"), never asked for. */
  paused: string[];
  questions: ScriptQuestion[];
  closing: string;
}

/** How the script words money and dates: formatting stays at the edge (Intl, the user's locale). */
export interface ScriptFormat {
  money: (minor: number, currency: string) => string;
  date: (iso: string) => string;
}

export interface InvoicesToAsk {
  /** Open invoices to ask payment for. */
  asked: Invoice[];
  /** Open invoices paused by a hold in force: mention, do not ask. */
  paused: { invoice: Invoice; hold: InvoiceHold }[];
}

/**
 * The debtor's open invoices split by whether payment can be asked for: an invoice under a hold
 * in force on `today` (disputed, or on hold until a date) is paused, the others keep their cadence.
 * Without `today`, the view's holds count as in force (the ledger keeps only those).
 */
export function invoicesToAsk(view: Pick<DebtorView, 'openInvoices' | 'holds'>, today?: string): InvoicesToAsk {
  const holds = new Map(
    (view.holds ?? []).filter((h) => today === undefined || holdInForce(h, today)).map((h) => [h.invoiceId, h]),
  );
  const out: InvoicesToAsk = { asked: [], paused: [] };
  for (const invoice of view.openInvoices) {
    const hold = holds.get(invoice.id);
    if (hold) out.paused.push({ invoice, hold });
    else out.asked.push(invoice);
  }
  return out;
}

/** "INV-7 is on hold until Dec 12, 2026: waiting for a credit note" / "INV-7 is disputed, to resolve by …: quantity". */
export function pausedSentence(
  invoice: Pick<Invoice, 'number'>,
  hold: Pick<InvoiceHold, 'kind' | 'until' | 'reason'>,
  date: (iso: string) => string,
): string {
  const reason = hold.reason.trim();
  return hold.kind === 'dispute'
    ? `${invoice.number} is on hold until ${date(hold.until)}: dispute${reason ? ` about ${reason}` : ''}`
    : `${invoice.number} is on hold until ${date(hold.until)}${reason ? `: ${reason}` : ''}`;
}

/**
 * The script for one debtor, its questions filled with the contact, the invoices to ask payment
 * for and their total; invoices under a hold in force are left out of the asking and listed as
 * paused.
 */
export function callScript(
  view: DebtorView,
  sender: Settings['sender'],
  format: ScriptFormat,
  today?: string,
): CallScript {
  const contact =
    view.contacts.find((c) => c.role === 'billing' && c.name)?.name ??
    view.contacts.find((c) => c.name)?.name ??
    'the person who handles payments';
  const { asked, paused } = invoicesToAsk(view, today);
  const numbers = asked.map((i) => i.number);
  const invoices =
    numbers.length === 0
      ? 'your account'
      : numbers.length === 1
        ? `invoice ${numbers[0]}`
        : `invoices ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
  const total = totalText(asked, format.money, view.currency);
  const fill = (s: string) =>
    s
      .replace(/\{\{contact\}\}/g, contact)
      .replace(/\{\{invoices\}\}/g, invoices)
      .replace(/\{\{total\}\}/g, total);
  const me = [sender.name, sender.company && `from ${sender.company}`].filter(Boolean).join(' ');
  return {
    greeting: me
      ? `Hello, this is ${me}. I am calling about ${view.name}’s account.`
      : `Hello, I am calling about ${view.name}’s account.`,
    paused: paused.map((p) => pausedSentence(p.invoice, p.hold, format.date)),
    questions: QUESTIONS.map((q) => ({ ...q, ask: fill(q.ask) })),
    closing: 'Thank you. To confirm: [repeat what was agreed]. I will call you on [date] if it has not arrived.',
  };
}

/** What the asked invoices come to, per currency ("$1,200.00 and €300.00"). */
export function totalText(
  invoices: readonly Pick<Invoice, 'balance' | 'currency'>[],
  money: ScriptFormat['money'],
  currency: string,
): string {
  const byCurrency = new Map<string, number>();
  for (const i of invoices) byCurrency.set(i.currency, (byCurrency.get(i.currency) ?? 0) + i.balance);
  const parts = [...byCurrency].map(([currency, minor]) => money(minor, currency));
  return parts.length === 0
    ? money(0, currency)
    : parts.length === 1
      ? parts[0]!
      : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export interface CallAnswers {
  debtorId: string;
  /** When the call took place. */
  at: number;
  /** Answer ids by question id. */
  answers: Record<string, string>;
  /** The promised date, for an answer that needs one. */
  promiseDate?: string;
  /** The part payment promised, in minor units. */
  amount?: number;
  invoiceNumbers?: string[];
  note?: string;
  /** An id for the event; the db assigns one otherwise. */
  id?: string;
}

/**
 * The contact event a finished call script records: a 'call' whose outcome is the most telling
 * answer (OUTCOME_PRIORITY), whose text lists every answer, and which carries the promise (date
 * and amount) when one was made, so the cadence waits for it and calls if it is broken.
 */
export function eventFromAnswers(input: CallAnswers): ContactEvent {
  const lines: string[] = [];
  const outcomes: string[] = [];
  for (const q of QUESTIONS) {
    const answerId = input.answers[q.id];
    if (answerId === undefined) continue;
    const answer = q.answers.find((a) => a.id === answerId);
    if (!answer) throw new Error(`“${answerId}” is not an answer to “${q.id}”`);
    lines.push(`${q.id}: ${answer.label}`);
    if (answer.outcome) outcomes.push(answer.outcome);
    if (answer.ends) break;
  }
  const outcome = OUTCOME_PRIORITY.find((o) => outcomes.includes(o));
  const promised = outcomes.includes('promised') && input.promiseDate !== undefined;
  if (input.note) lines.push(`Note: ${input.note}`);
  return {
    id: input.id ?? `call-${input.debtorId}-${input.at}`,
    debtorId: input.debtorId,
    kind: 'call',
    at: input.at,
    ...(outcome ? { outcome } : {}),
    text: lines.join('\n'),
    ...(input.invoiceNumbers?.length ? { invoiceNumbers: input.invoiceNumbers } : {}),
    ...(promised
      ? { promise: { date: input.promiseDate!, ...(input.amount !== undefined ? { amount: input.amount } : {}) } }
      : {}),
    ...(input.amount !== undefined ? { amount: input.amount } : {}),
  };
}
