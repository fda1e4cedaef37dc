import type { CurrentSite, SitesList } from '../../lib/messages/sites';
import { unwrapResponse } from '../../lib/messages/client';
import type { SitesAccess } from '../options/SitesPanel';

const ask = async <T>(message: object): Promise<T> => unwrapResponse<T>(await browser.runtime.sendMessage(message));

/** Sites through the background (it registers the reader); the permission prompt from this page. */
export const extensionSites: SitesAccess & { currentTab(): Promise<CurrentSite | null> } = {
  list: () => ask<SitesList>({ type: 'sites:list' }),
  request: (pattern) => browser.permissions.request({ origins: [pattern] }),
  enable: (origin) => ask<null>({ type: 'sites:enable', origin }).then(() => {}),
  disable: (origin) => ask<null>({ type: 'sites:disable', origin }).then(() => {}),
  currentTab: () => ask<CurrentSite | null>({ type: 'sites:current-tab' }),
};
