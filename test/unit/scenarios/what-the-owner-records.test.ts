// Stories about what the owner logged and how Owed's state moves with it: payments, hand-overs,
// steps done or skipped, drafts sent, call-backs, deliveries, credit decisions.
import { describe, expect, it } from 'vitest';
import { recoveryCheck } from '../../../lib/insight';
import { renderTemplate, templateContext } from '../../../lib/templates';
import { ledgerCashForecast } from '../../../lib/predict/ledger-forecast';
import { staleRead } from '../../../lib/ledger/stale-read';
import { groupToday } from '../../../components/sidebar/TodayView';
import { NOW, TODAY, addDays, at, event, lateAtInstall, openInvoice, paidInvoice, plan, record } from '../ledger/make';
import { SETTINGS, expectDraftTrue, say, story } from './story';
import { debtorOf as debtorView } from '../ledger/make';

const due = (daysLate: number) => addDays(TODAY, -daysLate);
const stepsDone = (daysLate: number) => [
  event({ kind: 'email', date: addDays(due(daysLate), 3), outcome: 'sent' }),
  event({ kind: 'call', date: addDays(due(daysLate), 7), outcome: 'reached' }),
];

describe('owner stories: payments logged', () => {
  it('“Opal paid $600 of INV-9 today; the app still says $1,000”', () => {
    const told = story({
      invoices: [openInvoice('INV-9', 10, { balance: 1_000_00, total: 1_000_00 })],
      events: [
        ...stepsDone(10),
        event({
          kind: 'payment',
          date: TODAY,
          amount: 600_00,
          invoiceNumbers: ['INV-9'],
          appBalances: { 'INV-9': 1_000_00 },
        }),
      ],
    });
    expect(told.debtor.balance).toBe(400_00);
    expect(told.debtor.loggedPaid).toBe(600_00);
    expect(told.debtor.openInvoices[0]).toMatchObject({ number: 'INV-9', balance: 400_00, loggedPaid: 600_00 });
    expect(told.draft.text).toContain('$400.00');
    expect(told.draft.text).not.toContain('$1,000.00');
    expectDraftTrue(told);
  });

  it('“Once the app shows Opal’s payment, my log no longer takes it off twice”', () => {
    const told = story({
      invoices: [openInvoice('INV-9', 10, { balance: 400_00, total: 1_000_00 })],
      events: [
        event({
          kind: 'payment',
          date: addDays(TODAY, -2),
          amount: 600_00,
          invoiceNumbers: ['INV-9'],
          appBalances: { 'INV-9': 1_000_00 },
        }),
      ],
    });
    expect(told.debtor.balance).toBe(400_00);
    expect(told.debtor.loggedPaid).toBeUndefined();
  });

  it('“Pine paid INV-10 in full yesterday”: no more chasing, and nothing to draft', () => {
    const told = debtorView({
      invoices: [openInvoice('INV-10', 12, { balance: 250_00, total: 250_00 })],
      events: [
        ...stepsDone(12),
        event({ kind: 'payment', date: addDays(TODAY, -1), amount: 250_00, appBalances: { 'INV-10': 250_00 } }),
      ],
    });
    expect(told.balance).toBe(0);
    expect(told.next).toBeNull();
    expect(told.dueForCallToday).toBe(false);
    expect(told.classification.standing).toBe('good-standing');
  });
});

