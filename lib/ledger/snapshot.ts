import type { ReadStatus } from '../db';
import type { Ledger } from './build-ledger';
import type { InvoiceHold, Settings } from '../model';

/** The ledger as views receive it: with the reads, settings and pauses, and the write it is as of. */
export interface LedgerSnapshot extends Ledger {
  reads: ReadStatus[];
  settings: Settings;
  holds: InvoiceHold[];
  /** How many writes the background had made when it computed this (views apply changes after it). */
  version: number;
}
