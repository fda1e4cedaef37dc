import type { ContactEventInput, DebtorRecord, InvoiceHoldInput, PaymentPlan, Settings } from '../model';
import type { PageReadInput } from '../model/page-read';
import { createSend, type Transport } from './send';

type NewEvent = Omit<ContactEventInput, 'id'> & { id?: string };

export { OwedError, unwrapResponse, type OwedResponse, type Transport } from './send';

/**
 * The typed client views use. `transport` is `browser.runtime.sendMessage` in the extension and
 * the service's own `handle` in tests: the same calls either way.
 */
export function createClient(transport: Transport) {
  const send = createSend(transport);
  return {
    ledger: () => send('get-ledger'),
    pageRead: (read: PageReadInput) => send('page-read', { read }),
    addEvent: (event: NewEvent) => send('add-event', { event }),
    deleteEvent: (id: string) => send('delete-event', { id }),
    saveRecord: (record: DebtorRecord) => send('save-record', { record }),
    /** A plan, and the event logging what the user did with it, in one request and one transaction. */
    savePlan: (plan: PaymentPlan, event?: NewEvent) => send('save-plan', event ? { plan, event } : { plan }),
    settings: () => send('get-settings'),
    saveSettings: (settings: Settings) => send('save-settings', { settings }),
    exportBackup: () => send('export-backup'),
    importBackup: (text: string, replaceNewer?: boolean) =>
      send('import-backup', replaceNewer ? { text, replaceNewer } : { text }),
    previewBackup: (text: string) => send('preview-backup', { text }),
    safetyCopy: () => send('safety-copy'),
    restoreSafetyCopy: () => send('restore-safety-copy'),
    wipe: () => send('wipe'),
    saveHold: (hold: InvoiceHoldInput) => send('save-hold', { hold }),
    clearHold: (invoiceId: string) => send('clear-hold', { invoiceId }),
    mergeDebtors: (targetId: string, sourceId: string) => send('merge-debtors', { targetId, sourceId }),
    unmergeDebtor: (targetId: string, sourceId: string) => send('unmerge-debtor', { targetId, sourceId }),
  };
}
export type OwedClient = ReturnType<typeof createClient>;
