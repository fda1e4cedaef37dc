import { describe, expect, it } from 'vitest';
import { addDays, at, debtorOf, event, openInvoice, paidInvoice, record, TODAY } from '../ledger/make';
import { sayer } from '../../../lib/i18n';
import type { DebtorView, Reason } from '../../../lib/model';

// The reasons as the owner reads them: the English catalogue, a British owner's locale ("10 Nov").
const say = sayer({ locale: 'en-GB', today: TODAY });
const said = (d: DebtorView): string[] => d.classification.reasons.map(say);
const saidFlag = (flag: Reason | undefined): string | undefined => flag && say(flag);

describe('classify: good standing', () => {
  it('puts a debtor with nothing overdue in good standing, not in a class', () => {
    const d = debtorOf({ invoices: [openInvoice('INV-9', -10), paidInvoice('INV-1', '2026-08-01', 0)] });
    expect(d.classification.standing).toBe('good-standing');
    expect(said(d)[0]).toBe('nothing overdue');
    expect(said(d)).toContain('paid the last invoice on time');
  });

  it('does not count an invoice due today as overdue', () => {
    expect(debtorOf({ invoices: [openInvoice('INV-1', 0)] }).classification.standing).toBe('good-standing');
  });
});

describe('classify: unorganized', () => {
  // A small agency that always pays a week late, after the reminder email, and answers the phone.
  const history = [
    paidInvoice('INV-1', '2026-05-01', 5),
    paidInvoice('INV-2', '2026-06-01', 9),
    paidInvoice('INV-3', '2026-07-01', 6),
    paidInvoice('INV-4', '2026-08-01', 7),
  ];
  const reminders = history.map((inv) => event({ kind: 'email', date: addDays(inv.due!, 3), outcome: 'sent' }));

  it('recognises late-but-fine payers, with numbers in the reasons', () => {
    const d = debtorOf({
      invoices: [...history, openInvoice('INV-5', 6)],
      events: [...reminders, event({ kind: 'call', date: addDays(TODAY, -1), outcome: 'reached' })],
    });
    expect(d.classification.standing).toBe('unorganized');
    expect(said(d)[0]).toBe('paid the last 4 invoices 5–9 days late');
    expect(said(d)).toContain('always paid after a reminder (4 late invoices)');
    expect(said(d)).toContain('1 invoice overdue (INV-5), the oldest 6 days late');
    expect(d.classification.confidence).toBeGreaterThan(0.6);
    expect(d.classification.confidence).toBeLessThanOrEqual(1);
  });

  it('names the oldest overdue invoice whatever order the app listed them in', () => {
    const d = debtorOf({ invoices: [openInvoice('INV-9', 3), openInvoice('INV-2', 12), openInvoice('INV-5', 8)] });
    expect(said(d)[0]).toBe('only 12 days late on INV-2, no sign of a dispute or cash trouble');
    expect(d.openInvoices.map((i) => i.number)).toEqual(['INV-2', 'INV-5', 'INV-9']);
  });

  it('is the default, with low confidence, when an overdue debtor has no history', () => {
    const d = debtorOf({ invoices: [openInvoice('INV-1', 12)] });
    expect(d.classification.standing).toBe('unorganized');
    expect(d.classification.confidence).toBeLessThan(0.6);
  });
});

