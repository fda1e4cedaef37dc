import type { Settings } from '../../lib/model';
import { formatDate } from '../../lib/format';
import type { LedgerSnapshot } from '../../lib/service/owed-service';
import type { EditSettings } from './OptionsPage';

/** The credit policy customers agree to, and who acknowledged it when (set on each debtor). */
export function CreditPolicyEditor({
  settings,
  edit,
  ledger,
  locale,
}: {
  settings: Settings;
  edit: EditSettings;
  ledger: LedgerSnapshot;
  locale?: string;
}) {
  const acknowledged = ledger.debtors
    .filter((d) => d.record?.creditPolicyAcknowledgedOn)
    .sort((a, b) => a.name.localeCompare(b.name, locale || undefined));
  const pending = ledger.debtors.length - acknowledged.length;
  return (
    <fieldset>
      <legend>Credit policy</legend>
      <label>
        Policy text
        <textarea
          rows={5}
          maxLength={20_000}
          value={settings.creditPolicy}
          onChange={(e) => edit((s) => ({ ...s, creditPolicy: e.target.value }))}
        />
      </label>
      {acknowledged.length > 0 && (
        <table aria-label="Acknowledged by" className="acknowledged">
          <thead>
            <tr>
              <th scope="col">Customer</th>
              <th scope="col">Acknowledged on</th>
            </tr>
          </thead>
          <tbody>
            {acknowledged.map((d) => (
              <tr key={d.id}>
                <td>{d.name}</td>
                <td>{formatDate(d.record!.creditPolicyAcknowledgedOn!, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">
        {pending} {pending === 1 ? 'customer has' : 'customers have'} not acknowledged it; record the date on the
        customer in the sidebar.
      </p>
    </fieldset>
  );
}
