import type { Backup } from '../db';
import type { LedgerSnapshot } from '../service/owed-service';
import type {
  ContactEvent,
  ContactEventInput,
  DebtorRecord,
  InvoiceHold,
  InvoiceHoldInput,
  PaymentPlan,
  Settings,
} from '../model';
import type { PageReadInput } from './protocol';
import type { OwedRequestInput, OwedResponse } from './requests';

export type Transport = (request: OwedRequestInput) => Promise<unknown>;

/** Thrown when the background refused or failed a request; its message is for the user. */
export class OwedError extends Error {}

/**
 * The typed client views use. `transport` is `browser.runtime.sendMessage` in the extension and
 * the service's own `handle` in tests: the same calls either way.
 */
export function createClient(transport: Transport) {
  const call = async <T>(request: OwedRequestInput): Promise<T> => unwrapResponse<T>(await transport(request));
  return {
    ledger: () => call<LedgerSnapshot>({ type: 'get-ledger' }),
    pageRead: (read: PageReadInput) => call<{ stored: number; markedMissing: number }>({ type: 'page-read', read }),
    addEvent: (event: Omit<ContactEventInput, 'id'> & { id?: string }) =>
      call<ContactEvent>({ type: 'add-event', event }),
    deleteEvent: (id: string) => call<null>({ type: 'delete-event', id }),
    saveRecord: (record: DebtorRecord) => call<DebtorRecord>({ type: 'save-record', record }),
    savePlan: (plan: PaymentPlan) => call<PaymentPlan>({ type: 'save-plan', plan }),
    settings: () => call<Settings>({ type: 'get-settings' }),
    saveSettings: (settings: Settings) => call<Settings>({ type: 'save-settings', settings }),
    exportBackup: () => call<Backup>({ type: 'export-backup' }),
    importBackup: (text: string) => call<Record<string, number>>({ type: 'import-backup', text }),
    wipe: () => call<null>({ type: 'wipe' }),
    saveHold: (hold: InvoiceHoldInput) => call<InvoiceHold>({ type: 'save-hold', hold }),
    clearHold: (invoiceId: string) => call<null>({ type: 'clear-hold', invoiceId }),
    mergeDebtors: (targetId: string, sourceId: string) => call<null>({ type: 'merge-debtors', targetId, sourceId }),
    unmergeDebtor: (targetId: string, sourceId: string) => call<null>({ type: 'unmerge-debtor', targetId, sourceId }),
  };
}
export type OwedClient = ReturnType<typeof createClient>;

/** The value of a background answer, or its error thrown as an OwedError. */
export function unwrapResponse<T>(raw: unknown): T {
  const res = raw as OwedResponse<T> | undefined;
  if (!res) throw new OwedError('Owed did not answer. Reload the page and try again.');
  if (!res.ok) throw new OwedError(res.error);
  return res.value;
}
