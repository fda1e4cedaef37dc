import { describe, expect, it } from 'vitest';
import { sayer } from '../../../lib/i18n';
import { NOW, TODAY, at, debtorOf, event, invoice, ledgerOf, lateAtInstall, paidInvoice, record } from './make';

const say = sayer({ locale: 'en-GB', today: TODAY });

describe('buildLedger', () => {
  it('groups invoices by debtor, with open ones, history, balances and the oldest lateness', () => {
    const ledger = ledgerOf({
      invoices: [
        lateAtInstall('INV-1', 10),
        lateAtInstall('INV-2', -5),
        paidInvoice('INV-0', '2026-08-01', 2),
        lateAtInstall('B-1', 3, { customer: 'Beta Ltd' }),
      ],
    });
    expect(ledger.today).toBe(TODAY);
    expect(ledger.debtors.map((d) => d.id).sort()).toEqual(['acme', 'beta']);
    const acme = ledger.debtors.find((d) => d.id === 'acme')!;
    expect(acme.openInvoices.map((i) => i.number)).toEqual(['INV-1', 'INV-2']);
    expect(acme.history.map((i) => i.number)).toEqual(['INV-0']);
    expect(acme.balance).toBe(200_00);
    expect(acme.oldestDaysLate).toBe(10);
    expect(acme.oldestDue).toBe('2026-11-13');
  });

  it('leaves out of what is owed: invoices no longer listed, drafts in any language, paid ones and credit notes', () => {
    const d = debtorOf({
      invoices: [
        lateAtInstall('INV-1', 10, { missingSince: at('2026-11-20') }),
        lateAtInstall('INV-2', 10, { status: 'BROUILLON' }),
        lateAtInstall('INV-3', 10, { status: 'Entwurf' }),
        lateAtInstall('CN-1', 10, { balance: -50_00, total: -50_00 }),
        paidInvoice('INV-4', '2026-09-01', 0),
      ],
    });
    expect(d.openInvoices).toEqual([]);
    expect(d.balance).toBe(0);
    expect(d.classification.standing).toBe('good-standing');
    expect(d.next).toBeNull();
    expect(d.history).toHaveLength(5);
  });

  it('takes the name from the record, else the most recently seen invoice, and contacts from the record first', () => {
    const invoices = [
      lateAtInstall('INV-1', 1, { customer: 'ACME corp.', seenAt: NOW - 1000, email: 'old@acme.test' }),
      lateAtInstall('INV-2', 1, { customer: 'Acme Corporation', seenAt: NOW, phone: '555-0100' }),
    ];
    const plain = debtorOf({ invoices });
    expect(plain.name).toBe('Acme Corporation');
    expect(plain.email).toBe('old@acme.test');
    expect(plain.phone).toBe('555-0100');
    const withRecord = debtorOf({
      invoices,
      records: [
        record({
          name: 'Acme (HQ)',
          contacts: [
            { role: 'senior-leadership', email: 'ceo@acme.test' },
            { role: 'billing', email: 'ap@acme.test', name: 'Pat' },
          ],
        }),
      ],
    });
    expect(withRecord.name).toBe('Acme (HQ)');
    expect(withRecord.email).toBe('ap@acme.test');
  });

  it('reports balances per currency when several, showing the largest', () => {
    const d = debtorOf({
      invoices: [
        lateAtInstall('INV-1', 5, { currency: 'EUR', balance: 300_00 }),
        lateAtInstall('INV-2', 5, { currency: 'USD', balance: 100_00 }),
        lateAtInstall('INV-3', 5, { currency: 'EUR', balance: 50_00 }),
      ],
    });
    expect(d.balances).toEqual({ EUR: 350_00, USD: 100_00 });
    expect(d.currency).toBe('EUR');
    expect(d.balance).toBe(350_00);
  });

  it('treats an invoice the app flags overdue without a due date as overdue, date unknown', () => {
    const d = debtorOf({ invoices: [invoice({ number: 'T-1', overdue: true, firstSeenAt: at('2026-11-20') })] });
    expect(d.overdueDateUnknown).toBe(true);
    expect(d.oldestDaysLate).toBe(0);
    expect(d.classification.standing).not.toBe('good-standing');
    expect(d.next?.action).toBe('email');
    expect(d.next?.date).toBe('2026-11-20');
  });

  it('folds customers merged by hand into the record they were merged into', () => {
    const ledger = ledgerOf({
      invoices: [lateAtInstall('INV-1', 8), lateAtInstall('X-1', 8, { customer: 'Acme Holdings' })],
      records: [record({ merged: ['acme holdings'] })],
    });
    expect(ledger.debtors).toHaveLength(1);
    expect(ledger.debtors[0]!.openInvoices).toHaveLength(2);
  });

  it('counts the debtors due for a call today as the badge', () => {
    const ledger = ledgerOf({
      invoices: [
        lateAtInstall('A-1', 8, { customer: 'A' }),
        lateAtInstall('B-1', 20, { customer: 'B' }),
        lateAtInstall('C-1', 4, { customer: 'C' }),
        lateAtInstall('D-1', 8, { customer: 'D' }),
      ],
      events: [event({ kind: 'call', debtorId: 'd', date: TODAY, outcome: 'reached' })],
    });
    const due = ledger.debtors
      .filter((d) => d.dueForCallToday)
      .map((d) => d.id)
      .sort();
    expect(due).toEqual(['a', 'b']);
    expect(ledger.dueForCallToday).toBe(2);
  });

  it('keeps invoices issued in the future (scheduled or pre-billed) as open but not overdue', () => {
    const d = debtorOf({
      invoices: [invoice({ number: 'INV-F', issued: '2026-12-01', due: '2026-12-31', balance: 250_00 })],
    });
    expect(d.openInvoices).toHaveLength(1);
    expect(d.oldestDaysLate).toBe(0);
    expect(d.classification.standing).toBe('good-standing');
    expect(d.next).toMatchObject({ action: 'reminder', date: '2026-12-28', isCall: false });
  });

  it('counts a partly paid invoice at what is left to pay', () => {
    const d = debtorOf({ invoices: [lateAtInstall('INV-1', 12, { total: 1_000_00, balance: 250_00 })] });
    expect(d.balance).toBe(250_00);
    expect(d.classification.reasons.map(say).join('\n')).toContain(
      'INV-1 partly paid or credited (a weak sign on its own)',
    );
  });

  it('times a payment by the day Owed saw it paid only if it had seen the invoice unpaid before', () => {
    const readPaidAtInstall = Array.from({ length: 4 }, (_, i) =>
      paidInvoice(`OLD-${i}`, `2026-0${i + 3}-01`, 0, {
        paidOn: undefined,
        paidSeenOn: '2026-11-01',
        firstSeenAt: at('2026-11-01'),
      }),
    );
    const seenTurningPaid = paidInvoice('NEW-1', '2026-09-01', 0, {
      paidOn: undefined,
      paidSeenOn: '2026-11-05',
      firstSeenAt: at('2026-10-01'),
    });
    const d = debtorOf({ invoices: [...readPaidAtInstall, seenTurningPaid, lateAtInstall('INV-9', 3)] });
    // Only NEW-1 counts: due 1 Oct, seen paid 5 Nov, 35 days late; the old ones do not make a term-stretcher or a bad debt.
    expect(d.classification.flags).toEqual({});
    expect(d.classification.reasons.map(say).join('\n')).not.toMatch(/paid the last [2-9]/);
  });
});
