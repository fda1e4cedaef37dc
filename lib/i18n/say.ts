import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import { formatMoney } from '../format/money';
import type { Money, Range, Reason } from '../model';
import type { Catalogue, MessageKey } from './catalogue';
import { en } from './en';

export interface SayOptions {
  /** BCP 47, the owner's; undefined: the browser's. */
  locale?: string;
  /** YYYY-MM-DD: a day in another year is written with its year. */
  today: string;
  /** The words; English by default. */
  catalogue?: Catalogue;
}

/** Puts reasons into words, in one locale: made once per view, it caches its formatters. */
export interface Say {
  (reason: Reason): string;
  /** Invoice numbers as a list: "INV-1 and INV-2", "INV-1, INV-2 and 3 more". */
  list(items: readonly string[]): string;
}

/** Lists name this many invoices, then say how many more. */
const LIST_MAX = 3;
/** The value an optional placeholder takes when the reason has none: messages select on it. */
const NONE = 'none';
/** Free text in a reason is quoted up to this length. */
const QUOTE_MAX = 60;

const isMoney = (v: object): v is Money => 'minor' in v && 'currency' in v;
const isRange = (v: object): v is Range => 'min' in v && 'max' in v;
const isReason = (v: object): v is Reason => 'kind' in v && 'values' in v;

/**
 * The edge where reasons become words: `say(reason)` is the sentence for it in the catalogue's
 * language, with days, money, numbers, lists and plurals written by Intl for `locale`.
 */
export function sayer({ locale, today, catalogue = en }: SayOptions): Say {
  const locales = usable(locale);
  const thisYear = today.slice(0, 4);
  const compiled = new Map<MessageKey, { format: IntlMessageFormat; names: string[] }>();
  const dayFormats = new Map<string, Intl.DateTimeFormat>();
  const listFormat = new Intl.ListFormat(locales, { type: 'conjunction' });
  const numberFormat = new Intl.NumberFormat(locales);

  // A `date` placeholder takes a YYYY-MM-DD day: written without time-zone shifts, with the year when not this one.
  const dayFormat = (options: Intl.DateTimeFormatOptions | undefined, withYear: boolean) => {
    const key = `${JSON.stringify(options ?? {})}|${withYear}`;
    let f = dayFormats.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locales, { ...options, ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' });
      dayFormats.set(key, f);
    }
    return f;
  };
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const pluralRules = new Map<string, Intl.PluralRules>();
  const cached = <T>(map: Map<string, T>, options: object | undefined, make: () => T): T => {
    const key = JSON.stringify(options ?? {});
    let f = map.get(key);
    if (!f) map.set(key, (f = make()));
    return f;
  };
  const formatters: Formatters = {
    getNumberFormat: (_, options) => cached(numberFormats, options, () => new Intl.NumberFormat(locales, options)),
    getPluralRules: (_, options) => cached(pluralRules, options, () => new Intl.PluralRules(locales, options)),
    getDateTimeFormat: (_, options) =>
      ({
        format(value: unknown): string {
          const iso = String(value);
          const [y, m, d] = iso.split('-').map(Number);
          if (!y || !m || !d) return iso;
          return dayFormat(options, iso.slice(0, 4) !== thisYear).format(Date.UTC(y, m - 1, d));
        },
      }) as Intl.DateTimeFormat,
  };
  const formats = { date: { day: { day: 'numeric', month: 'short' } as Intl.DateTimeFormatOptions } };

  function message(key: MessageKey) {
    let m = compiled.get(key);
    if (!m) {
      const format = new IntlMessageFormat(catalogue[key] ?? en[key], locales, formats, { formatters });
      hyphenateSelectors(format.getAst());
      m = { format, names: placeholders(format.getAst()) };
      compiled.set(key, m);
    }
    return m;
  }

  function list(items: readonly string[]): string {
    if (items.length <= LIST_MAX) return listFormat.format(items);
    const shown = new Intl.ListFormat(locales, { type: 'unit', style: 'short' }).format(items.slice(0, LIST_MAX - 1));
    return message('list-more').format.format({ shown, more: items.length - (LIST_MAX - 1) }) as string;
  }

  function value(v: unknown): unknown {
    if (typeof v === 'string') return v.length > QUOTE_MAX ? `${v.slice(0, QUOTE_MAX - 1)}…` : v;
    if (typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) {
      if (v.length === 0) return NONE;
      return typeof v[0] === 'string' ? list(v as string[]) : (v as Reason[]).map(say).join(' ');
    }
    if (isReason(v)) return say(v);
    if (isMoney(v)) return formatMoney(v.minor, v.currency, locales);
    if (isRange(v))
      return v.min === v.max
        ? numberFormat.format(v.min)
        : `${numberFormat.format(v.min)}–${numberFormat.format(v.max)}`;
    return String(v);
  }

  function say(reason: Reason): string {
    const { format, names } = message(reason.kind);
    const given = reason.values as Record<string, unknown>;
    const values: Record<string, unknown> = {};
    for (const name of names) values[name] = name in given && given[name] !== undefined ? value(given[name]) : NONE;
    return format.format(values) as string;
  }

  const out = say as Say;
  out.list = list;
  return out;
}

/** `tag` when Intl accepts it, else undefined (the browser's): a typo in the options must not break a view. */
function usable(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The names of a message's placeholders, with those inside plurals and selects. */
export function placeholders(ast: ReturnType<IntlMessageFormat['getAst']>): string[] {
  const names = new Set<string>();
  const walk = (els: typeof ast) => {
    for (const el of els) {
      if ('value' in el && typeof el.value === 'string' && el.type !== 0) names.add(el.value);
      if ('options' in el) for (const option of Object.values(el.options)) walk(option.value);
      if ('children' in el) walk(el.children);
    }
  };
  walk(ast);
  return [...names];
}

/**
 * ICU selectors cannot hold "-", which Owed's ids do ("going-out-of-business"): catalogues write
 * "_" for it, read back here so that a select matches the id as the reason gives it.
 */
function hyphenateSelectors(ast: ReturnType<IntlMessageFormat['getAst']>): void {
  for (const el of ast) {
    if (el.type === 5) {
      for (const key of Object.keys(el.options)) {
        if (!key.includes('_')) continue;
        el.options[key.replace(/_/g, '-')] = el.options[key]!;
        delete el.options[key];
      }
    }
    if ('options' in el) for (const option of Object.values(el.options)) hyphenateSelectors(option.value);
    if ('children' in el) hyphenateSelectors(el.children);
  }
}
