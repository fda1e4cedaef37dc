import { describe, expect, it } from 'vitest';
import { ageing, receivablesHealth, recoveryCheck } from '../../../lib/insight';
import { sayer } from '../../../lib/i18n';
import { defaultSettings } from '../../../lib/model';

// The numbers in words, as a US owner reads them.
const say = sayer({ locale: 'en-US', today: '2026-11-23' });
import { TODAY, addDays, invoice, openInvoice } from '../ledger/make';

describe('ageing', () => {
  it('buckets open balances by days past due, per currency, leaving out paid, missing, drafts and credit notes', () => {
    const result = ageing(
      [
        openInvoice('A', -5, { balance: 1_00 }),
        openInvoice('B', 0, { balance: 2_00 }),
        openInvoice('C', 1, { balance: 4_00 }),
        openInvoice('D', 30, { balance: 8_00 }),
        openInvoice('E', 31, { balance: 16_00 }),
        openInvoice('F', 61, { balance: 32_00 }),
        openInvoice('G', 91, { balance: 64_00 }),
        openInvoice('H', 91, { balance: 64_00, currency: 'EUR' }),
        openInvoice('I', 10, { balance: 0 }),
        openInvoice('J', 10, { balance: -5_00 }),
        openInvoice('K', 10, { status: 'Draft' }),
        invoice({ number: 'L', overdue: true, balance: 128_00 }),
      ],
      TODAY,
    );
    expect(result.USD!.amounts).toEqual({
      current: 3_00,
      '1-30': 140_00,
      '31-60': 16_00,
      '61-90': 32_00,
      '90+': 64_00,
    });
    expect(result.USD!.total).toBe(255_00);
    expect(result.EUR!.amounts['90+']).toBe(64_00);
  });
});

describe('receivables health', () => {
  it('compares receivables with one average month of sales over the last 12 months, with DSO', () => {
    // 12 monthly invoices of 1,000: an average month of 1,000; 1,500 still open.
    const invoices = Array.from({ length: 12 }, (_, i) =>
      invoice({
        number: `M-${i}`,
        issued: addDays(TODAY, -30 * (i + 1)),
        due: addDays(TODAY, -30 * i),
        total: 1_000_00,
        balance: i === 0 ? 1_000_00 : i === 1 ? 500_00 : 0,
      }),
    );
    const [health] = receivablesHealth(invoices, TODAY);
    expect(health!.averageMonthOfSales).toBeGreaterThan(980_00);
    expect(health!.averageMonthOfSales).toBeLessThan(1_020_00);
    expect(health!.healthy).toBe(false);
    expect(health!.partial).toBe(false);
    // 1,500 open against 12,000 invoiced over the 360 days since the first invoice.
    expect(health!.dso).toBe(45);
    expect(health!.summary).toMatch(
      /^Receivables of \$1,500\.00 are 1\.5 months of sales \(an average month is \$1,0\d\d\.\d\d\): above the one-month rule/,
    );
    const [fine] = receivablesHealth(
      invoices.map((i) => ({ ...i, balance: i.number === 'M-0' ? 300_00 : 0 })),
      TODAY,
    );
    expect(fine!.healthy).toBe(true);
  });

  it('averages a young business over the months it has, not twelve', () => {
    const invoices = [1, 2, 3].map((m) =>
      invoice({ number: `Y-${m}`, issued: addDays(TODAY, -30 * m), total: 3_000_00, balance: 0 }),
    );
    const [health] = receivablesHealth(invoices, TODAY);
    expect(Math.round(health!.averageMonthOfSales / 100)).toBe(3_044);
    // Three months read: the sales figure is partial, and says so.
    expect(health!.partial).toBe(true);
    expect(health!.summary).toContain('Sales figure partial: read from 3 months of invoices');
  });

  it('uses the monthly sales the owner gives, and says when only open invoices were read', () => {
    const open = [invoice({ number: 'O-1', issued: addDays(TODAY, -40), total: 2_000_00, balance: 2_000_00 })];
    const [read] = receivablesHealth(open, TODAY);
    expect(read!.partial).toBe(true);
    expect(read!.summary).toContain('read from open invoices only');
    const [given] = receivablesHealth(open, TODAY, 'en', { USD: 10_000_00 });
    expect(given).toMatchObject({ salesFrom: 'owner', partial: false, averageMonthOfSales: 10_000_00, healthy: true });
    expect(given!.summary).toMatch(
      /under one average month of sales \(\$10,000\.00\): healthy\. \(Sales: your monthly figure\.\)$/,
    );
  });
});

describe('recoveryCheck', () => {
  const recovery = defaultSettings().recovery; // agency 25%, court 500.00 fixed, hour 50.00

  it('pursues an early debt worth the time', () => {
    const check = recoveryCheck(1_000_00, recovery, { daysLate: 40 });
    expect(check.recommendation).toBe('pursue');
    expect(check.explanation.map(say)[0]).toBe(
      'Chasing it yourself costs about 3 hours ($150.00): you would keep $850.00 of $1,000.00.',
    );
  });

  it('sends an old debt to an agency or court, whichever nets more, with the numbers in words', () => {
    const small = recoveryCheck(1_000_00, recovery, { daysLate: 120 });
    expect(small.recommendation).toBe('agency');
    expect(small.net).toMatchObject({ agency: 750_00, court: 100_00 });
    expect(small.explanation.map(say)).toContain('A collection agency keeps 25%: you would get $750.00.');
    const large = recoveryCheck(20_000_00, recovery, { finalNoticeSent: true });
    expect(large.recommendation).toBe('court');
    expect(large.explanation.map(say).at(-1)).toBe(
      'Recommendation: take it to court (small claims): it nets more than an agency.',
    );
  });

  it('writes off what costs more to recover than it brings', () => {
    expect(recoveryCheck(40_00, { ...recovery, agencyFeePercent: 100 }, { daysLate: 200 }).recommendation).toBe(
      'write-off',
    );
    expect(recoveryCheck(0, recovery).recommendation).toBe('write-off');
  });
});
