// The taskpane's Content-Security-Policy, one definition for the built pages (a <meta>, since a
// static host may not let us set headers) and for `npm run addin` (a header, which adds
// frame-ancestors: a <meta> cannot carry it).

/** Microsoft's CDN for Office.js (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn). */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_ORIGIN = new URL(OFFICE_JS_CDN).origin;

/**
 * Scripts: our own files and the Office CDN (office.js loads its host and string files from its
 * own folder there). No inline script, no eval. connect-src 'self': the pane sends nothing
 * anywhere; the extension's data reaches it by postMessage, which CSP does not govern.
 * @param {{ localOfficeJs?: boolean }} [options]
 */
export function paneCsp({ localOfficeJs = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self'${localOfficeJs ? '' : ` ${OFFICE_JS_ORIGIN}`}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
