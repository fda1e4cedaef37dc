// Security of the built extension in Chromium: what the manifest asks for, that no remote code or
// eval can run, that hostile names never become markup, that the page learns nothing, that the
// add-in bridge answers only its taskpane, and that nothing leaves the machine.
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server.mjs';
import { ADDIN_ORIGIN } from '../../lib/bridge/addin-origin';
import { BRIDGE_CHANNEL } from '../../lib/bridge/protocol';
import { KNOWN_APP_MATCHES, LOCAL_MATCHES } from '../../lib/extract/page/known-hosts';
import { localToday } from './demo-expectations';
import { CHROMIUM, EXTENSION_DIR, eventually, launchOwed, type OwedBrowser } from './harness';

const today = localToday();
let demo: { url: string; close: () => Promise<void> };
let owed: OwedBrowser;
const manifest = () => JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const builtFiles = (ext: string, dir = EXTENSION_DIR): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? builtFiles(ext, join(dir, e.name)) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );

const HOSTILE_NAME = '<img src=x onerror="window.__owned=1">';
/** An invoice number a hostile page could show: drafts list invoice numbers (a debtor's name only greets a person). */
const HOSTILE_NUMBER = '<img src=x onerror="window.__owned=4">X-1';
const HOSTILE_NOTE = '<script>window.__owned=2</script><img src=x onerror="window.__owned=3"><b>bold</b>';

beforeAll(async () => {
  demo = await startDemoServer({ port: 0, today });
  owed = await launchOwed();
  await owed.approveReading(demo.url);
});
afterAll(async () => {
  await owed?.close();
  await demo?.close();
});

/** Waits until the background stored the invoices of a read (the content script is done). */
const storedInvoices = async () => {
  const res = await owed.request<{ ok: boolean; value: { invoices: { customer: string }[] } }>({
    type: 'export-backup',
  });
  return res.value.invoices;
};

