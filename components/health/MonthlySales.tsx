import { useState } from 'react';
import type { Desk } from '../sidebar/desk';
import { amountText, readAmount } from '../sidebar/money-input';
import { ActionMessage, useAction } from '../sidebar/use-action';

/**
 * The owner's average month of sales, per currency: ledger health weighs receivables against it
 * rather than against the invoices Owed happened to read (often only the open ones). Empty: read
 * from the invoices, and said to be partial when it is.
 */
export function MonthlySales({ desk }: { desk: Desk }) {
  const { settings, debtors } = desk.ledger;
  const currencies = [
    ...new Set([settings.homeCurrency, ...Object.keys(settings.monthlySales), ...debtors.map((d) => d.currency)]),
  ];
  const shown = (c: string) => {
    const v = settings.monthlySales[c];
    return v === undefined ? '' : amountText(v, c, desk.locale);
  };
  const [text, setText] = useState<Record<string, string>>(() =>
    Object.fromEntries(currencies.map((c) => [c, shown(c)])),
  );
  const [invalid, setInvalid] = useState<string | null>(null);
  const [run, state] = useAction();
  const save = () => {
    setInvalid(null);
    const monthlySales: Record<string, number> = {};
    for (const c of currencies) {
      const typed = (text[c] ?? '').trim();
      if (!typed) continue;
      const r = readAmount(typed, c, desk.locale);
      if (!r.ok) return setInvalid(`${c}: ${r.error}`);
      monthlySales[c] = r.minor;
    }
    void run(() => desk.client.saveSettings({ ...settings, monthlySales }), 'Monthly sales saved');
  };
  return (
    <section aria-labelledby="sales-title" className="card">
      <h3 id="sales-title">Your monthly sales</h3>
      <p className="muted">
        An average month of sales, as your books show it. Empty: Owed uses the invoices it has read, and says when they
        are only part of your sales.
      </p>
      <form
        aria-label="Your monthly sales"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {currencies.map((c) => (
          <label key={c}>
            Average month of sales ({c})
            <input
              inputMode="decimal"
              value={text[c] ?? ''}
              onChange={(e) => setText({ ...text, [c]: e.target.value })}
            />
          </label>
        ))}
        <button type="submit" disabled={state.busy}>
          Save
        </button>
        {invalid && (
          <p role="alert" className="error">
            {invalid}
          </p>
        )}
        <ActionMessage state={state} />
      </form>
    </section>
  );
}
