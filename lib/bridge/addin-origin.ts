/**
 * Where the Outlook taskpane is served (the manifest's SourceLocation): the one place whose pages
 * the bridge content script runs in and answers. Set at build time from OWED_ADDIN_ORIGIN and
 * OWED_ADDIN_PATH (outlook-addin/addin-address.mjs; wxt.config.ts defines __OWED_ADDIN_BASE__);
 * without them, and in unit tests, the development address.
 */
declare const __OWED_ADDIN_BASE__: string | undefined;

/** Keep equal to DEV_ORIGIN in outlook-addin/addin-address.mjs (test/unit/addin/addin-address.test.ts). */
export const DEV_ADDIN_BASE = 'https://localhost:4179/';

/** The taskpane's folder URL, ending in '/'. */
export const ADDIN_BASE: string = typeof __OWED_ADDIN_BASE__ === 'string' ? __OWED_ADDIN_BASE__ : DEV_ADDIN_BASE;
export const ADDIN_ORIGIN = new URL(ADDIN_BASE).origin;
export const ADDIN_MATCHES = [`${ADDIN_BASE}*`];

/** Whether a page URL is in the taskpane's folder (the origin alone is not enough on a shared host). */
export function isAddinPage(url: string | undefined, base = ADDIN_BASE): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.origin === new URL(base).origin && u.pathname.startsWith(new URL(base).pathname);
  } catch {
    return false;
  }
}
