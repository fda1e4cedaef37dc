import { useMemo } from 'react';
import { formatMoney } from '../../lib/format';
import { ledgerCashForecast } from '../../lib/predict/ledger-forecast';
import type { Desk } from '../sidebar/desk';

/** Cash expected in over the next 4, 8 and 12 weeks, from each open invoice's predicted payment date. */
export function CashForecast({ desk }: { desk: Desk }) {
  const { debtors, today } = desk.ledger;
  const buckets = useMemo(() => ledgerCashForecast(debtors, today), [debtors, today]);
  const money = (byCurrency: Record<string, number>) =>
    Object.entries(byCurrency)
      .sort((a, b) => b[1] - a[1])
      .map(([c, v]) => formatMoney(v, c, desk.locale))
      .join(' + ') || formatMoney(0, desk.ledger.settings.homeCurrency, desk.locale);
  return (
    <section aria-labelledby="forecast-title" className="card">
      <h3 id="forecast-title">Cash-in forecast</h3>
      <table className="invoices" aria-label="Cash-in forecast">
        <tbody>
          {buckets.map((b) => (
            <tr key={b.weeks}>
              <th scope="row">Next {b.weeks} weeks</th>
              <td className="num" data-testid={`forecast-${b.weeks}`}>
                {money(b.byCurrency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Expected from each open invoice’s predicted payment date (see a debtor for why).</p>
    </section>
  );
}
