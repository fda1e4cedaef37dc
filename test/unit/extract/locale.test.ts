import { describe, expect, it } from 'vitest';
import { cleanLocale, currencyForLocale, dateOrderForLocale } from '../../../lib/extract/read/locale';

describe('locale', () => {
  it('cleans a locale the same way each time it is asked, an unusable one included', () => {
    for (let i = 0; i < 2; i++) {
      expect(cleanLocale('en_US')).toBe('en-US');
      expect(cleanLocale(' fr-ca ')).toBe('fr-CA');
      expect(cleanLocale('not a locale!')).toBeUndefined();
      expect(cleanLocale('')).toBeUndefined();
      expect(cleanLocale(null)).toBeUndefined();
    }
  });
  it("knows a locale's currency and date order", () => {
    expect([currencyForLocale('fr-CA'), currencyForLocale('de'), currencyForLocale('xx-ZZ')]).toEqual([
      'CAD',
      'EUR',
      undefined,
    ]);
    expect([dateOrderForLocale('en-US'), dateOrderForLocale('de-DE'), dateOrderForLocale(undefined)]).toEqual([
      'mdy',
      'dmy',
      'mdy',
    ]);
  });
});
