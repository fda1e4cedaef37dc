import { formatDate, formatMoney } from '../../../lib/format';
import type { DebtorView } from '../../../lib/model';
import { EventLine } from '../../../components/sidebar/ContactLog';
import { ACTION_LABEL, STANDING_LABEL } from '../../../components/sidebar/labels';
import { sayFor } from '../../../components/say';

/** What the owner needs before writing: who, how much, how late, what happened, what next. */
export function DebtorSummary({ view, locale, today }: { view: DebtorView; locale?: string; today?: string }) {
  const { classification: c } = view;
  const say = sayFor(locale, today);
  const lastContacts = [...view.events].sort((a, b) => b.at - a.at).slice(0, 3);
  return (
    <article className="debtor" aria-labelledby="debtor-name">
      <h2 id="debtor-name">{view.name}</h2>
      <p className={`standing ${c.standing}`} data-testid="standing">
        {STANDING_LABEL[c.standing]}
        {c.override ? ' (set by you)' : ''}
      </p>
      {c.reasons.length > 0 && (
        <ul className="reasons" aria-label="Why">
          {c.reasons.slice(0, 3).map((r, i) => (
            <li key={i}>{say(r)}</li>
          ))}
        </ul>
      )}
      <dl className="figures">
        <dt>Balance</dt>
        <dd data-testid="balance">{formatMoney(view.balance, view.currency, locale)}</dd>
        <dt>Oldest</dt>
        <dd>
          {view.overdueDateUnknown && view.oldestDaysLate === 0
            ? 'overdue, date unknown'
            : `${view.oldestDaysLate} days late`}
        </dd>
      </dl>
      {view.openInvoices.length > 0 && (
        <table className="invoices">
          <caption>Open invoices</caption>
          <thead>
            <tr>
              <th scope="col">Invoice</th>
              <th scope="col">Due</th>
              <th scope="col">Owed</th>
            </tr>
          </thead>
          <tbody>
            {view.openInvoices.map((i) => (
              <tr key={i.id}>
                <td>{i.number}</td>
                <td>{i.due ? formatDate(i.due, locale) : '—'}</td>
                <td>{formatMoney(i.balance, i.currency, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Last contacts</h3>
      {lastContacts.length === 0 ? (
        <p>None logged yet.</p>
      ) : (
        <ul className="contacts">
          {lastContacts.map((e) => (
            <li key={e.id}>
              <EventLine event={e} locale={locale} currency={view.currency} />
            </li>
          ))}
        </ul>
      )}
      <h3>Next action</h3>
      <p data-testid="next-action">
        {view.next
          ? `${ACTION_LABEL[view.next.action]} by ${formatDate(view.next.date, locale)}: ${say(view.next.why)}`
          : 'Nothing due.'}
      </p>
    </article>
  );
}
