import { useMemo, useState } from 'react';
import type { Settings } from '../../lib/model';
import { TemplateError, exampleContext, listTemplates, renderTemplate, validateTemplate } from '../../lib/templates';
import type { EditSettings } from './OptionsPage';

/** Edit any reminder or letter, checked as you type, previewed with an example customer. */
export function TemplatesEditor({ settings, edit }: { settings: Settings; edit: EditSettings }) {
  const all = listTemplates();
  const [id, setId] = useState<string>(all[0]!.id);
  const builtIn = all.find((t) => t.id === id)!;
  const current = settings.templates[id] ?? { subject: builtIn.subject, body: builtIn.body };
  const edited = id in settings.templates;
  const checked = useMemo(() => {
    const problems = validateTemplate(current);
    if (problems.length) return { problems, preview: null };
    try {
      return { problems, preview: renderTemplate(id, exampleContext(), { [id]: current }) };
    } catch (e) {
      // Rendered, it may still not fit in an email (32 KB): say so like any other problem.
      if (e instanceof TemplateError) return { problems: e.problems, preview: null };
      throw e;
    }
  }, [id, current]);
  const { problems, preview } = checked;
  const set = (patch: Partial<typeof current>) =>
    edit((s) => ({ ...s, templates: { ...s.templates, [id]: { ...current, ...patch } } }));
  const reset = () =>
    edit((s) => {
      const { [id]: _dropped, ...rest } = s.templates;
      return { ...s, templates: rest };
    });
  return (
    <fieldset className="templates-editor">
      <legend>Templates</legend>
      <label>
        Template
        <select value={id} onChange={(e) => setId(e.target.value)}>
          {all.map((t) => (
            <option key={t.id} value={t.id}>
              {t.class} · {t.title}
              {t.id in settings.templates ? ' (edited)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        Subject
        <input value={current.subject} maxLength={500} onChange={(e) => set({ subject: e.target.value })} />
      </label>
      <label>
        Body
        <textarea rows={12} value={current.body} maxLength={50_000} onChange={(e) => set({ body: e.target.value })} />
      </label>
      {edited && (
        <button type="button" onClick={reset}>
          Back to the built-in text
        </button>
      )}
      {problems.length > 0 ? (
        <ul role="alert" className="error" aria-label="Template problems">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      ) : (
        preview && (
          <>
            <p>
              <strong>Preview:</strong> <span data-testid="template-preview-subject">{preview.subject}</span>
            </p>
            {/* lib/templates escapes every value; the sandbox keeps the user's own markup inert. */}
            <iframe
              className="preview"
              title="Template preview"
              sandbox=""
              srcDoc={`<!doctype html><meta charset="utf-8"><style>body{font:14px/1.5 system-ui,sans-serif;margin:8px}</style>${preview.html}`}
            />
          </>
        )
      )}
    </fieldset>
  );
}
