import { describe, expect, it } from 'vitest';
import type { Role } from '../../../lib/messages/define';
import { protocol } from '../../../lib/messages/map';
import { mayAsk, senderRoles } from '../../../lib/messages/policy';

const own = { id: 'owed', pagesOrigin: 'chrome-extension://owed/', addinOrigin: 'https://localhost:3000' };
const reader = senderRoles({ id: 'owed', url: 'https://books.example/invoices', origin: 'https://books.example' }, own);
const page = senderRoles({ id: 'owed', url: 'chrome-extension://owed/sidepanel.html' }, own);
const bridge = senderRoles({ id: 'owed', url: 'https://localhost:3000/taskpane.html' }, own);

describe('what a content script may ask of the background', () => {
  it('reports reads, asks for site profiles and has captured text read; on the add-in origin it relays the add-in', () => {
    for (const type of [
      'page-read',
      'reader:profiles',
      'reader:may-read',
      'page:invoices',
      'page:maturities',
      'page:store',
    ])
      expect(mayAsk(type, reader), type).toBe(true);
    expect(mayAsk('addin', bridge)).toBe(true);
    expect(mayAsk('addin', reader)).toBe(false);
  });
  it('cannot read the ledger, export, wipe, change settings or sites', () => {
    for (const type of [
      'get-ledger',
      'export-backup',
      'import-backup',
      'wipe',
      'save-settings',
      'add-event',
      'sites:enable',
      'sites:approve',
      'sites:revoke',
      'teach:delete',
      'teach:import',
      'teach:profiles',
      'teach:start',
    ]) {
      expect(mayAsk(type, reader), type).toBe(false);
      expect(mayAsk(type, bridge), type).toBe(false);
    }
    expect(mayAsk('drop-tables', page)).toBe(false);
    expect(mayAsk('toString', page)).toBe(false);
  });
  it("Owed's own pages may ask everything but the add-in's relay (each request is still validated)", () => {
    for (const type of Object.keys(protocol) as (keyof typeof protocol)[])
      expect(mayAsk(type, page), type).toBe(
        type !== 'addin' && !type.startsWith('page:') && !type.startsWith('reader:'),
      );
    expect(mayAsk('wipe', page)).toBe(true);
  });
  it('knows senders by where they run; another extension is nobody', () => {
    expect([...page]).toEqual(['extension']);
    expect([...reader]).toEqual(['reader']);
    expect([...bridge].sort()).toEqual(['addin', 'reader']);
    expect([...senderRoles({ id: 'other', url: 'chrome-extension://owed/sidepanel.html' }, own)]).toEqual([]);
  });
  it('every message names who may send it', () => {
    const roles: Role[] = ['extension', 'reader', 'addin'];
    for (const [type, spec] of Object.entries(protocol)) {
      expect(spec.from.length, type).toBeGreaterThan(0);
      for (const r of spec.from) expect(roles, type).toContain(r);
    }
  });
});
