import type { ContactEvent } from '../../../lib/model';
import { templateLabel } from '../drafting/templates-port';

const dayOf = (at: number, locale?: string) =>
  new Intl.DateTimeFormat(locale || undefined, { dateStyle: 'medium' }).format(at);

/**
 * Drafted is not sent: the reminders drafted for this debtor and not yet confirmed, each one click
 * from 'sent'. Only a sent reminder moves the cadence (RULES: drafts vs sent).
 */
export function ConfirmSent({
  drafts,
  busy,
  locale,
  onConfirm,
}: {
  drafts: ContactEvent[];
  busy: boolean;
  locale?: string;
  onConfirm(eventId: string): void;
}) {
  if (drafts.length === 0) return null;
  return (
    <section className="confirm-sent" aria-labelledby="confirm-sent-title">
      <h3 id="confirm-sent-title">Did these reminders go out?</h3>
      <ul>
        {drafts.map((e) => (
          <li key={e.id}>
            {e.template ? templateLabel(e.template) : 'Reminder'}, drafted {dayOf(e.at, locale)}{' '}
            <button type="button" disabled={busy} onClick={() => onConfirm(e.id)}>
              Yes, I sent it
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">A drafted reminder counts for the schedule once you confirm you sent it.</p>
    </section>
  );
}
