import { describe, expect, it } from 'vitest';
import { debtorIdFor, IsoDate, Settings } from '../../../lib/model';

describe('debtorIdFor', () => {
  it('folds case, accents, punctuation and legal forms so one customer is one debtor', () => {
    expect(debtorIdFor('Acme Corp.')).toBe('acme');
    expect(debtorIdFor('ACME corporation')).toBe('acme');
    expect(debtorIdFor('Café Müller GmbH')).toBe('cafe muller');
    expect(debtorIdFor('Smith & Sons Ltd')).toBe('smith and sons');
  });
  it('keeps a name made only of a legal form word', () => {
    expect(debtorIdFor('Company')).toBe('company');
  });
});

describe('IsoDate', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(IsoDate.safeParse('2026-02-28').success).toBe(true);
    expect(IsoDate.safeParse('2026-02-30').success).toBe(false);
    expect(IsoDate.safeParse('28/02/2026').success).toBe(false);
  });
});

describe('Settings', () => {
  it('fills every default from an empty object', () => {
    const s = Settings.parse({});
    expect(s.cadence.map((c) => c.offsetDays)).toEqual([-3, 3, 7, 30, 45]);
    expect(s.lateFee.kind).toBe('none');
  });
});
