// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { OwedDb } from '../../../lib/db';
import { extractInvoices } from '../../../lib/extract/extract-invoices';
import { taughtProfileDraft } from '../../../lib/extract/read/teach-draft';
import { pickedAt } from '../../../lib/extract/page/teach-pick';
import { TeachRequest, type TeachTabMessage } from '../../../lib/messages/teach';
import { handleReaderProfiles } from '../../../entrypoints/background/reader-profiles';
import { handleTeachRequest, type TeachDeps } from '../../../entrypoints/background/teach';

// Swedish words the generic reader does not know, one date column: it reads nothing here.
const PAGE = `<h1>Fakturor</h1><table class="fakt"><thead><tr><th>Fakturanr</th><th>Kund</th><th>Förfallodag</th><th>Att betala</th></tr></thead><tbody>
  <tr><td>F-1001</td><td>Volvo Bygg AB</td><td>2026-10-05</td><td>SEK 1 250,00</td></tr>
  <tr><td>F-1002</td><td>Ikano Möbler</td><td>2026-11-30</td><td>SEK 980,50</td></tr></tbody></table>`;
const URL_ = 'http://127.0.0.1:4321/fakturor';
let n = 0;

/** A tab whose content scripts answer as entrypoints/teach.content (once loaded) and reader.content do. */
async function setup() {
  document.documentElement.lang = 'sv-SE';
  document.body.innerHTML = PAGE;
  const db = await OwedDb.open(`teach-${n++}-${Date.now()}`);
  const sent: { tab: number; message: TeachTabMessage }[] = [];
  const loaded: number[] = [];
  let pickThis: Element | null = document.querySelector('.fakt td');
  const deps: TeachDeps = {
    listProfiles: () => db.listProfiles(),
    saveProfile: (p) => db.saveProfile(p),
    deleteProfile: (id) => db.deleteProfile(id),
    loadTeaching: async (tab) => void loaded.push(tab),
    sendToTab: async (tab, message) => {
      sent.push({ tab, message });
      if (message.type !== 'teach:profiles-changed' && !loaded.includes(tab))
        throw new Error('Could not establish connection. Receiving end does not exist.');
      if (message.type === 'teach:pick' || message.type === 'teach:build') {
        if (!pickThis) return { ok: true, value: null };
        return { ok: true, value: { url: URL_, lang: 'sv-SE', ...pickedAt(pickThis)! } };
      }
      return { ok: true, value: null };
    },
    activeTabId: async () => 99,
    tabsMatching: async (patterns) => (patterns.includes('http://127.0.0.1:4321/*') ? [7, 8] : []),
    now: () => 1_700_000_000_000,
  };
  const ask = async (m: unknown, tab?: number) =>
    (await handleTeachRequest(m, { tab: tab === undefined ? undefined : { id: tab } }, deps))!;
  return { db, deps, sent, loaded, ask, cancelNextPick: () => (pickThis = null) };
}

describe('teach protocol', () => {
  it('accepts the requests views send and refuses malformed ones', () => {
    expect(
      TeachRequest.safeParse({ type: 'teach:save', columns: { number: 0, customer: 1, balance: 3 } }).success,
    ).toBe(true);
    expect(TeachRequest.safeParse({ type: 'teach:save', columns: { number: -1 } }).success).toBe(false);
    expect(TeachRequest.safeParse({ type: 'teach:save', columns: { colour: 2 } }).success).toBe(false);
    expect(TeachRequest.safeParse({ type: 'teach:nope' }).success).toBe(false);
  });
});

