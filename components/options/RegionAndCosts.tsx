import type { Settings } from '../../lib/model';
import { amountText, readAmount, usableCurrency } from '../sidebar/money-input';
import type { EditSettings } from './OptionsPage';

/** Language, time zone, and what collecting costs (the escalation check weighs these). */
export function RegionAndCosts({
  settings,
  edit,
  locale,
}: {
  settings: Settings;
  edit: EditSettings;
  locale?: string;
}) {
  const r = settings.recovery;
  const cur = usableCurrency(settings.homeCurrency);
  const setRecovery = (patch: Partial<Settings['recovery']>) =>
    edit((s) => ({ ...s, recovery: { ...s.recovery, ...patch } }));
  const moneyField = (label: string, value: number, key: 'courtFixedCost' | 'hourlyValue') => (
    <label>
      {label} ({cur})
      <input
        inputMode="decimal"
        defaultValue={amountText(value, cur, locale)}
        onBlur={(e) => {
          const a = readAmount(e.target.value, cur, locale);
          if (a.ok) setRecovery({ [key]: a.minor });
        }}
      />
    </label>
  );
  return (
    <>
      <fieldset>
        <legend>Language and time zone</legend>
        <label>
          Locale for dates and money <span className="muted">(empty: the browser's, e.g. en-GB, fr-FR)</span>
          <input
            value={settings.locale}
            maxLength={50}
            onChange={(e) => edit((s) => ({ ...s, locale: e.target.value.trim() }))}
          />
        </label>
        <label>
          Time zone for "today" <span className="muted">(empty: the computer's, e.g. Europe/Paris)</span>
          <input
            value={settings.timeZone}
            maxLength={100}
            onChange={(e) => edit((s) => ({ ...s, timeZone: e.target.value.trim() }))}
          />
        </label>
      </fieldset>
      <fieldset>
        <legend>Collection costs</legend>
        <label>
          Collection agency fee (%)
          <input
            type="number"
            step="any"
            min={0}
            max={100}
            value={r.agencyFeePercent}
            onChange={(e) => setRecovery({ agencyFeePercent: Number(e.target.value) })}
          />
        </label>
        {moneyField('Court fees', r.courtFixedCost, 'courtFixedCost')}
        {moneyField('Your time, per hour', r.hourlyValue, 'hourlyValue')}
      </fieldset>
    </>
  );
}
