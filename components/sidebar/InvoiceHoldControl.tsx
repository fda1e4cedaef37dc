import { useState } from 'react';
import { holdInForce, type DebtorView, type Invoice, type InvoiceHold } from '../../lib/model';
import { addDays, formatDate } from '../../lib/format';
import type { Desk } from './desk';
import { ActionMessage, useAction } from './use-action';

/**
 * Pause one invoice (disputed, or on hold until a date): reminders, fees and calls skip it while
 * the customer's other invoices keep their cadence.
 */
export function InvoiceHoldControl({ desk, debtor, invoice, hold }: { desk: Desk; debtor: DebtorView; invoice: Invoice; hold?: InvoiceHold }) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<InvoiceHold['kind']>('hold');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState(addDays(desk.ledger.today, 14));
  const [run, state] = useAction();
  const active = hold && holdInForce(hold, desk.ledger.today);
  if (active) {
    return (
      <span className="hold">
        {hold.kind === 'dispute' ? 'Disputed' : 'Paused'} until {formatDate(hold.until, desk.locale, 'short')}{hold.reason ? `: ${hold.reason}` : ''}{' '}
        <button type="button" className="small" aria-label={`Resume ${invoice.number}`} disabled={state.busy}
          onClick={() => void run(() => desk.client.clearHold(invoice.id), `${invoice.number} resumed`)}>Resume</button>
        <ActionMessage state={state} />
      </span>
    );
  }
  if (!open) {
    return <button type="button" className="small" aria-label={`Pause ${invoice.number}`} onClick={() => setOpen(true)}>Pause</button>;
  }
  return (
    <form aria-label={`Pause ${invoice.number}`} className="hold-form" onSubmit={(e) => {
      e.preventDefault();
      void run(() => desk.client.saveHold({ invoiceId: invoice.id, debtorId: debtor.id, kind, reason: reason.trim(), until, at: desk.now() }), `${invoice.number} paused`)
        .then((ok) => ok && setOpen(false));
    }}>
      <label>Why<select value={kind} onChange={(e) => setKind(e.target.value as InvoiceHold['kind'])}>
        <option value="hold">On hold</option>
        <option value="dispute">Disputed</option>
      </select></label>
      <label>Reason<input value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} /></label>
      <label>Until<input type="date" value={until} min={desk.ledger.today} onChange={(e) => setUntil(e.target.value)} required /></label>
      <div className="buttons">
        <button type="submit" disabled={state.busy}>Pause {invoice.number}</button>
        <button type="button" onClick={() => setOpen(false)}>Cancel</button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
