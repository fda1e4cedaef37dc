import { describe, expect, it } from 'vitest';
import { confirmByBalance, PAIRED_MS } from '../../../lib/ledger/confirm-by-balance';
import { customerBalanceId, debtorIdFor, type CustomerBalance, type Invoice } from '../../../lib/model';
import { NOW, debtorOf, openInvoice } from './make';

const SOURCE = 'https://app.example';
/** The invoice list was read whole an hour before now. */
const WHOLE = new Map([[SOURCE, NOW - 3_600_000]]);

/** An invoice a list showed only the total of (part-payment possible). */
const totalOnly = (number: string, total: number, p: Partial<Invoice> = {}) =>
  openInvoice(number, 20, { total, balance: total, balanceFromTotal: true, ...p });
/** An invoice whose balance the app stated. */
const stated = (number: string, balance: number, p: Partial<Invoice> = {}) =>
  openInvoice(number, 20, { total: balance, balance, ...p });

function balance(amount: number, p: Partial<CustomerBalance> = {}): CustomerBalance {
  const customer = p.customer ?? 'Acme Corp';
  const from = p.from ?? 'customers';
  const currency = p.currency ?? 'USD';
  return {
    id: customerBalanceId(SOURCE, from, debtorIdFor(customer), currency),
    source: SOURCE,
    debtorId: debtorIdFor(customer),
    customer,
    balance: amount,
    currency,
    from,
    seenAt: NOW,
    ...p,
  };
}

const byNumber = (invoices: Invoice[]) => Object.fromEntries(invoices.map((i) => [i.number, i]));

