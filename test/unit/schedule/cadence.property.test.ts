import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWN_OUTCOMES, type ContactEvent, type Invoice } from '../../../lib/model';
import { followUpPlan } from '../../../lib/ledger/follow-up-plan';
import { CADENCE_ACTIONS, defaultSettings } from '../../../lib/model';
import { NOW, TODAY, addDays, event, ledgerOf, lateAtInstall, plan, record } from '../ledger/make';

const daysAround = fc.integer({ min: -90, max: 120 });

const arbInvoices = fc
  .array(
    fc.record({
      late: daysAround,
      balance: fc.integer({ min: -50_00, max: 900_00 }),
      status: fc.constantFrom(undefined, 'Overdue', 'Partially paid', 'Sent'),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((rows) => rows.map((r, i) => lateAtInstall(`INV-${i}`, r.late, { balance: r.balance, status: r.status })));

const STATE_OUTCOMES = new Set<string>([
  'agency',
  'court',
  'write-off',
  'recovery-ended',
  'order-delivered',
  'skipped',
]);

const arbEvent = (kinds: ContactEvent['kind'][]) =>
  fc
    .record({
      kind: fc.constantFrom(...kinds),
      day: daysAround,
      // The outcomes that move a debtor out of the cadence (agency, court, a delivery to check on…) have their own tests.
      outcome: fc.constantFrom(undefined, ...KNOWN_OUTCOMES.filter((o) => !STATE_OUTCOMES.has(o))),
      promiseDay: daysAround,
    })
    .map((r) =>
      event({
        kind: r.kind,
        date: addDays(TODAY, -r.day),
        outcome: r.outcome,
        ...(r.kind === 'promise' ? { promise: { date: addDays(TODAY, -r.promiseDay) } } : {}),
      }),
    );

const arbPlans = fc
  .array(fc.array(fc.record({ day: daysAround, paid: fc.boolean() }), { minLength: 1, maxLength: 4 }), { maxLength: 1 })
  .map((plans) =>
    plans.map((rows) =>
      plan({
        installments: rows.map((r) => ({
          due: addDays(TODAY, -r.day),
          amount: 100_00,
          ...(r.paid ? { paidOn: addDays(TODAY, -r.day) } : {}),
        })),
      }),
    ),
  );

const oldestDue = (invoices: Invoice[]) =>
  invoices
    .filter((i) => i.balance > 0)
    .map((i) => i.due!)
    .sort()[0];

describe('cadence properties', () => {
  it('never dates the next action before the oldest due date minus 3 days without a promise, plan or dispute', () => {
    fc.assert(
      fc.property(
        arbInvoices,
        fc.array(arbEvent(['email', 'call', 'letter', 'certified-letter', 'visit', 'note', 'payment']), {
          maxLength: 8,
        }),
        (invoices, events) => {
          const quiet = events.filter((e) => !['disputes', 'never-received', 'dissatisfied'].includes(e.outcome ?? ''));
          const d = ledgerOf({ invoices, events: quiet }).debtors[0]!;
          const due = oldestDue(invoices);
          if (due === undefined) expect(d.next).toBeNull();
          else expect(d.next!.date >= addDays(due, -3)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never makes a call due earlier because one more call was logged', () => {
    const kinds: ContactEvent['kind'][] = [
      'email',
      'call',
      'letter',
      'visit',
      'note',
      'promise',
      'dispute',
      'payment',
      'plan',
    ];
    fc.assert(
      fc.property(
        arbInvoices,
        fc.array(arbEvent(kinds), { maxLength: 8 }),
        arbPlans,
        arbEvent(['call']),
        (invoices, events, plans, call) => {
          const callDue = (evs: ContactEvent[]) => {
            const next = ledgerOf({ invoices, events: evs, plans }).debtors[0]!.next;
            return next?.isCall ? next.date : '9999-12-31';
          };
          expect(callDue([...events, call]) >= callDue(events)).toBe(true);
        },
      ),
      {
        numRuns: 200,
        // Found by this property: after a broken promise, a call the debtor made (outcome
        // 'received') ended the broken-promise call, and the missed 1-week call came due a day earlier.
        examples: [
          [
            [
              {
                customer: 'Acme Corp',
                balance: 1,
                currency: 'USD',
                id: 'https://app.example#INV-0',
                source: 'https://app.example',
                debtorId: 'acme',
                firstSeenAt: NOW,
                seenAt: NOW,
                number: 'INV-0',
                issued: '2026-10-16',
                due: '2026-11-15',
                total: 10000,
              },
            ],
            [{ id: 'e1', debtorId: 'acme', at: NOW, text: '', kind: 'promise', promise: { date: '2026-11-22' } }],
            [],
            { id: 'e2', debtorId: 'acme', at: NOW, text: '', kind: 'call', outcome: 'received' },
          ],
        ],
      },
    );
  });

  it('dates a cadence action as the follow-up plan the sidebar shows: the current step, the one after it once done, else the first still to come', () => {
    const kinds: ContactEvent['kind'][] = [
      'email',
      'call',
      'letter',
      'certified-letter',
      'visit',
      'note',
      'payment',
      'plan',
    ];
    fc.assert(
      fc.property(
        arbInvoices,
        fc.array(arbEvent(kinds), { maxLength: 8 }),
        fc.boolean(),
        (invoices, events, autoDebit) => {
          const quiet = events.filter((e) => !['disputes', 'never-received', 'dissatisfied'].includes(e.outcome ?? ''));
          const records = autoDebit ? [record({ flags: { autoDebit: true } })] : [];
          const d = ledgerOf({ invoices, events: quiet, records }).debtors[0]!;
          const shown = followUpPlan(d, defaultSettings(), NOW, 'UTC');
          // A step not done stays due (overdue), and another invoice's own pre-due reminder may come first: their own tests.
          const isStep =
            d.next !== null &&
            (CADENCE_ACTIONS as readonly string[]).includes(d.next.action) &&
            !d.next.overdue &&
            !d.next.invoiceNumbers;
          if (!isStep) return;
          expect(shown).not.toBeNull();
          const current = shown!.steps[shown!.current];
          // Without a current step, the first one still to come: a reminder before the due date is moot once late.
          const ahead = shown!.steps.find((s) => s.offsetDays >= 0 || shown!.daysLate <= 0)!;
          const expected = !current ? ahead : !current.done ? current : shown!.steps[shown!.current + 1]!;
          expect({ action: d.next!.action, date: d.next!.date }).toEqual({
            action: expected.action,
            date: expected.date,
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
