import { currencyForLocale } from './locale';

export type MoneyResult =
  | {
      ok: true;
      /** Integer minor units (cents); negative for credits. */
      minor: number;
      /** ISO code when the text named one (symbol or code); otherwise the caller's default, if any. */
      currency?: string;
      /** True when the text itself showed the currency. */
      currencyShown: boolean;
    }
  | { ok: false; reason: string };

export interface MoneyOptions {
  /** Currency to use when the text shows none. */
  currency?: string;
  /** Page locale: tells which currency "$" or "kr" means. */
  locale?: string;
}

// Prefixed dollar signs first: "US$" must win over "$".
const SYMBOLS: [string, string][] = [
  ['US$', 'USD'],
  ['$US', 'USD'],
  ['$CA', 'CAD'],
  ['$AU', 'AUD'],
  ['$NZ', 'NZD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['BR$', 'BRL'],
  ['R$', 'BRL'],
  ['JP¥', 'JPY'],
  ['CN¥', 'CNY'],
  ['￥', 'JPY'],
  ['MX$', 'MXN'],
  ['€', 'EUR'],
  ['£GB', 'GBP'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₪', 'ILS'],
  ['₺', 'TRY'],
  ['₽', 'RUB'],
  ['₱', 'PHP'],
  ['zł', 'PLN'],
  ['Kč', 'CZK'],
  ['Fr.', 'CHF'],
  ['Ft', 'HUF'],
  ['₫', 'VND'],
  ['฿', 'THB'],
  ['$', '$'],
  ['kr', 'kr'],
];

// One pass finds the symbol, longest spellings first ("US$" before "$").
const SYMBOL_RE = new RegExp(
  [...SYMBOLS]
    .map(([sym]) => sym)
    .sort((a, b) => b.length - a.length)
    .map((sym) => sym.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);
const SYMBOL_ISO = new Map(SYMBOLS);

let isoCodes: Set<string> | undefined;
function isIsoCurrency(code: string): boolean {
  isoCodes ??= new Set(
    typeof Intl.supportedValuesOf === 'function'
      ? Intl.supportedValuesOf('currency')
      : ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY'],
  );
  return isoCodes.has(code);
}

const digitsCache = new Map<string, number>();

/** How many minor digits a currency has (JPY 0, KWD 3, most 2). */
export function minorDigits(currency: string): number {
  let d = digitsCache.get(currency);
  if (d === undefined) {
    try {
      d = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      d = 2;
    }
    if (digitsCache.size < 500) digitsCache.set(currency, d);
  }
  return d;
}

/** "$" and "kr" mean different currencies by country: the page's locale decides. */
function resolveAmbiguous(sym: string, locale: string | undefined, fallback: string | undefined): string | undefined {
  if (sym === '$') {
    if (fallback && fallback !== 'EUR' && /^(USD|CAD|AUD|NZD|MXN|SGD|HKD|ARS|CLP|COP)$/.test(fallback)) return fallback;
    const local = locale ? currencyForLocale(locale) : undefined;
    return local && /^(USD|CAD|AUD|NZD|MXN|SGD|HKD|ARS|CLP|COP)$/.test(local) ? local : 'USD';
  }
  const local = locale ? currencyForLocale(locale) : undefined;
  if (local && /^(SEK|NOK|DKK|ISK)$/.test(local)) return local;
  if (fallback && /^(SEK|NOK|DKK|ISK)$/.test(fallback)) return fallback;
  return undefined;
}

const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;
const HAS_SPACE = /[\s\u00a0\u202f\u2009\u2007]/;

/**
 * Reads an amount as an invoicing app shows it: "$1,234.50", "1.234,50 €", "CHF 1'234.50",
 * "(120.00)", "-€5", "1 234,50 EUR", "120.00 CR". Returns integer minor units, or why it could not.
 */
export function parseMoney(input: string, opts: MoneyOptions = {}): MoneyResult {
  // Most cells hold no space to collapse or trim.
  let s = HAS_SPACE.test(input) ? input.replace(SPACES, ' ').trim() : input;
  if (!s) return { ok: false, reason: 'empty' };
  if (s.length > 60) return { ok: false, reason: 'too long to be an amount' };
  const plain = readPlain(s, opts);
  if (plain) return plain;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (/\s(CR|Cr|cr)\.?$/.test(s)) {
    negative = true;
    s = s.replace(/\s(CR|Cr|cr)\.?$/, '');
  }
  if (/^[-\u2212\u2013]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  } else if (/[-\u2212]$/.test(s)) {
    negative = true;
    s = s.slice(0, -1).trim();
  }

  let currency: string | undefined;
  let shown = false;
  // Most cells are bare numbers: look for codes and symbols only when something else is there.
  const marked = /[^\d.,' ’\s]/.test(s);
  const code = marked ? /(?:^|[^A-Za-z])([A-Z]{3})(?![A-Za-z])/.exec(s) : null;
  if (code && isIsoCurrency(code[1]!)) {
    currency = code[1]!;
    shown = true;
    s = s.replace(code[1]!, ' ');
  }
  const found = marked ? SYMBOL_RE.exec(s) : null;
  if (found) {
    const sym = found[0];
    const iso = SYMBOL_ISO.get(sym)!;
    const at = found.index;
    // "kr" and "Ft" must stand apart from digits-words; "$" may sit next to digits.
    const resolved = iso === '$' || iso === 'kr' ? resolveAmbiguous(iso, opts.locale, currency ?? opts.currency) : iso;
    if (!currency) {
      currency = resolved;
      shown = resolved !== undefined;
    }
    s = `${s.slice(0, at)} ${s.slice(at + sym.length)}`.trim();
  }
  s = s.trim();
  // A minus may also sit between the symbol and the number: "€ -5,00", "$-12".
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  if (!s) return { ok: false, reason: 'no digits' };
  if (!/^\d[\d.,' ’]*$/.test(s) || !/\d$/.test(s)) return { ok: false, reason: `'${input.trim()}' is not an amount` };

  currency ??= opts.currency;
  const digits = currency ? minorDigits(currency) : 2;
  const value = readNumber(s, digits);
  if (typeof value === 'string') return { ok: false, reason: value };
  const [units, fraction] = value;
  if (fraction.length > digits)
    return { ok: false, reason: `'${input.trim()}' has more decimals than ${currency ?? 'money'} allows` };
  const minor = Number(units) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return { ok: false, reason: 'amount too large' };
  return { ok: true, minor: negative && minor !== 0 ? -minor : minor, currency, currencyShown: shown };
}

const isDigit = (c: number) => c >= 48 && c <= 57;
// Separators of thousands the usual cell may use: , . space ' ’
const isGroupSep = (c: number) => c === 44 || c === 46 || c === 32 || c === 39 || c === 0x2019;

/**
 * The usual cell, an unsigned amount bare or with "$", "€" or "£" before it or "€" after it
 * ("1,234.50", "$1,234.50", "1.234,50 €", "12"), read in one pass with the result the general
 * steps give it: this runs for every amount of every row. Undefined for anything else.
 */
function readPlain(s: string, opts: MoneyOptions): MoneyResult | undefined {
  let start = 0;
  let end = s.length;
  let sym = '';
  const first = s.charCodeAt(0);
  if (first === 36 || first === 0x20ac || first === 0xa3) {
    sym = s[0]!;
    start = 1;
  }
  if (s.charCodeAt(end - 1) === 0x20ac) {
    if (sym) return undefined;
    sym = '€';
    end = s.charCodeAt(end - 2) === 32 ? end - 2 : end - 1;
  }
  // Digits after the decimal separator: one or two, or none in a bare whole number.
  let dot = end;
  while (dot > start && isDigit(s.charCodeAt(dot - 1))) dot--;
  if (dot === end) return undefined;
  const fractionEnd = end;
  let fractionStart = end;
  let lastSep = -1;
  if (dot > start) {
    const dec = s.charCodeAt(dot - 1);
    if (end - dot > 2 || (dec !== 44 && dec !== 46)) return undefined;
    fractionStart = dot;
    end = dot - 1;
    // The whole part: digits, or 1 to 3 digits then groups of a separator and 3 digits.
    let i = start;
    while (i < end && isDigit(s.charCodeAt(i))) i++;
    if (i === start) return undefined;
    if (i < end) {
      if (i - start > 3) return undefined;
      while (i < end) {
        lastSep = s.charCodeAt(i);
        if (
          !isGroupSep(lastSep) ||
          i + 4 > end ||
          !isDigit(s.charCodeAt(i + 1)) ||
          !isDigit(s.charCodeAt(i + 2)) ||
          !isDigit(s.charCodeAt(i + 3))
        )
          return undefined;
        i += 4;
      }
    }
    // The same separator for thousands and decimals ("1.234.56"): the general steps decide.
    if (lastSep === dec) return undefined;
  }
  const currency =
    sym === '$' ? resolveAmbiguous('$', opts.locale, opts.currency) : sym ? SYMBOL_ISO.get(sym) : opts.currency;
  const digits = currency ? minorDigits(currency) : 2;
  const decimals = fractionEnd - fractionStart;
  if (decimals > digits) return undefined;
  const minor =
    digitsValue(s, start, end) * 10 ** digits + digitsValue(s, fractionStart, fractionEnd) * 10 ** (digits - decimals);
  if (!Number.isSafeInteger(minor)) return undefined;
  return { ok: true, minor, currency, currencyShown: !!sym };
}

/** The number the digits of `s` from `from` to `to` spell, separators skipped (exact up to 2^53; readPlain checks beyond). */
function digitsValue(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) v = v * 10 + d;
  }
  return v;
}

/** Splits "1.234,50" / "1,234.50" / "1'234.50" / "1 234,5" into integer and fraction digits. */
function readNumber(s: string, digits: number): [string, string] | string {
  // The usual shapes first: "1234", "1234.50", "1,234.50", "1.234,50", "1 234,50".
  if (/^\d+$/.test(s)) return [s.replace(/^0+(?=\d)/, ''), ''];
  const common = /^(\d{1,3}(?:([,. '’])\d{3})*|\d+)([.,])(\d{1,2})$/.exec(s);
  if (common && common[2] !== common[3])
    return [common[1]!.replace(/[,. '’]/g, '').replace(/^0+(?=\d)/, ''), common[4]!];
  const seps = [...s.matchAll(/[.,' ’]/g)].map((m) => ({ ch: m[0], at: m.index }));
  if (seps.length === 0) return [s, ''];
  const last = seps[seps.length - 1]!;
  let decimalAt = -1;
  const kinds = new Set(seps.map((x) => x.ch));
  if (last.ch === '.' || last.ch === ',') {
    const after = s.length - last.at - 1;
    const sameKind = seps.filter((x) => x.ch === last.ch).length;
    if (kinds.size > 1 && sameKind === 1) decimalAt = last.at;
    else if (sameKind === 1 && (after !== 3 || digits === 3)) decimalAt = last.at;
    else if (sameKind === 1 && after === 3) decimalAt = -1;
  }
  const intPart = decimalAt >= 0 ? s.slice(0, decimalAt) : s;
  const frac = decimalAt >= 0 ? s.slice(decimalAt + 1) : '';
  if (!/^\d+$/.test(frac) && frac !== '') return 'bad decimals';
  const groups = intPart.split(/[.,' ’]/);
  if (groups.length > 1) {
    const groupSeps = new Set(intPart.match(/[.,' ’]/g));
    if (groupSeps.size > 1) return `mixed thousands separators in '${s}'`;
    const [first, ...rest] = groups;
    if (!first || first.length > 3 || rest.length === 0) return `bad digit grouping in '${s}'`;
    // Western grouping is all threes; Indian grouping is twos then a final three (1,00,000).
    const western = rest.every((g) => g.length === 3);
    const indian = rest[rest.length - 1]!.length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
    if (!western && !indian) return `bad digit grouping in '${s}'`;
  }
  const units = groups.join('');
  if (!/^\d+$/.test(units)) return `'${s}' is not a number`;
  return [units.replace(/^0+(?=\d)/, ''), frac];
}

/**
 * True when text looks like an amount by its shape (a currency, or two decimals), not just any
 * number. `parsed` is the text's parseMoney result with these options, when the caller has it.
 */
export function looksLikeMoney(text: string, opts: MoneyOptions = {}, parsed?: MoneyResult): boolean {
  const r = parsed ?? parseMoney(text, opts);
  if (!r.ok) return false;
  return r.currencyShown || /\d[.,]\d{2}\)?\s*(CR)?-?$/.test(text.trim());
}
