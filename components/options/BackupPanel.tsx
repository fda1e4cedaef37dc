import { useEffect, useState } from 'react';
import type { BackupPreview, SafetyCopyInfo } from '../../lib/db/backup-import';
import type { OwedClient } from '../../lib/messages/client';
import type { DraftIO } from '../drafts/draft-io';
import { ActionMessage, useAction } from '../sidebar/use-action';

/** Chrome refuses a message over 64 MiB with a raw error: a bigger backup is refused here, in words. */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024 - 1024;

const day = (ms: number) => (ms ? new Date(ms).toISOString().slice(0, 10) : '—');
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Your data in one file: save it, bring it back (seeing first what it replaces), undo that, or delete everything. */
export function BackupPanel({ client, io, now }: { client: OwedClient; io: DraftIO; now: () => number }) {
  const [run, state] = useAction();
  const [confirmWipe, setConfirmWipe] = useState(false);
  const [pending, setPending] = useState<{ name: string; text: string; preview: BackupPreview } | null>(null);
  const [safety, setSafety] = useState<SafetyCopyInfo | null>(null);
  const refreshSafety = () => client.safetyCopy().then(setSafety, () => setSafety(null));
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the panel opens
  useEffect(() => void refreshSafety(), []);

  const exportFile = () =>
    run(async () => {
      const backup = await client.exportBackup();
      io.download(
        `owed-backup-${new Date(now()).toISOString().slice(0, 10)}.json`,
        'application/json',
        JSON.stringify(backup, null, 1),
      );
    }, 'Backup saved');
  const chooseFile = (file: File) =>
    run(async () => {
      setPending(null);
      if (file.size > MAX_BACKUP_BYTES)
        throw new Error(
          `${file.name} is ${megabytes(file.size)}: Owed can import backups up to 64 MB. Nothing was changed.`,
        );
      const text = await file.text();
      setPending({ name: file.name, text, preview: await client.previewBackup(text) });
    }, 'Check what the backup replaces, then confirm.');
  const replace = (replaceNewer: boolean) =>
    pending &&
    run(async () => {
      await client.importBackup(pending.text, replaceNewer);
      setPending(null);
      await refreshSafety();
    }, `Restored from ${pending.name}`);
  const undo = () =>
    run(async () => {
      await client.restoreSafetyCopy();
      await refreshSafety();
    }, 'Put back what Owed held before the last import');

  return (
    <section aria-labelledby="backup-title" className="card">
      <h2 id="backup-title">Backup</h2>
      <p className="muted">Everything Owed knows stays in this browser. Save a copy to move it or keep it safe.</p>
      <div className="buttons">
        <button type="button" onClick={() => void exportFile()} disabled={state.busy}>
          Export backup
        </button>
      </div>
      <label>
        Import a backup{' '}
        <span className="muted">(you see what it replaces first; what is here is kept as a safety copy)</span>
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void chooseFile(file);
          }}
        />
      </label>
      {pending && (
        <section aria-label="Backup to import">
          <table>
            <caption>{pending.name}</caption>
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">Invoices</th>
                <th scope="col">Customers</th>
                <th scope="col">Log entries</th>
                <th scope="col">Newest</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">In the file (exported {day(pending.preview.file.exportedAt)})</th>
                <td>{pending.preview.file.invoices}</td>
                <td>{pending.preview.file.debtors}</td>
                <td>{pending.preview.file.events}</td>
                <td>{day(pending.preview.file.newest)}</td>
              </tr>
              <tr>
                <th scope="row">Here now (replaced)</th>
                <td>{pending.preview.current.invoices}</td>
                <td>{pending.preview.current.debtors}</td>
                <td>{pending.preview.current.events}</td>
                <td>{day(pending.preview.current.newest)}</td>
              </tr>
            </tbody>
          </table>
          {pending.preview.currentIsNewer && (
            <p role="alert" className="error">
              Owed holds changes made after this backup was exported. Importing it replaces them.
            </p>
          )}
          <div className="buttons">
            <button
              type="button"
              className={pending.preview.currentIsNewer ? 'danger' : undefined}
              onClick={() => void replace(pending.preview.currentIsNewer)}
              disabled={state.busy}
            >
              {pending.preview.currentIsNewer ? 'Replace newer data' : 'Replace what is here'}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </section>
      )}
      {safety && (
        <p>
          Safety copy from {day(safety.at)}: {safety.invoices} invoices, {safety.events} log entries.{' '}
          <button type="button" onClick={() => void undo()} disabled={state.busy}>
            Undo the last import
          </button>
        </p>
      )}
      <div className="buttons">
        {!confirmWipe ? (
          <button type="button" onClick={() => setConfirmWipe(true)}>
            Delete everything…
          </button>
        ) : (
          <>
            <button
              type="button"
              className="danger"
              onClick={() => void run(() => client.wipe(), 'Everything deleted').then(() => setConfirmWipe(false))}
            >
              Yes, delete everything
            </button>
            <button type="button" onClick={() => setConfirmWipe(false)}>
              Keep it
            </button>
          </>
        )}
      </div>
      <ActionMessage state={state} />
    </section>
  );
}
