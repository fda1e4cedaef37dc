import { useEffect, useState } from 'react';
import { originPattern, type CurrentSite } from '../../lib/messages/sites';
import { ActionMessage, useAction } from '../sidebar/use-action';

export interface ThisSiteAccess {
  currentTab(): Promise<CurrentSite | null>;
  /** The browser's permission prompt: must run straight from the user's click. */
  request(pattern: string): Promise<boolean>;
  enable(origin: string): Promise<void>;
}

/**
 * On a site Owed does not read yet (the side panel opened from the toolbar), one button asks the
 * browser for that site only, then reads its open tabs. Nothing is asked at install.
 */
export function ReadThisSite({ sites }: { sites: ThisSiteAccess }) {
  const [site, setSite] = useState<CurrentSite | null>(null);
  const [run, state] = useAction();
  useEffect(() => {
    sites.currentTab().then(setSite, () => setSite(null));
  }, [sites]);
  if (!site || (site.readable && !state.done)) return null;
  const host = new URL(site.origin).host;
  const read = () =>
    run(async () => {
      if (!(await sites.request(originPattern(site.origin)))) throw new Error(`Owed was not allowed to read ${host}.`);
      await sites.enable(site.origin);
    }, `Owed now reads ${host}. Open its invoice list.`);
  return (
    <section className="read-this-site" aria-label="This site">
      {!state.done && (
        <button type="button" onClick={read} disabled={state.busy}>
          Read invoices on {host}
        </button>
      )}
      <ActionMessage state={state} />
    </section>
  );
}
