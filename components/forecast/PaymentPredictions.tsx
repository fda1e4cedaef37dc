import { useMemo } from 'react';
import type { DebtorView } from '../../lib/model';
import { formatDate, formatMoney } from '../../lib/format';
import { debtorPredictions, typicalDaysLate } from '../../lib/predict/ledger-forecast';
import type { Desk } from '../sidebar/desk';

/** When each open invoice of the debtor is likely to be paid, and why: from its own history. */
export function PaymentPredictions({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const { debtors, today } = desk.ledger;
  const population = useMemo(() => typicalDaysLate(debtors), [debtors]);
  const predictions = useMemo(() => debtorPredictions(debtor, today, population), [debtor, today, population]);
  if (predictions.length === 0) return null;
  return (
    <section aria-labelledby="predict-title" className="card">
      <h3 id="predict-title">When will they pay?</h3>
      <table className="invoices" aria-label="Predicted payment dates">
        <thead>
          <tr>
            <th scope="col">Invoice</th>
            <th scope="col">Likely paid</th>
            <th scope="col" className="num">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {predictions.map((p) => (
            <tr key={p.invoiceId}>
              <th scope="row">{p.number}</th>
              <td>
                {formatDate(p.date, desk.locale, 'short')}
                <div className="muted">{p.basis}</div>
              </td>
              <td className="num">{formatMoney(p.amount, p.currency, desk.locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
