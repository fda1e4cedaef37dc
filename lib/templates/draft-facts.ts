import { debtorIdFor, type ContactEvent, type DebtorView, type Invoice } from '../model';

/**
 * The facts a draft's sentences rest on, read from the ledger alone: which invoices are overdue
 * and which are not yet due, what was actually sent or said, what was offered. The template
 * context and the claim checker both start from here, so a sentence is written only when the
 * ledger bears it out.
 */

/** Past due, or flagged overdue by the app when it shows no due date (as the ledger reads it). */
export const isOverdueOn = (inv: Pick<Invoice, 'due' | 'overdue'>, today: string): boolean =>
  inv.due !== undefined ? inv.due < today : inv.overdue === true;

/** Not yet due: a due date today or later. (No date and no overdue flag: neither, never chased.) */
export const isNotYetDueOn = (inv: Pick<Invoice, 'due'>, today: string): boolean =>
  inv.due !== undefined && inv.due >= today;

const WRITTEN = new Set<ContactEvent['kind']>(['email', 'letter', 'certified-letter']);
const SPOKEN = new Set<ContactEvent['kind']>(['call', 'visit']);
/** Calls that reached nobody: tried, but nobody was reminded of anything. */
const UNANSWERED = new Set(['no-answer', 'avoided']);

/**
 * A written reminder Owed may say was sent: confirmed sent (or delivered), or logged by the owner
 * without an outcome. A draft ('drafted', or an older log line of Owed's with a template and no
 * outcome) is not sent, and a mail the debtor sent ('received') is theirs, not a reminder.
 */
export function isSentReminder(e: ContactEvent): boolean {
  if (!WRITTEN.has(e.kind)) return false;
  if (e.outcome === undefined || e.outcome === '') return e.template === undefined;
  return e.outcome === 'sent' || e.outcome === 'delivered';
}

/** A call or visit in which the debtor was spoken to (a voicemail counts: the message was left). */
export const isCallMade = (e: ContactEvent): boolean =>
  SPOKEN.has(e.kind) && !UNANSWERED.has(e.outcome ?? '') && e.outcome !== 'drafted';

export interface ReminderCount {
  /** Emails and letters sent about these invoices. */
  written: number;
  /** Calls and visits in which the debtor was reached (or a voicemail left). */
  calls: number;
}

/**
 * The reminders already given about `invoices`: logged on or after the earliest of their issue
 * dates (due date when no issue date is known), and naming one of them when the log line names
 * invoices at all.
 */
export function remindersAbout(
  events: readonly ContactEvent[],
  invoices: readonly Pick<Invoice, 'number' | 'issued' | 'due'>[],
): ReminderCount {
  const numbers = new Set(invoices.map((i) => i.number));
  let since = Number.POSITIVE_INFINITY;
  for (const inv of invoices) {
    const from = inv.issued ?? inv.due;
    if (from) since = Math.min(since, Date.parse(`${from}T00:00:00Z`));
  }
  // Invoices with no dates at all: any reminder in the log may be about them.
  if (!Number.isFinite(since)) since = invoices.length > 0 ? 0 : Number.POSITIVE_INFINITY;
  const count: ReminderCount = { written: 0, calls: 0 };
  for (const e of events) {
    if (e.at < since) continue;
    if (e.invoiceNumbers?.length && !e.invoiceNumbers.some((n) => numbers.has(n))) continue;
    if (isSentReminder(e)) count.written++;
    else if (isCallMade(e)) count.calls++;
  }
  return count;
}

/** A payment plan was put to the debtor: one is on record, or a plan offer went out. */
export function planOffered(view: Pick<DebtorView, 'plans' | 'events'>): boolean {
  return (
    view.plans.length > 0 ||
    view.events.some(
      (e) =>
        (e.kind === 'plan' && e.outcome !== 'drafted') ||
        (isSentReminder(e) && (e.template ?? '').endsWith('/payment-plan-offer')),
    )
  );
}

const CONCERN_OUTCOMES = new Set(['disputes', 'never-received', 'dissatisfied']);

/** The debtor raised a concern: a dispute logged, or a call outcome saying so. */
export const concernRaised = (view: Pick<DebtorView, 'events' | 'holds'>): boolean =>
  (view.holds ?? []).some((h) => h.kind === 'dispute') ||
  view.events.some((e) => e.kind === 'dispute' || CONCERN_OUTCOMES.has(e.outcome ?? ''));

/**
 * The person to greet: a billing contact's name, else any contact's; none when no person's name is
 * known (a contact named like the company is no person: "Hi Acme Corporation," greets nobody).
 */
export function contactName(view: Pick<DebtorView, 'contacts' | 'name'>): string {
  const company = debtorIdFor(view.name);
  const named = (c: { name?: string | undefined }) =>
    (c.name ?? '').trim() !== '' && debtorIdFor(c.name ?? '') !== company;
  const contact = view.contacts.find((c) => c.role === 'billing' && named(c)) ?? view.contacts.find(named);
  return contact?.name?.trim() ?? '';
}
