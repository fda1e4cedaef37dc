// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractMaturities } from '../../../lib/extract/extract-invoices';
import { maturityListFor } from '../../../lib/extract/page/site-profile';
import { startLiveReader } from '../../../lib/extract/page/live-reader';
import { parseHere } from '../../../lib/extract/read/parse-here';
import { PROFILES } from '../../../lib/extract/read/profiles';
import { tryton } from '../../../lib/extract/read/profiles/tryton';
import { SiteProfile } from '../../../lib/extract/wire/site-profile-schema';
import type { PageReadInput } from '../../../lib/model/page-read';

const DIR = join(__dirname, '../../fixtures/pages/tryton-sao');
const expected = JSON.parse(readFileSync(join(DIR, 'dunnings.expected.json'), 'utf8')) as {
  url: string;
  today: string;
  tryton: { dunnings: { customer: string; amount: number; due: string }[] };
};

const load = () => {
  const html = readFileSync(join(DIR, 'dunnings.html'), 'utf8');
  document.documentElement.innerHTML = html
    .replace(/<link[^>]*>/gi, '')
    .replace(/^[\s\S]*?<html[^>]*>/i, '')
    .replace(/<\/html>\s*$/i, '');
  document.documentElement.lang = 'en';
};

describe('Tryton Dunnings list (real capture)', () => {
  it('the Tryton profile names the Dunnings page, and the invoice list is not one', () => {
    expect(SiteProfile.safeParse(tryton).success).toBe(true);
    expect(maturityListFor(tryton, expected.url)).toBeDefined();
    expect(maturityListFor(tryton, 'http://127.0.0.1:8000/#invoices/model/account.invoice;name=x')).toBeUndefined();
  });

  it('reads every row: party, maturity date and amount, as Tryton has them', () => {
    load();
    const got = extractMaturities(document, { url: expected.url, today: expected.today, profile: tryton });
    expect(got.problems).toEqual([]);
    const want = expected.tryton.dunnings
      .map((d) => ({ customer: d.customer, due: d.due, amount: d.amount }))
      .sort((a, b) => a.due.localeCompare(b.due));
    expect(got.maturities).toEqual(want);
    // Oldest first, so an instalment's date falls to the customer's oldest undated invoice.
    expect(got.maturities.map((m) => m.due)).toEqual([...got.maturities.map((m) => m.due)].sort());
  });

  it('the live reader sends them as maturities, with no invoice and never complete', async () => {
    load();
    const sent: PageReadInput[] = [];
    const ac = new AbortController();
    startLiveReader({
      parse: parseHere(async (r) => void sent.push(r)),
      doc: document,
      url: () => expected.url,
      today: () => expected.today,
      profiles: PROFILES,
      send: async (r) => void sent.push(r),
      signal: ac.signal,
      debounceMs: 10,
    });
    const t0 = Date.now();
    while (!sent.length && Date.now() - t0 < 3000) await new Promise((r) => setTimeout(r, 10));
    ac.abort();
    expect(sent).toHaveLength(1);
    const read = sent[0]!;
    expect(read.profile).toBe('tryton');
    expect(read.invoices).toEqual([]);
    expect(read.complete).toBe(false);
    expect(read.maturities).toHaveLength(expected.tryton.dunnings.length);
  });

  it('reports a date it cannot read instead of guessing', () => {
    document.body.innerHTML = `<table><thead><tr><th>Party</th><th>Amount</th><th>Maturity Date</th></tr></thead>
      <tbody><tr><td>Acme</td><td>10.00</td><td>soon</td></tr><tr><td>Globex</td><td>20.00</td><td>11/03/2026</td></tr></tbody></table>`;
    const got = extractMaturities(document, {
      url: expected.url,
      today: '2026-11-23',
      profile: { ...tryton, listSelector: undefined },
    });
    expect(got.maturities).toEqual([{ customer: 'Globex', due: '2026-11-03', amount: 2000 }]);
    expect(got.problems).toHaveLength(1);
    expect(got.problems[0]!.reason).toMatch(/soon/);
  });
});
