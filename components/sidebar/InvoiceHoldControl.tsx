import { useEffect, useRef, useState } from 'react';
import { holdInForce, type DebtorView, type Invoice, type InvoiceHold } from '../../lib/model';
import { addDays, formatDate } from '../../lib/format';
import type { Desk } from './desk';
import { ActionMessage, useAction } from './use-action';

/**
 * Pause one invoice (disputed, or on hold until a date): reminders, fees and calls skip it while
 * the customer's other invoices keep their cadence.
 */
export function InvoiceHoldControl({
  desk,
  debtor,
  invoice,
  hold,
}: {
  desk: Desk;
  debtor: DebtorView;
  invoice: Invoice;
  hold?: InvoiceHold;
}) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<InvoiceHold['kind']>('hold');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState(addDays(desk.ledger.today, 14));
  const [run, state] = useAction();
  const active = hold && holdInForce(hold, desk.ledger.today);
  // Pausing, resuming or cancelling replaces the control under the keyboard: focus goes to the
  // control that replaces it once it is there (the ledger refresh may come a render later).
  const control = useRef<HTMLButtonElement>(null);
  const focusWhen = useRef<'resume-button' | 'pause-button' | null>(null);
  useEffect(() => {
    const shown = active ? 'resume-button' : open ? null : 'pause-button';
    if (focusWhen.current && focusWhen.current === shown) {
      focusWhen.current = null;
      control.current?.focus();
    }
  });
  if (active) {
    return (
      <span className="hold">
        {hold.kind === 'dispute' ? 'Disputed' : 'Paused'} until {formatDate(hold.until, desk.locale, 'short')}
        {hold.reason ? `: ${hold.reason}` : ''}{' '}
        <button
          type="button"
          ref={control}
          className="small"
          aria-label={`Resume ${invoice.number}`}
          disabled={state.busy}
          onClick={() => {
            focusWhen.current = 'pause-button';
            void run(() => desk.client.clearHold(invoice.id), `${invoice.number} resumed`);
          }}
        >
          Resume
        </button>
        <ActionMessage state={state} />
      </span>
    );
  }
  if (!open) {
    return (
      <button
        type="button"
        ref={control}
        className="small"
        aria-label={`Pause ${invoice.number}`}
        onClick={() => setOpen(true)}
      >
        Pause
      </button>
    );
  }
  return (
    <form
      aria-label={`Pause ${invoice.number}`}
      className="hold-form"
      onSubmit={(e) => {
        e.preventDefault();
        focusWhen.current = 'resume-button';
        void run(
          () =>
            desk.client.saveHold({
              invoiceId: invoice.id,
              debtorId: debtor.id,
              kind,
              reason: reason.trim(),
              until,
              at: desk.now(),
            }),
          `${invoice.number} paused`,
        ).then((ok) => ok && setOpen(false));
      }}
    >
      {/* The form replaces the Pause button: the keyboard starts in it. */}
      <label>
        Why
        {/* biome-ignore lint/a11y/noAutofocus: the form replaces the button the user just pressed */}
        <select autoFocus value={kind} onChange={(e) => setKind(e.target.value as InvoiceHold['kind'])}>
          <option value="hold">On hold</option>
          <option value="dispute">Disputed</option>
        </select>
      </label>
      <label>
        Reason
        <input value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
      </label>
      <label>
        Until
        <input type="date" value={until} min={desk.ledger.today} onChange={(e) => setUntil(e.target.value)} required />
      </label>
      <div className="buttons">
        <button type="submit" disabled={state.busy}>
          Pause {invoice.number}
        </button>
        <button
          type="button"
          onClick={() => {
            focusWhen.current = 'pause-button';
            setOpen(false);
          }}
        >
          Cancel
        </button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
