import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { type Catalogue, en, placeholders, sayer } from '../../../lib/i18n';
import { type Reason, type ReasonKind, reason } from '../../../lib/model';

/** Every language Owed speaks: a new one is one more catalogue file, listed here. */
const CATALOGUES: Record<string, Catalogue> = { en };

const TODAY = '2026-11-23';
const usd = (minor: number) => ({ minor, currency: 'USD' });
const when = reason('when-late', { invoice: 'INV-1', days: 5, ahead: false });

/** One reason of each kind (typed: a kind without a sample does not compile), with all its optional values. */
const SAMPLES: { [K in ReasonKind]: Reason } = {
  override: reason('override', {
    on: '2026-11-02',
    chosen: 'going-out-of-business',
    rules: 'angry',
    note: 'they told me',
  }),
  also: reason('also', { reason: reason('nothing-overdue', {}) }),
  'nothing-overdue': reason('nothing-overdue', {}),
  'open-invoices': reason('open-invoices', { count: 2, nextDue: '2026-12-01' }),
  'paid-all-on-time': reason('paid-all-on-time', { count: 3 }),
  'paid-some-on-time': reason('paid-some-on-time', { onTime: 2, count: 3 }),
  'paused-only': reason('paused-only', { count: 1, invoices: ['INV-1'] }),
  'overdue-and-paused': reason('overdue-and-paused', { count: 2, invoices: ['INV-1', 'INV-2'], days: 12 }),
  'overdue-no-date': reason('overdue-no-date', { count: 1, invoices: ['INV-1'] }),
  overdue: reason('overdue', { count: 5, invoices: ['A', 'B', 'C', 'D', 'E'], days: 30 }),
  'disputed-in-app': reason('disputed-in-app', { invoices: ['INV-1'], status: 'Disputed' }),
  'disputes-paused': reason('disputes-paused', { invoices: ['INV-1'], until: '2026-12-01', words: 'wrong quantity' }),
  disputed: reason('disputed', { invoices: ['INV-1'], on: '2026-11-03', count: 2, words: 'incomplete' }),
  'never-received': reason('never-received', { invoices: ['INV-3'], on: '2026-11-20' }),
  dissatisfied: reason('dissatisfied', { on: '2026-11-03', words: 'late delivery' }),
  hostile: reason('hostile', { on: '2026-11-18', count: 2, words: 'Shouted' }),
  'avoided-calls': reason('avoided-calls', { count: 1, lastOn: '2026-11-16' }),
  'silent-after-reminders': reason('silent-after-reminders', {
    reminders: 3,
    calls: 2,
    since: '2026-08-01',
    days: 120,
  }),
  'broke-promises': reason('broke-promises', { count: 2, by: '2026-11-06' }),
  'partly-paid': reason('partly-paid', { count: 2, invoices: ['INV-1', 'INV-2'] }),
  'cash-tight': reason('cash-tight', { on: '2026-11-18', count: 2 }),
  'asked-time': reason('asked-time', { on: '2026-11-18', count: 1 }),
  'asked-plan': reason('asked-plan', { on: '2026-11-18', count: 3 }),
  bounced: reason('bounced', { count: 2, lastOn: '2026-11-02' }),
  'closing-words': reason('closing-words', { on: '2026-11-10', words: 'laying off staff', voice: 'debtor' }),
  'closing-noted': reason('closing-noted', { on: '2026-11-10' }),
  'on-plan': reason('on-plan', { installments: 3 }),
  'turned-late': reason('turned-late', { onTime: 4, days: 40 }),
  'days-to-pay-rose': reason('days-to-pay-rose', { from: 13, to: 52, months: 8 }),
  'balance-growing': reason('balance-growing', { count: 3, since: '2026-08-01', total: usd(1_234_56) }),
  'paid-late-run': reason('paid-late-run', { count: 4, days: { min: 5, max: 9 } }),
  'paid-after-reminder-always': reason('paid-after-reminder-always', { count: 4 }),
  'paid-after-reminder-some': reason('paid-after-reminder-some', { reminded: 2, count: 3 }),
  'answered-calls': reason('answered-calls', { answered: 2, calls: 3 }),
  'kept-promises': reason('kept-promises', { count: 1 }),
  'only-days-late': reason('only-days-late', { days: 12, invoice: 'INV-2', clean: true }),
  'late-on': reason('late-on', { invoices: ['INV-3'], clean: false, days: 60 }),
  'term-stretcher': reason('term-stretcher', { days: { min: 68, max: 72 }, median: 70, terms: 30, count: 3 }),
  'upfront-set': reason('upfront-set', { on: '2025-12-01', note: 'bad debt' }),
  'upfront-proposed': reason('upfront-proposed', { invoice: 'INV-1', days: 75, on: '2026-05-15' }),
  'credit-hold': reason('credit-hold', { since: '2026-10-02', note: 'until the balance is cleared' }),
  'credit-warning': reason('credit-warning', { invoice: 'INV-7', flag: 'credit-hold', since: '2026-10-01', terms: 30 }),
  'policy-never-acknowledged': reason('policy-never-acknowledged', {}),
  'policy-acknowledged-long-ago': reason('policy-acknowledged-long-ago', { on: '2025-06-01' }),
  'call-back': reason('call-back', { on: '2026-11-24', loggedOn: '2026-11-20' }),
  'agency-check-in': reason('agency-check-in', { since: '2026-10-01', every: 30 }),
  'court-date': reason('court-date', { since: '2026-10-01', on: '2027-01-15' }),
  'court-date-unset': reason('court-date-unset', { since: '2026-10-01' }),
  'satisfaction-check': reason('satisfaction-check', { deliveredOn: '2026-11-20', invoices: ['INV-9'] }),
  'dispute-logged': reason('dispute-logged', {
    invoice: 'INV-3',
    since: '2026-11-20',
    until: '2026-12-04',
    neverReceived: false,
    words: 'quality',
  }),
  'dispute-paused': reason('dispute-paused', { invoice: 'INV-3', until: '2026-12-04', words: 'quality' }),
  'dispute-open': reason('dispute-open', { invoices: ['INV-3'], since: '2026-11-20', neverReceived: true }),
  'dispute-open-in-app': reason('dispute-open-in-app', { invoices: ['INV-3'] }),
  'missed-installment': reason('missed-installment', { amount: usd(200_00), due: '2026-11-15' }),
  'broken-promise': reason('broken-promise', { by: '2026-11-12' }),
  'promise-pending': reason('promise-pending', { by: '2026-11-30' }),
  'plan-installment': reason('plan-installment', { amount: usd(200_00), due: '2026-12-15' }),
  decide: reason('decide', {
    last: 'final-notice',
    sentOn: '2026-11-10',
    check: [
      reason('recovery-agency', { percent: 25, get: usd(750_00) }),
      reason('recovery-recommend', { choice: 'agency' }),
    ],
  }),
  'pre-due': reason('pre-due', { invoice: 'INV-1', due: '2026-11-25' }),
  step: reason('step', {
    what: 'escalate-copy-leadership',
    when,
    done: reason('step-done', { action: 'call', on: '2026-11-01' }),
  }),
  'step-overdue': reason('step-overdue', {
    step: reason('step-name', { action: 'call', unit: 'week', count: 1 }),
    due: '2026-11-10',
    when,
  }),
  'step-done': reason('step-done', { action: 'certified-letter', on: '2026-11-01' }),
  'step-name': reason('step-name', { action: 'escalate', unit: 'month', count: 1 }),
  'when-guessed': reason('when-guessed', { invoice: 'INV-1', seenSince: '2026-11-10' }),
  'when-due': reason('when-due', { invoice: 'INV-1', due: '2026-11-25' }),
  'when-late': when,
  'recovery-pursue': reason('recovery-pursue', {
    hours: 3,
    cost: usd(150_00),
    keep: usd(850_00),
    amount: usd(1_000_00),
  }),
  'recovery-agency': reason('recovery-agency', { percent: 25, get: usd(750_00) }),
  'recovery-court': reason('recovery-court', { fees: usd(300_00), hours: 8, time: usd(400_00), net: usd(300_00) }),
  'recovery-insolvent': reason('recovery-insolvent', { percent: 20, recoverable: usd(200_00) }),
  'recovery-recommend': reason('recovery-recommend', { choice: 'write-off' }),
};

