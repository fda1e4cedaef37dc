import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectDateOrder, parseDate } from '../../../lib/extract/read/parse-date';

const today = '2026-11-23';
const d = (text: string, opts: { locale?: string; order?: 'dmy' | 'mdy' | 'ymd' } = {}) => {
  const r = parseDate(text, { today, ...opts });
  return r.ok ? r.date : `fail: ${r.reason}`;
};

describe('parseDate', () => {
  it('reads ISO dates and timestamps', () => {
    expect(d('2026-03-07')).toBe('2026-03-07');
    expect(d('2026-03-07T10:00:00Z')).toBe('2026-03-07');
    expect(d('2026-02-30')).toMatch(/^fail/);
  });
  it('reads numeric dates in the locale order unless a day > 12 settles it', () => {
    expect(d('03/04/2026', { locale: 'en-US' })).toBe('2026-03-04');
    expect(d('03/04/2026', { locale: 'fr-FR' })).toBe('2026-04-03');
    expect(d('04.03.2026', { locale: 'de-DE' })).toBe('2026-03-04');
    expect(d('25/03/2026', { locale: 'en-US' })).toBe('2026-03-25');
    expect(d('03/04/26', { order: 'dmy' })).toBe('2026-04-03');
    expect(d('2026/03/04')).toBe('2026-03-04');
  });
  it('reads textual months in seven languages', () => {
    expect(d('Mar 12, 2026')).toBe('2026-03-12');
    expect(d('12 March 2026')).toBe('2026-03-12');
    expect(d('Tue, March 3rd, 2026')).toBe('2026-03-03');
    expect(d('1er janvier 2026')).toBe('2026-01-01');
    expect(d('12 févr. 2026')).toBe('2026-02-12');
    expect(d('12. März 2026')).toBe('2026-03-12');
    expect(d('3 de marzo de 2026')).toBe('2026-03-03');
    expect(d('15 de dezembro de 2025')).toBe('2025-12-15');
    expect(d('12 mrt 2026')).toBe('2026-03-12');
    expect(d('12 okt. 2026')).toBe('2026-10-12');
    expect(d('7 giugno 2026')).toBe('2026-06-07');
  });
  it('puts a date shown without a year in the year nearest today', () => {
    expect(d('Nov 2')).toBe('2026-11-02');
    expect(d('Jan 5')).toBe('2027-01-05');
    expect(d('Feb 10')).toBe('2026-02-10');
  });
  it('reads relative phrases against today', () => {
    expect(d('Due in 3 days')).toBe('2026-11-26');
    expect(d('12 days overdue')).toBe('2026-11-11');
    expect(d('Overdue by 2 weeks')).toBe('2026-11-09');
    expect(d('yesterday')).toBe('2026-11-22');
    expect(d('Due today')).toBe('2026-11-23');
    expect(d('en retard de 5 jours')).toBe('2026-11-18');
    expect(d('vor 4 Tagen')).toBe('2026-11-19');
    expect(d('hace 10 días')).toBe('2026-11-13');
    expect(d('over 2 dagen')).toBe('2026-11-25');
    expect(d('tra 3 giorni')).toBe('2026-11-26');
    expect(d('há 1 dia')).toBe('2026-11-22');
  });
  it('gives a reason for what is not a date', () => {
    for (const bad of ['', 'INV-0012', '$1,200.00', 'Paid', '12', 'Mar 2026', '99/99/2026'])
      expect(d(bad)).toMatch(/^fail/);
  });
  it('never throws (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const r = parseDate(s, { today });
        expect(r.ok ? /^\d{4}-\d\d-\d\d$/.test(r.date) : r.reason.length > 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('reads back what Intl formats, numeric and long, in seven languages (property)', () => {
    const locales = ['en-US', 'en-GB', 'fr-FR', 'de-DE', 'es-ES', 'pt-BR', 'nl-NL', 'it-IT'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.constantFrom(...locales),
        fc.constantFrom<'short' | 'long' | 'numeric'>('short', 'long', 'numeric'),
        (t, locale, month) => {
          const iso = new Date(t).toISOString().slice(0, 10);
          const text = new Intl.DateTimeFormat(locale, {
            year: 'numeric',
            month: month === 'numeric' ? '2-digit' : month,
            day: 'numeric',
            timeZone: 'UTC',
          }).format(t);
          expect(d(text, { locale })).toBe(iso);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('detectDateOrder', () => {
  it('lets one unambiguous date decide the whole column', () => {
    expect(detectDateOrder(['03/04/2026', '25/04/2026'], 'en-US')).toBe('dmy');
    expect(detectDateOrder(['03/04/2026', '04/25/2026'], 'fr-FR')).toBe('mdy');
    expect(detectDateOrder(['03/04/2026'], 'de-DE')).toBe('dmy');
    expect(detectDateOrder(['03/04/2026'], 'en-US')).toBe('mdy');
  });
});
