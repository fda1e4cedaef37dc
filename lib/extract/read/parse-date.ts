import { addDays } from '../../time/calendar';
import { fold } from '../../text/fold';
import { dateOrderForLocale, type DateOrder } from './locale';

export type DateResult = { ok: true; date: string; relative?: boolean } | { ok: false; reason: string };

export interface DateOptions {
  /** Today as YYYY-MM-DD: anchors "yesterday", "due in 3 days" and dates shown without a year. */
  today: string;
  locale?: string;
  /** Day/month order of numeric dates, when the whole column says it (see detectDateOrder). */
  order?: DateOrder;
}

// Month names and abbreviations in en, fr, de, es, pt, nl, it (folded).
const MONTH_WORDS: string[][] = [
  ['january', 'jan', 'janvier', 'janv', 'januar', 'janner', 'enero', 'ene', 'janeiro', 'januari', 'gennaio', 'gen'],
  ['february', 'feb', 'fevrier', 'fevr', 'fev', 'februar', 'febrero', 'fevereiro', 'februari', 'febbraio'],
  ['march', 'mar', 'mars', 'marz', 'maerz', 'marzo', 'marco', 'maart', 'mrt', 'mär'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'mei', 'maggio', 'mag'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'junho', 'giugno', 'giu'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'julho', 'luglio', 'lug'],
  ['august', 'aug', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'set', 'setembro', 'settembre'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'outubro', 'out', 'ottobre', 'ott'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'decembre', 'dezember', 'dez', 'diciembre', 'dic', 'dezembro', 'dicembre'],
];
const MONTHS = new Map<string, number>();
MONTH_WORDS.forEach((words, i) => {
  for (const w of words) MONTHS.set(fold(w), i + 1);
});

// Words that carry no date information ("le", "de", weekdays, ordinal suffixes).
const FILLER =
  /^(the|of|on|le|du|de|del|den|der|am|el|em|il|op|of|a|st|nd|rd|th|er|eme|o|º|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miercoles|jueves|viernes|sabado|domingo|ma|wo|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|lunedi|martedi|mercoledi|giovedi|venerdi|segunda|terca|quarta|quinta|sexta|feira)$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function toIso(y: number, m: number, d: number): string | undefined {
  if (
    !Number.isInteger(y) ||
    !Number.isInteger(m) ||
    !Number.isInteger(d) ||
    m < 1 ||
    m > 12 ||
    d < 1 ||
    y < 1900 ||
    y > 2200
  )
    return undefined;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!)) return undefined;
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

const fullYear = (y: number) => (y < 100 ? 2000 + y : y);

/**
 * A day and month shown without a year: invoice lists show recent dates, so the year that puts it
 * within ten months before or two months after today, else the nearest.
 */
function nearestYear(m: number, d: number, today: string): string | undefined {
  const ty = Number(today.slice(0, 4));
  const t = Date.parse(`${today}T00:00:00Z`);
  const day = 86_400_000;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const y of [ty - 1, ty, ty + 1]) {
    const iso = toIso(y, m, d);
    if (!iso) continue;
    const delta = (Date.parse(`${iso}T00:00:00Z`) - t) / day;
    const score = delta >= -300 && delta <= 60 ? Math.abs(delta) : 10_000 + Math.abs(delta);
    if (score < bestScore) [best, bestScore] = [iso, score];
  }
  return best;
}

const NUM = '(\\d{1,4})';
const UNIT =
  '(days?|d|weeks?|wks?|jours?|j|semaines?|tage?n?|wochen?|dias?|días?|semanas?|dagen|dag|weken|week|giorni|giorno|settimane|settimana)';

function unitDays(unit: string, n: number): number {
  return /^(w|sem|settim)/i.test(fold(unit)) ? n * 7 : n;
}

