import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../lib/model';
import { BackupStore } from '../../../outlook-addin/src/data/backup-store';
import { makeInvoice } from '../match/make-view';

const exportedAt = Date.UTC(2026, 10, 20);
const backup = {
  format: 'owed-backup',
  version: 1,
  exportedAt,
  invoices: [
    makeInvoice({
      number: 'INV-7',
      debtorId: 'bolt',
      customer: 'Bolt Ltd',
      email: 'pay@bolt.example',
      balance: 50_00,
      due: '2026-11-01',
    }),
    makeInvoice({
      number: 'INV-8',
      debtorId: 'acme',
      customer: 'Acme Corp',
      email: 'billing@acme.example',
      balance: 70_00,
      due: '2026-11-02',
    }),
  ],
  records: [],
  events: [],
  plans: [],
  settings: defaultSettings(),
};

describe('BackupStore (the taskpane without the extension)', () => {
  it('refuses a file that is not an Owed backup and keeps nothing', async () => {
    const store = new BackupStore();
    await store.forget();
    await expect(store.import('{"hello":1}')).rejects.toThrow(/not an Owed backup/);
    expect(await store.source()).toBeNull();
  });

  it('answers from an imported backup like the extension, and keeps drafts logged in its copy', async () => {
    const store = new BackupStore(() => Date.UTC(2026, 10, 23));
    await store.import(JSON.stringify(backup));
    const source = (await store.source('UTC'))!;
    expect(source.kind).toBe('backup');
    expect(source.exportedAt).toBe(exportedAt);

    const found = await source.request({ type: 'find-debtors', emails: ['pay@bolt.example'] });
    expect(found.debtors.map((d) => d.name)).toEqual(['Bolt Ltd']);
    const { eventId } = await source.request({
      type: 'log-draft',
      debtorId: 'bolt',
      matchedOn: ['pay@bolt.example'],
      template: 'three-days-late',
      to: ['pay@bolt.example'],
      subject: 'Reminder',
    });
    // Confirmed as sent: the same event, not a second one.
    await source.request({ type: 'confirm-sent', debtorId: 'bolt', matchedOn: [], eventId });

    const again = (await new BackupStore().source('UTC'))!; // a new pane: read back from IndexedDB
    const { debtor } = await again.request({ type: 'get-debtor', debtorId: 'bolt' });
    expect((await new BackupStore().load())!.backup.events).toEqual([
      expect.objectContaining({
        debtorId: 'bolt',
        kind: 'email',
        template: 'three-days-late',
        outcome: 'sent',
        at: Date.UTC(2026, 10, 23),
      }),
    ]);
    expect(debtor.name).toBe('Bolt Ltd');
  });
});
