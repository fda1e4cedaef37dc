import type { PageRead, ReadProblem } from '../messages/protocol';
import { findLists, listAt, type RawList } from './find-lists';
import { normalizeHeader } from './header-words';
import { detectDateOrder, parseDate } from './parse-date';
import { parseMoney } from './parse-money';
import { pathOf, type SiteProfile } from './site-profile';

export type Maturity = PageRead['maturities'][number];
type MaturityList = NonNullable<SiteProfile['maturityLists']>[number];

/** The profile's due-date list for this page (Tryton's Dunnings), if the page is one. */
export function maturityListFor(profile: SiteProfile | undefined, url: string): MaturityList | undefined {
  return profile?.maturityLists?.find((m) => m.urls.some((r) => new RegExp(r, 'i').test(pathOf(url))));
}

function listsOf(root: ParentNode, selector: string | undefined): RawList[] {
  if (selector) {
    try {
      const lists = Array.from(root.querySelectorAll(selector))
        .map(listAt)
        .filter((l): l is RawList => !!l && l.rows.length > 0);
      if (lists.length) return lists;
    } catch {
      // a bad selector in a shared profile: fall back to every list
    }
  }
  return findLists(root);
}

const column = (headers: string[], names: readonly string[] | undefined) => {
  if (!names?.length) return -1;
  const wanted = names.map(normalizeHeader);
  return headers.findIndex((h) => wanted.includes(normalizeHeader(h)));
};

/**
 * Due dates a page shows without invoice numbers: customer, due date and amount per row of the
 * list the profile names, by its header names (data in the profile, no per-app code). A row
 * whose date or amount does not read is reported, never guessed.
 */
export function readMaturities(
  root: ParentNode,
  spec: MaturityList,
  opts: { today: string; locale?: string; currency?: string; listSelector?: string },
): { maturities: Maturity[]; problems: ReadProblem[]; list?: Element } {
  const problems: ReadProblem[] = [];
  for (const list of listsOf(root, spec.listSelector ?? opts.listSelector)) {
    const ci = column(list.headers, spec.customer);
    const di = column(list.headers, spec.due);
    const ai = column(list.headers, spec.amount);
    if (ci < 0 || di < 0) continue;
    const order = detectDateOrder(list.rows.slice(0, 300).map((r) => r.texts[di] ?? ''), opts.locale);
    const maturities: Maturity[] = [];
    for (const [n, row] of list.rows.entries()) {
      const customer = (row.texts[ci] ?? '').trim().slice(0, 300);
      const dueText = (row.texts[di] ?? '').trim();
      if (!customer && !dueText) continue;
      const where = `due-date list row ${n + 1}`;
      const due = parseDate(dueText, { today: opts.today, locale: opts.locale, order });
      if (!customer || !due.ok) {
        problems.push({ where, reason: !customer ? 'no customer' : `due date '${dueText.slice(0, 40)}' not read: ${due.ok ? '' : due.reason}` });
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
    return { maturities, problems, list: list.element };
  }
  return { maturities: [], problems: [{ where: 'page', reason: `no list with the columns ${spec.customer[0]} and ${spec.due[0]}` }] };
}
