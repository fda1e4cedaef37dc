import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMoney } from '../../../lib/extract/read/parse-money';

const ok = (text: string, opts = {}) => {
  const r = parseMoney(text, opts);
  if (!r.ok) throw new Error(`${text}: ${r.reason}`);
  return [r.minor, r.currency];
};

describe('parseMoney', () => {
  it('reads symbols and ISO codes on either side', () => {
    expect(ok('$1,234.50')).toEqual([123450, 'USD']);
    expect(ok('1.234,50 €')).toEqual([123450, 'EUR']);
    expect(ok('€1.234,50')).toEqual([123450, 'EUR']);
    expect(ok('EUR 99.90')).toEqual([9990, 'EUR']);
    expect(ok('1 234,50 EUR')).toEqual([123450, 'EUR']);
    expect(ok('£12')).toEqual([1200, 'GBP']);
    expect(ok("CHF 1'234.50")).toEqual([123450, 'CHF']);
    expect(ok('R$ 1.234,56')).toEqual([123456, 'BRL']);
    expect(ok('¥12,000')).toEqual([12000, 'JPY']);
    expect(ok('JP¥1,234')).toEqual([1234, 'JPY']);
    expect(ok('1 234,56 BR$')).toEqual([123456, 'BRL']);
  });
  it('reads NBSP and narrow no-break spaces as thousands separators', () => {
    expect(ok('1\u00a0234,50\u00a0€')).toEqual([123450, 'EUR']);
    expect(ok('12\u202f345,00 €')).toEqual([1234500, 'EUR']);
  });
  it('reads negatives in parentheses, with a minus, or marked CR', () => {
    expect(ok('($120.00)')).toEqual([-12000, 'USD']);
    expect(ok('-€5,00')).toEqual([-500, 'EUR']);
    expect(ok('€ -5,00')).toEqual([-500, 'EUR']);
    expect(ok('−45.10 USD')).toEqual([-4510, 'USD']);
    expect(ok('120.00 CR', { currency: 'GBP' })).toEqual([-12000, 'GBP']);
  });
  it('tells thousands from decimals by the digits after a single separator', () => {
    expect(ok('1,234', { currency: 'USD' })).toEqual([123400, 'USD']);
    expect(ok('1.234', { currency: 'EUR' })).toEqual([123400, 'EUR']);
    expect(ok('12,5', { currency: 'EUR' })).toEqual([1250, 'EUR']);
    expect(ok('1.234', { currency: 'KWD' })).toEqual([1234, 'KWD']);
    expect(ok('1,00,000.00', { currency: 'INR' })).toEqual([10000000, 'INR']);
  });
  it('lets the locale say which dollar or krona it is', () => {
    expect(ok('$10.00', { locale: 'en-CA' })).toEqual([1000, 'CAD']);
    expect(ok('$10.00', { locale: 'en-US' })).toEqual([1000, 'USD']);
    expect(ok('10,00 kr', { locale: 'sv-SE' })).toEqual([1000, 'SEK']);
    expect(ok('A$10.00')).toEqual([1000, 'AUD']);
  });
  it('leaves the currency to the caller when the text shows none', () => {
    const r = parseMoney('1,234.50');
    expect(r.ok && r.currency).toBe(undefined);
    expect(r.ok && r.currencyShown).toBe(false);
  });
  it('reads the usual cell, bare or with a symbol, the same as the general rules read it', () => {
    expect(ok('1,234.50', { currency: 'USD' })).toEqual(ok('USD 1,234.50'));
    expect(ok('€1.234,50')).toEqual(ok('1.234,50 EUR'));
    expect(ok('1 234,50€')).toEqual([123450, 'EUR']);
    expect(ok('£0.5')).toEqual([50, 'GBP']);
    expect(ok('0042', { currency: 'EUR' })).toEqual([4200, 'EUR']);
    expect(ok('7 €')).toEqual([700, 'EUR']);
    expect(ok('123', { currency: 'KWD' })).toEqual([123000, 'KWD']);
    expect(ok('1.5', { currency: 'KWD' })).toEqual([1500, 'KWD']);
    expect(ok('$1.234', { locale: 'es-CL' })).toEqual([1234, 'CLP']);
    expect(parseMoney('$12.50', { locale: 'es-CL' })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('more decimals'),
    });
    expect(parseMoney('90,071,992,547,409.92', { currency: 'USD' })).toEqual({ ok: false, reason: 'amount too large' });
    expect(ok('90,071,992,547,409.91', { currency: 'USD' })).toEqual([Number.MAX_SAFE_INTEGER, 'USD']);
    for (const bad of ['1.234.56', '€12€', '$ ', '1,23,4.50'] as const)
      expect(parseMoney(bad, { currency: 'USD' }).ok, bad).toBe(false);
  });
  it('gives a reason for text that is not an amount', () => {
    for (const bad of ['', 'abc', 'INV-001', '12/03/2026', '1,2,3', '1.234,56.78', '$', '12.3456 EUR']) {
      const r = parseMoney(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
    }
  });
  it('never throws and returns a safe integer or a reason (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = parseMoney(s);
        if (r.ok) expect(Number.isSafeInteger(r.minor)).toBe(true);
        else expect(typeof r.reason).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
  it('reads back what Intl formats, in several locales (property)', () => {
    const locales = ['en-US', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'de-CH', 'en-GB'];
    const currencies = ['USD', 'EUR', 'GBP', 'CHF', 'BRL'];
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }),
        fc.constantFrom(...locales),
        fc.constantFrom(...currencies),
        (minor, locale, currency) => {
          const text = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 100);
          const r = parseMoney(text, { locale });
          expect(r.ok ? [r.minor, r.currency] : r.reason).toEqual([minor, currency]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
