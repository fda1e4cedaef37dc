import type { SitesList } from '../../lib/messages/sites';
import type { OwedResponse } from '../../lib/messages/requests';
import type { SitesAccess } from '../../components/options/SitesPanel';

async function ask<T>(message: object): Promise<T> {
  const res = (await browser.runtime.sendMessage(message)) as OwedResponse<T> | undefined;
  if (!res) throw new Error('Owed did not answer. Reload the page and try again.');
  if (!res.ok) throw new Error(res.error);
  return res.value;
}

/** Sites through the background (it registers the reader), the permission prompt from this page. */
export const extensionSites: SitesAccess = {
  list: () => ask<SitesList>({ type: 'sites:list' }),
  request: (pattern) => browser.permissions.request({ origins: [pattern] }),
  enable: (origin) => ask<null>({ type: 'sites:enable', origin }).then(() => {}),
  disable: (origin) => ask<null>({ type: 'sites:disable', origin }).then(() => {}),
};