const argsOf = (message: string) => placeholders(new IntlMessageFormat(message, 'en').getAst()).sort();

describe('catalogues', () => {
  it('hold every key with the placeholders the English one has', () => {
    const keys = Object.keys(en).sort();
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      expect(Object.keys(catalogue).sort(), language).toEqual(keys);
      for (const key of keys)
        expect(argsOf(catalogue[key as keyof Catalogue]), `${language}: ${key}`).toEqual(
          argsOf(en[key as keyof Catalogue]),
        );
    }
  });

  it('name every value of each kind of reason in its message', () => {
    for (const [kind, sample] of Object.entries(SAMPLES)) {
      const args = argsOf(en[kind as ReasonKind]);
      for (const name of Object.keys(sample.values)) expect(args, `${kind} says ${name}`).toContain(name);
    }
  });

  it('say each kind of reason in every language, with nothing left unfilled', () => {
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      const say = sayer({ locale: language, today: TODAY, catalogue });
      for (const [kind, sample] of Object.entries(SAMPLES)) {
        const text = say(sample);
        expect(text, `${language}: ${kind}`).not.toMatch(/[{}]|\bnone\b|undefined|NaN|\[object/);
        expect(text.length, `${language}: ${kind}`).toBeGreaterThan(0);
      }
    }
  });
});

