// Where the taskpane is served, decided at build time: one build for any address.
//   OWED_ADDIN_ORIGIN  e.g. https://owed.example.com  (unset: the development origin below)
//   OWED_ADDIN_PATH    e.g. /owed/                    (unset: /)
// The taskpane build (outlook-addin/vite.config.ts), its manifests, the extension's bridge
// (wxt.config.ts defines __OWED_ADDIN_BASE__ for lib/bridge/addin-origin.ts) and `npm run addin`
// all read it here, so the pane and the bridge always agree.

/** Not 3000: that is every add-in template's default, so any other add-in in development would be answered. */
export const DEV_PORT = 4179;
export const DEV_ORIGIN = `https://localhost:${DEV_PORT}`;

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ origin: string, path: string, base: string, production: boolean }}
 */
export function addinAddress(env = process.env) {
  const rawOrigin = env.OWED_ADDIN_ORIGIN?.trim();
  const rawPath = env.OWED_ADDIN_PATH?.trim() || '/';
  let origin = DEV_ORIGIN;
  if (rawOrigin) {
    let url;
    try {
      url = new URL(rawOrigin);
    } catch {
      throw new Error(`OWED_ADDIN_ORIGIN is not a URL: "${rawOrigin}". Give one like https://owed.example.com`);
    }
    // Outlook loads add-ins only over HTTPS (manifest SourceLocation must be https).
    if (url.protocol !== 'https:')
      throw new Error(`OWED_ADDIN_ORIGIN must be https (Outlook loads add-ins only over HTTPS): "${rawOrigin}"`);
    if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
      throw new Error(
        `OWED_ADDIN_ORIGIN is an origin only (scheme, host, port): "${rawOrigin}". Put the folder in OWED_ADDIN_PATH.`,
      );
    origin = url.origin;
  }
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(rawPath))
    throw new Error(`OWED_ADDIN_PATH must be a folder like /owed/ (starting and ending with /): "${rawPath}"`);
  return { origin, path: rawPath, base: `${origin}${rawPath}`, production: Boolean(rawOrigin) };
}
