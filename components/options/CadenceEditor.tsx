import { useState } from 'react';
import { DEBTOR_CLASSES, DEFAULT_CADENCE, type CadenceStep, type DebtorClass, type Settings } from '../../lib/model';
import { STANDING_LABEL } from '../sidebar/labels';
import { CadenceSteps } from './CadenceSteps';
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
    edit((s) =>
      scope === 'default'
        ? { ...s, cadence: next ?? DEFAULT_CADENCE }
        : { ...s, cadenceByClass: { ...s.cadenceByClass, [scope]: next } },
    );
  return (
    <fieldset>
      <legend>Follow-up cadence</legend>
      <label>
        For
        <select value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
          <option value="default">Every debtor (default)</option>
          {DEBTOR_CLASSES.map((c) => (
            <option key={c} value={c}>
              {STANDING_LABEL[c]}
              {settings.cadenceByClass[c] ? ' (own)' : ''}
            </option>
          ))}
        </select>
      </label>
      {scope !== 'default' && !own ? (
        <p>
          {STANDING_LABEL[scope]} debtors follow the default.{' '}
          <button type="button" onClick={() => set([...settings.cadence])}>
            Give them their own cadence
          </button>
        </p>
      ) : (
        <CadenceSteps steps={steps} onChange={set}>
          {scope === 'default' ? (
            <button type="button" onClick={() => set(DEFAULT_CADENCE)}>
              Back to the defaults
            </button>
          ) : (
            <button type="button" onClick={() => set(undefined)}>
              Follow the default again
            </button>
          )}
        </CadenceSteps>
      )}
    </fieldset>
  );
}
