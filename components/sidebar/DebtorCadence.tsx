import { useEffect, useRef, useState } from 'react';
import { followUpPlan } from '../../lib/ledger';
import type { CadenceStep, DebtorView } from '../../lib/model';
import { cadenceFor } from '../../lib/schedule/cadence-for';
import { formatDate } from '../../lib/format';
import { CadenceSteps } from '../options/CadenceSteps';
import type { Desk } from './desk';
import { STANDING_LABEL } from './labels';
import { recordOf } from './record';
import { ActionMessage, useAction } from './use-action';

const STATE_LABEL = { done: 'done', past: 'missed', current: 'now', upcoming: 'to come' } as const;

/**
 * Which follow-up system this debtor follows (its own, its class's or the default) with each step's
 * date, and its own steps to give it (a key account) or take back.
 */
export function DebtorCadence({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const { settings } = desk.ledger;
  const chosen = cadenceFor(debtor.record, debtor.classification.standing, settings);
  const plan = followUpPlan(
    debtor,
    settings,
    desk.now(),
    settings.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone,
  );
  const source = plan?.source ?? chosen.source;
  const [draft, setDraft] = useState<CadenceStep[] | null>(null);
  const [run, state] = useAction();
  const editor = useRef<HTMLFormElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const editing = draft !== null;
  const wasEditing = useRef(false);
  // Opening the editor takes the keyboard to its first step; closing it, back to the button.
  useEffect(() => {
    if (editing) editor.current?.querySelector<HTMLElement>('input, select')?.focus();
    else if (wasEditing.current) opener.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const saveOwn = (cadence: CadenceStep[] | undefined) => {
    const now = desk.now();
    const { cadence: _old, ...rest } = recordOf(debtor, now);
    return run(
      () => desk.client.saveRecord({ ...rest, ...(cadence ? { cadence } : {}), updatedAt: now }),
      cadence ? 'Its own steps saved' : source === 'debtor' ? 'Back to the shared steps' : 'Saved',
    ).then((ok) => ok && setDraft(null));
  };
  const standing = debtor.classification.standing;
  const followed =
    source === 'debtor'
      ? 'its own steps'
      : source === 'class'
        ? `the steps for ${STANDING_LABEL[standing].toLowerCase()} debtors (Owed settings)`
        : 'the default steps (Owed settings)';
  return (
    <section aria-labelledby="cadence-title" className="card">
      <h3 id="cadence-title">Follow-up system</h3>
      <p data-testid="cadence-source">
        Follows {followed}.
        {debtor.record?.flags.autoDebit ? ' Pays by automatic debit: no reminders before the due date.' : ''}
      </p>
      {plan ? (
        <ol aria-label="Follow-up steps" className="reasons">
          {plan.steps.map((s, i) => (
            <li key={i} aria-current={s.state === 'current' ? 'step' : undefined}>
              <time dateTime={s.date}>{formatDate(s.date, desk.locale)}</time>: {s.label}{' '}
              <span className="muted">({STATE_LABEL[s.state]})</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No open invoice with a due date: nothing scheduled.</p>
      )}
      {draft ? (
        <form
          ref={editor}
          aria-label="Its own follow-up steps"
          onSubmit={(e) => {
            e.preventDefault();
            void saveOwn(draft);
          }}
        >
          <CadenceSteps steps={draft} onChange={setDraft}>
            <button type="submit" className="primary" disabled={state.busy}>
              Save its steps
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </CadenceSteps>
        </form>
      ) : (
        <div className="buttons">
          <button type="button" ref={opener} onClick={() => setDraft([...chosen.steps])}>
            {source === 'debtor' ? 'Edit its steps' : 'Give it its own steps'}
          </button>
          {source === 'debtor' && (
            <button type="button" disabled={state.busy} onClick={() => void saveOwn(undefined)}>
              Follow the {cadenceFor(undefined, standing, settings).source === 'class' ? 'class' : 'default'} steps
              again
            </button>
          )}
        </div>
      )}
      <ActionMessage state={state} />
    </section>
  );
}
