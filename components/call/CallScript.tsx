import { useState } from 'react';
import { callScript, eventFromAnswers, invoicesToAsk } from '../../lib/call-script';
import type { DebtorView } from '../../lib/model';
import { formatDate, formatMoney } from '../../lib/format';
import type { Desk } from '../sidebar/desk';
import { readAmount } from '../sidebar/money-input';
import { ActionMessage, useAction } from '../sidebar/use-action';

/**
 * The phone script (lib/call-script): the invoices paused by a hold (said, not asked for), each
 * question with its answers to tick while talking, then
 * one contact event for the whole call (the most telling outcome, every answer in its text, the
 * promise when one was made).
 */
export function CallScript({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const { today } = desk.ledger;
  const script = callScript(
    debtor,
    desk.ledger.settings.sender,
    {
      money: (minor, currency) => formatMoney(minor, currency, desk.locale),
      date: (iso) => formatDate(iso, desk.locale),
    },
    today,
  );
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [promiseDate, setPromiseDate] = useState('');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [run, state] = useAction();

  // Questions after an answer that ends the call (no answer, voicemail) are not asked.
  const asked: typeof script.questions = [];
  const needs = new Set<string>();
  for (const q of script.questions) {
    asked.push(q);
    const a = q.answers.find((x) => x.id === answers[q.id]);
    if (a?.needs) needs.add(a.needs);
    if (a?.ends) break;
  }

  const save = async () => {
    setInvalid(null);
    if (Object.keys(answers).length === 0) return setInvalid('Tick at least one answer.');
    if (needs.has('date') && (!promiseDate || promiseDate < desk.ledger.today))
      return setInvalid('Enter the promised date (today or later).');
    let minor: number | undefined;
    if (needs.has('amount') || amount.trim()) {
      const r = readAmount(amount, debtor.currency, desk.locale);
      if (!r.ok) return setInvalid(r.error);
      minor = r.minor;
    }
    const kept = Object.fromEntries(asked.filter((q) => answers[q.id]).map((q) => [q.id, answers[q.id]!]));
    const event = eventFromAnswers({
      debtorId: debtor.id,
      at: desk.now(),
      answers: kept,
      invoiceNumbers: invoicesToAsk(debtor, today).asked.map((i) => i.number),
      ...(promiseDate && needs.has('date') ? { promiseDate } : {}),
      ...(minor !== undefined ? { amount: minor } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    if (await run(() => desk.client.addEvent(withoutId(event)), 'Call saved to the log')) {
      setAnswers({});
      setPromiseDate('');
      setAmount('');
      setNote('');
    }
  };

  return (
    <details className="call-script" open>
      <summary>Phone script</summary>
      <p className="greeting">{script.greeting}</p>
      {script.paused.length > 0 && (
        <div className="paused-invoices">
          <p id="paused-title">
            <strong>Paused: do not ask payment for these.</strong>
          </p>
          <ul aria-labelledby="paused-title">
            {script.paused.map((line) => (
              <li key={line}>{line}.</li>
            ))}
          </ul>
        </div>
      )}
      <form
        aria-label="Phone script answers"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <ol aria-label="Phone script">
          {asked.map((q) => (
            <li key={q.id}>
              <fieldset>
                <legend className="question">{q.ask}</legend>
                <p className="muted">{q.why}</p>
                {q.answers.map((a) => (
                  <label key={a.id} className="check">
                    <input
                      type="radio"
                      name={`q-${q.id}`}
                      value={a.id}
                      checked={answers[q.id] === a.id}
                      onChange={() => setAnswers({ ...answers, [q.id]: a.id })}
                    />
                    {a.label}
                  </label>
                ))}
              </fieldset>
            </li>
          ))}
        </ol>
        {needs.has('date') && (
          <label>
            Promised date
            <input
              type="date"
              value={promiseDate}
              min={desk.ledger.today}
              onChange={(e) => setPromiseDate(e.target.value)}
            />
          </label>
        )}
        {(needs.has('amount') || needs.has('date')) && (
          <label>
            Amount ({debtor.currency}){!needs.has('amount') && <span className="muted"> (empty: all of it)</span>}
            <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </label>
        )}
        <label>
          Note
          <textarea rows={2} value={note} maxLength={10_000} onChange={(e) => setNote(e.target.value)} />
        </label>
        <p className="muted">{script.closing}</p>
        <button type="submit" className="primary" disabled={state.busy}>
          Save the call
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

/** The background gives each event a unique id; a time-based one could collide (two clicks, one ms). */
export function withoutId<T extends { id?: string }>(event: T): Omit<T, 'id'> {
  const { id: _id, ...rest } = event;
  return rest;
}
