import type { Settings } from '../../lib/model';
import type { EditSettings } from './OptionsPage';

const FIELDS: { key: keyof Settings['sender']; label: string; type?: string }[] = [
  { key: 'name', label: 'Your name' },
  { key: 'company', label: 'Company' },
  { key: 'email', label: 'Email', type: 'email' },
  { key: 'phone', label: 'Phone', type: 'tel' },
];

/** Who the reminders and letters come from. */
export function SenderDetails({ settings, edit }: { settings: Settings; edit: EditSettings }) {
  const set = (key: keyof Settings['sender'], value: string) =>
    edit((s) => ({ ...s, sender: { ...s.sender, [key]: value } }));
  return (
    <fieldset>
      <legend>Sender details</legend>
      {FIELDS.map((f) => (
        <label key={f.key}>
          {f.label}
          <input type={f.type ?? 'text'} value={settings.sender[f.key]} onChange={(e) => set(f.key, e.target.value)} />
        </label>
      ))}
      <label>
        Address
        <textarea rows={3} value={settings.sender.address} onChange={(e) => set('address', e.target.value)} />
      </label>
      <label>
        Home currency
        <input
          value={settings.homeCurrency}
          maxLength={3}
          pattern="[A-Z]{3}"
          onChange={(e) => edit((s) => ({ ...s, homeCurrency: e.target.value.toUpperCase() }))}
        />
      </label>
      <label>
        Payment terms (days)
        <input
          type="number"
          min={0}
          max={365}
          value={settings.defaultTermsDays}
          onChange={(e) => edit((s) => ({ ...s, defaultTermsDays: Number(e.target.value) }))}
        />
      </label>
    </fieldset>
  );
}
