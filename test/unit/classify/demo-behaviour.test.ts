import { describe, expect, it } from 'vitest';
import { makeDemoData } from '../../../demo/seed.mjs';
import { buildLedger } from '../../../lib/ledger/build-ledger';
import { debtorIdFor, defaultSettings, type Invoice } from '../../../lib/model';
import { expectedDebtors } from '../../e2e/demo-expectations';

// The demo app's seed carries each customer's true behaviour (never shown on its pages): the
// classifier, given the invoices as the app lists them, must find it.
function demoLedger(today = '2026-11-23') {
  const data = makeDemoData(today);
  const customers = new Map(data.customers.map((c) => [c.id, c]));
  const invoices: Invoice[] = data.invoices.map((i) => {
    const c = customers.get(i.customerId)!;
    return {
      number: i.number,
      customer: c.name,
      issued: i.issued,
      due: i.due,
      total: i.total,
      balance: i.status === 'Draft' ? 0 : i.total - i.paid,
      currency: i.currency,
      status: i.status,
      ...(i.paidOn ? { paidOn: i.paidOn } : {}),
      id: `demo#${i.number}`,
      source: 'http://127.0.0.1',
      debtorId: debtorIdFor(c.name),
      // As in the e2e walkthrough: Owed first reads the demo app on the day it runs.
      firstSeenAt: Date.parse(`${today}T09:00:00Z`),
      seenAt: Date.parse('2026-11-23T09:00:00Z'),
    };
  });
  const ledger = buildLedger({
    invoices,
    events: [],
    plans: [],
    records: [],
    settings: defaultSettings(),
    now: Date.parse(`${today}T12:00:00Z`),
    timeZone: 'UTC',
  });
  return data.customers.map((c) => ({
    name: c.name,
    behaviour: c.behaviour,
    view: ledger.debtors.find((d) => d.id === debtorIdFor(c.name))!,
  }));
}

describe('classify on the demo data', () => {
  const debtors = demoLedger();
  const expected: Record<string, string> = {
    'on-time': 'good-standing',
    unorganized: 'unorganized',
    'going-out-of-business': 'going-out-of-business',
    angry: 'angry',
  };

  it('finds every customer’s seeded behaviour', () => {
    for (const { behaviour, view } of debtors) {
      if (behaviour === 'term-stretcher') continue;
      expect(
        view.classification.standing,
        `${view.name} (${behaviour}): ${view.classification.reasons.join('; ')}`,
      ).toBe(expected[behaviour]);
    }
  });

  it('flags the term-stretchers, and only them', () => {
    for (const { behaviour, view } of debtors) {
      expect(view.classification.flags.termStretcher !== undefined, `${view.name} (${behaviour})`).toBe(
        behaviour === 'term-stretcher',
      );
    }
  });

  it('makes a call due exactly where the e2e walkthrough expects it, on any day', () => {
    for (const today of ['2026-11-23', '2027-02-28', '2027-03-29', '2027-07-04']) {
      const debtors = demoLedger(today);
      for (const expected of expectedDebtors(today)) {
        const { view } = debtors.find((d) => d.name === expected.name)!;
        expect(view.dueForCallToday, `${today} ${expected.name}: ${view.next?.action} ${view.next?.why}`).toBe(
          expected.dueForCall,
        );
        expect(view.oldestDaysLate).toBe(expected.oldestDaysLate);
      }
    }
  });
});
