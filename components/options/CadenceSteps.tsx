import { CADENCE_ACTIONS, type CadenceAction, type CadenceStep } from '../../lib/model';
import { ACTION_LABEL } from '../sidebar/labels';

/**
 * The steps of one follow-up system, each editable (days from due, action, label), with add,
 * remove and sort: the options page edits the default and class systems with it, the debtor
 * detail a debtor's own. `children` are the caller's extra buttons (back to the default...).
 */
export function CadenceSteps({
  steps,
  onChange,
  children,
}: {
  steps: CadenceStep[];
  onChange: (next: CadenceStep[]) => void;
  children?: React.ReactNode;
}) {
  const change = (i: number, patch: Partial<CadenceStep>) =>
    onChange(steps.map((st, j) => (j === i ? { ...st, ...patch } : st)));
  return (
    <>
      <table className="cadence">
        <thead>
          <tr>
            <th scope="col">Days from due</th>
            <th scope="col">Action</th>
            <th scope="col">Label</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {steps.map((st, i) => (
            <tr key={i}>
              <td>
                <input
                  type="number"
                  min={-365}
                  max={3650}
                  aria-label={`Step ${i + 1}: days from due`}
                  value={st.offsetDays}
                  onChange={(e) => change(i, { offsetDays: Math.trunc(Number(e.target.value)) })}
                />
              </td>
              <td>
                <select
                  aria-label={`Step ${i + 1}: action`}
                  value={st.action}
                  onChange={(e) => change(i, { action: e.target.value as CadenceAction })}
                >
                  {CADENCE_ACTIONS.map((a) => (
                    <option key={a} value={a}>
                      {ACTION_LABEL[a]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  aria-label={`Step ${i + 1}: label`}
                  value={st.label ?? ''}
                  onChange={(e) => change(i, { label: e.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="small"
                  disabled={steps.length <= 1}
                  aria-label={`Remove step ${i + 1}`}
                  onClick={() => onChange(steps.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="buttons">
        <button
          type="button"
          onClick={() =>
            onChange([...steps, { offsetDays: (steps[steps.length - 1]?.offsetDays ?? 0) + 7, action: 'call' }])
          }
        >
          Add a step
        </button>
        <button type="button" onClick={() => onChange([...steps].sort((a, b) => a.offsetDays - b.offsetDays))}>
          Sort by day
        </button>
        {children}
      </div>
    </>
  );
}