describe('manifest', () => {
  it('asks only for what Owed uses: alarms, scripting and activeTab (sites the user grants), side panel, storage (add-in consent)', () => {
    const m = manifest();
    expect([...m.permissions].sort()).toEqual(['activeTab', 'alarms', 'scripting', 'sidePanel', 'storage']);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('reads known invoicing apps and this machine only; any other site is optional, granted at run time', () => {
    const m = manifest();
    const text = JSON.stringify(m);
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toMatch(/"\*:\/\/\*\/\*"/);
    expect([...m.host_permissions].sort()).toEqual([...KNOWN_APP_MATCHES, ...LOCAL_MATCHES].sort());
    expect([...m.optional_host_permissions].sort()).toEqual(['http://*/*', 'https://*/*']);
    for (const cs of m.content_scripts)
      for (const match of cs.matches) expect([...m.host_permissions, `${ADDIN_ORIGIN}/*`]).toContain(match);
    for (const w of m.web_accessible_resources ?? []) {
      expect(w.resources).toEqual(['sidepanel.html']);
      for (const match of w.matches) expect(m.host_permissions).toContain(match);
    }
    expect(m.externally_connectable).toBeUndefined();
  });

  it('has a strict CSP for its pages: own scripts only, no eval, no inline code, no remote hosts, no network', () => {
    const csp: string = manifest().content_security_policy.extension_pages;
    const directives = Object.fromEntries(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});

describe('no remote code', () => {
  it('built pages load only their own scripts and styles', () => {
    const pages = builtFiles('.html');
    expect(pages.length).toBeGreaterThan(0);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const srcs = [...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      for (const src of srcs) expect(src, `${file}: ${src}`).toMatch(/^\/(?!\/)/);
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/); // no inline script
    }
  });

  it("built scripts hold no eval and no remote import; the only Function constructor is zod's optional JIT, which the CSP blocks", () => {
    const scripts = builtFiles('.js');
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\(/);
      expect(code, file).not.toMatch(/\bimport\(\s*["'`]https?:/);
      expect(code, file).not.toMatch(/importScripts\(/);
      expect(code, file).not.toMatch(/new Function\(/);
      // zod 4 probes `Function("")` and may compile validators with `new F(...)` where F = Function;
      // any other mention of the Function constructor would be new code-generation surface.
      // webextension-polyfill binds Function.call to hasOwnProperty: no code generation.
      const known = [/return Function\(``\),!0/g, /compile\(\)\{let \w+=Function,/g, /\bFunction\.call\.bind\(/g];
      const rest = known.reduce((c, re) => c.replace(re, ''), code);
      expect(rest.match(/.{0,40}\bFunction\b.{0,40}/g), `${file}: Function constructor outside zod`).toBeNull();
    }
  });

  it('code generation from strings is refused at run time in the extension page (the CSP is enforced)', async () => {
    // DevTools' own evaluate may use eval under CSP, so the page runs a string timer itself, later.
    const sidebar = await owed.openSidebar();
    await sidebar.evaluate(() => {
      const w = window as unknown as { __violations: string[]; __ran?: number };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
      (setTimeout as unknown as (code: string, ms: number) => void)('window.__ran = 1', 0);
    });
    await sidebar.waitForTimeout(300);
    const { ran, violations } = await sidebar.evaluate(() => {
      const w = window as unknown as { __violations: string[]; __ran?: number };
      return { ran: w.__ran, violations: w.__violations };
    });
    expect(ran).toBeUndefined();
    expect(violations).toContain('script-src eval');
    await sidebar.close();
  });
});

describe('hostile names and notes stay text', () => {
  it('a debtor named with HTML and a note full of script render as text in the sidebar, its draft preview and its .eml, and run nothing', async () => {
    const stored = await owed.request<{ ok: boolean }>({
      type: 'page-read',
      read: {
        source: 'http://127.0.0.1:1',
        url: 'http://127.0.0.1:1/invoices',
        invoices: [
          {
            number: HOSTILE_NUMBER,
            customer: HOSTILE_NAME,
            balance: 50_000,
            total: 50_000,
            currency: 'USD',
            due: '2026-01-02',
          },
        ],
      },
    });
    expect(stored.ok).toBe(true);
    const backup = await owed.request<{ value: { records: { id: string; name: string }[] } }>({
      type: 'export-backup',
    });
    const debtorId = backup.value.records.find((r) => r.name === HOSTILE_NAME)!.id;
    expect(
      (
        await owed.request<{ ok: boolean }>({
          type: 'add-event',
          event: { debtorId, kind: 'note', at: Date.now(), text: HOSTILE_NOTE },
        })
      ).ok,
    ).toBe(true);

    const sidebar = await owed.openSidebar();
    await sidebar
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: /debtors/i })
      .click();
    const name = sidebar.locator('ul[aria-label="Debtors"] .debtor-name', { hasText: HOSTILE_NAME });
    await name.first().waitFor({ timeout: 20_000 });
    expect(await name.first().textContent()).toBe(HOSTILE_NAME);
    await name.first().getByRole('button').click();
    const log = sidebar.getByRole('list', { name: 'Contact log' });
    await log.waitFor({ timeout: 20_000 });
    await expect(log.textContent()).resolves.toContain(HOSTILE_NOTE);
    await sidebar.waitForTimeout(300); // an injected <img onerror> would have fired by now
    expect(await sidebar.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
    expect(await sidebar.locator('img[src="x"], [onerror], script:not([src])').count()).toBe(0);
    expect(await sidebar.locator('.debtor-name b, [aria-label="Contact log"] b').count()).toBe(0);

    // The reminder drafted for this debtor: its preview and its .eml carry the name as text.
    await sidebar.getByRole('navigation', { name: 'Actions' }).getByRole('button', { name: 'Email' }).click();
    const preview = await (
      await sidebar.waitForSelector('iframe[title="Preview"]', { timeout: 20_000 })
    ).contentFrame();
    expect(await sidebar.locator('iframe[title="Preview"]').getAttribute('sandbox')).toBe('');
    await eventually(
      () => preview!.evaluate(() => document.body?.textContent ?? ''),
      (t) => t.includes(HOSTILE_NUMBER),
    );
    expect(await preview!.evaluate(() => document.querySelectorAll('img, script, [onerror]').length)).toBe(0);
    const [download] = await Promise.all([
      sidebar.waitForEvent('download'),
      sidebar.getByRole('button', { name: 'Download .eml draft' }).click(),
    ]);
    const eml = await readFile((await download.path())!, 'utf8');
    const parts = [
      ...eml.matchAll(
        /Content-Type: (text\/\w+); charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+)/g,
      ),
    ].map((m) => [m[1], Buffer.from(m[2]!.replace(/\s/g, ''), 'base64').toString('utf8')] as const);
    const html = parts.find(([type]) => type === 'text/html')?.[1] ?? '';
    const text = parts.find(([type]) => type === 'text/plain')?.[1] ?? '';
    expect(text).toContain(HOSTILE_NUMBER);
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__owned=4&quot;&gt;X-1');
    expect(html).not.toMatch(/<(img|script)\b|<[^>]*\sonerror=/i);
    expect(eml.slice(0, eml.indexOf('\r\n\r\n'))).not.toMatch(/^(Bcc|Reply-To):/im);
    expect(await sidebar.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
    await sidebar.close();
  });

  it("the demo's 'Bobby <b>Tables</b> & Co' is read and shown literally in the sidebar, and the page runs nothing", async () => {
    const page = await owed.context.newPage();
    await page.goto(`${demo.url}invoices`);
    await eventually(storedInvoices, (inv) => inv.some((i) => i.customer === 'Bobby <b>Tables</b> & Co'));
    const sidebar = await owed.openSidebar();
    const shown = sidebar.locator('.debtor-name', { hasText: 'Bobby <b>Tables</b> & Co' });
    await shown.first().waitFor({ timeout: 20_000 });
    expect(await sidebar.locator('.debtor-name b').count()).toBe(0);
    await sidebar.close();
    expect(await page.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
    await page.close();
  });
});

describe('the page learns nothing', () => {
  /** What a page script can see after loading the demo list and paging through it as Owed does. */
  async function pageView(page: Page, clickMore: boolean) {
    await page.addInitScript(() => {
      const w = window as unknown as { __messages: unknown[] };
      w.__messages = [];
      addEventListener('message', (e) => w.__messages.push(e.data));
    });
    await page.goto(`${demo.url}invoices`);
    // Owed's reader follows "Load more" itself; without Owed, do what it does.
    const more = page.locator('#load-more');
    for (let i = 0; i < 60 && (await more.count()) > 0; i++) {
      if (clickMore) await more.click().catch(() => {});
      await page.waitForTimeout(250);
    }
    expect(await more.count()).toBe(0);
    await page.waitForTimeout(1500); // Owed's reader is debounced: let it finish
    return page.evaluate(() => {
      const host = document.querySelector('owed-sidebar');
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      for (const e of clone.querySelectorAll('owed-sidebar')) e.remove();
      return {
        globals: Object.getOwnPropertyNames(window)
          .filter((k) => k !== '__messages')
          .sort(),
        html: clone.outerHTML,
        messages: JSON.stringify((window as unknown as { __messages: unknown[] }).__messages),
        host: host && {
          attributes: host.getAttributeNames(),
          openShadow: host.shadowRoot !== null,
          text: host.textContent,
        },
      };
    });
  }

  it('after a read: no new window properties, no attribute or element changed in the page, no message posted, a bare closed host', async () => {
    const plain = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const without = await pageView(await plain.newPage(), true);
      const page = await owed.context.newPage();
      const withOwed = await pageView(page, false);
      await eventually(storedInvoices, (inv) => inv.some((i) => i.customer === 'Bobby <b>Tables</b> & Co'));
      expect(withOwed.globals).toEqual(without.globals);
      expect(withOwed.html).toBe(without.html);
      // Not even WXT's "content script started" marker (noScriptStartedPostMessage).
      expect(withOwed.messages).toBe('[]');
      expect(without.messages).toBe('[]');
      expect(without.host).toBeNull();
      expect(withOwed.host).toEqual({ attributes: [], openShadow: false, text: '' });
      await page.close();
    } finally {
      await plain.close();
    }
  });
});

describe('add-in bridge', () => {
  const TASKPANE = `${ADDIN_ORIGIN}/taskpane.html`;
  const taskpaneHtml = (frameSrc: string) => `<!doctype html><title>taskpane</title><iframe src="${frameSrc}"></iframe>
    <script>window.__answers = []; addEventListener('message', (e) => { if (e.data && e.data.channel) window.__answers.push(e.data); });</script>`;

  it('answers its taskpane, ignores other frames and refuses malformed requests; other origins get no bridge at all', async () => {
    const framePage = 'https://localhost:3001/frame.html';
    // The taskpane's origin is served here (no TLS server needed): the bridge content script runs on it by URL.
    await owed.context.route(`${ADDIN_ORIGIN}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: taskpaneHtml(framePage) }),
    );
    await owed.context.route(framePage, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>someone else</title>' }),
    );
    // The user allowed this pane's origin once (the consent window; test/e2e/addin.test.ts clicks it).
    await owed.worker.evaluate(
      (origin) =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(o: object): Promise<void> } } } }
        ).chrome.storage.local.set({ addinConsent: { [origin]: 'allowed' } }),
      ADDIN_ORIGIN,
    );
    const pane = await owed.context.newPage();
    await pane.goto(TASKPANE);
    const answers = () =>
      pane.evaluate(
        () =>
          (
            window as unknown as {
              __answers: { kind: string; id?: string; response?: { ok: boolean; value?: unknown; error?: string } }[];
            }
          ).__answers,
      );
    const post = (msg: unknown) => pane.evaluate((m) => window.postMessage(m, location.origin), msg);
    await post({ channel: BRIDGE_CHANNEL, kind: 'ping' });
    await eventually(answers, (a) => a.some((m) => m.kind === 'hello'));

    // A frame of another origin inside the taskpane asks: ignored, unanswered.
    const frame = (await eventually(
      async () => pane.frames().find((f) => f.url() === framePage),
      (f) => f !== undefined,
    ))!;
    await frame.evaluate(
      (channel) =>
        parent.postMessage(
          {
            channel,
            kind: 'request',
            id: 'from-a-frame-0123456789',
            request: { type: 'find-debtors', emails: ['nobody@example.com'] },
          },
          '*',
        ),
      BRIDGE_CHANNEL,
    );
    // Malformed: unknown type, extra field, short nonce.
    await post({
      channel: BRIDGE_CHANNEL,
      kind: 'request',
      id: 'malformed-0123456789ab',
      request: { type: 'export-backup' },
    });
    await post({
      channel: BRIDGE_CHANNEL,
      kind: 'request',
      id: 'extra-field-0123456789',
      request: { type: 'list-debtor-names', all: true },
    });
    await post({ channel: BRIDGE_CHANNEL, kind: 'request', id: 'short', request: { type: 'list-debtor-names' } });
    // Well-formed, from the taskpane itself.
    await post({
      channel: BRIDGE_CHANNEL,
      kind: 'request',
      id: 'good-request-0123456789',
      request: { type: 'find-debtors', emails: ['nobody@example.com'] },
    });
    const got = await eventually(answers, (a) => a.some((m) => m.id === 'good-request-0123456789'));
    await pane.waitForTimeout(500);
    const all = await answers();
    const byId = (id: string) => all.find((m) => m.kind === 'response' && m.id === id)?.response;
    expect(byId('good-request-0123456789')).toMatchObject({ ok: true });
    expect(byId('malformed-0123456789ab')).toEqual({
      ok: false,
      error: expect.stringMatching(/refused a malformed request/),
    });
    expect(byId('extra-field-0123456789')).toEqual({
      ok: false,
      error: expect.stringMatching(/refused a malformed request/),
    });
    expect(byId('from-a-frame-0123456789')).toBeUndefined();
    expect(all.some((m) => m.id === 'short' && m.response?.ok)).toBe(false);
    expect(got.length).toBeGreaterThan(0);

    // On any other origin (the invoicing page), the bridge does not exist: a ping gets no hello.
    const other = await owed.context.newPage();
    await other.goto(taskpaneUrlElsewhere());
    await other.evaluate((channel) => {
      (window as unknown as { __answers: unknown[] }).__answers = [];
      addEventListener(
        'message',
        (e) => e.data?.kind === 'hello' && (window as unknown as { __answers: unknown[] }).__answers.push(e.data),
      );
      window.postMessage({ channel, kind: 'ping' }, location.origin);
    }, BRIDGE_CHANNEL);
    await other.waitForTimeout(1000);
    expect(await other.evaluate(() => (window as unknown as { __answers: unknown[] }).__answers)).toEqual([]);
    await other.close();
    await pane.close();
  });

  const taskpaneUrlElsewhere = () => `${demo.url}invoices?status=overdue`;

  it('the background refuses add-in requests that do not come from the taskpane', async () => {
    const res = await owed.request<{ ok: boolean; error?: string; value?: unknown }>({
      type: 'addin',
      request: { type: 'list-debtor-names' },
    });
    expect(res.ok).toBe(false);
    expect(res.value).toBeUndefined();
  });
});

describe('network', () => {
  it('no request left this machine during any of the above', () => {
    expect(owed.requests.length).toBeGreaterThan(0);
    expect(owed.outside()).toEqual([]);
  });
});
