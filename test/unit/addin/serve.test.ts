import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCertificates } from 'office-addin-dev-certs';
import { certificateNeedsRenewal, startAddinServer } from '../../../outlook-addin/serve.mjs';

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
      expect(page.headers.get('content-security-policy')).toMatch(
        /script-src 'self' https:\/\/appsforoffice\.microsoft\.com;.*frame-ancestors/,
      );
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

  it('renews the development certificate a week before it expires', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'owed-cert-'));
    await generateCertificates(join(dir, 'ca.crt'), join(dir, 'l.crt'), join(dir, 'l.key'), 30, ['localhost']);
    const pem = readFileSync(join(dir, 'l.crt'));
    const day = 86_400_000;
    expect(certificateNeedsRenewal(pem)).toBe(false);
    expect(certificateNeedsRenewal(pem, Date.now() + 22 * day)).toBe(false);
    expect(certificateNeedsRenewal(pem, Date.now() + 24 * day)).toBe(true);
    expect(certificateNeedsRenewal(pem, Date.now() + 31 * day)).toBe(true);
  }, 30_000);
});
