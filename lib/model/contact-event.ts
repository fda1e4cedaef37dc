import { z } from 'zod';
import { IsoDate, MinorUnits, Text, Timestamp } from './primitives';

export const CONTACT_KINDS = [
  'email',
  'call',
  'letter',
  'certified-letter',
  'visit',
  'promise',
  'dispute',
  'payment',
  'plan',
  'note',
] as const;
export const ContactKind = z.enum(CONTACT_KINDS);
export type ContactKind = z.infer<typeof ContactKind>;

/**
 * Outcomes the call script and the log offer. Free text is allowed too; these are the ones the
 * classifier and the cadence understand.
 */
export const KNOWN_OUTCOMES = [
  'reached',
  'no-answer',
  'voicemail',
  'avoided',
  'promised',
  'disputes',
  'never-received',
  'dissatisfied',
  'asked-plan',
  'asked-copy',
  'asked-time',
  'cash-flow',
  'bounced',
  'hostile',
  'closing',
  'paid',
  /** A reminder Owed drafted; it counts as sent only once the owner confirms it ('sent'). */
  'drafted',
  'sent',
  /** A mail from the debtor, logged from Outlook: the debtor's own word. */
  'received',
  'delivered',
  'returned',
  /** The order or work was delivered: the moment for a satisfaction check. */
  'order-delivered',
  /** The owner's decisions: the debtor goes to an agency, to court, is written off, or back to normal. */
  'agency',
  'court',
  'write-off',
  'recovery-ended',
  /** A cadence step the owner chose not to do (see `step`). */
  'skipped',
  /** The credit policy sent, and the debtor's acknowledgement of it. */
  'policy-sent',
  'policy-acknowledged',
] as const;

/** The states a debtor leaves the cadence for: handed to an agency, taken to court, written off. */
export const RECOVERY_STATES = ['agency', 'court', 'write-off'] as const;
export type RecoveryState = (typeof RECOVERY_STATES)[number];

/** One piece of communication with a debtor, or something that happened (a payment, a dispute). */
export const ContactEvent = z.object({
  id: z.string().min(1),
  debtorId: z.string().min(1),
  kind: ContactKind,
  at: Timestamp,
  outcome: Text(100).optional(),
  text: Text().default(''),
  /** The invoices it was about, by number. */
  invoiceNumbers: z.array(Text(200)).optional(),
  /** For a promise to pay: the date promised and, when given, the amount. */
  promise: z.object({ date: IsoDate, amount: MinorUnits.optional() }).optional(),
  /** Certified mail tracking number. */
  trackingNumber: Text(100).optional(),
  /** For a payment event, or an amount discussed. */
  amount: MinorUnits.optional(),
  /** The template a drafted email or letter used. */
  template: Text(100).optional(),
  /** Who was contacted (email address, name). */
  to: Text(1000).optional(),
  cc: Text(2000).optional(),
  /**
   * A next date the owner set: "call back on Tuesday", the agency's next check-in, the court date.
   * The follow-up waits for it.
   */
  nextOn: IsoDate.optional(),
  /** For a skipped cadence step: which one, as `${offsetDays}:${action}`. */
  step: Text(50).optional(),
  /**
   * For a payment the owner logged: each covered invoice's open balance in the app when it was
   * logged. The payment counts against an invoice until the app shows a lower balance for it.
   */
  appBalances: z.record(z.string().max(200), MinorUnits).optional(),
  /** Set when a merge moved this event from another debtor, so an unmerge can move it back. */
  mergedFrom: z.string().optional(),
});
export type ContactEvent = z.infer<typeof ContactEvent>;
export type ContactEventInput = z.input<typeof ContactEvent>;
