import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../lib/model';
import { renderTemplate, templateContext, TEMPLATE_CLASSES } from '../../../lib/templates';
import { TODAY, debtorOf, openInvoice } from '../ledger/make';

const WITH_FEE = ['three-days', 'one-week', 'one-month', 'final-notice', 'certified-letter', 'statement'] as const;

describe('late fees in reminders, statements and letters', () => {
  // £5,000 due 30 days ago at a 4.75% base rate: £52.40 interest + £70 compensation (the UK worked example).
  const view = debtorOf({
    invoices: [openInvoice('INV-1', 30, { balance: 5_000_00, total: 5_000_00, currency: 'GBP' })],
  });
  const uk: Settings = {
    ...defaultSettings(),
    locale: 'en-GB',
    lateFee: {
      kind: 'statutory-uk',
      referenceRate: 4.75,
      graceDays: 0,
      wording: 'Statutory interest and compensation',
    },
  };

  it('every reminder, statement and letter carries the fee line with the user wording, amount and basis', () => {
    const context = templateContext(view, { settings: uk, today: TODAY });
    for (const cls of TEMPLATE_CLASSES) {
      for (const stage of WITH_FEE) {
        const text = renderTemplate(`${cls}/${stage}`, context).text;
        expect(text, `${cls}/${stage}`).toContain(
          'Statutory interest and compensation: £122.40 (Late Payment of Commercial Debts (Interest) Act 1998: interest at 12.75% a year',
        );
        expect(text, `${cls}/${stage}`).toContain('Total with it: £5,122.40.');
      }
    }
  });

  it('no fee policy, no fee line and no stray blank lines', () => {
    const context = templateContext(view, { settings: defaultSettings(), today: TODAY });
    for (const stage of WITH_FEE) {
      const text = renderTemplate(`angry/${stage}`, context).text;
      expect(text).not.toContain('Total with it');
      expect(text).not.toMatch(/\n\n\n/);
    }
  });

  it('EU compensation on an invoice in another currency is added in euros', () => {
    const usdView = debtorOf({ invoices: [openInvoice('INV-1', 60, { balance: 10_000_00, currency: 'USD' })] });
    const eu: Settings = {
      ...defaultSettings(),
      lateFee: { kind: 'statutory-eu', referenceRate: 2.15, graceDays: 0, wording: 'Late payment interest' },
    };
    const context = templateContext(usdView, { settings: eu, today: TODAY });
    // €10,000-equivalent worked example: 10.15% for 60 days = 166.85, plus €40 kept in euros.
    expect(context.fee).toMatchObject({ amount: '$166.85 + €40.00', totalWithFee: '$10,166.85 + €40.00' });
    expect(context.invoices[0]!.fee).toBe('$166.85 + €40.00');
  });
});
