import type { SiteProfile } from '../../lib/extract/page/site-profile';

// What a site profile from a file says, in words, for the preview shown before it is saved. Every
// string here is the file's own text placed in plain sentences: React renders it as text.

/** The sites one match pattern ("https://*.odoo.com/*") applies to, as the reader tests it. */
export function patternInWords(pattern: string): string {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return `“${pattern}”: not an address pattern Owed understands, so it applies to no site`;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const sites =
    host === '*'
      ? 'every site'
      : host.startsWith('*.')
        ? `${host.slice(2)} and every site under it (any name ending in .${host.slice(2)})`
        : host;
  const how = scheme === '*' ? 'http or https' : scheme === 'http' ? 'http (not encrypted)' : 'https';
  const pages = path === '/*' ? 'any page' : `pages whose address matches ${path}`;
  return `${sites}, over ${how}, ${pages}`;
}

/** Field names as the owner knows them. */
const FIELD_WORDS: Record<string, string> = {
  number: 'Invoice number',
  customer: 'Customer',
  issued: 'Issue date',
  due: 'Due date',
  total: 'Total',
  balance: 'Amount due',
  dueNow: 'Due now',
  status: 'Status',
  paidOn: 'Paid on',
  kind: 'Kind of document',
  currency: 'Currency',
  email: 'Email',
  phone: 'Phone',
};
export const fieldInWords = (field: string) => FIELD_WORDS[field] ?? field;

/** Which column the profile reads as each field: by header names, or by position. */
export function columnsInWords(p: SiteProfile): { field: string; column: string }[] {
  const out: { field: string; column: string }[] = [];
  for (const [field, names] of Object.entries(p.columns))
    if (names?.length)
      out.push({ field: fieldInWords(field), column: `the column headed ${names.map((n) => `“${n}”`).join(' or ')}` });
  for (const [field, index] of Object.entries(p.columnIndexes ?? {}))
    if (index !== undefined)
      out.push({ field: fieldInWords(field), column: `column ${index + 1} (counting from the left)` });
  return out;
}

/** The words a control must show before the reader clicks it (lib/extract/page/pagination.ts checks them when it clicks). */
export const CLICK_RULE =
  'Owed clicks it only if, when it clicks, it is a button or a link whose words say “load more” (Load more, Show more, More…) or “next” (Next, Next page, ›), in one of seven languages.';
