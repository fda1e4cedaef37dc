import { parseMoney } from '../../lib/extract/read/parse-money';
import { formatMoney } from '../../lib/format';

/**
 * Minor units from what the user typed ("1,250.50", "1 250,50 €"), read in their locale; an error
 * in words when it is not an amount.
 */
export function readAmount(
  text: string,
  currency: string,
  locale?: string,
): { ok: true; minor: number } | { ok: false; error: string } {
  if (!text.trim()) return { ok: false, error: 'Enter an amount.' };
  const r = parseMoney(text, { currency, locale });
  if (!r.ok) return { ok: false, error: `"${text}" is not an amount.` };
  if (r.currency && r.currency !== currency && r.currencyShown)
    return { ok: false, error: `Enter the amount in ${currency}.` };
  if (r.minor <= 0) return { ok: false, error: 'The amount must be more than zero.' };
  return { ok: true, minor: r.minor };
}

/** Minor units as an editable number in the user's locale, without the currency sign. */
export function amountText(minor: number, currency: string, locale?: string): string {
  return formatMoney(minor, currency, locale, { currencySign: false, grouping: false });
}

/** `code` when Intl knows it as a currency, else `fallback`: a half-typed code must not break a page. */
export function usableCurrency(code: string, fallback = 'USD'): string {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return /^[A-Z]{3}$/.test(code) ? code : fallback;
  } catch {
    return fallback;
  }
}

/** `tag` when it is a valid BCP 47 locale, else undefined (the browser's): a typo must not break the sidebar. */
export function usableLocale(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}
