import { useState } from 'react';
import { CONTACT_KINDS, type ContactEvent, type ContactKind, type DebtorView } from '../../lib/model';
import { formatDate, formatMoney, formatTimestamp } from '../../lib/format';
import type { Desk } from './desk';
import { KIND_LABEL, OUTCOME_LABEL, outcomeLabel } from './labels';
import { MarkSent } from './MarkSent';
import { readAmount } from './money-input';
import { ActionMessage, useAction } from './use-action';

/** The outcomes worth offering for each kind of contact (free text goes in the note). */
const OUTCOMES_FOR: Partial<Record<ContactKind, string[]>> = {
  call: [
    'reached',
    'no-answer',
    'voicemail',
    'avoided',
    'asked-time',
    'asked-plan',
    'asked-copy',
    'cash-flow',
    'dissatisfied',
    'hostile',
    'closing',
  ],
  visit: ['reached', 'avoided', 'asked-time', 'cash-flow', 'dissatisfied', 'hostile', 'closing'],
  email: ['sent', 'returned'],
  letter: ['sent', 'delivered', 'returned'],
  'certified-letter': ['sent', 'delivered', 'returned'],
  dispute: ['disputes', 'never-received', 'dissatisfied'],
  payment: ['paid', 'bounced'],
  // The order or work delivered: the moment for a satisfaction check, before the invoice falls due.
  note: ['order-delivered'],
};

