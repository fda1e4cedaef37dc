import { useId, useState } from 'react';
import { TEACH_FIELDS, missingRequired, type TeachField, type TeachPicked } from '../../lib/messages/teach';

export const FIELD_LABELS: Record<TeachField | 'ignore', string> = {
  number: 'Invoice number',
  customer: 'Customer',
  issued: 'Issue date',
  due: 'Due date',
  total: 'Total',
  balance: 'Balance (amount due)',
  status: 'Status',
  paidOn: 'Paid date',
  ignore: 'Ignore',
};

type Choice = TeachField | 'ignore';

/** The column chosen per field, from one choice per column (the first column wins a field). */
export function columnsFromChoices(choices: readonly Choice[]): Partial<Record<TeachField, number>> {
  const out: Partial<Record<TeachField, number>> = {};
  choices.forEach((c, i) => {
    if (c !== 'ignore' && out[c] === undefined) out[c] = i;
  });
  return out;
}

/** Fields given to more than one column: the user must choose. */
export function duplicateFields(choices: readonly Choice[]): TeachField[] {
  const seen = new Set<TeachField>();
  const twice = new Set<TeachField>();
  for (const c of choices) if (c !== 'ignore') (seen.has(c) ? twice : seen).add(c);
  return [...twice];
}

/**
 * The columns Owed found in the list the user picked, each with a few of its values and a select
 * to confirm or correct what it holds. Confirm is refused, with the reason, until the list has
 * an invoice number, a customer and an amount, and no field is given twice.
 */
export function ColumnConfirm({
  picked,
  busy = false,
  onConfirm,
  onCancel,
}: {
  picked: TeachPicked;
  busy?: boolean;
  onConfirm: (columns: Partial<Record<TeachField, number>>, name: string) => void;
  onCancel: () => void;
}) {
  const width = Math.max(picked.headers.length, ...picked.sample.map((r) => r.length));
  const detected = new Map<number, TeachField>();
  for (const [field, index] of Object.entries(picked.columns))
    if ((TEACH_FIELDS as readonly string[]).includes(field) && index !== undefined)
      detected.set(index, field as TeachField);
  const [choices, setChoices] = useState<Choice[]>(() =>
    Array.from({ length: width }, (_, i) => detected.get(i) ?? 'ignore'),
  );
  const [name, setName] = useState(() => {
    try {
      return new URL(picked.url).host;
    } catch {
      return '';
    }
  });
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const confirm = () => {
    const twice = duplicateFields(choices);
    if (twice.length)
      return setError(`${twice.map((f) => FIELD_LABELS[f]).join(', ')}: chosen for more than one column. Choose one.`);
    const columns = columnsFromChoices(choices);
    const missing = missingRequired(columns);
    if (missing.length) return setError(`Choose the column for: ${missing.join(', ')}.`);
    setError(null);
    onConfirm(columns, name.trim());
  };

  return (
    <form
      className="teach-confirm"
      aria-label="Confirm the columns"
      onSubmit={(e) => {
        e.preventDefault();
        confirm();
      }}
    >
      <p>What does each column of this list hold? Owed guessed; correct what is wrong.</p>
      <table className="teach-columns">
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Values</th>
            <th scope="col">Holds</th>
          </tr>
        </thead>
        <tbody>
          {choices.map((choice, i) => {
            const header = picked.headers[i]?.trim() || `Column ${i + 1}`;
            return (
              <tr key={i}>
                <th scope="row">
                  <label htmlFor={`${id}-${i}`}>{header}</label>
                </th>
                <td className="teach-sample">
                  {picked.sample
                    .slice(0, 3)
                    .map((r) => r[i] ?? '')
                    .filter(Boolean)
                    .join(' · ')}
                </td>
                <td>
                  <select
                    id={`${id}-${i}`}
                    value={choice}
                    onChange={(e) => {
                      const next = [...choices];
                      next[i] = e.target.value as Choice;
                      setChoices(next);
                    }}
                  >
                    {(['ignore', ...TEACH_FIELDS] as const).map((f) => (
                      <option key={f} value={f}>
                        {FIELD_LABELS[f]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <label className="teach-name">
        Name of this site <input value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="teach-actions">
        <button type="submit" disabled={busy}>
          Save and read this page
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
