// The protocol map's conventions: every message has a handler in the background and says who may
// send it, the router checks sender, payload and wording the one way, and every listener of Owed
// answers the one way (lib/messages/listen.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../../../entrypoints/background/handlers';
import { browserReadApprovals } from '../../../entrypoints/background/read-approvals';
import { OwedDb } from '../../../lib/db';
import { parseHere } from '../../../lib/extract/read/parse-here';
import { protocol } from '../../../lib/messages/map';
import { senderRoles } from '../../../lib/messages/policy';
import { createRouter } from '../../../lib/messages/router';
import { OwedService } from '../../../lib/service/owed-service';
import { freshName } from '../db/helpers';

async function background() {
  const db = await OwedDb.open(freshName());
  const service = new OwedService(db, { now: () => Date.UTC(2026, 10, 23, 15), timeZone: () => 'UTC' });
  const handlers = backgroundHandlers({
    service: async () => service,
    pageReader: parseHere(async () => {}),
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
  });
  return { handlers, route: createRouter(handlers) };
}

const own = { id: 'owed', pagesOrigin: 'chrome-extension://owed/', addinOrigin: 'https://localhost:3000' };
const fromPage = { id: 'owed', url: 'chrome-extension://owed/sidepanel.html' };
const fromWeb = { id: 'owed', url: 'https://books.example/invoices', tab: { id: 3 } };

describe('the protocol map', () => {
  it('has a handler in the background for every message, and none for a message it does not declare', async () => {
    const { handlers } = await background();
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(protocol).sort());
    for (const h of Object.values(handlers)) expect(typeof h).toBe('function');
  });

  it('answers a declared message, worded as an OwedResponse', async () => {
    const { route } = await background();
    expect(await route({ type: 'get-settings' }, fromPage, senderRoles(fromPage, own))).toMatchObject({
      ok: true,
      value: { cadence: expect.any(Object) },
    });
    expect(route({ type: 'drop-tables' }, fromPage, senderRoles(fromPage, own))).toBeUndefined();
    expect(route(null)).toBeUndefined();
  });

  it("refuses a sender the map does not name, in its family's words, before reading the payload", async () => {
    const { route } = await background();
    const roles = senderRoles(fromWeb, own);
    expect(await route({ type: 'get-ledger' }, fromWeb, roles)).toEqual({
      ok: false,
      error: 'Owed answers this only to its own pages.',
    });
    expect(await route({ type: 'wipe', junk: 1 }, fromWeb, roles)).toMatchObject({ ok: false });
    expect(await route({ type: 'addin', request: { type: 'list-debtor-names' } }, fromWeb, roles)).toEqual({
      ok: false,
      error: 'Owed answers add-in requests only from its Outlook taskpane.',
    });
    // The same content script may have the page it captured read.
    expect(await route({ type: 'reader:profiles', url: 'http://127.0.0.1:8000/' }, fromWeb, roles)).toMatchObject({
      ok: true,
    });
  });

  it("refuses a malformed payload and wraps a handler's failure, each in its family's words", async () => {
    const { route } = await background();
    expect(await route({ type: 'teach:import', json: 42 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Bad teach request/),
    });
    expect(await route({ type: 'teach:import', json: '{' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Not an Owed site profile/),
    });
    expect(await route({ type: 'save-plan', plan: {} })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Owed refused a malformed request \(plan\./),
    });
  });
});

/** The project's own sources (not tests, not dependencies). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
const files = ['lib', 'entrypoints', 'components', 'outlook-addin'].flatMap(sources);

describe('every listener answers the one way', () => {
  it('answers only through lib/messages/listen.ts (sendResponse, then true)', () => {
    const replying = files.filter((f) => /sendResponse/.test(readFileSync(f, 'utf8')));
    expect(replying).toEqual([join('lib', 'messages', 'listen.ts')]);
  });

  it('registers only listeners made by listen.ts', () => {
    const made = /(answering|tabListener|signalListener)\(/;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/onMessage\.addListener\(\s*([\w.]+)?/g)) {
        const arg = m[1];
        const ok = arg
          ? made.test(arg + text.slice(m.index! + m[0].length, m.index! + m[0].length + 1)) ||
            new RegExp(`const ${arg} = (answering|tabListener|signalListener)(<[^(]*>)?\\(`).test(text)
          : false;
        expect(ok, `${file}: onMessage.addListener(${arg ?? '…'})`).toBe(true);
      }
    }
  });

  it('sends to the background only through the typed senders (or the change broadcast)', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/runtime\.sendMessage\(([^)]*)\)/g)) {
        const line = text.slice(text.lastIndexOf('\n', m.index) + 1, text.indexOf('\n', m.index));
        const typed = /\(message(: unknown)?\) => browser\.runtime\.sendMessage\(message\)/.test(line);
        const broadcast = m[1] === '{ type: CHANGED, change }';
        expect(typed || broadcast, `${file}: ${line.trim()}`).toBe(true);
      }
    }
  });
});