describe('handleTeachRequest', () => {
  let t: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    t = await setup();
  });

  it('leaves other messages to the next handler and answers a bad teach request with a reason', async () => {
    expect(handleTeachRequest({ type: 'get-ledger' }, {}, t.deps)).toBeUndefined();
    expect(await t.ask({ type: 'teach:delete' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/bad teach request/i),
    });
  });

  it('the generic reader cannot read this page (so it needs teaching)', () => {
    expect(extractInvoices(document, { url: URL_, today: '2026-11-23' }).invoices).toEqual([]);
  });

  it('start loads the teach script into the sender tab, relays pick mode to it and answers with what was picked, or null when cancelled', async () => {
    expect(t.loaded).toEqual([]);
    const res = await t.ask({ type: 'teach:start' }, 5);
    expect(t.loaded).toEqual([5]);
    expect(t.sent[0]).toEqual({ tab: 5, message: { type: 'teach:pick' } });
    expect(res).toMatchObject({
      ok: true,
      value: { url: URL_, headers: ['Fakturanr', 'Kund', 'Förfallodag', 'Att betala'] },
    });
    if (res.ok)
      expect((res.value as { sample: string[][] }).sample[0]).toEqual([
        'F-1001',
        'Volvo Bygg AB',
        '2026-10-05',
        'SEK 1 250,00',
      ]);
    // The page sent text only; the columns were recognised here, by their values.
    if (res.ok) expect((res.value as { columns: unknown }).columns).toEqual({ number: 0, customer: 1, total: 3 });
    t.cancelNextPick();
    // No sender tab (the toolbar's side panel): the active tab.
    expect(await t.ask({ type: 'teach:start' })).toEqual({ ok: true, value: null });
    expect(t.sent[1]!.tab).toBe(99);
    expect(t.loaded).toEqual([5, 99]);
  });

  it('a pick the page answers with something other than a list of text is refused', async () => {
    const deps: TeachDeps = {
      ...t.deps,
      sendToTab: async () => ({ ok: true, value: { url: URL_, headers: ['A'], rows: [[{ html: '<b>x</b>' }]] } }),
    };
    expect(await handleTeachRequest({ type: 'teach:start' }, { tab: { id: 5 } }, deps)).toMatchObject({ ok: false });
  });

  it('a page the teach script cannot be loaded into is an error, and nothing is sent to it', async () => {
    const deps: TeachDeps = {
      ...t.deps,
      loadTeaching: async () => Promise.reject(new Error('Cannot access contents of the page.')),
    };
    expect(await handleTeachRequest({ type: 'teach:start' }, { tab: { id: 5 } }, deps)).toEqual({
      ok: false,
      error: 'Cannot access contents of the page.',
    });
    expect(t.sent).toEqual([]);
  });

  it('save refuses a mapping without number, customer and amount before asking the page', async () => {
    const res = await t.ask({ type: 'teach:save', columns: { number: 0, due: 2 } }, 5);
    expect(res).toEqual({ ok: false, error: 'Choose the column for: customer, amount due or total.' });
    expect(t.sent).toEqual([]);
    expect(t.loaded).toEqual([]);
  });

  it("save builds the profile in the page, validates and stores it, tells the site's tabs, and the profile reads the page", async () => {
    await t.ask({ type: 'teach:start' }, 5);
    const res = await t.ask(
      { type: 'teach:save', columns: { number: 0, customer: 1, due: 2, balance: 3 }, name: 'Min bokföring' },
      5,
    );
    expect(res.ok).toBe(true);
    const profile = (res as { value: { id: string; name: string; matches: string[]; taught: boolean } }).value;
    expect(profile).toMatchObject({
      id: 'taught-127-0-0-1-4321',
      name: 'Min bokföring',
      matches: ['http://127.0.0.1:4321/*'],
      taught: true,
    });
    expect((await t.db.listProfiles()).map((p) => p.id)).toEqual(['taught-127-0-0-1-4321']);
    const changed = t.sent
      .filter((s) => s.message.type === 'teach:profiles-changed')
      .map((s) => s.tab)
      .sort();
    expect(changed).toEqual([5, 7, 8]);

    // What the page's reader is given now: the taught profile first.
    const listed = await handleReaderProfiles({ type: 'reader:profiles', url: `${URL_}?x=1` }, t.deps);
    const [saved] = (listed as { value: Parameters<typeof extractInvoices>[1]['profile'][] }).value;
    const read = extractInvoices(document, { url: URL_, today: '2026-11-23', profile: saved });
    expect(read.invoices.map((i) => [i.number, i.customer, i.due, i.balance, i.currency])).toEqual([
      ['F-1001', 'Volvo Bygg AB', '2026-10-05', 125000, 'SEK'],
      ['F-1002', 'Ikano Möbler', '2026-11-30', 98050, 'SEK'],
    ]);
    // Another app on the same machine, another port: not this profile's site.
    const other = await handleReaderProfiles(
      { type: 'reader:profiles', url: 'http://127.0.0.1:8000/#invoices' },
      t.deps,
    );
    expect(other?.ok && other.value.map((p) => p.id)).toEqual(['odoo', 'tryton']); // the built-in ones only
  });

  it('refuses to save when the page answers the build with something other than the picked list', async () => {
    const deps: TeachDeps = { ...t.deps, sendToTab: async () => ({ ok: true, value: { id: 'Not valid!', name: '' } }) };
    const res = await handleTeachRequest(
      { type: 'teach:save', columns: { number: 0, customer: 1, total: 3 } },
      { tab: { id: 5 } },
      deps,
    )!;
    expect(res).toEqual({ ok: false, error: 'The page did not describe the list it picked. Pick it again.' });
    expect(await t.db.listProfiles()).toEqual([]);
  });

  it('names columns by the header row the reader finds, even one of plain cells', async () => {
    document.body.innerHTML = `<table class="old"><tr><td><b>Faktura nr</b></td><td><b>Kund</b></td><td><b>Invoice date</b></td><td><b>Balance</b></td></tr>
      <tr><td>F-7</td><td>Volvo Bygg AB</td><td>2026-10-05</td><td>SEK 10,00</td></tr><tr><td>F-8</td><td>Ikano</td><td>2026-10-06</td><td>SEK 20,00</td></tr></table>`;
    const deps: TeachDeps = {
      ...t.deps,
      sendToTab: async () => ({ ok: true, value: { url: URL_, ...pickedAt(document.querySelector('.old td')!)! } }),
    };
    const shown = await handleTeachRequest({ type: 'teach:start' }, { tab: { id: 5 } }, deps)!;
    expect(shown).toMatchObject({ ok: true, value: { headers: ['Faktura nr', 'Kund', 'Invoice date', 'Balance'] } });
    const saved = await handleTeachRequest(
      { type: 'teach:save', columns: { number: 0, customer: 1, issued: 2, balance: 3 } },
      { tab: { id: 5 } },
      deps,
    )!;
    expect(saved).toMatchObject({
      ok: true,
      value: {
        listSelector: 'table.old',
        columns: { number: ['Faktura nr'], customer: ['Kund'], balance: ['Balance'] },
      },
    });
  });

  it("passes the page's refusal on (the picked list is gone)", async () => {
    const deps: TeachDeps = {
      ...t.deps,
      sendToTab: async () => ({ ok: false, error: 'The list picked is gone from the page: pick it again.' }),
    };
    expect(
      await handleTeachRequest(
        { type: 'teach:save', columns: { number: 0, customer: 1, total: 3 } },
        { tab: { id: 5 } },
        deps,
      ),
    ).toEqual({ ok: false, error: 'The list picked is gone from the page: pick it again.' });
  });

  it('imports shared JSON, refuses what is not a profile, and deletes', async () => {
    const draft = taughtProfileDraft({
      url: 'https://erp.example.se/fakturor',
      headers: ['Fakturanr', 'Kund', 'Förfallodag', 'Att betala'],
      columns: { number: 0, customer: 1, balance: 3 },
    });
    const imported = await t.ask({ type: 'teach:import', json: JSON.stringify(draft) });
    expect(imported).toMatchObject({ ok: true, value: { id: 'taught-erp-example-se' } });
    expect(await t.ask({ type: 'teach:import', json: '{"id":"x"}' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Not an Owed site profile: /),
    });
    expect((await t.ask({ type: 'teach:profiles' })) as unknown).toMatchObject({
      ok: true,
      value: [{ id: 'taught-erp-example-se' }],
    });
    expect(await t.ask({ type: 'teach:delete', id: 'taught-erp-example-se' })).toEqual({ ok: true, value: null });
    expect(await t.ask({ type: 'teach:profiles' })).toEqual({ ok: true, value: [] });
    expect(await t.ask({ type: 'teach:delete', id: 'nope' })).toEqual({ ok: false, error: 'No such profile.' });
  });
});
