import { unwrapResponse } from '../../lib/messages/client';
import type { SiteProfile } from '../../lib/extract/site-profile';
import type { TeachPicked } from '../../lib/messages/teach';

/** What the teaching views ask of the background (a fake in tests). */
export interface TeachAccess {
  /** Puts the page in pick mode; null when the user cancelled. */
  start(): Promise<TeachPicked | null>;
  cancel(): Promise<void>;
  save(columns: Partial<Record<string, number>>, name?: string): Promise<SiteProfile>;
  profiles(): Promise<SiteProfile[]>;
  importJson(json: string): Promise<SiteProfile>;
  remove(id: string): Promise<void>;
}

const ask = async <T>(message: object): Promise<T> => unwrapResponse<T>(await browser.runtime.sendMessage(message));

/** Through the background (lib/messages/teach.ts); from the in-page sidebar, the tab is the sender's. */
export const extensionTeach: TeachAccess = {
  start: () => ask<TeachPicked | null>({ type: 'teach:start' }),
  cancel: () => ask<null>({ type: 'teach:cancel' }).then(() => {}),
  save: (columns, name) => ask<SiteProfile>({ type: 'teach:save', columns, name }),
  profiles: () => ask<SiteProfile[]>({ type: 'teach:profiles' }),
  importJson: (json) => ask<SiteProfile>({ type: 'teach:import', json }),
  remove: (id) => ask<null>({ type: 'teach:delete', id }).then(() => {}),
};
