/**
 * What a content script, which runs inside web pages Owed does not control, may ask of the
 * background: fetch the site profiles that tell it how to read, have the page's captured text read
 * and kept, report contacts and due dates it read, relay the Outlook taskpane (its handler checks
 * the origin again). Everything else — the ledger, backups, wiping, settings — is for Owed's own
 * pages only, so a compromised page script can reach nothing.
 */
const FROM_WEB_PAGES = new Set([
  'page-read',
  'reader:profiles',
  'page:invoices',
  'page:maturities',
  'page:store',
  'addin',
]);

export function mayAsk(message: unknown, fromExtensionPage: boolean): boolean {
  if (fromExtensionPage) return true;
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && FROM_WEB_PAGES.has(type);
}
