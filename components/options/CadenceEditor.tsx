import { useState } from 'react';
import { CADENCE_ACTIONS, DEBTOR_CLASSES, DEFAULT_CADENCE, type CadenceAction, type CadenceStep, type DebtorClass, type Settings } from '../../lib/model';
import { ACTION_LABEL, STANDING_LABEL } from '../sidebar/labels';
import type { EditSettings } from './OptionsPage';

type Scope = 'default' | DebtorClass;

/**
 * The follow-up steps: what to do how many days from the due date (negative: before it), for
 * every debtor, or for one class (tighter for unorganized, calls earlier for angry...).
 */
export function CadenceEditor({ settings, edit }: { settings: Settings; edit: EditSettings }) {
  const [scope, setScope] = useState<Scope>('default');
  const own = scope === 'default' ? settings.cadence : settings.cadenceByClass[scope];
  const steps = own ?? settings.cadence;
  const set = (next: CadenceStep[] | undefined) =>
    edit((s) => scope === 'default'
      ? { ...s, cadence: next ?? DEFAULT_CADENCE }
      : { ...s, cadenceByClass: { ...s.cadenceByClass, [scope]: next } });
  const change = (i: number, patch: Partial<CadenceStep>) => set(steps.map((st, j) => (j === i ? { ...st, ...patch } : st)));
  return (
    <fieldset>
      <legend>Follow-up cadence</legend>
      <label>For<select value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
        <option value="default">Every debtor (default)</option>
        {DEBTOR_CLASSES.map((c) => <option key={c} value={c}>{STANDING_LABEL[c]}{settings.cadenceByClass[c] ? ' (own)' : ''}</option>)}
      </select></label>
      {scope !== 'default' && !own ? (
        <p>
          {STANDING_LABEL[scope]} debtors follow the default.{' '}
          <button type="button" onClick={() => set([...settings.cadence])}>Give them their own cadence</button>
        </p>
      ) : (
      <>
      <table className="cadence">
        <thead><tr><th scope="col">Days from due</th><th scope="col">Action</th><th scope="col">Label</th><th scope="col"><span className="visually-hidden">Remove</span></th></tr></thead>
        <tbody>
          {steps.map((st, i) => (
            <tr key={i}>
              <td><input type="number" min={-365} max={3650} aria-label={`Step ${i + 1}: days from due`} value={st.offsetDays}
                onChange={(e) => change(i, { offsetDays: Math.trunc(Number(e.target.value)) })} /></td>
              <td><select aria-label={`Step ${i + 1}: action`} value={st.action} onChange={(e) => change(i, { action: e.target.value as CadenceAction })}>
                {CADENCE_ACTIONS.map((a) => <option key={a} value={a}>{ACTION_LABEL[a]}</option>)}
              </select></td>
              <td><input aria-label={`Step ${i + 1}: label`} value={st.label ?? ''} onChange={(e) => change(i, { label: e.target.value })} /></td>
              <td><button type="button" className="small" disabled={steps.length <= 1} aria-label={`Remove step ${i + 1}`} onClick={() => set(steps.filter((_, j) => j !== i))}>Remove</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="buttons">
        <button type="button" onClick={() => set([...steps, { offsetDays: (steps[steps.length - 1]?.offsetDays ?? 0) + 7, action: 'call' }])}>Add a step</button>
        <button type="button" onClick={() => set([...steps].sort((a, b) => a.offsetDays - b.offsetDays))}>Sort by day</button>
        {scope === 'default'
          ? <button type="button" onClick={() => set(DEFAULT_CADENCE)}>Back to the defaults</button>
          : <button type="button" onClick={() => set(undefined)}>Follow the default again</button>}
      </div>
      </>
      )}
    </fieldset>
  );
}