describe('confirmByBalance: a customer balance settles invoice totals only when it adds up exactly', () => {
  it('confirms every total when the balance is exactly the confirmed balances plus those totals', () => {
    const { invoices, checks } = confirmByBalance(
      [stated('A', 300_00), totalOnly('B', 500_00), totalOnly('C', 200_00)],
      [balance(1000_00)],
      WHOLE,
    );
    const got = byNumber(invoices);
    expect([got.B!.balance, got.B!.balanceFromTotal, got.B!.confirmedBy]).toEqual([500_00, undefined, 'customers']);
    expect([got.C!.balance, got.C!.balanceFromTotal]).toEqual([200_00, undefined]);
    expect(checks.map((c) => c.outcome)).toEqual([{ confirmed: ['B', 'C'] }]);
  });

  it('gives the one unconfirmed invoice what the balance leaves for it: it was part-paid', () => {
    const { invoices } = confirmByBalance(
      [stated('A', 300_00), totalOnly('B', 500_00)],
      [balance(420_00 + 300_00)],
      WHOLE,
    );
    expect(byNumber(invoices).B).toMatchObject({ balance: 420_00, total: 500_00, confirmedBy: 'customers' });
    expect(byNumber(invoices).B!.balanceFromTotal).toBeUndefined();
  });

  it('cannot tell which of two totals was part-paid', () => {
    const { invoices, checks } = confirmByBalance(
      [totalOnly('B', 500_00), totalOnly('C', 200_00)],
      [balance(600_00)],
      WHOLE,
    );
    expect(invoices.every((i) => i.balanceFromTotal)).toBe(true);
    expect(checks[0]!.outcome).toEqual({ undecided: 'several-part-paid' });
  });

  it('says nothing when the balance counts more than the invoices read (an invoice not read, an opening balance)', () => {
    const { invoices, checks } = confirmByBalance([totalOnly('B', 500_00)], [balance(800_00)], WHOLE);
    expect(invoices[0]!.balanceFromTotal).toBe(true);
    expect(checks[0]!.outcome).toEqual({ undecided: 'more-than-read' });
  });

  it('says nothing when the balance leaves nothing for an invoice the list shows unpaid (the pages disagree)', () => {
    for (const amount of [300_00, 100_00, 0]) {
      const { invoices, checks } = confirmByBalance(
        [stated('A', 300_00), totalOnly('B', 500_00)],
        [balance(amount)],
        WHOLE,
      );
      expect(byNumber(invoices).B!.balanceFromTotal).toBe(true);
      expect(checks[0]!.outcome).toEqual({ undecided: 'nothing-left' });
    }
  });

  it('compares only with a whole read of the invoice list of its time', () => {
    const invoices = [totalOnly('B', 500_00)];
    for (const whole of [new Map<string, number>(), new Map([[SOURCE, NOW - PAIRED_MS - 1]])]) {
      const out = confirmByBalance(invoices, [balance(500_00)], whole);
      expect(out.invoices[0]!.balanceFromTotal).toBe(true);
      expect(out.checks[0]!.outcome).toEqual({ undecided: 'not-paired' });
    }
    expect(
      confirmByBalance(invoices, [balance(500_00)], new Map([[SOURCE, NOW + PAIRED_MS]])).invoices[0]!.balanceFromTotal,
    ).toBeUndefined();
  });

  it('keeps to its own source, customer and currency, and to invoices still listed', () => {
    const invoices = [
      totalOnly('B', 500_00),
      totalOnly('E', 500_00, { currency: 'EUR' }),
      totalOnly('X', 500_00, { source: 'https://other.example', id: 'https://other.example#X' }),
      totalOnly('G', 500_00, { customer: 'Globex', debtorId: debtorIdFor('Globex') }),
      stated('GONE', 900_00, { missingSince: NOW - 1 }),
    ];
    const got = byNumber(confirmByBalance(invoices, [balance(500_00)], WHOLE).invoices);
    expect(got.B!.balanceFromTotal).toBeUndefined();
    expect([got.E, got.X, got.G].map((i) => i!.balanceFromTotal)).toEqual([true, true, true]);
  });

  it('lets the newest balance decide, and the other kind of page try when it cannot', () => {
    const invoices = [totalOnly('B', 500_00)];
    const older = balance(450_00, { from: 'aging', seenAt: NOW - 60_000 });
    const newer = balance(999_00, { seenAt: NOW });
    const out = confirmByBalance(invoices, [older, newer], WHOLE);
    expect(out.invoices[0]).toMatchObject({ balance: 450_00, confirmedBy: 'aging' });
    expect(out.checks.map((c) => c.outcome)).toEqual([{ undecided: 'more-than-read' }, { confirmed: ['B'] }]);
  });

  it('with nothing unconfirmed, says whether the balance agrees with the invoices read', () => {
    expect(confirmByBalance([stated('A', 300_00)], [balance(300_00)], WHOLE).checks[0]!.outcome).toEqual({
      agrees: true,
    });
    expect(confirmByBalance([stated('A', 300_00)], [balance(250_00)], WHOLE).checks[0]!.outcome).toEqual({
      agrees: false,
    });
  });

  it('never confirms more than the total the list shows, nor changes the invoices it was given', () => {
    const invoices = [totalOnly('B', 500_00)];
    const before = structuredClone(invoices);
    for (const amount of [1, 250_00, 499_99, 500_00, 500_01, 10_000_00]) {
      const b = confirmByBalance(invoices, [balance(amount)], WHOLE).invoices[0]!;
      expect(b.balance).toBeLessThanOrEqual(500_00);
    }
    expect(invoices).toEqual(before);
  });
});

describe('the ledger with customer balances', () => {
  it('shows the confirmed balance and what is unconfirmed apart, until a balance settles it', () => {
    const invoices = [stated('A', 300_00), totalOnly('B', 500_00)];
    const unsettled = debtorOf({ invoices });
    expect([unsettled.balance, unsettled.unconfirmed]).toEqual([300_00, 500_00]);
    const settled = debtorOf({
      invoices,
      balances: [balance(720_00)],
      reads: [{ source: SOURCE, wholeAt: NOW - 3_600_000 }],
    });
    expect([settled.balance, settled.unconfirmed]).toEqual([720_00, undefined]);
    expect(settled.openInvoices.find((i) => i.number === 'B')).toMatchObject({
      balance: 420_00,
      confirmedBy: 'customers',
    });
    expect(settled.customerBalances).toEqual([
      { from: 'customers', source: SOURCE, balance: 720_00, currency: 'USD', seenAt: NOW, confirmed: ['B'] },
    ]);
  });

  it('keeps a debtor with only unconfirmed totals at nothing confirmed', () => {
    const d = debtorOf({
      invoices: [totalOnly('B', 500_00)],
      balances: [balance(600_00, { from: 'aging', overdue: 600_00 })],
    });
    expect([d.balance, d.unconfirmed]).toEqual([0, 500_00]);
    expect(d.customerBalances?.[0]).toMatchObject({ from: 'aging', overdue: 600_00, undecided: 'not-paired' });
  });
});
