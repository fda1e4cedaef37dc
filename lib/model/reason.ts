import type { CadenceAction } from './settings';
import type { Standing } from './debtor';

/**
 * Why Owed sees a debtor as it does, and why it proposes the next step: data (a kind and its
 * values), turned into the owner's language at the edge (lib/i18n). Nothing here is a sentence.
 *
 * Values are numbers, `Day`s, `Money`, `Range`s, invoice numbers (`string[]`), the debtor's or
 * owner's own words (`string`, without quotation marks), closed choices (string literals, booleans)
 * and nested reasons (one, or a list said one after the other). An optional value is absent, never
 * an empty string.
 */

/** A calendar day, YYYY-MM-DD. */
export type Day = string;
/** Minor units in an ISO currency. */
export interface Money {
  minor: number;
  currency: string;
}
/** A whole number of days or the like, "5–9", or one value when min = max. */
export interface Range {
  min: number;
  max: number;
}

/** Who wrote down the words: the debtor (a mail from them), or the owner (a note). */
export type Voice = 'debtor' | 'owner';

/** The action of an escalation step, per class; `StepWhat` names what a cadence step does. */
export type Escalation = 'certified-letter' | 'payment-plan' | 'copy-leadership';
export type StepWhat = CadenceAction | `escalate-${Escalation}`;

export interface ReasonValues {
  // The class and its evidence (Classification.reasons).
  override: { on: Day; chosen: Standing; rules: Standing; note?: string };
  also: { reason: Reason };
  'nothing-overdue': Record<string, never>;
  'open-invoices': { count: number; nextDue?: Day };
  'paid-all-on-time': { count: number };
  'paid-some-on-time': { onTime: number; count: number };
  'paused-only': { count: number; invoices: string[] };
  'overdue-and-paused': { count: number; invoices: string[]; days: number };
  'overdue-no-date': { count: number; invoices: string[] };
  overdue: { count: number; invoices: string[]; days: number };
  'disputed-in-app': { invoices: string[]; status: string };
  'disputes-paused': { invoices: string[]; until: Day; words?: string };
  disputed: { invoices: string[]; on: Day; count: number; words?: string };
  'never-received': { invoices: string[]; on: Day };
  dissatisfied: { on: Day; words?: string };
  hostile: { on: Day; count: number; words?: string };
  'avoided-calls': { count: number; lastOn: Day };
  'silent-after-reminders': { reminders: number; calls: number; since: Day; days: number };
  'broke-promises': { count: number; by: Day };
  'partly-paid': { count: number; invoices: string[] };
  'cash-tight': { on: Day; count: number };
  'asked-time': { on: Day; count: number };
  'asked-plan': { on: Day; count: number };
  bounced: { count: number; lastOn: Day };
  'closing-words': { on: Day; words: string; voice: Voice };
  'closing-noted': { on: Day };
  'on-plan': { installments: number };
  'turned-late': { onTime: number; days: number };
  'days-to-pay-rose': { from: number; to: number; months: number };
  'balance-growing': { count: number; since: Day; total: Money };
  'paid-late-run': { count: number; days: Range };
  'paid-after-reminder-always': { count: number };
  'paid-after-reminder-some': { reminded: number; count: number };
  'answered-calls': { answered: number; calls: number };
  'kept-promises': { count: number };
  'only-days-late': { days: number; invoice: string; clean: boolean };
  'late-on': { invoices: string[]; clean: boolean; days?: number };

  // The flags beside the class (Classification.flags).
  'term-stretcher': { days: Range; median: number; terms: number; count: number };
  'upfront-set': { on: Day; note?: string };
  'upfront-proposed': { invoice: string; days: number; on: Day };
  'credit-hold': { since: Day; note?: string };
  'credit-warning': { invoice: string; flag: 'credit-hold' | 'upfront-only'; since: Day; terms?: number; due?: Day };
  'policy-never-acknowledged': Record<string, never>;
  'policy-acknowledged-long-ago': { on: Day };

  // Why the next step (NextAction.why).
  'call-back': { on: Day; loggedOn: Day };
  'agency-check-in': { since: Day; every?: number };
  'court-date': { since: Day; on: Day };
  'court-date-unset': { since: Day };
  'satisfaction-check': { deliveredOn: Day; invoices: string[] };
  'dispute-logged': { invoice: string; since: Day; until: Day; neverReceived: boolean; words?: string };
  'dispute-paused': { invoice: string; until: Day; words?: string };
  'dispute-open': { invoices: string[]; since: Day; neverReceived: boolean };
  'dispute-open-in-app': { invoices: string[] };
  'missed-installment': { amount: Money; due: Day };
  'broken-promise': { by: Day };
  'promise-pending': { by: Day };
  'plan-installment': { amount: Money; due: Day };
  decide: { last: CadenceAction; sentOn: Day; check: Reason[] };
  'pre-due': { invoice: string; due: Day };
  /** A cadence step: `when` says where the invoice stands, `done` the step just done. */
  step: { what: StepWhat; when: Reason; done?: Reason };
  'step-overdue': { step: Reason; due: Day; when: Reason };
  /** Parts of a step's reason: the step just done, a step as the owner names it ("1-week call"). */
  'step-done': { action: CadenceAction; on: Day };
  'step-name': { action: CadenceAction; unit: 'before-due' | 'day' | 'week' | 'month'; count: number };
  'when-guessed': { invoice: string; seenSince: Day };
  'when-due': { invoice: string; due: Day };
  'when-late': { invoice: string; days: number; ahead: boolean };

  // The recovery check (agency, court or write-off), in its order.
  'recovery-pursue': { hours: number; cost: Money; keep: Money; amount: Money };
  'recovery-agency': { percent: number; get: Money };
  'recovery-court': { fees: Money; hours: number; time: Money; net: Money };
  'recovery-insolvent': { percent: number; recoverable: Money };
  'recovery-recommend': { choice: 'pursue' | 'agency' | 'court' | 'write-off' };
}

export type ReasonKind = keyof ReasonValues;

/** One reason: its kind and the values it is about (see ReasonValues). */
export type Reason = { [K in ReasonKind]: { kind: K; values: ReasonValues[K] } }[ReasonKind];

/** A reason of kind `kind`, typed by its values. */
export const reason = <K extends ReasonKind>(kind: K, values: ReasonValues[K]): Reason => ({ kind, values }) as Reason;