describe('classify: going out of business', () => {
  it('sees a good payer turned late, paying in parts and asking for time', () => {
    const d = debtorOf({
      invoices: [
        paidInvoice('INV-1', '2026-01-05', 0),
        paidInvoice('INV-2', '2026-02-05', -2),
        paidInvoice('INV-3', '2026-03-05', 1),
        paidInvoice('INV-4', '2026-04-05', 0),
        openInvoice('INV-5', 40, { total: 100_00, balance: 60_00, status: 'Partially paid' }),
        openInvoice('INV-6', 10),
      ],
      events: [
        event({
          kind: 'call',
          date: addDays(TODAY, -5),
          outcome: 'Asked time',
          text: 'Waiting on a big client to pay them',
        }),
      ],
    });
    expect(d.classification.standing).toBe('going-out-of-business');
    const reasons = said(d).join('\n');
    expect(reasons).toContain('used to pay on time (4 invoices), now 40 days late');
    expect(reasons).toContain('INV-5 partly paid or credited (a weak sign on its own)');
    expect(reasons).toContain('asked for more time to pay on 18 Nov');
  });

  it('sees days-to-pay lengthening over months', () => {
    const d = debtorOf({
      invoices: [
        paidInvoice('INV-1', '2026-03-01', -18),
        paidInvoice('INV-2', '2026-04-01', -16),
        paidInvoice('INV-3', '2026-05-01', 10),
        paidInvoice('INV-4', '2026-06-01', 18),
        openInvoice('INV-5', 25),
      ],
    });
    expect(said(d).join('\n')).toContain('days to pay rose from 13 to 52 over 8 months');
    expect(d.classification.standing).toBe('going-out-of-business');
  });

  it('reads signs of closing in notes in several languages, and bounced payments', () => {
    for (const text of [
      'They laid off half the staff',
      'Redressement judiciaire en cours',
      'Insolvenzantrag gestellt',
      'Faillissement aangevraagd',
      'concurso de acreedores',
    ]) {
      const d = debtorOf({
        invoices: [openInvoice('INV-1', 20)],
        events: [event({ kind: 'note', date: '2026-11-10', text })],
      });
      expect(d.classification.standing, text).toBe('going-out-of-business');
      expect(said(d)[0]).toContain('on 10 Nov');
    }
    const bounced = debtorOf({
      invoices: [openInvoice('INV-1', 20)],
      events: [event({ kind: 'payment', outcome: 'BOUNCED', date: '2026-11-02' })],
    });
    expect(bounced.classification.standing).toBe('going-out-of-business');
    expect(said(bounced)[0]).toBe('a payment bounced on 2 Nov');
  });
});

describe('classify: angry', () => {
  it('sees a dispute logged against an invoice', () => {
    const d = debtorOf({
      invoices: [paidInvoice('INV-1', '2026-06-01', 3), openInvoice('INV-0042', 20)],
      events: [
        event({
          kind: 'dispute',
          date: '2026-11-03',
          invoiceNumbers: ['INV-0042'],
          text: 'Says the delivery was incomplete',
        }),
      ],
    });
    expect(d.classification.standing).toBe('angry');
    expect(said(d)[0]).toBe('disputed INV-0042 on 3 Nov: “Says the delivery was incomplete”');
  });

  it('does not read a disputed invoice left unpaid as a good payer turned late', () => {
    const d = debtorOf({
      invoices: [
        paidInvoice('INV-1', '2026-01-10', -2),
        paidInvoice('INV-2', '2026-03-20', -5),
        paidInvoice('INV-3', '2026-06-01', 0),
        paidInvoice('INV-4', '2026-08-15', -1),
        openInvoice('INV-5', 79, { status: 'Disputed', total: 3_200_00, balance: 3_200_00 }),
      ],
    });
    expect(d.classification.standing).toBe('angry');
    expect(said(d).join('\n')).not.toContain('used to pay on time');
  });

  it('reads a disputed status in any of the supported languages, in any case', () => {
    for (const status of [
      'DISPUTED',
      'Litige',
      'en litige',
      'Streitfall',
      'En disputa',
      'Betwist',
      'Contestata',
      'Contestado',
    ]) {
      const d = debtorOf({ invoices: [openInvoice('INV-7', 15, { status })] });
      expect(d.classification.standing, status).toBe('angry');
      expect(said(d)[0]).toBe(`INV-7 marked “${status}” in the invoicing app`);
    }
  });

  it('sees avoided calls, broken promises and hostility', () => {
    const d = debtorOf({
      invoices: [openInvoice('INV-1', 35)],
      events: [
        event({ kind: 'call', date: '2026-10-30', outcome: 'reached' }),
        event({ kind: 'promise', date: '2026-10-30', promise: { date: '2026-11-06' } }),
        event({ kind: 'call', date: '2026-11-10', outcome: 'no-answer' }),
        event({ kind: 'call', date: '2026-11-12', outcome: 'No answer' }),
        event({
          kind: 'call',
          date: '2026-11-16',
          outcome: 'avoided',
          text: 'Receptionist says he is always in a meeting',
        }),
        event({ kind: 'call', date: '2026-11-18', outcome: 'reached', text: 'Shouted and hung up' }),
      ],
    });
    expect(d.classification.standing).toBe('angry');
    const reasons = said(d).join('\n');
    expect(reasons).toContain('broke a promise to pay by 6 Nov');
    expect(reasons).toContain('avoided 1 call (last on 16 Nov)');
    expect(reasons).toContain('hostile on 18 Nov: “Shouted and hung up”');
  });

  it('counts a run of unanswered calls', () => {
    const d = debtorOf({
      invoices: [openInvoice('INV-1', 20)],
      events: ['2026-11-10', '2026-11-13', '2026-11-17', '2026-11-20'].map((date) =>
        event({ kind: 'call', date, outcome: 'no-answer' }),
      ),
    });
    expect(said(d).join('\n')).toContain('no answer to 4 calls in a row since 10 Nov, 20 days late');
  });

  it('treats a call-script outcome of "never received" as angry evidence', () => {
    const d = debtorOf({
      invoices: [openInvoice('INV-3', 9)],
      events: [event({ kind: 'call', date: '2026-11-20', outcome: 'never-received', invoiceNumbers: ['INV-3'] })],
    });
    expect(d.classification.standing).toBe('angry');
    expect(said(d)[0]).toBe('said they never received INV-3 (20 Nov)');
  });
});

