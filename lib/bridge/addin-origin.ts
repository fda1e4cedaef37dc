/**
 * Where the Outlook taskpane is served (the manifest's SourceLocation): the one origin whose pages
 * the bridge content script runs in and answers. Changing it means changing the manifest too
 * (test/unit/addin/manifest.test.ts checks they agree).
 */
export const ADDIN_ORIGIN = 'https://localhost:3000';
export const ADDIN_MATCHES = [`${ADDIN_ORIGIN}/*`];