describe('owner stories: agency, court, write-off', () => {
  const handed = (outcome: string, extra = {}) =>
    story({
      invoices: [openInvoice('INV-1', 80, { balance: 3_000_00, total: 3_000_00 })],
      events: [...stepsDone(80), event({ kind: 'note', date: '2026-11-01', outcome, text: 'Decided', ...extra })],
    });

  it('“Quay went to the collection agency on 1 Nov”: out of Today and the forecast, checked on monthly', () => {
    const told = handed('agency');
    expect(told.debtor.recovery).toMatchObject({ state: 'agency', since: '2026-11-01' });
    expect(told.debtor.next).toMatchObject({ action: 'agency-check-in', date: '2026-12-01', isCall: false });
    expect(told.debtor.dueForCallToday).toBe(false);
    const today = groupToday([{ ...told.debtor, next: { ...told.debtor.next!, date: TODAY } }], TODAY);
    expect(Object.values(today).flat()).toHaveLength(0);
    const forecast = (d: typeof told.debtor) => ledgerCashForecast([d], TODAY).at(-1)!.byCurrency.USD ?? 0;
    expect(forecast(told.debtor)).toBe(0);
    // The same debtor before the hand-over was in the forecast.
    expect(forecast({ ...told.debtor, recovery: undefined })).toBe(3_000_00);
  });

  it('“Reed’s court date is 15 January”', () => {
    const told = handed('court', { nextOn: '2027-01-15' });
    expect(told.debtor.recovery).toMatchObject({ state: 'court', nextOn: '2027-01-15' });
    expect(told.debtor.next).toMatchObject({ action: 'court-date', date: '2027-01-15' });
    expect(told.debtor.next!.why).toMatchObject({ kind: 'court-date', values: { on: '2027-01-15' } });
    expect(say(told.debtor.next!.why)).toContain('court date 15 Jan 2027');
  });

  it('“I wrote Sage off”: nothing more to do', () => {
    const told = handed('write-off');
    expect(told.debtor.recovery?.state).toBe('write-off');
    expect(told.debtor.next).toBeNull();
    expect(told.debtor.dueForCallToday).toBe(false);
  });

  it('“Lina is going under: is court worth it?”: the check weighs the class', () => {
    const settings = SETTINGS.recovery;
    const insolvent = recoveryCheck(5_000_00, settings, {
      daysLate: 120,
      finalNoticeSent: true,
      standing: 'going-out-of-business',
    });
    const solvent = recoveryCheck(5_000_00, settings, { daysLate: 120, finalNoticeSent: true, standing: 'angry' });
    expect(solvent.recommendation).toBe('court');
    expect(insolvent.recommendation).not.toBe('court');
    expect(insolvent.explanation).toContainEqual({
      kind: 'recovery-insolvent',
      values: { percent: 20, recoverable: { minor: 1_000_00, currency: 'USD' } },
    });
    expect(solvent.explanation.map((r) => r.kind)).not.toContain('recovery-insolvent');
    expect(insolvent.explanation.map(say).join(' ')).toContain('suing an insolvent debtor is rarely worth it');
  });
});

