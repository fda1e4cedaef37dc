import { formatMoney } from '../../lib/format';
import { lateFeeFor } from '../../lib/late-payment/late-fee';
import type { LateFee, Settings } from '../../lib/model';
import { amountText, readAmount, usableCurrency } from '../sidebar/money-input';
import type { EditSettings } from './OptionsPage';

const KIND_LABEL: Record<LateFee['kind'], string> = {
  none: 'No late fee',
  flat: 'A flat fee',
  'percent-monthly': 'A percentage per month',
  'statutory-eu': 'EU statutory interest (reference rate + 8%, plus €40)',
  'statutory-uk': 'UK statutory interest (base rate + 8%, plus £40–£100)',
};

/** The late fee policy, with what it would charge on an example invoice. */
export function LateFeeEditor({ settings, edit, locale }: { settings: Settings; edit: EditSettings; locale?: string }) {
  const fee = settings.lateFee;
  const set = (patch: Partial<LateFee>) => edit((s) => ({ ...s, lateFee: { ...s.lateFee, ...patch } }));
  const cur = usableCurrency(settings.homeCurrency);
  const example = lateFeeFor(fee, { balance: 100_000, currency: cur }, 45) ?? { amount: 0, basis: 'no fee yet' };
  return (
    <fieldset>
      <legend>Late fee policy</legend>
      <label>
        Policy
        <select value={fee.kind} onChange={(e) => set({ kind: e.target.value as LateFee['kind'] })}>
          {(Object.keys(KIND_LABEL) as LateFee['kind'][]).map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </label>
      {fee.kind === 'flat' && (
        <label>
          Flat fee ({cur})
          <input
            inputMode="decimal"
            defaultValue={amountText(fee.flat ?? 0, cur, locale)}
            onBlur={(e) => {
              const r = readAmount(e.target.value, cur, locale);
              if (r.ok) set({ flat: r.minor });
            }}
          />
        </label>
      )}
      {fee.kind === 'percent-monthly' && (
        <label>
          Percent per month
          <input
            type="number"
            step="any"
            min={0}
            max={100}
            value={fee.percentPerMonth ?? 0}
            onChange={(e) => set({ percentPerMonth: Number(e.target.value) })}
          />
        </label>
      )}
      {(fee.kind === 'statutory-eu' || fee.kind === 'statutory-uk') && (
        <label>
          Reference rate (%) <span className="muted">as published by the central bank; Owed does not look it up</span>
          <input
            type="number"
            step="any"
            min={-10}
            max={100}
            value={fee.referenceRate ?? ''}
            onChange={(e) =>
              set(e.target.value === '' ? { referenceRate: undefined } : { referenceRate: Number(e.target.value) })
            }
          />
        </label>
      )}
      {fee.kind !== 'none' && (
        <>
          <label>
            Grace days
            <input
              type="number"
              min={0}
              max={365}
              value={fee.graceDays}
              onChange={(e) => set({ graceDays: Math.trunc(Number(e.target.value)) })}
            />
          </label>
          <label>
            Wording on reminders
            <input value={fee.wording} maxLength={500} onChange={(e) => set({ wording: e.target.value })} />
          </label>
          <p className="muted" data-testid="fee-example">
            On {formatMoney(100_000, cur, locale)} 45 days late: {formatMoney(example.amount, cur, locale)} (
            {example.basis}).
          </p>
        </>
      )}
    </fieldset>
  );
}
