import type { DebtorView } from '../../lib/model';
import { formatMoney } from '../../lib/format';
import { UNCONFIRMED } from './InvoiceList';

/**
 * A debtor's balance as far as it is confirmed due, and apart from it the invoice totals the app
 * showed with part-payment possible: never one sum of both.
 */
export function DebtorBalance({ debtor, locale }: { debtor: DebtorView; locale?: string }) {
  const unconfirmed = debtor.unconfirmed ?? 0;
  return (
    <span className="debtor-balances">
      <span
        className="debtor-balance"
        data-minor={debtor.balance}
        data-currency={debtor.currency}
        title={unconfirmed > 0 ? 'Confirmed due' : undefined}
      >
        {formatMoney(debtor.balance, debtor.currency, locale)}
      </span>
      {unconfirmed > 0 && (
        <span
          className="debtor-unconfirmed-amount"
          data-minor={unconfirmed}
          data-currency={debtor.currency}
          title="Invoice totals the app's list shows: open an invoice to see what is still due on it"
        >
          {' '}
          + {formatMoney(unconfirmed, debtor.currency, locale)} {UNCONFIRMED}
        </span>
      )}
    </span>
  );
}

/** Whether anything is open on the debtor: confirmed due, or a total that may be part-paid. */
export const owes = (d: DebtorView) => d.balance > 0 || (d.unconfirmed ?? 0) > 0;