// Relative phrases: [pattern, sign] where sign +1 = in the future, -1 = in the past.
const RELATIVE: [RegExp, 1 | -1][] = [
  [new RegExp(`^(?:due\\s+)?in\\s+${NUM}\\s+${UNIT}$`), 1],
  [new RegExp(`^due\\s+in\\s+${NUM}\\s+${UNIT}$`), 1],
  [new RegExp(`^${NUM}\\s+${UNIT}\\s+(?:overdue|late|past\\s+due|ago)$`), -1],
  [new RegExp(`^(?:overdue|late|past\\s+due)\\s+(?:by\\s+)?${NUM}\\s+${UNIT}$`), -1],
  [new RegExp(`^due\\s+${NUM}\\s+${UNIT}\\s+ago$`), -1],
  [new RegExp(`^(?:echeance\\s+)?dans\\s+${NUM}\\s+${UNIT}$`), 1],
  [new RegExp(`^(?:en\\s+retard\\s+(?:de\\s+)?|il\\s+y\\s+a\\s+|echue?\\s+depuis\\s+)${NUM}\\s+${UNIT}$`), -1],
  [new RegExp(`^${NUM}\\s+${UNIT}\\s+de\\s+retard$`), -1],
  [new RegExp(`^(?:fallig\\s+)?in\\s+${NUM}\\s+${UNIT}$`), 1],
  [new RegExp(`^(?:vor|seit)\\s+${NUM}\\s+${UNIT}(?:\\s+uberfallig)?$`), -1],
  [new RegExp(`^${NUM}\\s+${UNIT}\\s+uberfallig$`), -1],
  [new RegExp(`^(?:vence\\s+)?(?:en|em|dentro\\s+de)\\s+${NUM}\\s+${UNIT}$`), 1],
  [new RegExp(`^(?:vencid[ao]\\s+)?(?:hace|ha)\\s+${NUM}\\s+${UNIT}$`), -1],
  [new RegExp(`^${NUM}\\s+${UNIT}\\s+(?:de\\s+atraso|vencid[ao]s?|en\\s+mora|atrasad[ao]s?)$`), -1],
  [new RegExp(`^(?:vervalt\\s+)?over\\s+${NUM}\\s+${UNIT}$`), 1],
  [new RegExp(`^${NUM}\\s+${UNIT}\\s+(?:geleden|te\\s+laat|achterstallig|vervallen)$`), -1],
  [new RegExp(`^(?:scade\\s+)?(?:tra|fra)\\s+${NUM}\\s+${UNIT}$`), 1],
  [new RegExp(`^${NUM}\\s+${UNIT}\\s+(?:fa|di\\s+ritardo|scadut[ao])$`), -1],
];

// Every relative phrase above holds a count of days or weeks ("3 days"): text without one is none of them.
const COUNT = new RegExp(`${NUM}\\s+${UNIT}`);

