import fc from 'fast-check';
import { parseDate } from '../../lib/extract/read/parse-date';
import { expectThat, hostileText, property, type FuzzProperty } from './property';

// One locale per language Owed reads (en, fr, de, es, pt, nl, it), and British English for day-first English.
export const DATE_LOCALES = ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES', 'pt-BR', 'nl-NL', 'it-IT'] as const;
const TODAY = '2026-11-23';

const isoDate = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2049, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const realDate = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
};

const tokens = fc.constantFrom(
  '12',
  '31',
  '2026',
  '/',
  '.',
  '-',
  ' ',
  'March',
  'mars',
  'März',
  'de',
  'in',
  '3',
  'days',
  'overdue',
  'yesterday',
  'hier',
  '00',
  '13',
  '2/30',
  '99999',
);

export const dateProperties: FuzzProperty[] = [
  property(
    'parseDate never throws, and answers a real YYYY-MM-DD date or a reason',
    fc.tuple(
      fc.oneof(
        hostileText,
        fc.array(tokens, { maxLength: 10 }).map((t) => t.join('')),
      ),
      fc.constantFrom(undefined, ...DATE_LOCALES),
    ),
    ([text, locale]) => {
      const r = parseDate(text, { today: TODAY, locale });
      if (r.ok) expectThat(/^\d{4}-\d{2}-\d{2}$/.test(r.date) && realDate(r.date), `'${text}' read as '${r.date}'`);
      else
        expectThat(
          typeof r.reason === 'string' && r.reason.length > 0 && r.reason.length < 200,
          `reason '${r.reason}'`,
        );
    },
  ),
  property(
    'a date as Intl writes it in each language (short, medium, long) reads back to the same day',
    fc.tuple(
      fc.constantFrom(...DATE_LOCALES),
      fc.constantFrom('short', 'medium', 'long') as fc.Arbitrary<'short' | 'medium' | 'long'>,
      isoDate,
    ),
    ([locale, dateStyle, iso]) => {
      const text = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
      const r = parseDate(text, { today: TODAY, locale });
      expectThat(
        r.ok && r.date === iso,
        `'${text}' (${locale}, ${dateStyle}) read as ${JSON.stringify(r)}, not ${iso}`,
      );
    },
  ),
  property(
    'ISO dates read as themselves whatever the locale',
    fc.tuple(isoDate, fc.constantFrom(undefined, ...DATE_LOCALES)),
    ([iso, locale]) => {
      const r = parseDate(iso, { today: TODAY, locale });
      expectThat(r.ok && r.date === iso, `'${iso}' read as ${JSON.stringify(r)}`);
    },
  ),
];
