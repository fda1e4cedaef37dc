import { useState } from 'react';
import { eventFromAnswers, invoicesToAsk, totalText, type CallAnswers } from '../../lib/call-script';
import type { DebtorView } from '../../lib/model';
import { addDays, daysBetween, formatDate, formatMoney } from '../../lib/format';
import { sayFor } from '../say';
import type { Desk } from '../sidebar/desk';
import { ACTION_LABEL } from '../sidebar/labels';
import { readAmount } from '../sidebar/money-input';
import { ActionMessage, useAction } from '../sidebar/use-action';
import { StaleReadWarning } from '../sidebar/StaleReadWarning';
import { CallScript, withoutId } from './CallScript';

type Quick = 'promise' | 'dispute' | null;

/**
 * On the phone with a debtor: who to ask for, what they owe, the script's questions, and one
 * button per common outcome that logs the call in one step.
 */
export function CallMode({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const [open, setOpen] = useState<Quick>(null);
  const [promiseDate, setPromiseDate] = useState(addDays(desk.ledger.today, 7));
  const [promiseAmount, setPromiseAmount] = useState('');
  const [disputeText, setDisputeText] = useState('');
  // The invoices the dispute is about: only those are paused, the rest keep their cadence.
  const [disputed, setDisputed] = useState<string[]>([]);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [run, state] = useAction();
  // Invoices under a hold in force are not asked for: the call is about the others.
  const { asked, paused } = invoicesToAsk(debtor, desk.ledger.today);
  const numbers = asked.map((i) => i.number);
  const oldestDue = asked
    .map((i) => i.due)
    .filter((d): d is string => d !== undefined)
    .sort()[0];
  const daysLate = oldestDue ? daysBetween(oldestDue, desk.ledger.today) : 0;
  const phones = [
    ...debtor.contacts.filter((c) => c.phone).map((c) => ({ who: c.name ?? c.role, phone: c.phone! })),
    ...(debtor.phone && !debtor.contacts.some((c) => c.phone === debtor.phone)
      ? [{ who: 'from the invoices', phone: debtor.phone }]
      : []),
  ];

  /** One quick outcome = the script's answers for it, saved as one call event. */
  const log = (answers: CallAnswers['answers'], done: string, extra: Partial<CallAnswers> = {}) =>
    run(
      () =>
        desk.client.addEvent(
          withoutId(
            eventFromAnswers({ debtorId: debtor.id, at: desk.now(), invoiceNumbers: numbers, answers, ...extra }),
          ),
        ),
      done,
    );

  const savePromise = async () => {
    setInvalid(null);
    if (!promiseDate || promiseDate < desk.ledger.today) return setInvalid('The promised date must be today or later.');
    let amount: number | undefined;
    if (promiseAmount.trim()) {
      const r = readAmount(promiseAmount, debtor.currency, desk.locale);
      if (!r.ok) return setInvalid(r.error);
      amount = r.minor;
    }
    const ok = await log(
      { reached: 'yes', 'pay-when': 'date' },
      `Promise logged: pay by ${formatDate(promiseDate, desk.locale)}`,
      { promiseDate, ...(amount !== undefined ? { amount } : {}) },
    );
    if (ok) setOpen(null);
  };
  const saveDispute = async () => {
    setInvalid(null);
    if (numbers.length > 1 && disputed.length === 0)
      return setInvalid('Tick the invoices they dispute: the others keep their follow-up.');
    const about = numbers.length === 1 ? numbers : disputed;
    const ok = await log({ reached: 'yes', satisfied: 'disputes' }, `Dispute logged: ${about.join(', ')}`, {
      invoiceNumbers: about,
      ...(disputeText.trim() ? { note: disputeText.trim() } : {}),
    });
    if (ok) {
      setOpen(null);
      setDisputeText('');
      setDisputed([]);
    }
  };

  return (
    <section aria-labelledby="call-title" className="call-mode">
      <h3 id="call-title">Call mode</h3>
      <StaleReadWarning desk={desk} />
      {phones.length ? (
        <ul aria-label="Numbers to call" className="phones">
          {phones.map((p, i) => (
            <li key={i}>
              <a href={`tel:${p.phone.replace(/[^\d+]/g, '')}`}>{p.phone}</a> <span className="muted">{p.who}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No phone number known: add one under Contacts.</p>
      )}
      <p>
        Owes{' '}
        <strong>
          {totalText(asked, (minor, currency) => formatMoney(minor, currency, desk.locale), debtor.currency)}
        </strong>{' '}
        on {numbers.join(', ') || (paused.length ? 'no invoice to ask for' : 'no open invoice')}
        {daysLate > 0 ? `, ${daysLate} days late` : ''}
        {paused.length > 0 ? `; ${paused.map((p) => p.invoice.number).join(', ')} paused` : ''}.
      </p>
      {debtor.next && (
        <p className="call-next" data-testid="call-next">
          Next: <strong>{ACTION_LABEL[debtor.next.action]}</strong> on{' '}
          <time dateTime={debtor.next.date}>{formatDate(debtor.next.date, desk.locale)}</time> ·{' '}
          {sayFor(desk.locale, desk.ledger.today)(debtor.next.why)}
        </p>
      )}

      <h4>Outcome</h4>
      <div className="quick-outcomes" role="group" aria-label="Call outcome">
        <button
          type="button"
          aria-expanded={open === 'promise'}
          onClick={() => setOpen(open === 'promise' ? null : 'promise')}
        >
          Promised to pay on…
        </button>
        <button
          type="button"
          aria-expanded={open === 'dispute'}
          onClick={() => setOpen(open === 'dispute' ? null : 'dispute')}
        >
          Disputes…
        </button>
        <button
          type="button"
          disabled={state.busy}
          onClick={() => void log({ reached: 'no-answer' }, 'No answer logged')}
        >
          No answer
        </button>
        <button
          type="button"
          disabled={state.busy}
          onClick={() =>
            void log({ reached: 'yes', 'part-now': 'plan' }, 'Logged: asked for a plan').then(
              (ok) => ok && desk.navigate({ view: 'debtor', id: debtor.id, panel: 'plan' }),
            )
          }
        >
          Asked for a plan
        </button>
        <button
          type="button"
          disabled={state.busy}
          onClick={() => void log({ reached: 'yes', received: 'copy' }, 'Logged: asked for a copy')}
        >
          Asked for invoice copy
        </button>
      </div>

      {open === 'promise' && (
        <form
          aria-label="Promise to pay"
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            void savePromise();
          }}
        >
          <label>
            Promised to pay by
            <input
              type="date"
              value={promiseDate}
              min={desk.ledger.today}
              onChange={(e) => setPromiseDate(e.target.value)}
              required
            />
          </label>
          <label>
            Amount ({debtor.currency}) <span className="muted">(empty: all of it)</span>
            <input inputMode="decimal" value={promiseAmount} onChange={(e) => setPromiseAmount(e.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={state.busy}>
            Save promise
          </button>
        </form>
      )}
      {open === 'dispute' && (
        <form
          aria-label="Dispute"
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            void saveDispute();
          }}
        >
          {numbers.length > 1 && (
            <fieldset>
              <legend>Which invoices</legend>
              {numbers.map((n) => (
                <label key={n}>
                  <input
                    type="checkbox"
                    checked={disputed.includes(n)}
                    onChange={(e) => setDisputed(e.target.checked ? [...disputed, n] : disputed.filter((x) => x !== n))}
                  />{' '}
                  {n}
                </label>
              ))}
            </fieldset>
          )}
          <label>
            What they dispute
            <textarea
              value={disputeText}
              onChange={(e) => setDisputeText(e.target.value)}
              rows={3}
              maxLength={10_000}
            />
          </label>
          <button type="submit" className="primary" disabled={state.busy}>
            Save dispute
          </button>
        </form>
      )}
      {invalid && (
        <p role="alert" className="error">
          {invalid}
        </p>
      )}
      <ActionMessage state={state} />

      <CallScript desk={desk} debtor={debtor} />
    </section>
  );
}
