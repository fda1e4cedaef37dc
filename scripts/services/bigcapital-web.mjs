// Serves Bigcapital's built webapp on 127.0.0.1 (in place of the nginx of its docker-compose):
// the files of packages/webapp/dist, index.html for every other path (a single-page app), and
// /api and /socket (websocket upgrades included) passed to the API server. No dependencies.
//   env: WEB_ROOT, WEB_PORT (13080), API_PORT (13000)
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(process.env.WEB_ROOT ?? 'dist');
const PORT = Number(process.env.WEB_PORT ?? 13080);
const API_PORT = Number(process.env.API_PORT ?? 13000);
const HOST = '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};
const toApi = (url) => /^\/(api|socket)(\/|\?|$)/.test(url);

async function serveFile(req, res) {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  } catch {
    path = '/';
  }
  let file = join(ROOT, normalize(path));
  if (!file.startsWith(ROOT) || !(await stat(file).catch(() => null))?.isFile()) file = join(ROOT, 'index.html');
  const body = await readFile(file).catch(() => null);
  if (!body) return res.writeHead(404).end('not found');
  const ext = extname(file);
  res.writeHead(200, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=3600',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function passToApi(req, res) {
  const up = http.request(
    {
      host: HOST,
      port: API_PORT,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: `${HOST}:${API_PORT}` },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  up.on('error', (e) => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`API unreachable: ${e.message}`);
  });
  req.pipe(up);
}

const server = http.createServer((req, res) => (toApi(req.url) ? passToApi(req, res) : void serveFile(req, res)));
server.on('upgrade', (req, socket, head) => {
  if (!toApi(req.url)) return socket.destroy();
  const up = net.connect(API_PORT, HOST, () => {
    let raw = `${req.method} ${req.url} HTTP/${req.httpVersion}\r\n`;
    for (let i = 0; i < req.rawHeaders.length; i += 2) raw += `${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}\r\n`;
    up.write(`${raw}\r\n`);
    if (head?.length) up.write(head);
    up.pipe(socket).pipe(up);
  });
  up.on('error', () => socket.destroy());
  socket.on('error', () => up.destroy());
});
server.listen(PORT, HOST, () => console.log(`webapp on http://${HOST}:${PORT} (${ROOT}), API on ${HOST}:${API_PORT}`));