describe('owner stories: steps, drafts, call-backs', () => {
  it('“Nobody made Tarn’s 1-week call, and now it is 35 days late”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 35)],
      events: [event({ kind: 'email', date: addDays(due(35), 3), outcome: 'sent' })],
    });
    expect(told.debtor.next).toMatchObject({ action: 'call', overdue: true, date: addDays(due(35), 7), isCall: true });
    expect(told.debtor.next!.why).toMatchObject({ kind: 'step-overdue', values: { due: addDays(due(35), 7) } });
    expect(say(told.debtor.next!.why)).toContain('overdue: the 1-week call');
    expect(told.debtor.dueForCallToday).toBe(true);
  });

  it('“I skipped Tarn’s call on purpose”: the cadence moves on', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 12)],
      events: [
        event({ kind: 'email', date: addDays(due(12), 3), outcome: 'sent' }),
        event({ kind: 'note', date: addDays(TODAY, -1), outcome: 'skipped', step: '7:call' }),
      ],
    });
    expect(told.debtor.next).toMatchObject({ action: 'escalate', date: addDays(due(12), 30) });
    expect(told.debtor.next?.overdue).toBeUndefined();
  });

  it('“A ledger I installed Owed on late”: earlier steps are not asked for', () => {
    const told = story({ invoices: [lateAtInstall('INV-1', 12)] });
    expect(told.debtor.next).toMatchObject({ action: 'call' });
    expect(told.debtor.next?.overdue).toBeUndefined();
  });

  it('“Wren’s reminder is still a draft in Outlook”: it is no reminder yet', () => {
    const draft = event({
      kind: 'email',
      date: addDays(due(5), 3),
      outcome: 'drafted',
      template: 'unorganized/three-days',
    });
    const drafted = story({ invoices: [openInvoice('INV-1', 5)], events: [draft] });
    expect(drafted.debtor.next).toMatchObject({ action: 'email', date: addDays(due(5), 3) });
    const sent = story({ invoices: [openInvoice('INV-1', 5)], events: [{ ...draft, outcome: 'sent' }] });
    expect(sent.debtor.next).toMatchObject({ action: 'call', date: addDays(due(5), 7) });
    expectDraftTrue(drafted, ['INV-1']);
  });

  it('“Vale asked me to call back on Tuesday”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 9)],
      events: [
        event({ kind: 'email', date: addDays(due(9), 3), outcome: 'sent' }),
        event({ kind: 'call', date: TODAY, outcome: 'reached', nextOn: '2026-11-24' }),
      ],
    });
    expect(told.debtor.next).toMatchObject({ action: 'call-back', date: '2026-11-24', isCall: true });
    expect(told.debtor.dueForCallToday).toBe(false);
  });

  it('“Umber has a second invoice due next week”: its own reminder before it falls due', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 20), openInvoice('INV-2', -2, { balance: 700_00, total: 700_00 })],
      events: stepsDone(20),
    });
    expect(told.debtor.next).toMatchObject({ action: 'reminder', invoiceNumbers: ['INV-2'], date: addDays(TODAY, -1) });
    expect(told.templateId).toBe('unorganized/pre-due');
    expectDraftTrue(told, ['INV-2']);
    expect(told.draft.text).toContain('$700.00');
  });

  it('“Dale’s order was delivered yesterday”: check they are happy right away', () => {
    const told = story({
      invoices: [openInvoice('INV-1', -20)],
      events: [
        event({ kind: 'note', date: addDays(TODAY, -1), outcome: 'order-delivered', invoiceNumbers: ['INV-1'] }),
      ],
    });
    expect(told.debtor.next).toMatchObject({
      action: 'satisfaction-check',
      template: 'unorganized/satisfaction-verification',
    });
    expectDraftTrue(told, ['INV-1']);
  });

  it('“Nash disputed INV-2 on the phone; INV-1 and INV-3 keep their follow-up”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 9), openInvoice('INV-2', 9), openInvoice('INV-3', 9)],
      events: [
        event({ kind: 'email', date: addDays(due(9), 3), outcome: 'sent' }),
        event({
          kind: 'call',
          date: addDays(TODAY, -1),
          outcome: 'disputes',
          invoiceNumbers: ['INV-2'],
          text: 'satisfied: Disputes the quality or the amount',
        }),
      ],
    });
    expect(told.debtor.holds?.map((h) => h.invoiceId)).toEqual(['https://app.example#INV-2']);
    // The call on the 1-week step was the dispute call: the other invoices go on to the next step.
    expect(told.debtor.next).toMatchObject({ action: 'resolve-dispute', invoiceNumbers: ['INV-2'] });
    const settled = story({
      invoices: [openInvoice('INV-1', 9), openInvoice('INV-2', 9), openInvoice('INV-3', 9)],
      events: [
        event({ kind: 'email', date: addDays(due(9), 3), outcome: 'sent' }),
        event({ kind: 'call', date: addDays(TODAY, -1), outcome: 'disputes', invoiceNumbers: ['INV-2'] }),
        event({
          kind: 'note',
          date: TODAY,
          text: 'Resolved: credit note for the damaged part',
          invoiceNumbers: ['INV-2'],
        }),
      ],
    });
    expect(settled.debtor.holds).toBeUndefined();
    expect(settled.debtor.next?.action).toBe('escalate');
  });

  it('“Nova missed the second instalment of her plan”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 60)],
      plans: [
        plan({
          installments: [
            { due: '2026-10-20', amount: 50_00, paidOn: '2026-10-20' },
            { due: '2026-11-20', amount: 50_00 },
          ],
        }),
      ],
    });
    expect(told.debtor.next).toMatchObject({ action: 'call-missed-installment', date: '2026-11-21', isCall: true });
  });

  it('“I have not opened the invoicing app since Tuesday last week”: say so before I call', () => {
    expect(
      staleRead([{ at: NOW - 6 * 86_400_000, title: 'Invoices – Zoho', source: 'https://books.zoho.com' }], NOW),
    ).toEqual({
      days: 6,
      where: 'Invoices – Zoho',
    });
    expect(staleRead([{ at: NOW - 3_600_000, title: 'Invoices', source: 'x' }], NOW)).toBeNull();
  });
});

