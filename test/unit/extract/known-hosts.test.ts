import { describe, expect, it } from 'vitest';
import { KNOWN_APP_MATCHES, LOCAL_MATCHES, READER_MATCHES } from '../../../lib/extract/page/known-hosts';
import { PROFILES } from '../../../lib/extract/read/profiles';
import { patternWithin } from '../../../lib/extract/page/site-profile';

describe('known hosts', () => {
  it('cover every built-in profile: Owed reads a known app without asking for a permission', () => {
    for (const p of PROFILES)
      for (const m of p.matches)
        expect(
          KNOWN_APP_MATCHES.some((k) => patternWithin(m, k)),
          `${p.id}: ${m}`,
        ).toBe(true);
  });
  it('profiles without hosts (self-hosted apps) are recognised by their markup instead', () => {
    for (const p of PROFILES.filter((x) => x.matches.length === 0)) expect(p.detect, p.id).toBeTruthy();
  });
  it('read localhost without asking, and nothing as broad as every site', () => {
    expect(READER_MATCHES).toEqual([...KNOWN_APP_MATCHES, ...LOCAL_MATCHES]);
    for (const m of READER_MATCHES) expect(m).not.toMatch(/^\*:\/\/\*\/|<all_urls>|^https?:\/\/\*\//);
  });
});
