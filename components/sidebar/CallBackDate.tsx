import { useState } from 'react';
import type { DebtorView } from '../../lib/model';
import { formatDate } from '../../lib/format';
import type { Desk } from './desk';
import type { RunAction } from './use-action';

/** What the date is for: a call back, or the follow-up of a debtor with an agency or in court. */
const WHAT = {
  owing: { label: 'Call back on', done: 'Call back set for', text: 'Call back on' },
  agency: {
    label: 'Next check-in with the agency',
    done: 'Agency check-in set for',
    text: 'Check in with the agency on',
  },
  court: { label: 'Court date', done: 'Court date set for', text: 'Court date' },
} as const;

/**
 * A next date the owner sets ("call back on Tuesday", the agency's next check-in, the court date):
 * logged with the date, and the follow-up waits for it.
 */
export function CallBackDate({
  desk,
  debtor,
  run,
  busy,
}: {
  desk: Desk;
  debtor: DebtorView;
  run: RunAction;
  busy: boolean;
}) {
  const [date, setDate] = useState('');
  const state = debtor.recovery?.state;
  if (state === 'write-off' || (!state && debtor.openInvoices.length === 0)) return null;
  const what = WHAT[state ?? 'owing'];
  return (
    <form
      aria-label={what.label}
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!date) return;
        void run(
          () =>
            desk.client.addEvent({
              debtorId: debtor.id,
              kind: 'note',
              at: desk.now(),
              outcome: 'next-date',
              nextOn: date,
              text: `${what.text} ${formatDate(date, desk.locale)}`,
            }),
          `${what.done} ${formatDate(date, desk.locale)}`,
        ).then((ok) => ok && setDate(''));
      }}
    >
      <label>
        {what.label}
        <input type="date" value={date} min={desk.ledger.today} required onChange={(e) => setDate(e.target.value)} />
      </label>
      <button type="submit" disabled={busy || !date}>
        Set the date
      </button>
    </form>
  );
}
