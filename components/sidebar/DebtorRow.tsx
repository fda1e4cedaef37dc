import type { DebtorView } from '../../lib/model';
import { formatDate, formatMoney } from '../../lib/format';
import { ACTION_LABEL, STANDING_LABEL } from './labels';

export function DebtorRow({ debtor, locale }: { debtor: DebtorView; locale?: string }) {
  const { classification: c, next } = debtor;
  return (
    <li className={`debtor standing-${c.standing}`} data-debtor-id={debtor.id}>
      <div className="debtor-head">
        <h3 className="debtor-name">{debtor.name}</h3>
        <span className="debtor-balance" data-minor={debtor.balance} data-currency={debtor.currency}>
          {formatMoney(debtor.balance, debtor.currency, locale)}
        </span>
      </div>
      <div className="debtor-meta">
        <span className={`pill pill-${c.standing}`} title={c.reasons[0]}>
          {STANDING_LABEL[c.standing]}
          {c.override ? ' (your choice)' : ''}
        </span>
        <span className="debtor-late" data-days={debtor.oldestDaysLate}>
          {debtor.oldestDaysLate > 0
            ? `${debtor.oldestDaysLate} ${debtor.oldestDaysLate === 1 ? 'day' : 'days'} late`
            : debtor.overdueDateUnknown
              ? 'Overdue, due date unknown'
              : 'Not late'}
        </span>
      </div>
      {c.reasons[0] && <p className="debtor-reason">{c.reasons[0]}</p>}
      {next && (
        <p className="debtor-next">
          <strong>{ACTION_LABEL[next.action]}</strong> · {formatDate(next.date, locale)}
          {debtor.dueForCallToday && <span className="due-badge"> · due today</span>}
        </p>
      )}
    </li>
  );
}
