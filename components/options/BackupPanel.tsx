import { useState } from 'react';
import type { OwedClient } from '../../lib/messages/client';
import type { DraftIO } from '../drafts/draft-io';
import { ActionMessage, useAction } from '../sidebar/use-action';

/** Your data in one file: save it, bring it back, or delete everything. */
export function BackupPanel({ client, io, now }: { client: OwedClient; io: DraftIO; now: () => number }) {
  const [run, state] = useAction();
  const [confirmWipe, setConfirmWipe] = useState(false);
  const exportFile = () =>
    run(async () => {
      const backup = await client.exportBackup();
      io.download(
        `owed-backup-${new Date(now()).toISOString().slice(0, 10)}.json`,
        'application/json',
        JSON.stringify(backup, null, 1),
      );
    }, 'Backup saved');
  const importFile = (file: File) =>
    run(async () => {
      const counts = await client.importBackup(await file.text());
      return counts;
    }, `Restored from ${file.name}`);
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
        Import a backup <span className="muted">(replaces what is here; a file Owed cannot read changes nothing)</span>
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
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
