import { z } from 'zod';
import type { Backup, ReadResult } from '../db';
import type { BackupPreview, SafetyCopyInfo } from '../db/backup-import';
import {
  ContactEvent,
  DebtorRecord,
  InvoiceHold,
  PaymentPlan,
  Settings,
  type ContactEvent as ContactEventT,
  type DebtorRecord as DebtorRecordT,
  type InvoiceHold as InvoiceHoldT,
  type PaymentPlan as PaymentPlanT,
  type Settings as SettingsT,
} from '../model';
import type { LedgerSnapshot } from '../ledger/snapshot';
import { family, fromOwn, reply } from './define';
import { PageRead } from '../model/page-read';

const Id = z.string().min(1);
/** An event to log; the background gives it an id when it has none. */
const NewEvent = ContactEvent.omit({ id: true }).extend({ id: Id.optional() });

/**
 * The ledger's messages, answered by OwedService (lib/service): reads and writes of Owed's own
 * data. Only Owed's pages may send them, except a page read (the reader reports contacts and due
 * dates it read; the options page imports a CSV).
 */
export const ledgerMessages = family(
  {
    malformed: (first) =>
      `Owed refused a malformed request${first ? ` (${first.path.join('.') || 'message'}: ${first.message})` : ''}.`,
    failed: (message) => message,
    refused: 'Owed answers this only to its own pages.',
  },
  {
    'page-read': {
      from: ['extension', 'reader'],
      payload: z.object({ read: PageRead }),
      reply: reply<Pick<ReadResult, 'stored' | 'markedMissing'>>(),
    },
    'get-ledger': { from: fromOwn, payload: z.object({}), reply: reply<LedgerSnapshot>() },
    'add-event': {
      from: fromOwn,
      payload: z.object({ event: NewEvent }),
      reply: reply<ContactEventT>(),
    },
    'delete-event': { from: fromOwn, payload: z.object({ id: Id }), reply: reply<null>() },
    'save-record': { from: fromOwn, payload: z.object({ record: DebtorRecord }), reply: reply<DebtorRecordT>() },
    /** A plan, with the event that logs what the user did (proposed it, marked an instalment paid): one write. */
    'save-plan': {
      from: fromOwn,
      payload: z.object({ plan: PaymentPlan, event: NewEvent.optional() }),
      reply: reply<PaymentPlanT>(),
    },
    'get-settings': { from: fromOwn, payload: z.object({}), reply: reply<SettingsT>() },
    'save-settings': { from: fromOwn, payload: z.object({ settings: Settings }), reply: reply<SettingsT>() },
    'export-backup': { from: fromOwn, payload: z.object({}), reply: reply<Backup>() },
    'import-backup': {
      from: fromOwn,
      // replaceNewer: the user chose to replace data newer than the file (lib/db/backup-import.ts).
      payload: z.object({ text: z.string().max(200_000_000), replaceNewer: z.boolean().optional() }),
      reply: reply<Record<string, number>>(),
    },
    'preview-backup': {
      from: fromOwn,
      payload: z.object({ text: z.string().max(200_000_000) }),
      reply: reply<BackupPreview>(),
    },
    'safety-copy': { from: fromOwn, payload: z.object({}), reply: reply<SafetyCopyInfo | null>() },
    'restore-safety-copy': { from: fromOwn, payload: z.object({}), reply: reply<Record<string, number>>() },
    wipe: { from: fromOwn, payload: z.object({}), reply: reply<null>() },
    'save-hold': { from: fromOwn, payload: z.object({ hold: InvoiceHold }), reply: reply<InvoiceHoldT>() },
    'clear-hold': { from: fromOwn, payload: z.object({ invoiceId: Id }), reply: reply<null>() },
    'merge-debtors': { from: fromOwn, payload: z.object({ targetId: Id, sourceId: Id }), reply: reply<null>() },
    'unmerge-debtor': { from: fromOwn, payload: z.object({ targetId: Id, sourceId: Id }), reply: reply<null>() },
  },
);
