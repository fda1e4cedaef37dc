import { useEffect, useState } from 'react';
import { originPattern, type CurrentSite } from '../../lib/messages/sites';
import { ActionMessage, useAction } from '../sidebar/use-action';

export interface ThisSiteAccess {
  currentTab(): Promise<CurrentSite | null>;
  /** The browser's permission prompt: must run straight from the user's click. */
  request(pattern: string): Promise<boolean>;
  enable(origin: string): Promise<void>;
  /** The user's yes to reading this origin as its pages load (sites:approve). */
  approve(origin: string): Promise<void>;
}

/**
 * The site the sidebar was opened on, when Owed does not read it yet. On a site it may read (a
 * known invoicing app, this computer) it asks once: "Read invoices from <origin>?"; nothing from
 * that origin enters the ledger before the user says yes. On any other site one button asks the
 * browser for that site only, then reads its open tabs. Nothing is asked at install.
 */
export function ReadThisSite({ sites }: { sites: ThisSiteAccess }) {
  const [site, setSite] = useState<CurrentSite | null>(null);
  const [later, setLater] = useState(false);
  const [run, state] = useAction();
  useEffect(() => {
    sites.currentTab().then(setSite, () => setSite(null));
  }, [sites]);
  if (!site || later || (site.readable && site.approved && !state.done)) return null;
  const host = new URL(site.origin).host;
  if (site.readable) {
    const approve = () => run(() => sites.approve(site.origin), `Owed now reads invoices from ${host}.`);
    return (
      <section className="read-this-site" aria-label="This site">
        {!state.done && (
          <>
            <p>
              <strong>Read invoices from {site.origin}?</strong> Owed will read the invoice lists you open there and
              keep them on this computer. You can stop it in Owed’s options.
            </p>
            <button type="button" className="primary" onClick={approve} disabled={state.busy}>
              Read invoices
            </button>{' '}
            <button type="button" className="link" onClick={() => setLater(true)} disabled={state.busy}>
              Not now
            </button>
          </>
        )}
        <ActionMessage state={state} />
      </section>
    );
  }
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
