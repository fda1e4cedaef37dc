import type { AddinAnswer, AddinRequestInput } from '../../../lib/bridge/protocol';

/** Where the taskpane's debtors come from; both kinds answer the same bridge requests. */
export interface OwedData {
  kind: 'extension' | 'backup';
  /** Backup mode: when the backup was exported (epoch ms). */
  exportedAt?: number;
  request<T extends AddinRequestInput['type']>(
    request: Extract<AddinRequestInput, { type: T }>,
  ): Promise<AddinAnswer<T>>;
}
