import { useState } from 'react';
import type { DebtorView } from '../../lib/model';
import type { Desk } from './desk';
import { recordOf } from './record';
import { ActionMessage, useAction } from './use-action';

type Flag = 'creditHold' | 'upfrontOnly';
const FLAG_TEXT: Record<Flag, { set: string; label: string }> = {
  creditHold: { set: 'Put on credit hold', label: 'Credit hold' },
  upfrontOnly: { set: 'Upfront payment only from now on', label: 'Upfront only' },
};

/** The flags the owner sets by hand (credit hold, upfront only, each with its date and why; automatic debit). */
export function FlagsEditor({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const flags = debtor.record?.flags ?? {};
  const [note, setNote] = useState('');
  const [run, state] = useAction();
  const save = (flag: Flag, on: boolean) => {
    const now = desk.now();
    const record = recordOf(debtor, now);
    const { [flag]: _old, ...rest } = record.flags;
    const next = on ? { ...rest, [flag]: { at: now, ...(note.trim() ? { note: note.trim() } : {}) } } : rest;
    return run(
      () => desk.client.saveRecord({ ...record, flags: next, updatedAt: now }),
      on ? `${FLAG_TEXT[flag].label} set` : `${FLAG_TEXT[flag].label} lifted`,
    ).then((ok) => ok && setNote(''));
  };
  const saveAutoDebit = (on: boolean) => {
    const now = desk.now();
    const record = recordOf(debtor, now);
    const { autoDebit: _old, ...rest } = record.flags;
    return run(
      () => desk.client.saveRecord({ ...record, flags: on ? { ...rest, autoDebit: true } : rest, updatedAt: now }),
      on ? 'Automatic debit: no reminders before the due date' : 'Reminders before the due date again',
    );
  };
  return (
    <details className="flags-editor">
      <summary>Credit hold, upfront only, automatic debit</summary>
      <label>
        Why <span className="muted">(optional)</span>
        <input value={note} maxLength={10_000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="buttons">
        {(Object.keys(FLAG_TEXT) as Flag[]).map((flag) =>
          flags[flag] ? (
            <button key={flag} type="button" disabled={state.busy} onClick={() => void save(flag, false)}>
              Lift {FLAG_TEXT[flag].label.toLowerCase()}
            </button>
          ) : (
            <button key={flag} type="button" disabled={state.busy} onClick={() => void save(flag, true)}>
              {FLAG_TEXT[flag].set}
            </button>
          ),
        )}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={flags.autoDebit === true}
          disabled={state.busy}
          onChange={(e) => void saveAutoDebit(e.target.checked)}
        />{' '}
        Pays by automatic debit (no reminders before the due date)
      </label>
      <ActionMessage state={state} />
    </details>
  );
}