describe('owner stories: credit decisions', () => {
  it('“Xeno is on credit hold, and someone invoiced them on 30-day terms”', () => {
    const told = story({
      invoices: [openInvoice('INV-7', -20, { firstSeenAt: at('2026-11-10') })],
      records: [record({ flags: { creditHold: { at: at('2026-10-01'), note: 'two bounced payments' } } })],
    });
    expect(told.debtor.classification.flags.creditWarning).toEqual({
      kind: 'credit-warning',
      values: { invoice: 'INV-7', flag: 'credit-hold', since: '2026-10-01', terms: 30 },
    });
    expect(say(told.debtor.classification.flags.creditWarning!)).toBe(
      'INV-7 was issued on credit on 30-day terms while this customer is on credit hold (since 1 Oct)',
    );
  });

  it('“Yara pays up front since the bad debt; a new invoice on credit appeared”', () => {
    const told = story({
      invoices: [openInvoice('INV-8', -10, { firstSeenAt: at('2026-11-20') })],
      records: [record({ flags: { upfrontOnly: { at: at('2026-06-01') } } })],
    });
    expect(told.debtor.classification.flags.creditWarning).toMatchObject({
      values: { invoice: 'INV-8', flag: 'upfront-only' },
    });
    expect(say(told.debtor.classification.flags.creditWarning!)).toContain('while this customer is upfront only');
  });

  it('“Alba paid 75 days late last spring”: once bitten, ask for payment up front', () => {
    const told = story({ invoices: [paidInvoice('INV-1', '2026-03-01', 75), openInvoice('INV-2', -5)] });
    expect(told.debtor.classification.flags.upfrontOnly).toMatchObject({
      kind: 'upfront-proposed',
      values: { invoice: 'INV-1', days: 75 },
    });
    expect(say(told.debtor.classification.flags.upfrontOnly!)).toMatch(
      /^proposed: INV-1 was recovered only 75 days late/,
    );
  });

  it('“Zinc pays at 70 days on 30-day terms, every time”', () => {
    const told = story({
      invoices: [
        paidInvoice('INV-1', '2026-03-01', 40),
        paidInvoice('INV-2', '2026-05-01', 42),
        paidInvoice('INV-3', '2026-07-01', 38),
        openInvoice('INV-4', 10),
      ],
    });
    expect(told.debtor.classification.flags.termStretcher).toMatchObject({
      kind: 'term-stretcher',
      values: { days: { min: 68, max: 72 }, terms: 30, count: 3 },
    });
    expect(say(told.debtor.classification.flags.termStretcher!)).toMatch(/^pays 68–72 days after issue/);
  });

  it('“Brio never signed my credit policy”, and “Cole signed it in June last year”', () => {
    const settings = { creditPolicy: 'Net 30. Late fees of 1.5% a month.' };
    const brio = story({ invoices: [openInvoice('INV-1', -5)], settings });
    expect(brio.debtor.classification.flags.creditPolicy?.kind).toBe('policy-never-acknowledged');
    expect(say(brio.debtor.classification.flags.creditPolicy!)).toBe(
      'has not acknowledged your credit policy: send it',
    );
    const policy = renderTemplate(
      'unorganized/credit-policy',
      templateContext(brio.debtor, { settings: { ...SETTINGS, ...settings }, today: TODAY }),
    );
    expect(policy.text).toContain('Net 30. Late fees of 1.5% a month.');
    expect(policy.text).toContain('Sam Carter');
    const cole = story({
      invoices: [openInvoice('INV-1', -5)],
      settings,
      records: [record({ creditPolicyAcknowledgedOn: '2025-06-01' })],
    });
    expect(cole.debtor.classification.flags.creditPolicy?.kind).toBe('policy-acknowledged-long-ago');
    expect(say(cole.debtor.classification.flags.creditPolicy!)).toContain('over a year ago: send it again');
    const fresh = story({
      invoices: [openInvoice('INV-1', -5)],
      settings,
      records: [record({ creditPolicyAcknowledgedOn: '2026-06-01' })],
    });
    expect(fresh.debtor.classification.flags.creditPolicy).toBeUndefined();
  });

  it('“Milo is in good standing, his invoice is due in 10 days”', () => {
    const told = story({ invoices: [paidInvoice('INV-1', '2026-08-01', 0), openInvoice('INV-2', -10)] });
    expect(told.debtor.classification.standing).toBe('good-standing');
    expect(told.debtor.next).toMatchObject({ action: 'reminder', date: addDays(TODAY, 7) });
    expectDraftTrue(told, ['INV-2']);
  });
});
