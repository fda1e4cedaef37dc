import { describe, expect, it } from 'vitest';
import { mayAsk } from '../../../lib/messages/sender-policy';

describe('what a content script may ask of the background', () => {
  it('reports reads, asks for site profiles, has captured text read and relays the add-in', () => {
    for (const type of ['page-read', 'reader:profiles', 'page:invoices', 'page:maturities', 'page:store', 'addin'])
      expect(mayAsk({ type }, false)).toBe(true);
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
      'teach:delete',
      'teach:import',
      'teach:profiles',
      'teach:start',
    ])
      expect(mayAsk({ type }, false), type).toBe(false);
    expect(mayAsk(null, false)).toBe(false);
    expect(mayAsk({ type: 42 }, false)).toBe(false);
  });
  it("Owed's own pages may ask anything (each request is still validated)", () => {
    expect(mayAsk({ type: 'wipe' }, true)).toBe(true);
  });
});
