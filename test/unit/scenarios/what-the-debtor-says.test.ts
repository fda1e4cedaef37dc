// Stories about what the debtor said and did, and only that: the class, its reasons, the next step, the draft.
import { describe, expect, it } from 'vitest';
import { TODAY, addDays, event, openInvoice, paidInvoice } from '../ledger/make';
import { expectDraftTrue, reasonKinds, reasonOf, reasonWords, say, story } from './story';

const due = (daysLate: number) => addDays(TODAY, -daysLate);
/** The 3-day email sent and the 1-week call made for an invoice `daysLate` days late. */
const stepsDone = (daysLate: number, callOutcome = 'reached', callText = '') => [
  event({ kind: 'email', date: addDays(due(daysLate), 3), outcome: 'sent' }),
  event({ kind: 'call', date: addDays(due(daysLate), 7), outcome: callOutcome, text: callText }),
];

describe('owner stories: the unorganized', () => {
  it('“Acme always pays a week late, once I send a reminder”', () => {
    const told = story({
      invoices: [
        paidInvoice('INV-1', '2026-06-01', 6),
        paidInvoice('INV-2', '2026-07-01', 8),
        paidInvoice('INV-3', '2026-08-01', 5),
        openInvoice('INV-4', 5),
      ],
      events: [
        event({ kind: 'email', date: '2026-07-04', outcome: 'sent' }),
        event({ kind: 'email', date: '2026-08-03', outcome: 'sent' }),
        event({ kind: 'email', date: '2026-09-03', outcome: 'sent' }),
      ],
    });
    expect(told.debtor.classification.standing).toBe('unorganized');
    expect(told.debtor.classification.reasons).toContainEqual({
      kind: 'paid-late-run',
      values: { count: 3, days: { min: 5, max: 8 } },
    });
    expect(reasonWords(told.debtor)).toContain('paid the last 3 invoices 5–8 days late');
    expect(told.debtor.next).toMatchObject({ action: 'email', date: addDays(due(5), 3) });
    expect(told.templateId).toBe('unorganized/three-days');
    expectDraftTrue(told, ['INV-4']);
  });

  it('“Gale’s office administrator rang about a new address”: no sign of closing', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 12)],
      events: stepsDone(12, 'reached', 'Spoke to the office administrator, they moved offices; will pay this week'),
    });
    expect(told.debtor.classification.standing).toBe('unorganized');
    expect(reasonKinds(told.debtor)).not.toContain('closing-words');
    expect(reasonKinds(told.debtor)).not.toContain('also:closing-words');
    expect(reasonWords(told.debtor)).not.toMatch(/noted|closing/);
    expect(told.debtor.next?.action).toBe('escalate');
    expectDraftTrue(told, ['INV-1']);
  });

  it('“Hale is busy with the month-end closing, pays next week”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 9)],
      events: stepsDone(9, 'reached', 'Busy with the month-end closing, will pay next week'),
    });
    expect(told.debtor.classification.standing).toBe('unorganized');
    expect(reasonOf(told.debtor, 'closing-words')).toBeUndefined();
    expect(reasonOf(told.debtor, 'closing-noted')).toBeUndefined();
    expectDraftTrue(told, ['INV-1']);
  });

  it('“Iris: installation went fine, they pay Friday”: no talk of instalments', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 8)],
      events: stepsDone(8, 'reached', 'Installation went fine, accounts pay on Friday'),
    });
    expect(told.debtor.classification.standing).toBe('unorganized');
    expect(reasonOf(told.debtor, 'asked-plan')).toBeUndefined();
    expect(reasonWords(told.debtor)).not.toContain('instalments');
    expectDraftTrue(told, ['INV-1']);
  });

  it('“I noted on Jade that we will threaten legal action”: that is me, not them', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 10)],
      events: [
        ...stepsDone(10),
        event({ kind: 'note', date: addDays(TODAY, -1), text: 'We will threaten legal action if nothing by Friday' }),
      ],
    });
    expect(told.debtor.classification.standing).toBe('unorganized');
    expect(reasonOf(told.debtor, 'hostile')).toBeUndefined();
    expectDraftTrue(told, ['INV-1']);
  });

  it('“Kite paid half of one invoice”: a weak sign, not a verdict', () => {
    const told = story({ invoices: [openInvoice('INV-1', 6, { total: 400_00, balance: 200_00 })] });
    expect(told.debtor.classification.standing).toBe('unorganized');
    expect(told.debtor.classification.reasons).toContainEqual({
      kind: 'also',
      values: { reason: { kind: 'partly-paid', values: { count: 1, invoices: ['INV-1'] } } },
    });
    expect(reasonWords(told.debtor)).toContain('also: INV-1 partly paid or credited (a weak sign on its own)');
    expectDraftTrue(told, ['INV-1']);
  });

  it('“We sent Lark our payment-plan offer; they have not answered”: our offer is not their request', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 20)],
      events: [
        ...stepsDone(20),
        event({
          kind: 'plan',
          date: addDays(TODAY, -3),
          outcome: 'proposed',
          text: 'Proposed 3 instalments of $33.33 from Dec 1',
        }),
        event({ kind: 'payment', date: addDays(TODAY, -400), outcome: 'paid', text: 'Instalment 1 of 3' }),
      ],
    });
    expect(reasonOf(told.debtor, 'asked-plan')).toBeUndefined();
    expect(reasonWords(told.debtor)).not.toMatch(/asked to pay in instalments|discussed a payment plan/);
    expect(told.debtor.classification.standing).toBe('unorganized');
  });

  it('“Rio is not closing, just slow this month”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 8)],
      events: stepsDone(8, 'reached', 'Not closing down, just slow this month'),
    });
    expect(told.debtor.classification.standing).toBe('unorganized');
  });

  it('“Hugo’s accountant (in French): no cash problem, they pay Friday”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 8)],
      events: stepsDone(8, 'reached', 'Pas de problème de trésorerie, ils paieront vendredi'),
    });
    expect(told.debtor.classification.standing).toBe('unorganized');
    expect(reasonOf(told.debtor, 'cash-tight')).toBeUndefined();
  });

  it('“Gil’s email bounced”: a mail, not a payment', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 8)],
      events: stepsDone(8, 'reached', 'My email bounced, got their new address'),
    });
    expect(reasonOf(told.debtor, 'bounced')).toBeUndefined();
  });
});