const TODAY_WORDS = /^(?:due\s+)?(today|aujourd'hui|heute|hoy|hoje|vandaag|oggi)$/;
const YESTERDAY_WORDS = /^(?:due\s+)?(yesterday|hier|gestern|ayer|ontem|gisteren|ieri)$/;
const TOMORROW_WORDS = /^(?:due\s+)?(tomorrow|demain|morgen|manana|amanha|domani)$/;

function parseRelative(text: string, today: string): string | undefined {
  const t = fold(text).replace(/[.!]$/, '').trim();
  if (TODAY_WORDS.test(t)) return today;
  if (YESTERDAY_WORDS.test(t)) return addDays(today, -1);
  if (TOMORROW_WORDS.test(t)) return addDays(today, 1);
  if (!COUNT.test(t)) return undefined;
  for (const [re, sign] of RELATIVE) {
    const m = re.exec(t);
    if (m) return addDays(today, sign * unitDays(m[2]!, Number(m[1])));
  }
  return undefined;
}

function parseNumeric(a: number, b: number, c: number, order: DateOrder, yearFirst: boolean): string | undefined {
  if (yearFirst) return toIso(a, b, c);
  const y = fullYear(c);
  if (a > 12 && b <= 12) return toIso(y, b, a);
  if (b > 12 && a <= 12) return toIso(y, a, b);
  return order === 'mdy' ? toIso(y, a, b) : toIso(y, b, a);
}

/**
 * Reads a date as an app shows it: ISO, numeric in the page's order ("03/12/2026"), textual
 * months in seven languages ("12 mars 2026", "Mar 12, 2026", "12. März 2026"), or relative
 * ("due in 3 days", "12 days overdue", "yesterday"). Never throws.
 */
export function parseDate(input: string, opts: DateOptions): DateResult {
  const text = input.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > 80) return { ok: false, reason: 'too long to be a date' };

  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/.exec(text);
  if (iso) {
    const d = toIso(+iso[1]!, +iso[2]!, +iso[3]!);
    return d ? { ok: true, date: d } : { ok: false, reason: `'${text}' is not a real date` };
  }
  const num = /^(\d{1,4})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{2,4})\.?$/.exec(text);
  if (num) {
    const [a, b, c] = [+num[1]!, +num[2]!, +num[3]!];
    const yearFirst = num[1]!.length === 4;
    if (!yearFirst && num[3]!.length === 3) return { ok: false, reason: `'${text}' has no clear year` };
    const d = parseNumeric(a, b, c, opts.order ?? dateOrderForLocale(opts.locale), yearFirst);
    return d ? { ok: true, date: d } : { ok: false, reason: `'${text}' is not a real date` };
  }
  const rel = parseRelative(text, opts.today);
  if (rel) return { ok: true, date: rel, relative: true };
  // A time after a textual date ("Nov 12, 4:30 PM", "12 mars 2026 à 14:05") says nothing of the day.
  const noTime = text.replace(
    /(?:,|\s)\s*(?:at\s+|a\s+|à\s+|um\s+|om\s+|alle\s+|às\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr|h)?$/i,
    '',
  );
  if (noTime !== text) return parseDate(noTime, opts);

  // Textual month: pick out the month word, then day and year among the numbers.
  const tokens = fold(text)
    .replace(/(\d)(st|nd|rd|th|er|eme|º|°)\b/g, '$1')
    .split(/[\s,./-]+/)
    .filter(Boolean);
  let month: number | undefined;
  const numbers: string[] = [];
  for (const tok of tokens) {
    if (/^\d+$/.test(tok)) numbers.push(tok);
    else if (MONTHS.has(tok) && month === undefined) month = MONTHS.get(tok);
    else if (!FILLER.test(tok)) return { ok: false, reason: `'${text}' is not a date` };
  }
  if (month === undefined) return { ok: false, reason: `'${text}' is not a date` };
  const year = numbers.find((n) => n.length === 4);
  const rest = numbers.filter((n) => n !== year);
  if (rest.length !== 1 || rest[0]!.length > 2) return { ok: false, reason: `'${text}' has no clear day` };
  const day = Number(rest[0]);
  const d = year ? toIso(Number(year), month, day) : nearestYear(month, day, opts.today);
  return d ? { ok: true, date: d } : { ok: false, reason: `'${text}' is not a real date` };
}

/**
 * Which order a column of numeric dates uses: one "25/03/2026" proves day-first for the whole
 * column; otherwise the page's locale decides.
 */
export function detectDateOrder(samples: readonly string[], locale?: string): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  let yearFirst = 0;
  for (const s of samples) {
    const m = /^\s*(\d{1,4})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{2,4})/.exec(s);
    if (!m) continue;
    if (m[1]!.length === 4) yearFirst++;
    else if (+m[1]! > 12) dayFirst++;
    else if (+m[2]! > 12) monthFirst++;
  }
  if (dayFirst > monthFirst) return 'dmy';
  if (monthFirst > dayFirst) return 'mdy';
  if (yearFirst > 0 && dayFirst === 0 && monthFirst === 0) return 'ymd';
  return dateOrderForLocale(locale);
}

/** True when text reads as a calendar date (not a relative phrase). */
export function looksLikeDate(text: string, today: string): boolean {
  const r = parseDate(text, { today });
  return r.ok;
}
