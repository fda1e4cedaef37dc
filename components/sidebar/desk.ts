import type { OwedClient } from '../../lib/messages/client';
import type { LedgerSnapshot } from '../../lib/service/owed-service';
import type { DraftIO } from '../drafts/draft-io';
import type { Navigate } from './route';

/** What every sidebar view gets: the data, the way to change it, and where to go next. */
export interface Desk {
  client: OwedClient;
  ledger: LedgerSnapshot;
  locale?: string;
  navigate: Navigate;
  /** The moment a logged event happened: Date.now in the app, a fixed clock in tests. */
  now: () => number;
  io: DraftIO;
}
