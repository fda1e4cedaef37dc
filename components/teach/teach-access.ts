import type { SiteProfile } from '../../lib/extract/page/site-profile';
import type { TeachPicked } from '../../lib/messages/teach';
import type { Send } from '../../lib/messages/send';
import { sendToBackground } from '../extension-client';

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

/** Through the background (lib/messages/teach.ts) over `send`; from the in-page sidebar, the tab is the sender's. */
export const teachAccess = (send: Send): TeachAccess => ({
  start: () => send('teach:start'),
  cancel: () => send('teach:cancel').then(() => {}),
  save: (columns, name) => send('teach:save', { columns, name }),
  profiles: () => send('teach:profiles'),
  importJson: (json) => send('teach:import', { json }),
  remove: (id) => send('teach:delete', { id }).then(() => {}),
});

export const extensionTeach: TeachAccess = teachAccess(sendToBackground);
