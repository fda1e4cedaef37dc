// Teaching a page, the background's part: the profile draft from the columns the user confirmed.
import type { Field } from './header-words';
import type { SiteProfileInput } from '../wire/site-profile-schema';

/** What the user confirmed, and what the page said of the list they clicked. */
export interface TaughtInput {
  url: string;
  name?: string;
  /** Confirmed column per field (0-based positions in the detected headers). */
  columns: Partial<Record<Field, number>>;
  /** The list's headers as the reader resolved them (teach-columns.ts); none for a list without. */
  headers: readonly string[];
  /** A selector that finds the list again (teach-pick.ts). */
  selector?: string;
  locale?: string;
  currency?: string;
}

/**
 * The profile draft for the list the user clicked and the columns they confirmed: header names
 * where the list has them (they survive reordered columns), positions where it has none.
 */
export function taughtProfileDraft(input: TaughtInput): SiteProfileInput {
  const u = new URL(input.url);
  const hints: Partial<Record<Field, string[]>> = {};
  const indexes: Partial<Record<Field, number>> = {};
  for (const [field, index] of Object.entries(input.columns) as [Field, number][]) {
    const header = input.headers[index]?.trim();
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
  if (input.selector) draft.listSelector = input.selector;
  if (Object.keys(indexes).length) draft.columnIndexes = indexes;
  if (input.locale) draft.locale = input.locale;
  if (input.currency) draft.currency = input.currency;
  return draft;
}