describe('sayer: English words, Intl for the rest', () => {
  const gb = sayer({ locale: 'en-GB', today: TODAY });
  const us = sayer({ locale: 'en-US', today: TODAY });

  it('counts with plural rules and leaves out what is absent', () => {
    expect(gb(reason('silent-after-reminders', { reminders: 3, calls: 2, since: '2026-10-01', days: 120 }))).toBe(
      'no answer to 3 reminders and 2 calls since 1 Oct, 120 days late',
    );
    expect(gb(reason('silent-after-reminders', { reminders: 0, calls: 1, since: '2026-10-01', days: 1 }))).toBe(
      'no answer to 1 call in a row since 1 Oct, 1 day late',
    );
    expect(gb(reason('disputed', { invoices: [], on: '2026-11-03', count: 1 }))).toBe('disputed an invoice on 3 Nov');
    expect(gb(reason('agency-check-in', { since: '2026-10-01' }))).toBe(
      'handed to a collection agency on 1 Oct: check in on the date set',
    );
  });

  it('writes days in the owner’s locale, with the year only when it is not this one', () => {
    const court = reason('court-date', { since: '2026-10-01', on: '2027-01-15' });
    expect(gb(court)).toBe('taken to court on 1 Oct: court date 15 Jan 2027');
    expect(us(court)).toBe('taken to court on Oct 1: court date Jan 15, 2027');
  });

  it('writes money with the one formatter, and lists invoices in the language', () => {
    const missed = reason('missed-installment', { amount: { minor: 200_00, currency: 'EUR' }, due: '2026-11-15' });
    expect(us(missed)).toBe('instalment of €200.00 due Nov 15 not paid');
    // The catalogue's words, the locale's numbers and dates (a French catalogue is issue #20's).
    expect(sayer({ locale: 'fr-FR', today: TODAY })(missed)).toMatch(/^instalment of 200,00\s€ due 15 nov\. not paid$/);
    expect(gb.list(['INV-1', 'INV-2'])).toBe('INV-1 and INV-2');
    expect(gb.list(['A', 'B', 'C', 'D', 'E'])).toBe('A, B and 3 more');
  });

  it('says nested reasons in turn: a step after the one just done', () => {
    expect(gb(SAMPLES.step)).toBe(
      'phone call done on 1 Nov; next, INV-1 is 5 days late: email copying senior leadership',
    );
    expect(gb(SAMPLES['step-overdue'])).toBe(
      'overdue: the 1-week call, due 10 Nov, was not done (do it, or skip it on purpose); INV-1 is 5 days late',
    );
    expect(us(SAMPLES.decide)).toBe(
      'final notice sent on Nov 10 and still unpaid: decide between a collection agency, court or writing it off. A collection agency keeps 25%: you would get $750.00. Recommendation: hand it to a collection agency: it nets the most for the least of your time.',
    );
  });
});
