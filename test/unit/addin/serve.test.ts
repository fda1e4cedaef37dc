import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startAddinServer } from '../../../outlook-addin/serve.mjs';

const root = mkdtempSync(join(tmpdir(), 'owed-addin-root-'));
writeFileSync(join(root, 'taskpane.html'), '<!doctype html><title>Owed</title>');
writeFileSync(join(tmpdir(), 'owed-secret.txt'), 'secret');

describe('startAddinServer', () => {
  it('serves the built taskpane on 127.0.0.1 and nothing outside its folder', async () => {
    const server = await startAddinServer({ port: 0, https: false, root, log: () => {} });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(`${server.url}taskpane.html`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await (await fetch(server.url)).text()).toContain('<title>Owed</title>');
      expect((await fetch(`${server.url}..%2Fowed-secret.txt`)).status).toBe(404);
      expect((await fetch(`${server.url}nope.js`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('serves HTTPS on localhost without prompting when headless, saying the certificate is not trusted', async () => {
    const messages: string[] = [];
    const ci = process.env.CI;
    process.env.CI = 'true';
    const server = await startAddinServer({ port: 0, root, log: (m) => messages.push(m) });
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
    try {
      expect(server.url).toMatch(/^https:\/\/localhost:\d+\/$/);
      const status = await new Promise<number>((resolve, reject) =>
        request(`${server.url.replace('localhost', '127.0.0.1')}taskpane.html`, { rejectUnauthorized: false }, (res) =>
          resolve(res.statusCode ?? 0),
        )
          .on('error', reject)
          .end(),
      );
      expect(status).toBe(200);
      if (!server.trusted) expect(messages.join('\n')).toMatch(/office-addin-dev-certs install/);
    } finally {
      await server.close();
    }
  }, 30_000);

  it('refuses to start before the taskpane is built', async () => {
    await expect(
      startAddinServer({ port: 0, https: false, root: mkdtempSync(join(tmpdir(), 'empty-')), log: () => {} }),
    ).rejects.toThrow(/not built/);
  });
});
