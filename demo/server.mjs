// The demo invoicing app's web server: node:http on 127.0.0.1 only, no dependencies.
// Run directly: node demo/server.mjs [--port 4178] [--today YYYY-MM-DD]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { makeDemoData } from './seed.mjs';
import { localToday } from './format.mjs';
import { PAGE_SIZE, listInvoices, pageOf, statusFilterKey } from './queries.mjs';
import {
  customerPage,
  customersPage,
  dashboardPage,
  invoicePage,
  invoiceRows,
  invoicesPage,
  notFoundPage,
  reportsPage,
} from './pages.mjs';

const ASSETS = {
  '/assets/app.css': 'text/css; charset=utf-8',
  '/assets/app.js': 'text/javascript; charset=utf-8',
  '/assets/favicon.svg': 'image/svg+xml',
};

function readAssets() {
  const files = new Map();
  for (const [path, type] of Object.entries(ASSETS)) {
    files.set(path, { type, body: readFileSync(new URL(`.${path}`, import.meta.url)) });
  }
  return files;
}

/** A positive page number from the query, 1 for anything else. */
function pageParam(value) {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

/** A malformed escape (%E0%A4%A) is a page that does not exist, not a server error. */
function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts the demo app on 127.0.0.1.
 * @param {{ port?: number, today?: string, latencyMs?: number }} [options]
 *   port 0 picks a free port; today (YYYY-MM-DD) defaults to the machine's local date;
 *   latencyMs delays each "Load more" response, as a real app's network would.
 * @returns {Promise<{ url: string, today: string, close: () => Promise<void> }>}
 */
export async function startDemoServer({ port = 0, today = localToday(), latencyMs = 0 } = {}) {
  const data = makeDemoData(today);
  const assets = readAssets();
  const html = 'text/html; charset=utf-8';

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'text/plain', 'Method not allowed', { Allow: 'GET, HEAD' });
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '/';
      const status = statusFilterKey(url.searchParams.get('status'));
      const search = url.searchParams.get('q') ?? '';
      const page = pageParam(url.searchParams.get('page'));

      const asset = assets.get(path);
      if (asset) return send(res, 200, asset.type, asset.body);
      if (path === '/') return send(res, 200, html, dashboardPage(data, today));
      if (path === '/invoices') return send(res, 200, html, invoicesPage(data, today, { status, search, pages: page }));
      if (path === '/invoices/rows') {
        // The next page of rows for "Load more": bare <tr>s, and the list's size so the page knows when to stop.
        if (latencyMs > 0) await sleep(latencyMs);
        const all = listInvoices(data, today, { status, search });
        return send(res, 200, html, invoiceRows(pageOf(all, page), today), {
          'X-Total-Count': String(all.length),
          'X-Page-Size': String(PAGE_SIZE),
        });
      }
      if (path === '/customers') return send(res, 200, html, customersPage(data, today));
      if (path === '/reports') return send(res, 200, html, reportsPage(data));
      const detail = /^\/(invoices|customers)\/([^/]+)$/.exec(path);
      if (detail) {
        const key = safeDecode(detail[2] ?? '');
        const page =
          key === undefined
            ? undefined
            : detail[1] === 'invoices'
              ? invoicePage(data, today, key)
              : customerPage(data, today, key);
        if (page) return send(res, 200, html, page);
      }
      return send(res, 404, html, notFoundPage(data, path));
    } catch (error) {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'text/plain', 'Internal error');
      else res.end();
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    today,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive connections (a browser's) would hold close() open.
        server.closeAllConnections();
      }),
  };
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split('=', 2);
    if (flag !== '--port' && flag !== '--today')
      throw new Error(`unknown option ${arg} (use --port N, --today YYYY-MM-DD)`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--port') options.port = Number(value);
    else options.today = value;
  }
  if (options.port !== undefined && !(Number.isInteger(options.port) && options.port >= 0 && options.port < 65536)) {
    throw new Error('--port expects a number from 0 to 65535');
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const { url, close } = await startDemoServer(parseArgs(process.argv.slice(2)));
    console.log(`Demo invoicing app: ${url}`);
    const stop = () => close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`demo server: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
