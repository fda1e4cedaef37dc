import { useId, useState } from 'react';
import type { TemplateChoice } from '../drafting/templates-port';

/** One click for the recommended reminder; any other template one more click away. */
export function DraftPanel({
  recommended,
  choices,
  busy,
  explain,
  onDraft,
}: {
  recommended: string;
  /** Every template that may be drafted instead, the recommended one included. */
  choices: TemplateChoice[];
  busy: boolean;
  /** What the click will do ("Opens a reply to ..."). */
  explain: (templateId: string) => string;
  onDraft(templateId: string): void;
}) {
  const selectId = useId();
  const [other, setOther] = useState(choices.find((t) => t.id !== recommended)?.id ?? recommended);
  const label = (id: string) => choices.find((t) => t.id === id)?.label ?? id;
  return (
    <section className="draft" aria-label="Draft a reminder">
      <button type="button" className="primary" disabled={busy} onClick={() => onDraft(recommended)}>
        Draft reminder
      </button>
      <p className="hint">
        {label(recommended)}. {explain(recommended)}
      </p>
      <details>
        <summary>Other templates</summary>
        <label htmlFor={selectId}>Template</label>
        <select id={selectId} value={other} onChange={(e) => setOther(e.currentTarget.value)}>
          {choices.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
        <button type="button" disabled={busy} onClick={() => onDraft(other)}>
          Draft this one
        </button>
      </details>
    </section>
  );
}
