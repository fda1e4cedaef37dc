// Serves the built taskpane (.output/outlook-addin) where the manifest points: https://localhost:3000.
// `node outlook-addin/serve.mjs` alone, or startAddinServer() from scripts/start.mjs.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { homedir, tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  if (existsSync(cert) && existsSync(key)) return { cert: readFileSync(cert), key: readFileSync(key), trusted: true };
  const devCerts = await import('office-addin-dev-certs');
  const interactive = !headless && process.stdin.isTTY && process.stdout.isTTY && !process.env.CI;
  if (interactive) {
    log(
      'Owed add-in: installing a development certificate for https://localhost (office-addin-dev-certs); your system may ask for permission.',
    );
    const options = await devCerts.getHttpsServerOptions();
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
  port = 3000,
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
  console.log(`Owed Outlook add-in: ${server.url}taskpane.html (manifest: outlook-addin/manifest.xml)`);
}
