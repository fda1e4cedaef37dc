import { useCallback, useEffect, useState } from 'react';
import { KNOWN_APP_MATCHES, LOCAL_MATCHES } from '../../lib/extract/page/known-hosts';
import { originPattern, type SitesList } from '../../lib/messages/sites';
import { ActionMessage, useAction } from '../sidebar/use-action';

/** What the sites panel needs from the browser; the extension's is in entrypoints/options. */
export interface SitesAccess {
  list(): Promise<SitesList>;
  /** Asks the browser for the permission; must be called straight from the user's click. */
  request(pattern: string): Promise<boolean>;
  enable(origin: string): Promise<void>;
  disable(origin: string): Promise<void>;
  /** Stops reading an approved origin until the user approves it again. */
  revoke(origin: string): Promise<void>;
}

/** A typed site as an http(s) origin ("app.example.com" → "https://app.example.com"), or why not. */
export function siteOrigin(input: string): { ok: true; origin: string } | { ok: false; error: string } {
  const t = input.trim();
  if (!t) return { ok: false, error: 'Enter the address of your invoicing app.' };
  try {
    const u = new URL(/^[a-z]+:\/\//i.test(t) ? t : `https://${t}`);
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
      return { ok: false, error: 'Only http and https sites can be read.' };
    return { ok: true, origin: u.origin };
  } catch {
    return { ok: false, error: `"${t}" is not a web address.` };
  }
}

const patternHost = (p: string) => p.replace(/^\w+:\/\//, '').replace(/\/\*$/, '');

/** Which sites Owed reads: the known apps and this machine, plus the ones you allow. */
export function SitesPanel({ sites }: { sites: SitesAccess }) {
  const [list, setList] = useState<SitesList | null>(null);
  const [input, setInput] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [run, state] = useAction();
  const reload = useCallback(() => sites.list().then(setList, (e: unknown) => setInvalid(String(e))), [sites]);
  useEffect(() => void reload(), [reload]);

  const add = () => {
    setInvalid(null);
    const o = siteOrigin(input);
    if (!o.ok) return setInvalid(o.error);
    // The request must start synchronously in the click: browsers only ask on a user gesture.
    const asked = sites.request(originPattern(o.origin));
    void run(
      async () => {
        if (!(await asked)) throw new Error(`You did not allow Owed to read ${new URL(o.origin).host}.`);
        await sites.enable(o.origin);
        setInput('');
        await reload();
      },
      `Owed now reads ${new URL(o.origin).host}`,
    );
  };
  const remove = (pattern: string) =>
    run(
      async () => {
        await sites.disable(pattern.replace(/\/\*$/, ''));
        await reload();
      },
      `Owed no longer reads ${patternHost(pattern)}`,
    );

  const revoke = (origin: string) =>
    run(async () => {
      await sites.revoke(origin);
      await reload();
    }, `Owed no longer reads ${origin} until you allow it again`);

  return (
    <section aria-labelledby="sites-title" className="card">
      <h2 id="sites-title">Sites Owed reads</h2>
      <p className="muted">
        Known invoicing apps and this computer, each once you say yes ("Read invoices from …?" in Owed's sidebar on that
        site):
      </p>
      <ul aria-label="Built-in sites" className="sites">
        {[...KNOWN_APP_MATCHES, ...LOCAL_MATCHES].map((p) => (
          <li key={p}>{patternHost(p)}</li>
        ))}
      </ul>
      <h3>Sites you said yes to</h3>
      {list === null ? (
        <p aria-busy="true">Loading…</p>
      ) : list.approved.length === 0 ? (
        <p className="empty">None yet: Owed reads no site until you say yes.</p>
      ) : (
        <ul aria-label="Approved sites" className="sites">
          {list.approved.map((o) => (
            <li key={o}>
              {o}{' '}
              <button type="button" className="small" aria-label={`Stop reading ${o}`} onClick={() => void revoke(o)}>
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>Sites you allowed</h3>
      {list === null ? (
        <p aria-busy="true">Loading…</p>
      ) : list.granted.length === 0 ? (
        <p className="empty">None yet.</p>
      ) : (
        <ul aria-label="Allowed sites" className="sites">
          {list.granted.map((p) => (
            <li key={p}>
              {patternHost(p)}{' '}
              <button
                type="button"
                className="small"
                aria-label={`Stop reading ${patternHost(p)}`}
                onClick={() => void remove(p)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        aria-label="Read another site"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label>
          Your invoicing app's address
          <input value={input} placeholder="invoices.example.com" onChange={(e) => setInput(e.target.value)} />
        </label>
        <button type="submit" disabled={state.busy}>
          Allow Owed to read it
        </button>
        {invalid && (
          <p role="alert" className="error">
            {invalid}
          </p>
        )}
        <ActionMessage state={state} />
      </form>
    </section>
  );
}
