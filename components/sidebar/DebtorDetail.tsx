import type { DebtorView } from '../../lib/model';
import { formatDate } from '../../lib/format';
import { ClassOverride } from './ClassOverride';
import { ContactLog } from './ContactLog';
import { ContactsEditor } from './ContactsEditor';
import type { Desk } from './desk';
import { flagList } from './flags';
import { FlagsEditor } from './FlagsEditor';
import { InvoiceList } from './InvoiceList';
import { MergeDebtors } from './MergeDebtors';
import { PaymentPredictions } from '../forecast/PaymentPredictions';
import { OpenLetter } from '../letters/OpenLetter';
import { ACTION_LABEL } from './labels';
import { CreditPolicyAcknowledged } from './CreditPolicyAcknowledged';
import { DebtorCadence } from './DebtorCadence';
import { NextStepControls } from './NextStepControls';
import { sayFor } from '../say';

/** Everything about one debtor: why its class, what next, every invoice, every contact. */
export function DebtorDetail({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const c = debtor.classification;
  const flags = flagList(c.flags);
  const say = sayFor(desk.locale, desk.ledger.today);
  return (
    <div className="debtor-detail">
      {debtor.next && (
        <section aria-labelledby="next-title" className="card">
          <h3 id="next-title">
            Next: {ACTION_LABEL[debtor.next.action]}, {formatDate(debtor.next.date, desk.locale)}
          </h3>
          <p>{say(debtor.next.why)}</p>
          <NextStepControls desk={desk} debtor={debtor} />
        </section>
      )}
      <section aria-labelledby="why-title" className="card">
        <h3 id="why-title">Why this class</h3>
        {c.override && (
          <p className="override-note">
            You chose this class on{' '}
            {new Intl.DateTimeFormat(desk.locale || undefined, { dateStyle: 'medium' }).format(c.override.at)}
            {c.override.note ? `: ${c.override.note}` : ''}
          </p>
        )}
        {c.reasons.length > 0 ? (
          <ul aria-label="Reasons" className="reasons">
            {c.reasons.map((r, i) => (
              <li key={i}>{say(r)}</li>
            ))}
          </ul>
        ) : (
          <p className="empty">No reasons recorded.</p>
        )}
        {!c.override && <p className="muted">Confidence {Math.round(c.confidence * 100)}%</p>}
        {flags.length > 0 && (
          <ul aria-label="Flags" className="reasons">
            {flags.map((f) => (
              <li key={f.key}>
                <strong>{f.label}</strong>: {say(f.why)}
              </li>
            ))}
          </ul>
        )}
        <ClassOverride desk={desk} debtor={debtor} />
        <FlagsEditor desk={desk} debtor={debtor} />
      </section>
      <InvoiceList desk={desk} debtor={debtor} />
      <DebtorCadence desk={desk} debtor={debtor} />
      <PaymentPredictions desk={desk} debtor={debtor} />
      <OpenLetter desk={desk} debtor={debtor} />
      <MergeDebtors desk={desk} debtor={debtor} />
      <ContactLog desk={desk} debtor={debtor} />
      <ContactsEditor desk={desk} debtor={debtor} />
      <CreditPolicyAcknowledged desk={desk} debtor={debtor} />
    </div>
  );
}
