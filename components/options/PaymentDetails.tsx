import type { Settings } from '../../lib/model';
import type { EditSettings } from './OptionsPage';

/** How the debtor pays: every reminder says it. Without either, reminders cannot tell them. */
export function PaymentDetails({ settings, edit }: { settings: Settings; edit: EditSettings }) {
  const set = (key: keyof Settings['payment'], value: string) =>
    edit((s) => ({ ...s, payment: { ...s.payment, [key]: value } }));
  const { link, details } = settings.payment;
  return (
    <fieldset>
      <legend>How customers pay you</legend>
      <label>
        Payment link
        <input
          type="url"
          placeholder="https://"
          value={link}
          aria-describedby="payment-help"
          onChange={(e) => set('link', e.target.value.trim())}
        />
      </label>
      <label>
        Payment details
        <textarea
          rows={3}
          value={details}
          aria-describedby="payment-help"
          placeholder="Bank, account or IBAN, reference to quote"
          onChange={(e) => set('details', e.target.value)}
        />
      </label>
      <p id="payment-help" className="hint" role={link || details.trim() ? undefined : 'note'}>
        {link || details.trim()
          ? 'Every reminder and letter gives these, so the customer can pay at once.'
          : 'Set at least one: until then reminders cannot say how to pay.'}
      </p>
    </fieldset>
  );
}
