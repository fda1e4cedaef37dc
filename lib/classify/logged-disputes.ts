import type { ContactEvent, InvoiceHold, RecoveryState } from '../model';
import { isoDate } from '../time/calendar';
import { ownText } from './debtor-words';
import { RESOLVED } from './words';

/** Days a dispute logged against an invoice gets to be resolved before it is overdue. */
export const DISPUTE_RESOLVE_DAYS = 14;

const DISPUTE_OUTCOMES = new Set(['disputes', 'never-received', 'dissatisfied']);

/**
 * Disputes the owner logged against named invoices, still standing: each pauses only the invoices
 * it names (the rest of the account keeps its cadence) until a later payment, promise or
 * "resolved" note about them (or about the whole account) ends it. Keyed by invoice number.
 */
export function loggedDisputes(
  debtorId: string,
  events: readonly ContactEvent[],
  eventDays: readonly number[],
  eventOutcomes: readonly string[],
  eventTexts: readonly string[],
): Map<string, Omit<InvoiceHold, 'invoiceId'>> | undefined {
  let out: Map<string, Omit<InvoiceHold, 'invoiceId'>> | undefined;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const outcome = eventOutcomes[i]!;
    const named = e.invoiceNumbers;
    if (e.kind === 'dispute' || DISPUTE_OUTCOMES.has(outcome)) {
      if (!named?.length) continue;
      out ??= new Map();
      for (const n of named)
        out.set(n, {
          debtorId,
          kind: 'dispute',
          reason: ownText(e).trim(),
          until: isoDate(eventDays[i]! + DISPUTE_RESOLVE_DAYS),
          at: e.at,
          fromLog: true,
          ...(outcome === 'never-received' ? { neverReceived: true } : {}),
        });
      continue;
    }
    if (!out) continue;
    const ends =
      e.kind === 'payment' ||
      e.kind === 'promise' ||
      e.promise !== undefined ||
      RESOLVED.test(outcome) ||
      (eventTexts[i] !== '' && RESOLVED.test(eventTexts[i]!));
    if (!ends) continue;
    if (!named?.length) out.clear();
    else for (const n of named) out.delete(n);
  }
  return out && out.size > 0 ? out : undefined;
}

/** The debtor's recovery state: the last decision logged (agency, court, write-off), unless ended since. */
export function recoveryState(
  events: readonly ContactEvent[],
  eventOutcomes: readonly string[],
): { state: RecoveryState; index: number } | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const o = eventOutcomes[i]!;
    if (o === 'recovery-ended') return undefined;
    if (o === 'agency' || o === 'court' || o === 'write-off') return { state: o, index: i };
  }
  return undefined;
}
