// Serves the built taskpane (.output/outlook-addin) where the localhost manifest points:
// https://localhost:4179 (addin-address.mjs). `npm run addin` builds and serves the pane alone, on
// any OS (no browser, no demo); startAddinServer() is also used by scripts/start.mjs.
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { homedir, tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_PORT } from './addin-address.mjs';
import { paneCsp } from './pane-csp.mjs';

const DEFAULT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../.output/outlook-addin');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
};

/** Renewed this many days before it expires, so a pane never stops loading mid-week. */
export const RENEW_DAYS_BEFORE = 7;

/**
 * Whether a PEM certificate expires within `days` (or already has).
 * @param {string | Buffer} pem
 * @param {number} [now]
 * @param {number} [days]
 */
export function certificateNeedsRenewal(pem, now = Date.now(), days = RENEW_DAYS_BEFORE) {
  const validTo = Date.parse(new X509Certificate(pem).validTo);
  return Number.isNaN(validTo) || validTo - now < days * 86_400_000;
}

/**
 * The certificate Outlook will trust: office-addin-dev-certs' (its CA installed once with
 * `npx office-addin-dev-certs install`). Installing the CA asks the user (a system prompt), so it
 * only happens in an interactive terminal; headless and in CI a throwaway self-signed certificate
 * is made instead, which browsers and Outlook do not trust.
 */
async function certificate(log, headless) {
  const dir = join(homedir(), '.office-addin-dev-certs');
  const cert = join(dir, 'localhost.crt');
  const key = join(dir, 'localhost.key');
  const interactive = !headless && process.stdin.isTTY && process.stdout.isTTY && !process.env.CI;
  const existing = existsSync(cert) && existsSync(key) ? readFileSync(cert) : null;
  const renew = existing !== null && certificateNeedsRenewal(existing);
  if (existing && !renew) return { cert: existing, key: readFileSync(key), trusted: true };
  const devCerts = await import('office-addin-dev-certs');
  if (existing && renew && !interactive && !certificateNeedsRenewal(existing, Date.now(), 0)) {
    log(
      `Owed add-in: the development certificate expires on ${new X509Certificate(existing).validTo}; run npm run addin in a terminal to renew it.`,
    );
    return { cert: existing, key: readFileSync(key), trusted: true };
  }
  if (interactive) {
    if (existing) {
      // office-addin-dev-certs only replaces a certificate that no longer verifies: remove it first,
      // then it makes and installs a new one (and a new CA).
      log('Owed add-in: the development certificate expires soon; renewing it (your system may ask for permission).');
      devCerts.deleteCertificateFiles(dir);
    }
    log(
      'Owed add-in: installing a development certificate for https://localhost (office-addin-dev-certs); your system may ask for permission.',
    );
    await devCerts.ensureCertificatesAreInstalled(30);
    const options = { cert: readFileSync(cert), key: readFileSync(key) };
    return { cert: options.cert, key: options.key, trusted: true };
  }
  const temp = mkdtempSync(join(tmpdir(), 'owed-addin-cert-'));
  await devCerts.generateCertificates(
    join(temp, 'ca.crt'),
    join(temp, 'localhost.crt'),
    join(temp, 'localhost.key'),
    30,
    ['localhost', '127.0.0.1'],
  );
  log(
    'Owed add-in: no trusted development certificate (headless or CI), serving with a self-signed one Outlook will refuse.\n' +
      '  To sideload into Outlook, run once in a terminal: npx office-addin-dev-certs install',
  );
  return {
    cert: readFileSync(join(temp, 'localhost.crt')),
    key: readFileSync(join(temp, 'localhost.key')),
    trusted: false,
  };
}

/**
 * @param {{ port?: number, https?: boolean, headless?: boolean, root?: string, log?: (message: string) => void }} [options]
 * @returns {Promise<{ url: string, https: boolean, trusted: boolean, close: () => Promise<void> }>}
 */
export async function startAddinServer({
  port = DEV_PORT,
  https = true,
  headless = false,
  root = DEFAULT_ROOT,
  log = console.log,
} = {}) {
  if (!existsSync(join(root, 'taskpane.html'))) {
    throw new Error(
      `The taskpane is not built (${join(root, 'taskpane.html')} is missing): run npx vite build --config outlook-addin/vite.config.ts`,
    );
  }
  const handler = async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path === '/' ? 'taskpane.html' : path));
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      !file.startsWith(root + sep) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      // The pane's policy as a header too; frame-ancestors only works as a header. Outlook frames the
      // pane from its own sites (and, on the desktop, from a webview of no web origin).
      ...(extname(file) === '.html'
        ? {
            'content-security-policy': `${paneCsp({ localOfficeJs: existsSync(join(root, 'office-js')) })}; frame-ancestors 'self' https://*.office.com https://*.office365.com https://*.outlook.com https://outlook.live.com https://*.microsoft.com https://*.cloud.microsoft`,
          }
        : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  let tls = null;
  if (https) {
    try {
      tls = await certificate(log, headless);
    } catch (e) {
      log(
        `Owed add-in: could not get a certificate (${e instanceof Error ? e.message : e}); serving over plain http on 127.0.0.1. Outlook needs https: run npx office-addin-dev-certs install.`,
      );
    }
  }
  const server = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, handler) : createHttpServer(handler);
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = tls ? `https://localhost:${actualPort}/` : `http://127.0.0.1:${actualPort}/`;
  return {
    url,
    https: Boolean(tls),
    trusted: Boolean(tls?.trusted),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startAddinServer();
  const manifest = ['manifest.localhost.xml', 'manifest.xml']
    .map((f) => join(DEFAULT_ROOT, f))
    .find((f) => existsSync(f));
  console.log(`Owed Outlook add-in: ${server.url}taskpane.html`);
  console.log(
    `  Sideload ${manifest ?? 'the manifest (npm run addin:build)'} in Outlook (outlook-addin/README.md). Ctrl+C stops.`,
  );
}
