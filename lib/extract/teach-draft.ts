// Teaching a page, the part that runs in the content script: find the list the user pointed at,
// hand over its text (the background says which column is which: teach-columns.ts), and draft the
// profile. No zod and no value parsers here (the background validates the draft).
import { findLists, listAt, type RawList } from './find-lists';
import type { Field } from './header-words';
import type { SiteProfileInput } from './site-profile-schema';
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

/** The clicked list as text, stacked columns split: its headers and up to 100 rows. */
export function pickedListAt(clicked: Element): { headers: string[]; rows: string[][] } | undefined {
  const found = listAround(clicked);
  if (!found) return undefined;
  const list = splitStackedColumns(found.list);
  return { headers: list.headers, rows: list.rows.slice(0, 100).map((r) => r.texts) };
}

/** A CSS selector that finds this element again on the app's next visit: an id, else stable classes. */
export function selectorFor(el: Element): string {
  if (el.id && !/\d{3,}|^(ui-id|ember|react)/i.test(el.id)) return `#${el.id.replace(/([^\w-])/g, '\\$1')}`;
  const stable = Array.from(el.classList).filter((c) => !/\d{3,}|^(is-|has-)|active|selected|hover|focus|^sc-|^css-/.test(c));
  const own = `${el.tagName.toLowerCase()}${stable.map((c) => `.${c.replace(/([^\w-])/g, '\\$1')}`).join('')}`;
  return el.getAttribute('role') ? `${own}[role="${el.getAttribute('role')}"]` : own;
}

/** What the user confirmed: the list they clicked and a column position per field. */
export interface TaughtInput {
  clicked: Element;
  url: string;
  name?: string;
  /** Confirmed column per field (0-based positions in the detected headers). */
  columns: Partial<Record<Field, number>>;
  locale?: string;
  currency?: string;
}

/**
 * The profile draft for the list the user clicked and the columns they confirmed: header names
 * where the list has them (they survive reordered columns), positions where it has none.
 */
export function taughtProfileDraft(input: TaughtInput): SiteProfileInput {
  const found = listAround(input.clicked);
  const list = found ? splitStackedColumns(found.list) : undefined;
  const u = new URL(input.url);
  const hints: Partial<Record<Field, string[]>> = {};
  const indexes: Partial<Record<Field, number>> = {};
  for (const [field, index] of Object.entries(input.columns) as [Field, number][]) {
    const header = list?.headers[index]?.trim();
    if (header) hints[field] = [header];
    else indexes[field] = index;
  }
  // The port is part of a self-hosted app's identity: two apps on 127.0.0.1 are not one site.
  const host = u.host.replace(/[^a-z0-9-]+/gi, '-').toLowerCase();
  const draft: SiteProfileInput = {
    id: `taught-${host}`.slice(0, 60).replace(/-+$/, ''),
    name: input.name?.trim() || `${u.host} (taught)`,
    matches: [`${u.protocol}//${u.host}/*`],
    invoiceListUrls: [`^${(u.pathname + u.hash).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\d{2,}/g, '\\d+')}`],
    columns: hints,
    taught: true,
    notes: `Taught by the user on ${u.host}.`,
  };
  if (found) draft.listSelector = selectorFor(found.element);
  if (Object.keys(indexes).length) draft.columnIndexes = indexes;
  if (input.locale) draft.locale = input.locale;
  if (input.currency) draft.currency = input.currency;
  return draft;
}
