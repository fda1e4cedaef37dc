import { describe, expect, it } from 'vitest';
import type { CadenceStep } from '../../../lib/model';
import { cadenceFor } from '../../../lib/schedule';
import { TODAY, addDays, at, debtorOf, lateAtInstall, record } from '../ledger/make';

const angry = { class: 'angry' as const, at: at('2026-11-01') };
// Angry customers get a call two days after the due date instead of an email at 3.
const angrySteps: CadenceStep[] = [
  { offsetDays: 2, action: 'call' },
  { offsetDays: 20, action: 'certified-letter' },
];
// A key account: many steps before and after the due date.
const keyAccount: CadenceStep[] = [
  { offsetDays: -14, action: 'reminder' },
  { offsetDays: -7, action: 'reminder' },
  { offsetDays: -1, action: 'email' },
  { offsetDays: 1, action: 'call' },
  { offsetDays: 4, action: 'email' },
  { offsetDays: 10, action: 'call' },
  { offsetDays: 60, action: 'final-notice' },
];

describe('cadence per class and per debtor', () => {
  it('a class cadence wins over the default', () => {
    const invoices = [lateAtInstall('INV-1', 2)];
    const plain = debtorOf({ invoices, records: [record({ override: angry })] });
    // Default cadence at 2 days late: the pre-due reminder (-3) is the current step, next the email at 3.
    expect(plain.next?.action).not.toBe('call');
    const d = debtorOf({
      invoices,
      records: [record({ override: angry })],
      settings: { cadenceByClass: { angry: angrySteps } },
    });
    expect(d.next).toMatchObject({ action: 'call', isCall: true, date: TODAY });
    expect(d.dueForCallToday).toBe(true);
  });

  it('another class is not affected by one class’s cadence', () => {
    const d = debtorOf({
      invoices: [lateAtInstall('INV-1', 2)],
      records: [record({ override: { class: 'unorganized', at: at('2026-11-01') } })],
      settings: { cadenceByClass: { angry: angrySteps } },
    });
    expect(d.next?.isCall).toBe(false);
  });

  it('a debtor’s own cadence wins over its class’s, with as many steps as the user wants', () => {
    const settings = { cadenceByClass: { angry: angrySteps } };
    const early = debtorOf({
      invoices: [lateAtInstall('INV-1', -10)],
      records: [record({ override: angry, cadence: keyAccount })],
      settings,
    });
    expect(early.next).toMatchObject({ action: 'reminder', date: addDays(TODAY, -4) });
    const late = debtorOf({
      invoices: [lateAtInstall('INV-1', 5)],
      records: [record({ override: angry, cadence: keyAccount })],
      settings,
    });
    expect(late.next).toMatchObject({ action: 'email', date: addDays(TODAY, -1) });
    expect(
      cadenceFor(record({ cadence: keyAccount }), 'angry', {
        cadence: angrySteps,
        cadenceByClass: { angry: angrySteps },
      }).source,
    ).toBe('debtor');
    expect(cadenceFor(record(), 'angry', { cadence: keyAccount, cadenceByClass: { angry: angrySteps } })).toEqual({
      steps: angrySteps,
      source: 'class',
    });
    expect(
      cadenceFor(undefined, 'good-standing', { cadence: keyAccount, cadenceByClass: { angry: angrySteps } }),
    ).toEqual({ steps: keyAccount, source: 'default' });
  });

  it('auto-debit switches off the reminders before the due date', () => {
    const invoices = [lateAtInstall('INV-1', -2)];
    const plain = debtorOf({ invoices, records: [record({ cadence: keyAccount })] });
    expect(plain.next?.action).toBe('reminder');
    const debit = debtorOf({ invoices, records: [record({ cadence: keyAccount, flags: { autoDebit: true } })] });
    // Pre-due steps (reminders and the -1 email) are gone: the first step is the call the day after the due date.
    expect(debit.next).toMatchObject({ action: 'call', date: addDays(TODAY, 3) });
  });
});
