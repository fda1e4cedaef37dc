import fc from 'fast-check';
import { parseMoney } from '../../lib/extract/read/parse-money';
import { expectThat, hostileText, property, type FuzzProperty } from './property';

// The locales of the seven languages Owed reads, plus grouping variants (Swiss apostrophes, Indian lakhs).
export const MONEY_LOCALES = [
  'en-US',
  'en-GB',
  'en-IN',
  'de-DE',
  'de-CH',
  'fr-FR',
  'es-ES',
  'it-IT',
  'nl-NL',
  'pt-BR',
  'sv-SE',
] as const;
// JPY and BRL: Intl writes them with country-prefixed symbols in some locales ("JP¥", "BR$").
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'SEK', 'CAD', 'INR', 'JPY', 'BRL'] as const;

const tokens = fc.constantFrom(
  '$',
  '€',
  '£',
  'USD',
  'EUR',
  'kr',
  'CHF',
  '(',
  ')',
  '-',
  '−',
  ',',
  '.',
  "'",
  ' ',
  '\u00a0',
  '\u202f',
  'CR',
  '0',
  '1',
  '5',
  '9',
  '00',
  '000',
  '1,000',
);

function intlRoundTrip(name: string, currencies: readonly string[]): FuzzProperty {
  return property(
    name,
    fc.tuple(
      fc.constantFrom(...MONEY_LOCALES),
      fc.constantFrom(...currencies),
      fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
    ),
    ([locale, currency, minor]) => {
      const digits = currency === 'JPY' ? 0 : 2;
      const text = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(minor / 10 ** digits);
      const r = parseMoney(text, { locale, currency });
      expectThat(r.ok, `'${text}' (${locale}) was refused: ${!r.ok && r.reason}`);
      if (r.ok) {
        expectThat(r.minor === minor, `'${text}' (${locale}) read as ${r.minor}, not ${minor}`);
        expectThat(r.currency === currency, `'${text}' (${locale}) read as ${r.currency}, not ${currency}`);
      }
    },
  );
}

export const moneyProperties: FuzzProperty[] = [
  property(
    'parseMoney never throws, and answers an integer amount or a reason',
    fc.tuple(
      fc.oneof(
        hostileText,
        fc.array(tokens, { maxLength: 12 }).map((t) => t.join('')),
      ),
      fc.constantFrom(undefined, ...MONEY_LOCALES),
      fc.constantFrom(undefined, ...CURRENCIES),
    ),
    ([text, locale, currency]) => {
      const r = parseMoney(text, { locale, currency });
      if (r.ok) {
        expectThat(Number.isSafeInteger(r.minor), `minor ${r.minor} is not a safe integer`);
        expectThat(
          r.currency === undefined || /^[A-Z]{3}$/.test(r.currency),
          `currency ${r.currency} is not an ISO code`,
        );
      } else
        expectThat(
          typeof r.reason === 'string' && r.reason.length > 0 && r.reason.length < 200,
          `reason '${r.reason}'`,
        );
    },
  ),
  intlRoundTrip(
    'an amount as Intl formats it in each locale reads back to the same minor units and currency',
    CURRENCIES,
  ),
  property(
    'plain numbers in either decimal convention read back exactly',
    fc.tuple(
      fc.integer({ min: 0, max: 10_000_000_000 }),
      fc.constantFrom(['.', ','], [',', '.'], ['.', ' '], ['.', "'"], [',', '\u00a0']),
    ),
    ([minor, [decimal, group]]) => {
      const units = String(Math.floor(minor / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group!);
      const text = `${units}${decimal}${String(minor % 100).padStart(2, '0')}`;
      const r = parseMoney(text, { currency: 'EUR' });
      expectThat(r.ok && r.minor === minor, `'${text}' read as ${JSON.stringify(r)}, not ${minor}`);
    },
  ),
];
