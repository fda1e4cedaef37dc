import type { CurrentSite } from '../../lib/messages/sites';
import { sendToBackground as send } from '../extension-client';
import type { SitesAccess } from '../options/SitesPanel';

/** Sites through the background (it registers the reader); the permission prompt from this page. */
export const extensionSites: SitesAccess & {
  currentTab(): Promise<CurrentSite | null>;
  approve(origin: string): Promise<void>;
} = {
  list: () => send('sites:list'),
  request: (pattern) => browser.permissions.request({ origins: [pattern] }),
  enable: (origin) => send('sites:enable', { origin }).then(() => {}),
  disable: (origin) => send('sites:disable', { origin }).then(() => {}),
  currentTab: () => send('sites:current-tab'),
  approve: (origin) => send('sites:approve', { origin }).then(() => {}),
  revoke: (origin) => send('sites:revoke', { origin }).then(() => {}),
};
