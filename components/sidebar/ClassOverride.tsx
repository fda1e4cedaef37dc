import { useState } from 'react';
import { Standing, type DebtorView } from '../../lib/model';
import type { Desk } from './desk';
import { STANDING_LABEL } from './labels';
import { recordOf } from './record';
import { ActionMessage, useAction } from './use-action';

/** Choose the class yourself, with a note saying why; the rules' reasons stay visible. */
export function ClassOverride({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const current = debtor.record?.override;
  const [cls, setCls] = useState<Standing>(current?.class ?? debtor.classification.standing);
  const [note, setNote] = useState(current?.note ?? '');
  const [run, state] = useAction();
  const save = (override: boolean) => {
    const now = desk.now();
    const { override: _drop, ...rest } = recordOf(debtor, now);
    return run(
      () =>
        desk.client.saveRecord(
          override ? { ...rest, override: { class: cls, note: note.trim() || undefined, at: now } } : rest,
        ),
      override ? 'Class set' : 'Back to the rules',
    );
  };
  return (
    <details className="override">
      <summary>Override the class</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save(true);
        }}
      >
        <label>
          Class
          <select value={cls} onChange={(e) => setCls(e.target.value as Standing)}>
            {Standing.options.map((s) => (
              <option key={s} value={s}>
                {STANDING_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Note (why)
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={10_000} />
        </label>
        <div className="buttons">
          <button type="submit" disabled={state.busy}>
            Set class
          </button>
          {current && (
            <button type="button" onClick={() => void save(false)} disabled={state.busy}>
              Use the rules again
            </button>
          )}
        </div>
        <ActionMessage state={state} />
      </form>
    </details>
  );
}
