import type { DebtorView } from '../../../lib/model';

const CLASS_LABEL: Record<DebtorView['classification']['standing'], string> = {
  unorganized: 'Unorganized',
  'going-out-of-business': 'Going out of business',
  angry: 'Angry',
  'good-standing': 'Good standing',
};

/** What the owner needs before writing: who, how much, how late, what happened, what next. */
export function DebtorSummary({ view, locale }: { view: DebtorView; locale?: string }) {
  const loc = locale || undefined;
  const money = (minor: number, currency: string) => new Intl.NumberFormat(loc, { style: 'currency', currency }).format(minor / 100);
  const day = (iso: string) => new Intl.DateTimeFormat(loc, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  const when = (ms: number) => new Intl.DateTimeFormat(loc, { dateStyle: 'medium' }).format(ms);
  const { classification: c } = view;
  const lastContacts = [...view.events].sort((a, b) => b.at - a.at).slice(0, 3);
  return (
    <article className="debtor" aria-labelledby="debtor-name">
      <h2 id="debtor-name">{view.name}</h2>
      <p className={`standing ${c.standing}`} data-testid="standing">
        {CLASS_LABEL[c.standing]}
        {c.override ? ' (set by you)' : ''}
      </p>
      {c.reasons.length > 0 && (
        <ul className="reasons" aria-label="Why">
          {c.reasons.slice(0, 3).map((r) => <li key={r}>{r}</li>)}
        </ul>
      )}
      <dl className="figures">
        <dt>Balance</dt>
        <dd data-testid="balance">{money(view.balance, view.currency)}</dd>
        <dt>Oldest</dt>
        <dd>{view.overdueDateUnknown && view.oldestDaysLate === 0 ? 'overdue, date unknown' : `${view.oldestDaysLate} days late`}</dd>
      </dl>
      {view.openInvoices.length > 0 && (
        <table className="invoices">
          <caption>Open invoices</caption>
          <thead>
            <tr><th scope="col">Invoice</th><th scope="col">Due</th><th scope="col">Owed</th></tr>
          </thead>
          <tbody>
            {view.openInvoices.map((i) => (
              <tr key={i.id}>
                <td>{i.number}</td>
                <td>{i.due ? day(i.due) : '—'}</td>
                <td>{money(i.balance, i.currency)}</td>
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
            <li key={e.id}>{when(e.at)}: {e.kind}{e.outcome ? ` (${e.outcome})` : ''}{e.text ? `: ${e.text}` : ''}</li>
          ))}
        </ul>
      )}
      <h3>Next action</h3>
      <p data-testid="next-action">{view.next ? `${view.next.why} (${day(view.next.date)})` : 'Nothing due.'}</p>
    </article>
  );
}
