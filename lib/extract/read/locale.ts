// What a page's locale tells the reader: its currency by country, its numeric date order.
import { memo } from './memo';

const REGION_CURRENCY: Record<string, string> = {
  US: 'USD',
  CA: 'CAD',
  GB: 'GBP',
  UK: 'GBP',
  IE: 'EUR',
  AU: 'AUD',
  NZ: 'NZD',
  IN: 'INR',
  ZA: 'ZAR',
  SG: 'SGD',
  HK: 'HKD',
  FR: 'EUR',
  DE: 'EUR',
  AT: 'EUR',
  BE: 'EUR',
  NL: 'EUR',
  LU: 'EUR',
  ES: 'EUR',
  PT: 'EUR',
  IT: 'EUR',
  FI: 'EUR',
  GR: 'EUR',
  CH: 'CHF',
  LI: 'CHF',
  BR: 'BRL',
  MX: 'MXN',
  AR: 'ARS',
  CL: 'CLP',
  CO: 'COP',
  PE: 'PEN',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  HU: 'HUF',
  JP: 'JPY',
  CN: 'CNY',
  KR: 'KRW',
  IL: 'ILS',
  TR: 'TRY',
  AE: 'AED',
  PH: 'PHP',
  MY: 'MYR',
};

function region(locale: string): string | undefined {
  try {
    const l = new Intl.Locale(locale);
    return l.region ?? l.maximize().region;
  } catch {
    return undefined;
  }
}

// Intl objects are costly to build and a page has one locale: remember the answers (of 200 locales at most).
const perLocale = <T>(judge: (locale: string) => T) => memo(judge, 200);

/** The currency of the locale's country ("fr-CA" → CAD, "de" → EUR via its likely region). */
export const currencyForLocale = perLocale((locale: string): string | undefined => {
  const r = region(locale);
  return r ? REGION_CURRENCY[r.toUpperCase()] : undefined;
});

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** The order of day, month and year in the locale's short numeric dates. */
export function dateOrderForLocale(locale: string | undefined): DateOrder {
  return locale ? orderOf(locale) : 'mdy';
}

const orderOf = perLocale((locale: string): DateOrder => {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(Date.UTC(2020, 10, 23)))
      .map((p) => p.type)
      .filter((t) => t === 'day' || t === 'month' || t === 'year');
    const key = parts.map((t) => t[0]).join('');
    return key === 'dmy' || key === 'mdy' || key === 'ymd' ? key : 'dmy';
  } catch {
    return 'dmy';
  }
});

/** A locale string Intl accepts, or undefined ("en_US" → "en-US"). */
export function cleanLocale(locale: string | undefined | null): string | undefined {
  return locale ? canonicalLocale(locale) : undefined;
}

const canonicalLocale = perLocale((locale: string): string | undefined => {
  try {
    return new Intl.Locale(locale.trim().replace(/_/g, '-')).toString();
  } catch {
    return undefined;
  }
});
