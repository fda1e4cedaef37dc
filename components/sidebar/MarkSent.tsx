import type { ContactEvent } from '../../lib/model';
import { formatTimestamp } from '../../lib/format';
import type { Desk } from './desk';
import { KIND_LABEL } from './labels';
import type { RunAction } from './use-action';

/** The newest reminder Owed drafted that the owner has not yet confirmed sent, if any. */
export function unconfirmedDraft(events: readonly ContactEvent[]): ContactEvent | undefined {
  let newest: ContactEvent | undefined;
  for (const e of events) if (e.outcome === 'drafted' && (!newest || e.at > newest.at)) newest = e;
  return newest;
}

/**
 * One click to confirm a drafted reminder went out: its outcome becomes 'sent' and its time now,
 * so it counts as a reminder and the cadence moves on (a draft alone never counts). `run` is the
 * caller's action, so its confirmation outlives this button (which goes once the draft is sent).
 */
export function MarkSent({
  desk,
  event,
  run,
  busy,
}: {
  desk: Desk;
  event: ContactEvent;
  run: RunAction;
  busy: boolean;
}) {
  return (
    <button
      type="button"
      className="small"
      disabled={busy}
      aria-label={`Mark sent: ${KIND_LABEL[event.kind]} of ${formatTimestamp(event.at, desk.locale)}`}
      onClick={() =>
        void run(
          () => desk.client.addEvent({ ...event, outcome: 'sent', at: desk.now() }),
          'Marked sent: it counts as a reminder now',
        )
      }
    >
      Mark sent
    </button>
  );
}