describe('owner stories: going out of business', () => {
  it('“Bolt always paid on time; now 40 days late and says cash is tight”', () => {
    const told = story({
      invoices: [
        paidInvoice('INV-1', '2026-04-01', 0),
        paidInvoice('INV-2', '2026-05-01', 1),
        paidInvoice('INV-3', '2026-06-01', 0),
        paidInvoice('INV-4', '2026-07-01', 2),
        openInvoice('INV-5', 40),
      ],
      events: stepsDone(40, 'cash-flow', 'Says cash is tight until their client pays'),
    });
    expect(told.debtor.classification.standing).toBe('going-out-of-business');
    expect(reasonOf(told.debtor, 'turned-late')).toBeDefined();
    expect(reasonOf(told.debtor, 'cash-tight')).toMatchObject({ values: { count: 1 } });
    expect(reasonWords(told.debtor)).toContain('used to pay on time');
    expect(reasonWords(told.debtor)).toContain('said cash is tight on');
    expect(told.debtor.next).toMatchObject({
      action: 'escalate',
      template: 'going-out-of-business/payment-plan-offer',
    });
    expectDraftTrue(told);
    expect(told.draft.text).toContain('$100.00');
  });

  it('“Fern’s owner told me they are laying off staff”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 15)],
      events: stepsDone(15, 'reached', 'Owner says they are laying off half the staff'),
    });
    expect(told.debtor.classification.standing).toBe('going-out-of-business');
    expect(told.debtor.classification.reasons[0]).toMatchObject({
      kind: 'closing-words',
      values: { voice: 'owner', words: expect.stringMatching(/^Owner says they are laying off/) },
    });
    expect(say(told.debtor.classification.reasons[0]!)).toMatch(/^noted “Owner says they are laying off/);
    expect(told.templateId).toBe('going-out-of-business/payment-plan-offer');
    expectDraftTrue(told);
  });

  it('“Fox’s direct debit bounced”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 12)],
      events: [
        ...stepsDone(12),
        event({ kind: 'payment', date: addDays(TODAY, -2), outcome: 'bounced', amount: 100_00 }),
      ],
    });
    expect(told.debtor.classification.standing).toBe('going-out-of-business');
    expect(told.debtor.classification.reasons[0]).toMatchObject({ kind: 'bounced', values: { count: 1 } });
    expect(say(told.debtor.classification.reasons[0]!)).toMatch(/^a payment bounced on/);
  });

  it('“Ines (in German): insolvency proceedings opened”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 20)],
      events: stepsDone(20, 'reached', 'Insolvenzverfahren eröffnet'),
    });
    expect(told.debtor.classification.standing).toBe('going-out-of-business');
  });

  it('“Juno wrote (in Spanish) asking to pay in instalments”: their own mail counts', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 14)],
      events: [
        ...stepsDone(14),
        event({ kind: 'email', date: addDays(TODAY, -1), outcome: 'received', text: '¿Podemos pagar a plazos?' }),
      ],
    });
    expect(told.debtor.classification.standing).toBe('going-out-of-business');
    expect(told.debtor.classification.reasons[0]?.kind).toBe('asked-plan');
    expect(say(told.debtor.classification.reasons[0]!)).toMatch(/^asked to pay in instalments on/);
  });

  it('“Sol (in Italian): declared bankrupt”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 25)],
      events: stepsDone(25, 'reached', 'Dichiarato il fallimento'),
    });
    expect(told.debtor.classification.standing).toBe('going-out-of-business');
  });

  it('“Tejo (in Portuguese): in judicial recovery”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 25)],
      events: stepsDone(25, 'reached', 'Entraram em recuperação judicial'),
    });
    expect(told.debtor.classification.standing).toBe('going-out-of-business');
  });
});

