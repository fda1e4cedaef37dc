// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../../components/options/OptionsPage';
import type { SitesAccess } from '../../../components/options/SitesPanel';
import { teachAccess } from '../../../components/teach/teach-access';
import { OwedDb } from '../../../lib/db';
import { quickbooks } from '../../../lib/extract/read/profiles/quickbooks';
import { tryton } from '../../../lib/extract/read/profiles/tryton';
import { createSend } from '../../../lib/messages/send';
import { handleTeachRequest, type TeachDeps } from '../../../entrypoints/background/teach';
import { freshName } from '../db/helpers';
import { deskFixture, NOW } from './desk-fixture';

afterEach(cleanup);

/** The browser's permissions, as the sites messages answer them: nothing granted. */
const sites: SitesAccess = {
  list: async () => ({ builtIn: [], granted: [], approved: [] }),
  request: async () => false,
  enable: async () => {},
  disable: async () => {},
  revoke: async () => {},
};

/**
 * The options page over the real path: the ledger through OwedService behind the typed client,
 * and profiles through the background's teach router (the one the service worker runs) over a
 * real OwedDb, messages serialized as runtime messaging does. No tab is open.
 */
async function setup() {
  const f = await deskFixture([]);
  const db = await OwedDb.open(freshName());
  const deps: TeachDeps = {
    listProfiles: () => db.listProfiles(),
    saveProfile: (p) => db.saveProfile(p),
    deleteProfile: (id) => db.deleteProfile(id),
    sendToTab: async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    },
    loadTeaching: async () => {
      throw new Error('No tab.');
    },
    activeTabId: async () => undefined,
    tabsMatching: async () => [],
    now: () => NOW,
  };
  const send = createSend(async (m) =>
    JSON.parse(JSON.stringify(await handleTeachRequest(JSON.parse(JSON.stringify(m)), {}, deps))),
  );
  render(
    <OptionsPage
      client={f.client}
      subscribe={f.subscribe}
      sites={sites}
      teach={teachAccess(send)}
      io={f.io}
      locale="en-US"
      now={() => NOW}
    />,
  );
  await within(await screen.findByRole('region', { name: 'Taught sites' })).findByText(/None yet/);
  return { db };
}

/** The taught-sites section of the options page, where profiles are imported. */
const taught = () => within(screen.getByRole('region', { name: 'Taught sites' }));

const paste = (json: string) => {
  fireEvent.change(taught().getByLabelText(/Or paste its JSON/), { target: { value: json } });
  fireEvent.click(taught().getByRole('button', { name: 'Import' }));
};
const upload = (json: string, name = 'profile.json') => {
  const input = taught().getByLabelText(/Profile file/) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([json], name, { type: 'application/json' })] } });
};
const preview = () => taught().findByRole('region', { name: 'Profile preview' });
const textOf = (el: HTMLElement, list: string) =>
  Array.from(within(el).getByRole('list', { name: list }).querySelectorAll('li'), (li) => li.textContent ?? '');

