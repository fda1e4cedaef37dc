import type { DebtorView } from '../../lib/model';
import { formatDate, formatMoney } from '../../lib/format';
import { sayFor } from '../say';
import { flagList } from './flags';
import { UNCONFIRMED } from './InvoiceList';
import { ACTION_LABEL, STANDING_LABEL } from './labels';

/** Height of a row in the windowed list, in px: every line clips to one line so rows never grow. */
export const ROW_HEIGHT = 104;

export function DebtorRow({
  debtor,
  locale,
  onOpen,
  position,
}: {
  debtor: DebtorView;
  locale?: string;
  onOpen?: (id: string) => void;
  /** Place in the whole list, so a windowed list still says "row 2,501 of 5,000". */
  position?: { index: number; of: number };
}) {
  const { classification: c, next } = debtor;
  const flags = flagList(c.flags);
  const say = sayFor(locale);
  const reason = c.reasons[0] && say(c.reasons[0]);
  return (
    <li
      className={`debtor standing-${c.standing}`}
      data-debtor-id={debtor.id}
      style={{ height: ROW_HEIGHT }}
      aria-posinset={position ? position.index + 1 : undefined}
      aria-setsize={position?.of}
    >
      <div className="debtor-head">
        <h3 className="debtor-name">
          {onOpen ? (
            <button type="button" className="link" onClick={() => onOpen(debtor.id)}>
              {debtor.name}
            </button>
          ) : (
            debtor.name
          )}
        </h3>
        <span className="debtor-balance" data-minor={debtor.balance} data-currency={debtor.currency}>
          {formatMoney(debtor.balance, debtor.currency, locale)}
        </span>
      </div>
      <div className="debtor-meta">
        <span className={`pill pill-${c.standing}`} title={reason || undefined}>
          {STANDING_LABEL[c.standing]}
          {c.override ? ' (your choice)' : ''}
        </span>
        <span className="debtor-late" data-days={debtor.oldestDaysLate}>
          {lateText(debtor.oldestDaysLate, debtor.overdueDateUnknown)}
        </span>
        {debtor.openInvoices.some((i) => i.balanceFromTotal) && (
          <span
            className="flag debtor-unconfirmed"
            title="The app's list shows invoice totals: open an invoice to see what is still due on it"
          >
            {UNCONFIRMED}
          </span>
        )}
        {flags.map((f) => (
          <span key={f.key} className="flag" title={say(f.why)}>
            {f.label}
          </span>
        ))}
      </div>
      {reason && <p className="debtor-reason">{reason}</p>}
      {next && (
        <p className="debtor-next">
          <strong>{ACTION_LABEL[next.action]}</strong> · {formatDate(next.date, locale)}
          {debtor.dueForCallToday && <span className="due-badge"> · due today</span>}
        </p>
      )}
    </li>
  );
}

/**
 * How late, honestly: with an overdue invoice whose due date the app did not show, the known
 * number is only a lower bound ("15+ days late").
 */
export function lateText(days: number, dateUnknown: boolean): string {
  if (days <= 0) return dateUnknown ? 'Overdue, due date unknown' : 'Not late';
  const n = `${days}${dateUnknown ? '+' : ''} ${days === 1 && !dateUnknown ? 'day' : 'days'} late`;
  return dateUnknown ? `${n} · another overdue invoice, due date unknown` : n;
}
