import { useCallback, useEffect, useState } from 'react';
import type { SiteProfile } from '../../lib/extract/page/site-profile';
import { parseProfileJson } from '../../lib/extract/read/teach-profile';
import { ProfilePreview } from './ProfilePreview';
import type { TeachAccess } from './teach-access';

/** The longest profile JSON the background accepts (teach:import in lib/messages/teach.ts). */
const MAX_PROFILE_CHARS = 100_000;

/** Offers text as a file download (the options page; a fake in tests). */
export type Download = (fileName: string, text: string) => void;

export const browserDownload: Download = (fileName, text) => {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

/**
 * The site profiles the user taught or imported: each exportable as JSON to share, deletable;
 * a profile someone shared is read from its file or pasted JSON, refused with the reason when it
 * is not one, and shown (its sites, what it reads and clicks) to be saved or cancelled: nothing is
 * stored before "Save profile" (the background validates it again then).
 */
export function TaughtProfiles({ teach, download = browserDownload }: { teach: TeachAccess; download?: Download }) {
  const [profiles, setProfiles] = useState<SiteProfile[] | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [pasted, setPasted] = useState('');
  const [pending, setPending] = useState<{ json: string; profile: SiteProfile } | null>(null);

  const refresh = useCallback(
    () =>
      teach
        .profiles()
        .then(setProfiles, (e: unknown) =>
          setMessage({ error: true, text: String(e instanceof Error ? e.message : e) }),
        ),
    [teach],
  );
  useEffect(() => void refresh(), [refresh]);

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setMessage({ error: false, text: done });
      await refresh();
      return true;
    } catch (e) {
      setMessage({ error: true, text: e instanceof Error ? e.message : String(e) });
      return false;
    }
  };
  const previewText = (json: string) => {
    if (json.length > MAX_PROFILE_CHARS) {
      setPending(null);
      setMessage({ error: true, text: 'This file is too large to be a site profile. Nothing was saved.' });
      return;
    }
    const parsed = parseProfileJson(json);
    if (!parsed.ok) {
      setPending(null);
      setMessage({ error: true, text: `Not an Owed site profile: ${parsed.reason}. Nothing was saved.` });
      return;
    }
    setMessage(null);
    setPending({ json, profile: parsed.profile });
  };
  const savePending = async () => {
    if (!pending) return;
    let name = '';
    if (await act(async () => (name = (await teach.importJson(pending.json)).name), 'Imported')) {
      setMessage({ error: false, text: `Saved “${name}”.` });
      setPending(null);
      setPasted('');
    }
  };
  const cancelPending = () => {
    setPending(null);
    setMessage({ error: false, text: 'Not saved.' });
  };

  return (
    <section className="taught-profiles" aria-label="Taught sites">
      <h2>Sites you taught Owed</h2>
      {profiles === null ? (
        <p>Loading…</p>
      ) : profiles.length === 0 ? (
        <p>None yet. On a page Owed cannot read, open Owed and choose “Teach Owed this page”.</p>
      ) : (
        <ul aria-label="Taught site profiles">
          {profiles.map((p) => (
            <li key={p.id}>
              <span className="profile-name">{p.name}</span> <span className="muted">{p.matches.join(', ')}</span>{' '}
              <button
                type="button"
                aria-label={`Export ${p.name}`}
                onClick={() => download(`owed-profile-${p.id}.json`, JSON.stringify(p, null, 2))}
              >
                Export
              </button>{' '}
              <button
                type="button"
                aria-label={`Delete ${p.name}`}
                onClick={() => void act(() => teach.remove(p.id), `Deleted “${p.name}”.`)}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Import a shared profile</summary>
        <label>
          Profile file{' '}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void file.text().then(previewText);
              e.target.value = '';
            }}
          />
        </label>
        <label>
          Or paste its JSON
          <textarea value={pasted} rows={4} onChange={(e) => setPasted(e.target.value)} />
        </label>
        <button type="button" disabled={!pasted.trim()} onClick={() => previewText(pasted)}>
          Import
        </button>
      </details>
      {pending && (
        <ProfilePreview profile={pending.profile} onSave={() => void savePending()} onCancel={cancelPending} />
      )}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error' : 'done'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