describe('Importing a shared site profile', () => {
  it('shows the sites it applies to, what it reads and what it will click, and stores nothing yet', async () => {
    const { db } = await setup();
    upload(JSON.stringify(quickbooks, null, 2), 'owed-profile-quickbooks.json');
    const shown = await preview();
    expect(within(shown).getByRole('heading', { level: 3 }).textContent).toBe('Before you save “QuickBooks Online”');
    expect(textOf(shown, 'Sites it applies to')).toEqual([
      'qbo.intuit.com and every site under it (any name ending in .qbo.intuit.com), over https, any page',
    ]);
    const reads = textOf(shown, 'What it reads');
    expect(reads[0]).toBe(
      'Invoice lists on pages whose address matches “/app/(invoices|sales|customerdetail)”: the list Owed finds on the page.',
    );
    expect(reads).toContain('Invoice number: the column headed “No.”');
    expect(reads).toContain('Amount due: the column headed “Balance” or “Open balance”');
    expect(reads).toContain('Total: the column headed “Total” or “Amount”');
    expect(reads).toContain('Customer details on pages whose address matches “/app/customerdetail”.');
    const clicks = textOf(shown, 'What it will click');
    expect(clicks).toHaveLength(1);
    expect(clicks[0]).toContain('the element found by button[data-automation-id="loadMore"]');
    expect(clicks[0]).toContain('a button or a link whose words say “load more”');
    expect(await db.listProfiles()).toEqual([]);
  });

  it('stores nothing when the owner cancels', async () => {
    const { db } = await setup();
    paste(JSON.stringify(quickbooks));
    const shown = await preview();
    fireEvent.click(within(shown).getByRole('button', { name: 'Cancel' }));
    expect(taught().queryByRole('region', { name: 'Profile preview' })).toBeNull();
    expect(taught().getByRole('status').textContent).toBe('Not saved.');
    expect(await db.listProfiles()).toEqual([]);
    expect(taught().getByText(/None yet/)).toBeTruthy();
  });

  it('stores the profile through the background on Save profile, and lists it', async () => {
    const { db } = await setup();
    paste(JSON.stringify(quickbooks));
    fireEvent.click(within(await preview()).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(taught().getByRole('status').textContent).toBe('Saved “QuickBooks Online”.'));
    const stored = await db.listProfiles();
    expect(stored.map((s) => [s.id, s.savedAt])).toEqual([['quickbooks', NOW]]);
    expect(stored[0]!.profile).toMatchObject({
      matches: quickbooks.matches,
      columns: quickbooks.columns,
      loadMore: quickbooks.loadMore,
    });
    const list = await taught().findByRole('list', { name: 'Taught site profiles' });
    expect(within(list).getByText('QuickBooks Online')).toBeTruthy();
    expect(taught().queryByRole('region', { name: 'Profile preview' })).toBeNull();
  });

  it('refuses a malformed file in words, shows no preview and stores nothing', async () => {
    const { db } = await setup();
    upload('{"id": "x", "name": ');
    expect((await taught().findByRole('alert')).textContent).toBe(
      'Not an Owed site profile: not JSON. Nothing was saved.',
    );
    // Valid JSON, a built-in profile's shape, but it names no site: it would apply on every host.
    paste(JSON.stringify(tryton));
    await waitFor(() =>
      expect(taught().getByRole('alert').textContent).toMatch(/^Not an Owed site profile: matches: /),
    );
    expect(taught().getByRole('alert').textContent).toContain('names no site');
    paste(JSON.stringify({ ...quickbooks, invoiceListUrls: ['(a+)+$'] }));
    await waitFor(() =>
      expect(taught().getByRole('alert').textContent).toMatch(
        /^Not an Owed site profile: invoiceListUrls\.0: could take too long/,
      ),
    );
    expect(taught().queryByRole('region', { name: 'Profile preview' })).toBeNull();
    expect(taught().queryByRole('button', { name: 'Save profile' })).toBeNull();
    expect(await db.listProfiles()).toEqual([]);
  });

  it('shows a hostile file’s markup as text and runs none of it', async () => {
    const { db } = await setup();
    const w = window as unknown as { pwned?: number };
    const hostile = {
      id: 'hostile',
      name: '<img src=x onerror="window.pwned=1">Evil',
      matches: ['https://evil.example/<script>window.pwned=2</script>*'],
      detect: '<svg onload="window.pwned=3">',
      listSelector: 'table</code><b id="injected">bold</b>',
      columns: { number: ['<i>No.</i>'] },
      loadMore: '<a href="javascript:window.pwned=4">more</a>',
    };
    upload(JSON.stringify(hostile));
    const shown = await preview();
    expect(shown.querySelector('img, script, svg, b, i, a, #injected')).toBeNull();
    expect(within(shown).getByRole('heading', { level: 3 }).textContent).toBe(
      'Before you save “<img src=x onerror="window.pwned=1">Evil”',
    );
    expect(textOf(shown, 'Sites it applies to')[0]).toContain(
      'pages whose address matches /<script>window.pwned=2</script>*',
    );
    expect(shown.textContent).toContain('<svg onload="window.pwned=3">');
    expect(textOf(shown, 'What it reads')).toContain('Invoice number: the column headed “<i>No.</i>”');
    expect(textOf(shown, 'What it reads')[0]).toContain('table</code><b id="injected">bold</b>');
    expect(textOf(shown, 'What it will click')[0]).toContain('<a href="javascript:window.pwned=4">more</a>');
    expect(w.pwned).toBeUndefined();
    expect(await db.listProfiles()).toEqual([]);
  });
});