describe('classify: flags', () => {
  it('flags a term-stretcher paying at 60–90 days on 30-day terms', () => {
    const d = debtorOf({
      invoices: [
        paidInvoice('INV-1', '2026-03-01', 30),
        paidInvoice('INV-2', '2026-04-01', 28),
        paidInvoice('INV-3', '2026-05-01', 55),
        paidInvoice('INV-4', '2026-06-01', 34),
        openInvoice('INV-5', 20),
      ],
    });
    expect(saidFlag(d.classification.flags.termStretcher)).toBe(
      'pays 58–85 days after issue (median 62) on 30-day terms, over 4 invoices',
    );
  });

  it('does not flag a debtor paying at 60 days on 60-day terms', () => {
    const d = debtorOf({
      invoices: ['2026-03-01', '2026-04-01', '2026-05-01'].map((issued, i) =>
        paidInvoice(`INV-${i}`, issued, 0, { due: addDays(issued, 60), paidOn: addDays(issued, 60) }),
      ),
    });
    expect(saidFlag(d.classification.flags.termStretcher)).toBeUndefined();
  });

  it('proposes upfront-only after a bad debt was recovered, and shows the user flags with their dates', () => {
    const d = debtorOf({ invoices: [paidInvoice('INV-1', '2026-03-01', 94), openInvoice('INV-2', 5)] });
    expect(saidFlag(d.classification.flags.upfrontOnly)).toBe(
      'proposed: INV-1 was recovered only 94 days late, on 3 Jul; ask for payment up front',
    );
    const flagged = debtorOf({
      invoices: [openInvoice('INV-2', 5)],
      records: [
        record({
          flags: {
            creditHold: { at: at('2026-10-02'), note: 'until the balance is cleared' },
            upfrontOnly: { at: at('2025-12-01') },
          },
        }),
      ],
    });
    expect(saidFlag(flagged.classification.flags.creditHold)).toBe(
      'on credit hold since 2 Oct: until the balance is cleared',
    );
    expect(saidFlag(flagged.classification.flags.upfrontOnly)).toBe('set by you on 1 Dec 2025');
  });
});

