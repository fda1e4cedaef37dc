import { describe, expect, it } from 'vitest';
import { handleReaderProfiles } from '../../../entrypoints/background/reader-profiles';
import type { StoredProfile } from '../../../lib/db';
import { defineProfile } from '../../../lib/extract/page/site-profile';

const stored = (id: string, matches: string[], detect?: string): StoredProfile => ({
  id,
  profile: defineProfile({ id, name: id, matches, detect, taught: true, columns: { number: ['Nr'] } }),
  savedAt: 1,
});
const deps = (profiles: StoredProfile[]) => ({ listProfiles: async () => profiles });
const ids = async (answer: ReturnType<typeof handleReaderProfiles>) => {
  const res = await answer;
  return res?.ok ? res.value.map((p) => p.id) : res;
};

describe("the reader's site profiles, from the background", () => {
  const mine = [
    stored('taught-xero', ['https://go.xero.com/*']),
    stored('taught-other', ['https://erp.example.se/*']),
    stored('taught-anywhere', [], 'table.mine'),
  ];

  it("are the user's taught ones for the page first, then the built-in ones for it", async () => {
    expect(
      await ids(handleReaderProfiles({ type: 'reader:profiles', url: 'https://go.xero.com/Search.aspx' }, deps(mine))),
      // A taught profile that names no site applies nowhere (it would on every host): UserProfile.
    ).toEqual(['taught-xero', 'xero', 'odoo', 'tryton']);
    expect(
      await ids(handleReaderProfiles({ type: 'reader:profiles', url: 'http://127.0.0.1:8000/' }, deps([]))),
    ).toEqual(['odoo', 'tryton']);
  });

  it('still give the built-in ones when the saved ones cannot be read', async () => {
    const broken = { listProfiles: () => Promise.reject(new Error('database closed')) };
    expect(await ids(handleReaderProfiles({ type: 'reader:profiles', url: 'https://go.xero.com/' }, broken))).toEqual([
      'xero',
      'odoo',
      'tryton',
    ]);
  });

  it('refuse a malformed request and leave other messages to the next handler', async () => {
    expect(await handleReaderProfiles({ type: 'reader:profiles' }, deps(mine))).toMatchObject({ ok: false });
    expect(await handleReaderProfiles({ type: 'reader:profiles', url: 'x'.repeat(4001) }, deps(mine))).toMatchObject({
      ok: false,
    });
    expect(handleReaderProfiles({ type: 'teach:profiles', url: 'https://go.xero.com/' }, deps(mine))).toBeUndefined();
  });
});
