import type { ReactNode } from 'react';
import type { DebtorView, Invoice } from '../../lib/model';
import { formatDate, formatMoney } from '../../lib/format';
import type { Desk } from './desk';
import { InvoiceHoldControl } from './InvoiceHoldControl';

/** Said of a balance that is the total a list showed: part of it may be paid. */
export const UNCONFIRMED = 'total shown, part-payment possible';

/**
 * A source as people know it: an app by its host, a CSV import by the file it was last read from
 * (its read's title; the source itself is a key made from the report's columns).
 */
function sourceName(source: string, titles: ReadonlyMap<string, string>): string {
  if (source.startsWith('csv:')) return `CSV ${titles.get(source) || source.slice(4)}`;
  try {
    return new URL(source).host;
  } catch {
    return source;
  }
}

function InvoiceRows({
  invoices,
  locale,
  history,
  hold,
  titles,
}: {
  invoices: Invoice[];
  locale?: string;
  history?: boolean;
  hold?: (inv: Invoice) => ReactNode;
  /** Each source's last read title (a CSV file's name). */
  titles: ReadonlyMap<string, string>;
}) {
  return (
    <>
      {invoices.map((inv) => (
        <tr
          key={inv.id}
          data-due={inv.due}
          data-minor={inv.balance}
          data-currency={inv.currency}
          data-unconfirmed={!history && inv.balanceFromTotal ? 'true' : undefined}
        >
          <th scope="row">{inv.number}</th>
          <td>{inv.due ? formatDate(inv.due, locale, 'short') : inv.overdue ? 'overdue' : '—'}</td>
          <td className="num">
            {formatMoney(history ? (inv.total ?? inv.balance) : inv.balance, inv.currency, locale)}
          </td>
          <td className="muted">
            {sourceName(inv.source, titles)}
            {inv.missingSince !== undefined
              ? ' · not seen since ' +
                new Intl.DateTimeFormat(locale || undefined, { dateStyle: 'short' }).format(inv.missingSince)
              : ''}
            {inv.status ? ` · ${inv.status}` : ''}
            {!history && inv.balanceFromTotal ? ` · ${UNCONFIRMED}` : ''}
            {history && (inv.paidOn ?? inv.paidSeenOn)
              ? ` · paid ${formatDate((inv.paidOn ?? inv.paidSeenOn)!, locale, 'short')}`
              : ''}
            {hold && <div>{hold(inv)}</div>}
          </td>
        </tr>
      ))}
    </>
  );
}

/** Every invoice of the debtor, from every source Owed has read, open first then history. */
export function InvoiceList({ desk, debtor }: { desk: Desk; debtor: DebtorView }) {
  const locale = desk.locale;
  const holds = new Map((desk.ledger.holds ?? []).map((h) => [h.invoiceId, h]));
  const titles = new Map((desk.ledger.reads ?? []).map((r) => [r.source, r.title]));
  return (
    <section aria-labelledby="invoices-title" className="card">
      <h3 id="invoices-title">Invoices</h3>
      <table className="invoices" aria-label="Open invoices">
        <thead>
          <tr>
            <th scope="col">Number</th>
            <th scope="col">Due</th>
            <th scope="col" className="num">
              Owed
            </th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {debtor.openInvoices.length === 0 ? (
            <tr>
              <td colSpan={4} className="empty">
                Nothing open.
              </td>
            </tr>
          ) : (
            <InvoiceRows
              invoices={debtor.openInvoices}
              locale={locale}
              titles={titles}
              hold={(inv) => <InvoiceHoldControl desk={desk} debtor={debtor} invoice={inv} hold={holds.get(inv.id)} />}
            />
          )}
        </tbody>
      </table>
      {debtor.history.length > 0 && (
        <details>
          <summary>History ({debtor.history.length})</summary>
          <table className="invoices" aria-label="Invoice history">
            <tbody>
              <InvoiceRows invoices={debtor.history} locale={locale} history titles={titles} />
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