describe('classify: user override', () => {
  it('wins, with confidence 1, its date, and the rules’ reasons kept', () => {
    const d = debtorOf({
      invoices: [openInvoice('INV-1', 12)],
      records: [
        record({
          override: { class: 'going-out-of-business', at: at('2026-11-02'), note: 'owner told me at the fair' },
        }),
      ],
    });
    expect(d.classification.standing).toBe('going-out-of-business');
    expect(d.classification.confidence).toBe(1);
    expect(d.classification.override).toEqual({ at: at('2026-11-02'), note: 'owner told me at the fair' });
    expect(said(d)[0]).toBe(
      'Your choice on 2 Nov: going out of business (owner told me at the fair); the rules say unorganized',
    );
    expect(said(d).length).toBeGreaterThan(1);
  });
});

describe('classify: ties', () => {
  it('gives the more serious class on equal weight: angry, then going out of business, then unorganized', () => {
    const angryOrClosing = debtorOf({
      invoices: [openInvoice('INV-1', 60)],
      events: [
        event({ kind: 'call', date: addDays(TODAY, -9), outcome: 'disputes' }),
        event({ kind: 'note', date: addDays(TODAY, -5), outcome: 'closing' }),
      ],
    });
    expect(angryOrClosing.classification.standing).toBe('angry');
    expect(said(angryOrClosing)).toContain('also: signs of closing noted on 18 Nov');
    // Two invoices partly paid (1.5) against only 10 days late (1.5).
    const closingOrLate = debtorOf({
      invoices: [
        openInvoice('INV-1', 10, { total: 200_00, balance: 100_00 }),
        openInvoice('INV-2', 5, { total: 200_00, balance: 100_00 }),
      ],
    });
    expect(closingOrLate.classification.standing).toBe('going-out-of-business');
    expect(said(closingOrLate)).toContain('also: only 10 days late on INV-1');
    // One part payment (or an applied credit note) alone is a weak sign, not a verdict.
    const onePart = debtorOf({ invoices: [openInvoice('INV-1', 10, { total: 200_00, balance: 100_00 })] });
    expect(onePart.classification.standing).toBe('unorganized');
    expect(said(onePart)).toContain('also: INV-1 partly paid or credited (a weak sign on its own)');
  });
});

describe('classify: counter-evidence', () => {
  // Angry (a dispute, hostility) with signs of cash trouble and of disorganization beside it.
  const invoices = [
    paidInvoice('INV-1', '2026-06-01', 5),
    paidInvoice('INV-2', '2026-07-01', 5),
    openInvoice('INV-3', 10),
  ];
  const events = [
    event({ kind: 'dispute', date: addDays(TODAY, -8), invoiceNumbers: ['INV-3'] }),
    event({ kind: 'call', date: addDays(TODAY, -6), outcome: 'hostile' }),
    event({ kind: 'call', date: addDays(TODAY, -4), outcome: 'cash-flow' }),
    event({ kind: 'call', date: addDays(TODAY, -2), outcome: 'asked-plan' }),
  ];

  it('adds the three heaviest signs of the other classes, the runner-up class first on a tie', () => {
    const d = debtorOf({ invoices, events });
    expect(d.classification.standing).toBe('angry');
    expect(said(d)).toEqual([
      'disputed INV-3 on 15 Nov',
      'hostile on 17 Nov',
      '1 invoice overdue and paused (INV-3), the oldest 10 days late',
      // Going out of business (4.5) is the runner-up: its 2-weight sign comes before unorganized's.
      'also: said cash is tight on 19 Nov',
      'also: asked to pay in instalments on 21 Nov',
      'also: paid the last 2 invoices 5 days late',
    ]);
  });

  it('leaves out weak signs of disorganization', () => {
    // Only the base "late on" sign (weight 1) and a partial reminder record (0.5) are unorganized evidence here.
    const d = debtorOf({
      invoices: [paidInvoice('INV-1', '2026-01-01', 40), openInvoice('INV-3', 60)],
      events: [event({ kind: 'dispute', date: addDays(TODAY, -8) }), event({ kind: 'email', date: '2026-02-05' })],
    });
    expect(d.classification.standing).toBe('angry');
    expect(said(d).filter((r) => r.startsWith('also: '))).toEqual(['also: late on INV-3 (60 days)']);
  });
});