/** Every contact with the debtor, newest first, and the form to record one. */
export function ContactLog({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const events = [...debtor.events].sort((a, b) => b.at - a.at);
  const [run, state] = useAction();
  return (
    <section aria-labelledby="log-title" className="card">
      <h3 id="log-title">Contact log</h3>
      <AddContactEvent desk={desk} debtor={debtor} />
      {events.length === 0 ? (
        <p className="empty">Nothing logged yet.</p>
      ) : (
        <ol aria-label="Contact log" className="log" reversed>
          {events.map((e) => (
            <li key={e.id} className={`log-${e.kind}`}>
              <EventLine event={e} locale={desk.locale} currency={debtor.currency} />
              {e.outcome === 'drafted' && <MarkSent desk={desk} event={e} run={run} busy={state.busy} />}
              <button
                type="button"
                className="link small"
                aria-label={`Delete ${KIND_LABEL[e.kind]} of ${formatTimestamp(e.at, desk.locale)}`}
                onClick={() => void run(() => desk.client.deleteEvent(e.id), 'Deleted')}
              >
                Delete
              </button>
            </li>
          ))}
        </ol>
      )}
      <ActionMessage state={state} />
    </section>
  );
}

export function EventLine({ event: e, locale, currency }: { event: ContactEvent; locale?: string; currency: string }) {
  return (
    <p className="event">
      <strong>{KIND_LABEL[e.kind]}</strong>{' '}
      <time dateTime={new Date(e.at).toISOString()}>{formatTimestamp(e.at, locale)}</time>
      {e.outcome && <> · {outcomeLabel(e.outcome)}</>}
      {e.promise && (
        <>
          {' '}
          · {e.promise.amount !== undefined ? `${formatMoney(e.promise.amount, currency, locale)} ` : ''}by{' '}
          {formatDate(e.promise.date, locale)}
        </>
      )}
      {e.amount !== undefined && <> · {formatMoney(e.amount, currency, locale)}</>}
      {e.trackingNumber && <> · tracking {e.trackingNumber}</>}
      {e.template && <> · template {e.template}</>}
      {e.to && <> · to {e.to}</>}
      {e.text && <span className="event-text">{e.text}</span>}
    </p>
  );
}

function localDateTimeValue(ms: number): string {
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

export function AddContactEvent({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const [kind, setKind] = useState<ContactKind>('call');
  const [when, setWhen] = useState('');
  const [outcome, setOutcome] = useState('');
  const [text, setText] = useState('');
  const [tracking, setTracking] = useState('');
  const [promiseDate, setPromiseDate] = useState('');
  const [amount, setAmount] = useState('');
  const [invoice, setInvoice] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [run, state] = useAction();
  const outcomes = OUTCOMES_FOR[kind] ?? [];

  const submit = async () => {
    setInvalid(null);
    const at = when ? new Date(when).getTime() : desk.now();
    if (!Number.isFinite(at)) return setInvalid('Enter when it happened.');
    let minor: number | undefined;
    if (amount.trim() || kind === 'payment') {
      const r = readAmount(amount, debtor.currency, desk.locale);
      if (!r.ok) return setInvalid(r.error);
      minor = r.minor;
    }
    if (kind === 'promise' && !promiseDate) return setInvalid('Enter the date they promised to pay by.');
    if (kind === 'certified-letter' && !tracking.trim()) return setInvalid('Enter the tracking number.');
    const ok = await run(
      () =>
        desk.client.addEvent({
          debtorId: debtor.id,
          kind,
          at,
          text: text.trim(),
          ...(kind === 'promise'
            ? { outcome: 'promised', promise: { date: promiseDate, ...(minor !== undefined ? { amount: minor } : {}) } }
            : {}),
          ...(kind !== 'promise' && outcome ? { outcome } : {}),
          ...(kind === 'dispute' && !outcome ? { outcome: 'disputes' } : {}),
          ...(kind === 'certified-letter' ? { trackingNumber: tracking.trim() } : {}),
          ...(kind !== 'promise' && minor !== undefined ? { amount: minor } : {}),
          ...(outcome === 'order-delivered' && invoice ? { invoiceNumbers: [invoice] } : {}),
        }),
      `${KIND_LABEL[kind]} logged`,
    );
    if (ok) {
      setText('');
      setTracking('');
      setPromiseDate('');
      setAmount('');
      setOutcome('');
      setWhen('');
      setInvoice('');
    }
  };

  return (
    <details className="add-event">
      <summary>Add to the log</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        aria-label="Add to the log"
      >
        <label>
          What
          <select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ContactKind);
              setOutcome('');
            }}
          >
            {CONTACT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          When <span className="muted">(empty: now)</span>
          <input
            type="datetime-local"
            value={when}
            max={localDateTimeValue(desk.now())}
            onChange={(e) => setWhen(e.target.value)}
          />
        </label>
        {outcomes.length > 0 && (
          <label>
            Outcome
            <select value={outcome} onChange={(e) => setOutcome(e.target.value)}>
              <option value="">—</option>
              {outcomes.map((o) => (
                <option key={o} value={o}>
                  {OUTCOME_LABEL[o]}
                </option>
              ))}
            </select>
          </label>
        )}
        {outcome === 'order-delivered' && debtor.openInvoices.length > 0 && (
          <label>
            Which invoice
            <select value={invoice} onChange={(e) => setInvoice(e.target.value)}>
              <option value="">All open invoices</option>
              {debtor.openInvoices.map((i) => (
                <option key={i.id} value={i.number}>
                  {i.number}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'promise' && (
          <label>
            Promised to pay by
            <input type="date" value={promiseDate} onChange={(e) => setPromiseDate(e.target.value)} required />
          </label>
        )}
        {(kind === 'promise' || kind === 'payment') && (
          <label>
            Amount ({debtor.currency}){kind === 'promise' && <span className="muted"> (optional)</span>}
            <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </label>
        )}
        {kind === 'certified-letter' && (
          <label>
            Tracking number
            <input value={tracking} onChange={(e) => setTracking(e.target.value)} maxLength={100} required />
          </label>
        )}
        <label>
          Note
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={2} maxLength={10_000} />
        </label>
        <button type="submit" disabled={state.busy}>
          Add to the log
        </button>
        {invalid && (
          <p role="alert" className="error">
            {invalid}
          </p>
        )}
        <ActionMessage state={state} />
      </form>
    </details>
  );
}
