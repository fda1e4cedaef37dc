import { useEffect, useId, useRef, useState } from 'react';

const dayOf = (at: number, locale?: string) =>
  new Intl.DateTimeFormat(locale || undefined, { dateStyle: 'medium' }).format(at);

/** Read mode, a mail from the matched debtor: one click logs it (date, subject, an excerpt the user can edit). */
export function LogReceived({
  subject,
  receivedAt,
  loadExcerpt,
  busy,
  locale,
  onLog,
}: {
  subject: string;
  receivedAt: number;
  loadExcerpt(): Promise<string>;
  busy: boolean;
  locale?: string;
  onLog(excerpt: string): void;
}) {
  const [excerpt, setExcerpt] = useState('');
  const id = useId();
  const load = useRef(loadExcerpt);
  load.current = loadExcerpt;
  // Once per mail (its subject and date), so the user's edits are never overwritten.
  // biome-ignore lint/correctness/useExhaustiveDependencies: subject and receivedAt identify the mail
  useEffect(() => {
    let live = true;
    load.current().then(
      (text) => live && setExcerpt(text),
      () => {},
    );
    return () => void (live = false);
  }, [subject, receivedAt]);
  return (
    <section className="log-received" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Log this mail in Owed</h3>
      <p className="hint">
        {dayOf(receivedAt, locale)}: {subject || '(no subject)'}
      </p>
      <label htmlFor={`${id}-excerpt`}>What they said (edit as you like)</label>
      <textarea
        id={`${id}-excerpt`}
        rows={3}
        maxLength={500}
        value={excerpt}
        onChange={(e) => setExcerpt(e.target.value)}
      />
      <button type="button" disabled={busy} onClick={() => onLog(excerpt)}>
        Log this mail
      </button>
    </section>
  );
}
