import { findLists, listAt, type RawList } from './find-lists';
import type { Field } from './header-words';
import { mapColumns, type ColumnMapping } from './map-columns';
import { SiteProfile } from './site-profile-schema';
import { splitStackedColumns } from './split-stacked';

/** The list the user clicked in: the innermost table, grid or repeated-row container around the element. */
export function listAround(clicked: Element): { element: Element; list: RawList } | undefined {
  for (let el: Element | null = clicked; el; el = el.parentElement) {
    if (el.tagName === 'TABLE' || el.matches('[role=grid],[role=table],[role=treegrid]')) {
      const list = listAt(el);
      if (list && list.rows.length) return { element: el, list };
    }
  }
  // Repeated rows: the smallest container found on the page that holds the clicked element.
  const root = clicked.ownerDocument ?? undefined;
  if (!root) return undefined;
  const lists = findLists(root).filter((l) => l.kind === 'repeated' && l.element.contains(clicked));
  lists.sort((a, b) => (a.element.contains(b.element) ? 1 : b.element.contains(a.element) ? -1 : 0));
  const best = lists[0];
  return best ? { element: best.element, list: best } : undefined;
}

/** What the teaching UI shows for the clicked list: its headers, sample rows and the columns detected. */
export function detectColumnsAt(clicked: Element, opts: { today: string; locale?: string }): { headers: string[]; sample: string[][]; columns: ColumnMapping[] } | undefined {
  const found = listAround(clicked);
  if (!found) return undefined;
  const list = splitStackedColumns(found.list);
  const { columns } = mapColumns(list, opts);
  return { headers: list.headers, sample: list.rows.slice(0, 5).map((r) => r.texts), columns };
}

/** A CSS selector that finds this element again on the app's next visit: an id, else stable classes. */
export function selectorFor(el: Element): string {
  if (el.id && !/\d{3,}|^(ui-id|ember|react)/i.test(el.id)) return `#${el.id.replace(/([^\w-])/g, '\\$1')}`;
  const stable = Array.from(el.classList).filter((c) => !/\d{3,}|^(is-|has-)|active|selected|hover|focus|^sc-|^css-/.test(c));
  const own = `${el.tagName.toLowerCase()}${stable.map((c) => `.${c.replace(/([^\w-])/g, '\\$1')}`).join('')}`;
  return el.getAttribute('role') ? `${own}[role="${el.getAttribute('role')}"]` : own;
}

/**
 * A site profile from the list the user clicked and the columns they confirmed: saved, exported
 * and shared as JSON, read by the same generic extractor as the built-in ones.
 */
export function buildTaughtProfile(input: {
  clicked: Element;
  url: string;
  name?: string;
  /** Confirmed column per field (0-based positions in the detected headers). */
  columns: Partial<Record<Field, number>>;
  locale?: string;
  currency?: string;
}): SiteProfile {
  const found = listAround(input.clicked);
  const list = found ? splitStackedColumns(found.list) : undefined;
  const u = new URL(input.url);
  const hints: Partial<Record<Field, string[]>> = {};
  const indexes: Partial<Record<Field, number>> = {};
  for (const [field, index] of Object.entries(input.columns) as [Field, number][]) {
    const header = list?.headers[index]?.trim();
    // A header name survives columns being reordered; a position is all a header-less list offers.
    if (header) hints[field] = [header];
    else indexes[field] = index;
  }
  const host = u.hostname.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
  return SiteProfile.parse({
    id: `taught-${host}`.slice(0, 60).replace(/-+$/, ''),
    name: input.name?.trim() || `${u.hostname} (taught)`,
    matches: [`${u.protocol}//${u.hostname}/*`],
    invoiceListUrls: [`^${(u.pathname + u.hash).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\d{2,}/g, '\\d+')}`],
    listSelector: found ? selectorFor(found.element) : undefined,
    columns: hints,
    columnIndexes: Object.keys(indexes).length ? indexes : undefined,
    locale: input.locale,
    currency: input.currency,
    taught: true,
    notes: `Taught by the user on ${u.hostname}.`,
  });
}

/** A profile from shared JSON: parsed and validated, or the reasons it is refused. */
export function parseProfileJson(json: string): { ok: true; profile: SiteProfile } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'not JSON' };
  }
  const parsed = SiteProfile.safeParse(raw);
  return parsed.success ? { ok: true, profile: parsed.data } : { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}