describe('owner stories: angry', () => {
  it('“Dune never answers: 120 days late, three reminders and two calls, nothing”', () => {
    const d = due(120);
    const told = story({
      invoices: [openInvoice('INV-1', 120, { balance: 2_500_00, total: 2_500_00 })],
      events: [
        event({ kind: 'email', date: addDays(d, 3), outcome: 'sent' }),
        event({ kind: 'call', date: addDays(d, 7), outcome: 'no-answer' }),
        event({ kind: 'call', date: addDays(d, 10), outcome: 'voicemail' }),
        event({ kind: 'email', date: addDays(d, 30), outcome: 'sent' }),
        event({ kind: 'letter', date: addDays(d, 45), outcome: 'sent', template: 'unorganized/final-notice' }),
      ],
    });
    expect(reasonOf(told.debtor, 'silent-after-reminders')).toEqual({
      kind: 'silent-after-reminders',
      values: { reminders: 3, calls: 2, since: addDays(d, 3), days: 120 },
    });
    const reasons = reasonWords(told.debtor);
    expect(reasons).not.toContain('no sign of a dispute or cash trouble');
    expect(reasons).toContain('no answer to 3 reminders and 2 calls since');
    expect(told.debtor.classification.standing).toBe('angry');
    expect(told.debtor.next).toMatchObject({ action: 'decide', date: addDays(d, 52) });
    expectDraftTrue(told, ['INV-1']);
  });

  it('“Oslo ignores my emails: three sent, 50 days late”', () => {
    const d = due(50);
    const told = story({
      invoices: [openInvoice('INV-1', 50)],
      events: [
        event({ kind: 'email', date: addDays(d, 3), outcome: 'sent' }),
        event({ kind: 'email', date: addDays(d, 20), outcome: 'sent' }),
        event({ kind: 'email', date: addDays(d, 31), outcome: 'sent' }),
      ],
    });
    expect(told.debtor.classification.reasons[0]).toMatchObject({
      kind: 'silent-after-reminders',
      values: { reminders: 3, calls: 0 },
    });
    expect(say(told.debtor.classification.reasons[0]!)).toMatch(/^no answer to 3 reminders since/);
    expect(told.debtor.classification.standing).toBe('angry');
    // The 1-week call was never made: it stays due.
    expect(told.debtor.next).toMatchObject({ action: 'call', overdue: true });
    expect(told.debtor.next!.why).toMatchObject({
      kind: 'step-overdue',
      values: { step: { kind: 'step-name', values: { action: 'call', unit: 'week', count: 1 } } },
    });
    expect(say(told.debtor.next!.why)).toContain('overdue: the 1-week call');
  });

  it('“Echo hung up on me and threatened a lawyer”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 10)],
      events: stepsDone(10, 'reached', 'Hung up on me, threatened to call a lawyer'),
    });
    expect(told.debtor.classification.standing).toBe('angry');
    expect(told.debtor.classification.reasons[0]?.kind).toBe('hostile');
    expect(say(told.debtor.classification.reasons[0]!)).toMatch(/^hostile on/);
    expect(told.templateId.startsWith('angry/')).toBe(true);
    expectDraftTrue(told, ['INV-1']);
  });

  it('“Mesa promised to pay by the 16th and did not”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 20)],
      events: [
        ...stepsDone(20),
        event({ kind: 'call', date: '2026-11-12', outcome: 'promised', promise: { date: '2026-11-16' } }),
      ],
    });
    expect(reasonOf(told.debtor, 'broke-promises')).toEqual({
      kind: 'broke-promises',
      values: { count: 1, by: '2026-11-16' },
    });
    expect(reasonWords(told.debtor)).toContain('broke a promise to pay by 16 Nov');
    expect(told.debtor.next).toMatchObject({ action: 'call-broken-promise', date: '2026-11-17', isCall: true });
    expect(told.debtor.dueForCallToday).toBe(true);
  });

  it('“Elm says they never received the invoice”', () => {
    const told = story({
      invoices: [openInvoice('INV-1', 10)],
      events: [event({ kind: 'call', date: '2026-11-20', outcome: 'never-received', invoiceNumbers: ['INV-1'] })],
    });
    expect(told.debtor.classification.standing).toBe('angry');
    expect(told.debtor.next).toMatchObject({
      action: 'resolve-dispute',
      template: 'angry/statement',
      date: '2026-11-20',
    });
    expectDraftTrue(told, ['INV-1']);
  });

  it('“Crane disputes the quality of INV-3 only; INV-4 is simply late”', () => {
    const told = story({
      invoices: [openInvoice('INV-3', 30), openInvoice('INV-4', 3)],
      events: [
        event({
          kind: 'dispute',
          date: '2026-11-16',
          outcome: 'disputes',
          invoiceNumbers: ['INV-3'],
          text: 'Colour is off',
        }),
      ],
    });
    expect(told.debtor.classification.standing).toBe('angry');
    expect(told.debtor.holds?.map((h) => h.invoiceId)).toEqual(['https://app.example#INV-3']);
    expect(told.debtor.next).toMatchObject({
      action: 'resolve-dispute',
      invoiceNumbers: ['INV-3'],
      date: '2026-11-16',
    });
    expect(told.debtor.next!.why).toMatchObject({ kind: 'dispute-logged', values: { invoice: 'INV-3' } });
    expect(say(told.debtor.next!.why)).toContain('the other invoices keep their cadence');
    expectDraftTrue(told, ['INV-3']);
  });
});
