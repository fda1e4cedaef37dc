import { describe, expect, it } from 'vitest';
import { followUpPlan } from '../../../lib/ledger/follow-up-plan';
import { sayer } from '../../../lib/i18n';
import { defaultSettings } from '../../../lib/model';
import { NOW, TODAY, addDays, at, debtorOf, event, lateAtInstall, plan, record } from '../ledger/make';

const lateBy = (days: number) => addDays(TODAY, -days);
// Why, as the owner reads it: the English catalogue, a British owner's locale ("25 Nov").
const say = sayer({ locale: 'en-GB', today: TODAY });

describe('cadence: the current step for the oldest open invoice', () => {
  it('starts with the pre-due reminder, dated 3 days before the due date', () => {
    const ahead = debtorOf({ invoices: [lateAtInstall('INV-1', -10)] });
    expect(ahead.next).toMatchObject({
      action: 'reminder',
      date: addDays(TODAY, 7),
      isCall: false,
      template: 'unorganized/pre-due',
    });
    const inWindow = debtorOf({ invoices: [lateAtInstall('INV-1', -2)] });
    expect(inWindow.next).toMatchObject({ action: 'reminder', date: addDays(TODAY, -1) });
    expect(say(inWindow.next!.why)).toBe('INV-1 is due 25 Nov: friendly reminder before the due date');
  });

  it('drops the reminder before the due date once the invoice is late: 1–2 days late, the 3-day email is next', () => {
    for (const late of [1, 2]) {
      const d = debtorOf({ invoices: [lateAtInstall('INV-1', late)] });
      // Not "due on …" for an invoice already past it: the design's first follow-up is at 3 days late.
      expect(d.next, `${late} days late`).toMatchObject({
        action: 'email',
        date: addDays(TODAY, 3 - late),
        template: 'unorganized/three-days',
      });
      expect(say(d.next!.why)).toBe('INV-1 will be 3 days late: reminder email');
      const shown = followUpPlan(d, defaultSettings(), NOW, 'UTC')!;
      expect(shown.steps.map((s) => s.state)).toEqual(['past', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    }
    // Sent before the due date: done, and said so.
    const reminded = debtorOf({
      invoices: [lateAtInstall('INV-1', 1)],
      events: [event({ kind: 'email', date: lateBy(3), outcome: 'sent' })],
    });
    expect(reminded.next).toMatchObject({ action: 'email', date: addDays(TODAY, 2) });
    expect(say(reminded.next!.why)).toMatch(
      /^friendly reminder before the due date done on 20 Nov; next, INV-1 will be/,
    );
    expect(followUpPlan(reminded, defaultSettings(), NOW, 'UTC')!.steps[0]!.state).toBe('done');
    // Due today: still the reminder before the due date ("due today" is true).
    expect(debtorOf({ invoices: [lateAtInstall('INV-1', 0)] }).next).toMatchObject({ action: 'reminder' });
  });

  it('skips pre-due reminders for a debtor paying by automatic debit', () => {
    const d = debtorOf({ invoices: [lateAtInstall('INV-1', -2)], records: [record({ flags: { autoDebit: true } })] });
    expect(d.next).toMatchObject({ action: 'email', date: addDays(TODAY, 5) });
  });

  it('emails at 3 days late and calls at one week, counting from the oldest open invoice', () => {
    const email = debtorOf({ invoices: [lateAtInstall('INV-2', 1), lateAtInstall('INV-1', 5)] });
    expect(email.next).toMatchObject({ action: 'email', date: lateBy(2), template: 'unorganized/three-days' });
    expect(say(email.next!.why)).toBe('INV-1 is 5 days late: reminder email');
    const call = debtorOf({ invoices: [lateAtInstall('INV-1', 10)] });
    expect(call.next).toMatchObject({ action: 'call', date: lateBy(3), isCall: true });
    expect(call.dueForCallToday).toBe(true);
  });

  it('moves to the following step once the current one was logged on or after its date', () => {
    const loggedBefore = debtorOf({
      invoices: [lateAtInstall('INV-1', 10)],
      events: [event({ kind: 'call', date: lateBy(5) })],
    });
    expect(loggedBefore.next).toMatchObject({ action: 'call', date: lateBy(3) });
    const logged = debtorOf({
      invoices: [lateAtInstall('INV-1', 10)],
      events: [event({ kind: 'call', date: lateBy(1), outcome: 'reached' })],
    });
    expect(logged.next).toMatchObject({ action: 'escalate', date: addDays(TODAY, 20), isCall: false });
    expect(logged.dueForCallToday).toBe(false);
    // An email does not do a call's job.
    const emailed = debtorOf({
      invoices: [lateAtInstall('INV-1', 10)],
      events: [event({ kind: 'email', date: TODAY })],
    });
    expect(emailed.next).toMatchObject({ action: 'call' });
  });

  it('escalates at a month in the way that suits the class', () => {
    const unorganized = debtorOf({ invoices: [lateAtInstall('INV-1', 33)] });
    expect(unorganized.next).toMatchObject({ action: 'escalate', template: 'unorganized/one-month' });
    expect(say(unorganized.next!.why)).toContain('email copying senior leadership');
    const angry = debtorOf({
      invoices: [lateAtInstall('INV-1', 33, { status: 'Disputed' })],
      events: [event({ kind: 'promise', date: '2026-11-01', promise: { date: '2026-12-20' } })],
    });
    expect(angry.classification.standing).toBe('angry');
    expect(angry.next).toMatchObject({ action: 'resolve-dispute' });
    const angryByRecord = debtorOf({
      invoices: [lateAtInstall('INV-1', 33)],
      records: [record({ override: { class: 'angry', at: at('2026-11-01') } })],
    });
    expect(angryByRecord.next).toMatchObject({ action: 'escalate', template: 'angry/certified-letter' });
    expect(say(angryByRecord.next!.why)).toContain('certified letter, copy senior leadership');
    const failing = debtorOf({
      invoices: [lateAtInstall('INV-1', 33)],
      events: [event({ kind: 'note', date: '2026-11-02', text: 'Closing down the shop in December' })],
    });
    expect(failing.next).toMatchObject({ action: 'escalate', template: 'going-out-of-business/payment-plan-offer' });
  });

  it('sends the final notice at 45 days, then asks for a decision a week after it went out', () => {
    const notice = debtorOf({ invoices: [lateAtInstall('INV-1', 50)] });
    expect(notice.next).toMatchObject({
      action: 'final-notice',
      date: lateBy(5),
      template: 'unorganized/final-notice',
    });
    const sent = debtorOf({
      invoices: [lateAtInstall('INV-1', 50)],
      events: [event({ kind: 'email', date: lateBy(4), template: 'unorganized/final-notice' })],
    });
    expect(sent.next).toMatchObject({ action: 'decide', date: addDays(TODAY, 3), isCall: false });
    expect(say(sent.next!.why)).toContain('decide between a collection agency, court or writing it off');
    // $100 owed: the agency's 25% beats $500 of court fees, and chasing it costs more than it brings.
    expect(say(sent.next!.why)).toContain('Recommendation: hand it to a collection agency');
  });

  it('says what it knows when the app shows no due date', () => {
    const d = debtorOf({
      invoices: [lateAtInstall('INV-1', 9, { due: undefined, overdue: true, firstSeenAt: at('2026-11-10') })],
    });
    expect(d.next).toMatchObject({ action: 'call', date: '2026-11-14' });
    expect(say(d.next!.why)).toBe('INV-1 is overdue (due date not shown, seen overdue since 10 Nov): phone call');
  });

  it('follows a custom cadence from the settings', () => {
    const d = debtorOf({
      invoices: [lateAtInstall('INV-1', 15)],
      settings: {
        cadence: [
          { offsetDays: 1, action: 'call' },
          { offsetDays: 14, action: 'letter' },
        ],
      },
    });
    expect(d.next).toMatchObject({ action: 'letter', date: lateBy(1), template: 'unorganized/one-week' });
  });

  it('returns no action when nothing is open', () => {
    expect(debtorOf({ invoices: [lateAtInstall('INV-1', 10, { balance: 0, paidOn: TODAY })] }).next).toBeNull();
  });
});

describe('cadence: what overrides it', () => {
  it('calls the day after a promised date that passed unpaid, until a call is logged', () => {
    const promise = event({ kind: 'promise', date: '2026-11-05', promise: { date: '2026-11-12' } });
    const broken = debtorOf({ invoices: [lateAtInstall('INV-1', 20)], events: [promise] });
    expect(broken.next).toEqual({
      action: 'call-broken-promise',
      isCall: true,
      date: '2026-11-13',
      why: { kind: 'broken-promise', values: { by: '2026-11-12' } },
    });
    expect(say(broken.next!.why)).toBe('promised to pay by 12 Nov, not paid');
    expect(broken.dueForCallToday).toBe(true);
    const called = debtorOf({
      invoices: [lateAtInstall('INV-1', 20)],
      events: [promise, event({ kind: 'call', date: '2026-11-14', outcome: 'no-answer' })],
    });
    expect(called.next?.action).toBe('escalate');
  });

  it('counts a promise kept when a payment came in time, even if other invoices are still open', () => {
    const d = debtorOf({
      invoices: [lateAtInstall('INV-1', 20, { balance: 0, paidOn: '2026-11-13' }), lateAtInstall('INV-2', 10)],
      events: [event({ kind: 'promise', date: '2026-11-05', promise: { date: '2026-11-12' } })],
    });
    expect(d.next?.action).toBe('call');
    expect(say(d.next!.why)).toBe('INV-2 is 10 days late: phone call');
    expect(d.classification.reasons.map(say)).toContain('kept 1 promise to pay');
  });

  it('waits for a pending promise: a call the day after the promised date', () => {
    const d = debtorOf({
      invoices: [lateAtInstall('INV-1', 20)],
      events: [event({ kind: 'promise', date: '2026-11-20', promise: { date: '2026-11-30' } })],
    });
    expect(d.next).toMatchObject({ action: 'call', date: '2026-12-01', isCall: true });
    expect(d.dueForCallToday).toBe(false);
  });

  it('does not call about a promise once what it named is paid', () => {
    const d = debtorOf({
      invoices: [lateAtInstall('INV-1', 20, { balance: 0, paidOn: '2026-11-12' }), lateAtInstall('INV-2', 2)],
      events: [
        event({ kind: 'promise', date: '2026-11-05', promise: { date: '2026-11-12' }, invoiceNumbers: ['INV-1'] }),
      ],
    });
    // INV-2 is 2 days late: its 3-day email comes next, not a call.
    expect(d.next).toMatchObject({ action: 'email', isCall: false, date: addDays(TODAY, 1) });
  });

  it('calls at once about a missed instalment of an active plan', () => {
    const installments = [
      { due: '2026-10-15', amount: 200_00, paidOn: '2026-10-14' },
      { due: '2026-11-15', amount: 200_00 },
      { due: '2026-12-15', amount: 200_00 },
    ];
    const d = debtorOf({ invoices: [lateAtInstall('INV-1', 60)], plans: [plan({ installments })] });
    expect(d.next).toEqual({
      action: 'call-missed-installment',
      isCall: true,
      date: '2026-11-16',
      why: { kind: 'missed-installment', values: { amount: { minor: 200_00, currency: 'USD' }, due: '2026-11-15' } },
    });
    expect(say(d.next!.why)).toBe('instalment of US$200.00 due 15 Nov not paid');
    expect(sayer({ locale: 'en-US', today: TODAY })(d.next!.why)).toBe('instalment of $200.00 due Nov 15 not paid');
    const onTrack = debtorOf({
      invoices: [lateAtInstall('INV-1', 60)],
      plans: [plan({ installments: installments.slice(0, 1).concat(installments.slice(2)) })],
    });
    expect(onTrack.next).toMatchObject({ action: 'call', date: '2026-12-16', isCall: true });
    const cancelled = debtorOf({
      invoices: [lateAtInstall('INV-1', 60)],
      plans: [plan({ installments, status: 'cancelled' })],
    });
    expect(cancelled.next?.action).toBe('final-notice');
  });

  it('asks to resolve an open dispute first, with the letter that answers it', () => {
    const dispute = event({ kind: 'call', date: '2026-11-18', outcome: 'never-received', invoiceNumbers: ['INV-1'] });
    const d = debtorOf({ invoices: [lateAtInstall('INV-1', 20)], events: [dispute] });
    expect(d.next).toMatchObject({
      action: 'resolve-dispute',
      date: '2026-11-18',
      isCall: false,
      template: 'angry/statement',
    });
    const settled = debtorOf({
      invoices: [lateAtInstall('INV-1', 20)],
      events: [dispute, event({ kind: 'note', date: '2026-11-19', text: 'Sent a copy; resolved' })],
    });
    expect(settled.next?.action).not.toBe('resolve-dispute');
  });
});

describe('cadence: the full plan for the UI', () => {
  it('lists every step with its date and whether it was done', () => {
    const d = debtorOf({ invoices: [lateAtInstall('INV-1', 10)], events: [event({ kind: 'email', date: lateBy(6) })] });
    const p = followUpPlan(d, defaultSettings(), NOW, 'UTC')!;
    expect(p.anchor).toBe(lateBy(10));
    expect(p.steps.map((s) => [s.action, s.date, s.state])).toEqual([
      ['reminder', lateBy(13), 'done'],
      ['email', lateBy(7), 'done'],
      ['call', lateBy(3), 'current'],
      ['escalate', addDays(TODAY, 20), 'upcoming'],
      ['final-notice', addDays(TODAY, 35), 'upcoming'],
    ]);
  });
});
