import type { PageRead, ReadProblem } from '../../model/page-read';
import { normalizeHeader } from './header-words';
import type { CapturedList } from '../wire/captured-lists';
import { detectDateOrder, parseDate } from './parse-date';
import { parseMoney } from './parse-money';
import { resolveList } from './resolve-list';
import type { SiteProfile } from '../page/site-profile';

export type Maturity = PageRead['maturities'][number];
type MaturityList = NonNullable<SiteProfile['maturityLists']>[number];

const column = (headers: string[], names: readonly string[] | undefined) => {
  if (!names?.length) return -1;
  const wanted = names.map(normalizeHeader);
  return headers.findIndex((h) => wanted.includes(normalizeHeader(h)));
};

/**
 * Due dates a page shows without invoice numbers: customer, due date and amount per row of the
 * list the profile names, by its header names (data in the profile, no per-app code). A row
 * whose date or amount does not read is reported, never guessed. `list`: which of the captured
 * lists it read (the page looks for its "load more" beside it).
 */
export function readMaturities(
  lists: readonly CapturedList[],
  spec: MaturityList,
  opts: { today: string; locale?: string; currency?: string },
): { maturities: Maturity[]; problems: ReadProblem[]; list?: number } {
  const problems: ReadProblem[] = [];
  for (const [index, captured] of lists.entries()) {
    const list = resolveList(captured);
    const ci = column(list.headers, spec.customer);
    const di = column(list.headers, spec.due);
    const ai = column(list.headers, spec.amount);
    if (ci < 0 || di < 0) continue;
    const order = detectDateOrder(
      list.rows.slice(0, 300).map((r) => r.texts[di] ?? ''),
      opts.locale,
    );
    const maturities: Maturity[] = [];
    for (const [n, row] of list.rows.entries()) {
      const customer = (row.texts[ci] ?? '').trim().slice(0, 300);
      const dueText = (row.texts[di] ?? '').trim();
      if (!customer && !dueText) continue;
      const where = `due-date list row ${n + 1}`;
      const due = parseDate(dueText, { today: opts.today, locale: opts.locale, order });
      if (!customer || !due.ok) {
        problems.push({
          where,
          reason: !customer
            ? 'no customer'
            : `due date '${dueText.slice(0, 40)}' not read: ${due.ok ? '' : due.reason}`,
        });
        continue;
      }
      const m: Maturity = { customer, due: due.date };
      if (ai >= 0) {
        const money = parseMoney((row.texts[ai] ?? '').trim(), { currency: opts.currency, locale: opts.locale });
        if (money.ok && money.minor > 0) {
          m.amount = money.minor;
          // Only a currency the page shows or the profile states: a guess would miss the match.
          if (money.currencyShown || opts.currency) m.currency = money.currency;
        }
      }
      maturities.push(m);
    }
    // Oldest first: the background gives a date it cannot match by amount (an instalment) to the
    // customer's oldest undated invoice, and the oldest invoice falls due first.
    maturities.sort((a, b) => a.due.localeCompare(b.due));
    return { maturities, problems, list: index };
  }
  return {
    maturities: [],
    problems: [{ where: 'page', reason: `no list with the columns ${spec.customer[0]} and ${spec.due[0]}` }],
  };
}
