// @vitest-environment happy-dom
// Automatic reading only where the user said yes, once per origin (issue 17): a page on a host
// Owed may read (a known app, localhost) adds nothing to the ledger until the user approved its
// origin, through the message the sidebar's "Read invoices from …?" sends; a revoked origin is
// refused again. The background judges by the sender's page, never by what the message says.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers } from '../../../entrypoints/background/handlers';
import { browserReadApprovals } from '../../../entrypoints/background/read-approvals';
import { OwedDb } from '../../../lib/db';
import { capturePage } from '../../../lib/extract/page/capture-page';
import type { WireCapture } from '../../../lib/extract/wire/capture-wire';
import { parseHere } from '../../../lib/extract/read/parse-here';
import { senderRoles } from '../../../lib/messages/policy';
import { createRouter } from '../../../lib/messages/router';
import { OwedService } from '../../../lib/service/owed-service';
import { freshName } from '../db/helpers';

const PAGE = `<table><thead><tr><th>Invoice</th><th>Customer</th><th>Due date</th><th>Balance</th></tr></thead><tbody>
  <tr><td>INV-1</td><td>Acme</td><td>2026-10-01</td><td>$10.00</td></tr>
  <tr><td>INV-2</td><td>Globex</td><td>2026-12-01</td><td>$20.00</td></tr></tbody></table>`;

function captured(html: string): WireCapture {
  document.body.innerHTML = html;
  const steps = capturePage(document, { form: true });
  for (;;) {
    const s = steps.next();
    if (s.done) return JSON.parse(JSON.stringify(s.value.capture)) as WireCapture;
  }
}

const own = { id: 'owed', pagesOrigin: 'chrome-extension://owed/', addinOrigin: 'https://localhost:3000' };
const sidebar = { id: 'owed', url: 'chrome-extension://owed/sidepanel.html' };
const page = (url: string) => ({ id: 'owed', url, tab: { id: 3, url } });

async function background() {
  const db = await OwedDb.open(freshName());
  const service = new OwedService(db, { now: () => Date.UTC(2026, 10, 23, 15), timeZone: () => 'UTC' });
  const route = createRouter(
    backgroundHandlers({
      service: async () => service,
      pageReader: parseHere(async (read) => {
        const res = await service.handle({ type: 'page-read', read });
        if (!res.ok) throw new Error(res.error);
      }),
      approvals: browserReadApprovals,
      teach: {
        listProfiles: () => db.listProfiles(),
        saveProfile: (p) => db.saveProfile(p),
        deleteProfile: (id) => db.deleteProfile(id),
        sendToTab: async () => ({ ok: true, value: null }),
        loadTeaching: async () => {},
        activeTabId: async () => 1,
        tabsMatching: async () => [],
        now: () => Date.now(),
      },
      addin: {
        getLedger: () => service.ledger(),
        addEvent: async () => {},
        consents: async () => ({}),
        askConsent: async () => {},
        consentPage: 'chrome-extension://owed/addin-consent.html',
      },
    }),
  );
  const ask = (message: unknown, sender: { id: string; url: string; tab?: { id: number; url: string } }) =>
    route(message, sender, senderRoles(sender, own));
  const invoices = async () =>
    (await service.ledger()).debtors.flatMap((d) => [...d.openInvoices, ...d.history].map((i) => i.number)).sort();
  return { ask, invoices };
}

const store = (url: string, capture: WireCapture) => ({
  type: 'page:store',
  url,
  today: '2026-11-23',
  capture,
  title: 'Invoices',
  complete: true,
});

beforeEach(() => {
  fakeBrowser.reset();
  // The browser's permissions (the fake does not have them): the built-in hosts, nothing granted.
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] });
});

describe('approval once per origin before automatic reading', () => {
  it('keeps nothing from a localhost page until its origin is approved, then reads it', async () => {
    const { ask, invoices } = await background();
    const url = 'http://127.0.0.1:8000/invoices';
    const capture = captured(PAGE);
    expect(await ask({ type: 'reader:may-read' }, page(url))).toEqual({ ok: true, value: false });
    const refused = await ask(store(url, capture), page(url));
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/127\.0\.0\.1:8000.*allow/) });
    expect(await ask({ type: 'page:invoices', url, capture }, page(url))).toMatchObject({ ok: false });
    expect(await invoices()).toEqual([]);

    // The user says yes in the sidebar: that origin, and only it.
    expect(await ask({ type: 'sites:approve', origin: 'http://127.0.0.1:8000' }, sidebar)).toEqual({
      ok: true,
      value: null,
    });
    expect(await ask({ type: 'reader:may-read' }, page(url))).toEqual({ ok: true, value: true });
    expect(await ask({ type: 'reader:may-read' }, page('http://127.0.0.1:8001/invoices'))).toEqual({
      ok: true,
      value: false,
    });
    expect(await ask(store(url, capture), page(url))).toEqual({ ok: true, value: null });
    expect(await invoices()).toEqual(['INV-1', 'INV-2']);
  });

  it('judges by the sender: an approved origin named in the message does not open another', async () => {
    const { ask, invoices } = await background();
    await ask({ type: 'sites:approve', origin: 'https://acme.odoo.com' }, sidebar);
    const liar = 'https://evil.odoo.com/odoo/invoices';
    const res = await ask(store('https://acme.odoo.com/odoo/invoices', captured(PAGE)), page(liar));
    expect(res).toMatchObject({ ok: false });
    // A page's own contacts and due dates wait for approval too.
    const read = { source: 'https://acme.odoo.com', url: liar, title: 'x', profile: 'generic', invoices: [] };
    expect(await ask({ type: 'page-read', read }, page(liar))).toMatchObject({ ok: false });
    expect(await invoices()).toEqual([]);
  });

  it('lists approvals for the options page and forgets a revoked one', async () => {
    const { ask, invoices } = await background();
    const url = 'https://acme.odoo.com/odoo/invoices';
    await ask({ type: 'sites:approve', origin: 'https://acme.odoo.com' }, sidebar);
    expect(await ask({ type: 'sites:list' }, sidebar)).toMatchObject({
      ok: true,
      value: { approved: ['https://acme.odoo.com'] },
    });
    expect(await ask({ type: 'sites:revoke', origin: 'https://acme.odoo.com' }, sidebar)).toMatchObject({ ok: true });
    expect(await ask({ type: 'sites:list' }, sidebar)).toMatchObject({ ok: true, value: { approved: [] } });
    expect(await ask(store(url, captured(PAGE)), page(url))).toMatchObject({ ok: false });
    expect(await invoices()).toEqual([]);
  });

  it('takes approvals only from Owed’s own pages', async () => {
    const { ask } = await background();
    const url = 'http://localhost:5173/';
    expect(await ask({ type: 'sites:approve', origin: 'http://localhost:5173' }, page(url))).toMatchObject({
      ok: false,
    });
    expect(await ask({ type: 'reader:may-read' }, page(url))).toEqual({ ok: true, value: false });
  });
});
