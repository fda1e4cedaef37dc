import { useId, useState } from 'react';
import type { DebtorName } from '../../../lib/bridge/protocol';

/** Lets the user say which debtor a message is about when Owed could not tell. */
export function DebtorPicker({
  prompt,
  options,
  onPick,
}: {
  prompt: string;
  options: DebtorName[];
  onPick(id: string): void;
}) {
  const id = useId();
  const [chosen, setChosen] = useState('');
  if (options.length === 0) return <p>Owed has no debtors yet.</p>;
  return (
    <form
      className="picker"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen) onPick(chosen);
      }}
    >
      <label htmlFor={id}>{prompt}</label>
      <select id={id} value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
        <option value="">Choose a debtor…</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={!chosen}>
        Show
      </button>
    </form>
  );
}
