import { describe, expect, it } from 'vitest';
import { debtorOf, event, invoice, ledgerOf } from '../ledger/make';

// 23:30 UTC on Monday 23 Nov 2026: already Tuesday the 24th in Paris, still Monday in New York.
const NOW = Date.parse('2026-11-23T23:30:00Z');
// First read on 23 Nov: the steps before (the 3-day email) were not Owed's to ask for.
const dueOn17 = invoice({ number: 'INV-1', due: '2026-11-17', balance: 500_00, firstSeenAt: NOW - 3_600_000 });

describe('cadence in the user’s time zone', () => {
  it('decides "today" in the user’s zone around midnight', () => {
    expect(ledgerOf({ invoices: [dueOn17], now: NOW, timeZone: 'Europe/Paris' }).today).toBe('2026-11-24');
    expect(ledgerOf({ invoices: [dueOn17], now: NOW, timeZone: 'America/New_York' }).today).toBe('2026-11-23');
  });

  it('makes the one-week call due at local midnight, not at UTC midnight', () => {
    const paris = debtorOf({ invoices: [dueOn17], now: NOW, timeZone: 'Europe/Paris' });
    expect(paris.next).toMatchObject({ action: 'call', date: '2026-11-24' });
    expect(paris.dueForCallToday).toBe(true);
    // Still the 23rd in New York: 6 days late, the 3-day email is the current step.
    const newYork = debtorOf({ invoices: [dueOn17], now: NOW, timeZone: 'America/New_York' });
    expect(newYork.next).toMatchObject({ action: 'email', date: '2026-11-20' });
    expect(newYork.dueForCallToday).toBe(false);
  });

  it('dates a logged call by the local day it was made', () => {
    // Logged at 00:10 Paris time on the 24th (23:10Z on the 23rd): it is the one-week call in Paris.
    const call = event({ kind: 'call', outcome: 'reached', date: '2026-11-23' });
    call.at = Date.parse('2026-11-23T23:10:00Z');
    const paris = debtorOf({ invoices: [dueOn17], events: [call], now: NOW, timeZone: 'Europe/Paris' });
    expect(paris.next?.action).toBe('escalate');
    // In New York it was the evening of the 23rd, before the call step's date: the next day the call is still to make.
    const newYork = debtorOf({
      invoices: [dueOn17],
      events: [call],
      now: NOW + 86_400_000,
      timeZone: 'America/New_York',
    });
    expect(newYork.next).toMatchObject({ action: 'call', date: '2026-11-24' });
    expect(newYork.dueForCallToday).toBe(true);
  });

  it('counts days across a DST change by the calendar, not by 24-hour blocks', () => {
    // Due 25 Oct (Paris leaves DST that night); on 1 Nov 00:30 local it is exactly 7 days late.
    const due = invoice({
      number: 'INV-2',
      due: '2026-10-25',
      balance: 100_00,
      firstSeenAt: Date.parse('2026-10-31T20:00:00Z'),
    });
    const d = debtorOf({ invoices: [due], now: Date.parse('2026-10-31T23:30:00Z'), timeZone: 'Europe/Paris' });
    expect(d.oldestDaysLate).toBe(7);
    expect(d.dueForCallToday).toBe(true);
  });
});
