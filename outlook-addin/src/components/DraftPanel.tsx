import { useId, useState } from 'react';
import { TEMPLATE_CHOICES } from '../drafting/templates-port';

/** One click for the recommended reminder; any other template one more click away. */
export function DraftPanel({
  recommended,
  busy,
  explain,
  onDraft,
}: {
  recommended: string;
  busy: boolean;
  /** What the click will do ("Opens a reply to ..."). */
  explain: (templateId: string) => string;
  onDraft(templateId: string): void;
}) {
  const selectId = useId();
  const [other, setOther] = useState(TEMPLATE_CHOICES.find((t) => t.id !== recommended)?.id ?? recommended);
  const label = (id: string) => TEMPLATE_CHOICES.find((t) => t.id === id)?.label ?? id;
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
          {TEMPLATE_CHOICES.map((t) => (
            <option key={t.id} value={t.id}>{t.label}</option>
          ))}
        </select>
        <button type="button" disabled={busy} onClick={() => onDraft(other)}>
          Draft this one
        </button>
      </details>
    </section>
  );
}
