import { z } from 'zod';
import { ContactEvent, DebtorRecord, InvoiceHold, PaymentPlan, Settings } from '../model';
import { PageRead } from './protocol';

/**
 * Every request a content script or a view sends to the background: one protocol map, parsed
 * with zod on arrival, so a malformed message is refused with a reason instead of half-handled.
 */
export const OwedRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page-read'), read: PageRead }),
  z.object({ type: z.literal('get-ledger') }),
  z.object({
    type: z.literal('add-event'),
    event: ContactEvent.omit({ id: true }).extend({ id: z.string().min(1).optional() }),
  }),
  z.object({ type: z.literal('delete-event'), id: z.string().min(1) }),
  z.object({ type: z.literal('save-record'), record: DebtorRecord }),
  z.object({ type: z.literal('save-plan'), plan: PaymentPlan }),
  z.object({ type: z.literal('get-settings') }),
  z.object({ type: z.literal('save-settings'), settings: Settings }),
  z.object({ type: z.literal('export-backup') }),
  z.object({ type: z.literal('import-backup'), text: z.string().max(200_000_000) }),
  z.object({ type: z.literal('wipe') }),
  z.object({ type: z.literal('save-hold'), hold: InvoiceHold }),
  z.object({ type: z.literal('clear-hold'), invoiceId: z.string().min(1) }),
  z.object({ type: z.literal('merge-debtors'), targetId: z.string().min(1), sourceId: z.string().min(1) }),
  z.object({ type: z.literal('unmerge-debtor'), targetId: z.string().min(1), sourceId: z.string().min(1) }),
]);
export type OwedRequest = z.infer<typeof OwedRequest>;
export type OwedRequestInput = z.input<typeof OwedRequest>;

/** The background's answer: a value, or an error a user can read. */
export type OwedResponse<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

export { CHANGED, TOGGLE_FRAME } from './signals';
