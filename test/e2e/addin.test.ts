import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoData } from '../../demo/seed.mjs';
import { ADDIN_BASE, ADDIN_ORIGIN } from '../../lib/bridge/addin-origin';
import { BRIDGE_CHANNEL } from '../../lib/bridge/protocol';
import type { ContactEvent, DebtorView } from '../../lib/model';
import { recommendedTemplateId } from '../../outlook-addin/src/drafting/templates-port';
import { installOfficeHostDouble, type OfficeHostOptions } from '../fixtures/office/office-host-double';
import { expectedDebtors, localToday } from './demo-expectations';
import { eventually, launchOwed, type OwedBrowser } from './harness';

/*
 * The built taskpane in Chromium with the built extension, at the address it was built for
 * (ADDIN_BASE): Playwright answers that origin's requests from .output/outlook-addin
 * (context.route), so no port, certificate or server is needed and the bridge content script
 * matches exactly as in Outlook on the web. Office.js is requested from Microsoft's CDN as in
 * production; the test answers that URL itself, so nothing leaves this machine: with nothing
 * (the Office host double, injected before the page's scripts, is Office), or with the real
 * office.js from @microsoft/office-js to see the pane outside Office.
 */
const ADDIN_DIR = resolve('.output/outlook-addin');
const OFFICE_DIST = resolve('node_modules/@microsoft/office-js/dist');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
/** Outlook on the web's stand-in: another origin that frames the pane, as outlook.office.com does. */
const OWA = 'http://127.0.0.1:9';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
};

const today = localToday();
const demo = makeDemoData(today);
const owing = expectedDebtors(today, demo);
let owed: OwedBrowser;
/** CDN URLs the test answered itself (from this machine). */
const answeredLocally = new Set<string>();

async function serveAddin(context: BrowserContext) {
  await context.route(`${ADDIN_ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/evil.html') return route.fulfill({ contentType: 'text/html', body: SAME_ORIGIN_PAGE });
    const file = join(ADDIN_DIR, path.slice(new URL(ADDIN_BASE).pathname.length - 1));
    if (!file.startsWith(ADDIN_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  await context.route(`${OWA}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/evil.html') return route.fulfill({ contentType: 'text/html', body: OTHER_ORIGIN_PAGE });
    if (path === '/owa.html') return route.fulfill({ contentType: 'text/html', body: OWA_PAGE });
    const file = join(ADDIN_DIR, path);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
}

/** How this page gets Office.js from the CDN URL. */
async function officeJs(page: Page, how: 'double' | 'real' | 'blocked' | 'never-ready') {
  await page.route(`${CDN}**`, (route) => {
    const url = route.request().url();
    if (how === 'blocked') return route.abort('blockedbyclient');
    answeredLocally.add(url);
    if (how === 'double') return route.fulfill({ contentType: 'text/javascript', body: '' });
    if (how === 'never-ready')
      return route.fulfill({
        contentType: 'text/javascript',
        body: 'window.Office = { HostType: { Outlook: "Outlook" }, onReady() { return new Promise(() => {}); } };',
      });
    const file = join(OFFICE_DIST, new URL(url).pathname.slice(new URL(CDN).pathname.length));
    if (!file.startsWith(OFFICE_DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
  });
}

/** Outlook on the web, roughly: its own page at its own origin, the add-in in an iframe beside the mail. */
const OWA_PAGE = `<!doctype html><title>Mail - Outlook</title>
  <div style="display:flex"><div id="mail" style="flex:1">Reading pane</div>
  <iframe name="owed" title="Owed" src="${ADDIN_BASE}taskpane.html" style="width:360px;height:740px;border:0"></iframe></div>`;

/** A page of another origin framed in the pane that tries the bridge and records any answer. */
const OTHER_ORIGIN_PAGE = `<!doctype html><script>
  window.answers = [];
  window.addEventListener('message', (e) => window.answers.push(e.data));
  parent.postMessage({ channel: '${BRIDGE_CHANNEL}', kind: 'request', id: 'evil-0123456789abcdef', request: { type: 'find-debtors', emails: ['x@y.z'] } }, '*');
  parent.postMessage({ channel: '${BRIDGE_CHANNEL}', kind: 'ping' }, '*');
</script>`;

/** A hostile page served at the add-in's own origin (another file on the host, or an injected one). */
const SAME_ORIGIN_PAGE = `<!doctype html><script>
  window.ask = (request) => new Promise((resolve) => {
    const id = 'h' + Math.random().toString(16).slice(2).padEnd(20, '0');
    addEventListener('message', (e) => e.data?.kind === 'response' && e.data.id === id && resolve(e.data.response));
    postMessage({ channel: '${BRIDGE_CHANNEL}', kind: 'request', id, request }, location.origin);
  });
</script>`;

async function openPane(
  host: OfficeHostOptions,
  { origin = ADDIN_BASE, framed = false } = {},
): Promise<{ page: Page; pane: () => Promise<import('playwright-core').Frame> }> {
  const page = await owed.context.newPage();
  await page.setViewportSize(framed ? { width: 1100, height: 760 } : { width: 360, height: 760 });
  await officeJs(page, 'double');
  await page.addInitScript(installOfficeHostDouble, host);
  if (framed) {
    await page.goto(`${OWA}/owa.html`);
    const pane = () =>
      eventually(
        async () => page.frame({ name: 'owed' }),
        (f) => f !== null,
      ).then((f) => f!);
    return { page, pane };
  }
  await page.goto(`${origin}taskpane.html`);
  return { page, pane: async () => page.mainFrame() };
}

const officeCalls = (frame: import('playwright-core').Frame) =>
  frame.evaluate(() => (window as unknown as { __officeCalls: [string, unknown][] }).__officeCalls);
const officeDraft = (frame: import('playwright-core').Frame) =>
  frame.evaluate(() =>
    (
      window as unknown as {
        __officeDraft: () => { subject: string; body: string; to: string[]; attachments: { name: string }[] };
      }
    ).__officeDraft(),
  );
const ledger = () => owed.request<{ ok: boolean; value: { debtors: DebtorView[] } }>({ type: 'get-ledger' });
const eventsOf = async (name: string): Promise<ContactEvent[]> =>
  (await ledger()).value.debtors.find((d) => d.name === name)!.events.filter((e) => e.kind === 'email');

beforeAll(async () => {
  // Built here (a few seconds) so the run always tests the current taskpane, whatever was built before.
  const { build } = await import('vite');
  await build({ configFile: resolve('outlook-addin/vite.config.ts'), logLevel: 'warn' });
  owed = await launchOwed();
  await serveAddin(owed.context);
  // The demo invoicing app's data, as its reader would send it.
  const byId = new Map(demo.customers.map((c) => [c.id, c]));
  const read = await owed.request<{ ok: boolean; error?: string }>({
    type: 'page-read',
    read: {
      source: 'http://127.0.0.1:4173',
      url: 'http://127.0.0.1:4173/invoices',
      complete: true,
      invoices: demo.invoices
        .filter((i) => i.status !== 'Draft')
        .map((i) => ({
          number: i.number,
          customer: byId.get(i.customerId)!.name,
          email: byId.get(i.customerId)!.email,
          issued: i.issued,
          due: i.due,
          total: i.total,
          balance: i.total - i.paid,
          currency: i.currency,
          status: i.status,
          paidOn: i.paidOn,
        })),
    },
  });
  expect(read.ok, read.error).toBe(true);
});
afterAll(async () => owed?.close());

describe('Outlook taskpane with the Owed extension', () => {
  // An ordinary debtor: a week or two late, not disputed, one address.
  const ordinary = owing.filter((d) => /^[\p{L} .,&'-]+$/u.test(d.name));
  const debtor = ordinary.find((d) => d.dueForCall) ?? ordinary.find((d) => d.oldestDaysLate > 0) ?? ordinary[0]!;
  const customer = demo.customers.find((c) => c.name === debtor.name)!;
  const other = demo.customers.find((c) => c.name !== debtor.name && owing.some((d) => d.name === c.name))!;
  const openNumbers = demo.invoices
    .filter((i) => i.customerId === customer.id && i.status !== 'Draft' && i.total > i.paid)
    .map((i) => i.number);
  const host: OfficeHostOptions = {
    mode: 'read',
    from: customer.email,
    to: [demo.company.email],
    cc: [],
    user: demo.company.email,
    maxMailbox: '1.13',
    subject: 'Your invoices',
    text: 'Hello, we will pay the open invoices on Friday. Sorry for the delay.',
    receivedAt: Date.now() - 3_600_000,
  };

  it('asks the user the first time the pane asks, and answers once allowed', async () => {
    const consent = owed.context.waitForEvent('page', { predicate: (p) => p.url().includes('addin-consent.html') });
    const { page, pane } = await openPane(host);
    const frame = await pane();
    await frame.getByText('Allow this Outlook pane').waitFor();
    expect(await frame.getByRole('heading', { name: customer.name }).count()).toBe(0);
    const ask = await consent;
    await ask.getByText(ADDIN_ORIGIN, { exact: true }).waitFor();
    await ask.getByRole('button', { name: 'Allow' }).click();
    await ask.getByText(/^Allowed\./).waitFor();
    await frame.getByRole('button', { name: 'Try again' }).click();
    await frame.getByRole('heading', { name: customer.name }).waitFor();
    await ask.close();
    await page.close();
  });

  it('framed in an Outlook-on-the-web-like page: matches the sender, drafts the recommended reminder, logs it as drafted', async () => {
    const { page, pane } = await openPane(host, { framed: true });
    const frame = await pane();
    await frame.getByRole('heading', { name: customer.name }).waitFor();
    await expect(frame.getByTestId('data-source').textContent()).resolves.toMatch(/Live data from the Owed extension/);
    for (const n of openNumbers) await frame.getByRole('cell', { name: n, exact: true }).waitFor();

    const view = (await ledger()).value.debtors.find((d) => d.name === customer.name)!;
    await frame.getByRole('button', { name: 'Draft reminder' }).click();
    await frame.getByText(/^Reminder drafted and logged as drafted in Owed\./).waitFor();

    const drafts = (await officeCalls(frame)).filter(
      ([n]) => n === 'displayReplyForm' || n === 'displayNewMessageForm',
    );
    expect(drafts).toHaveLength(1);
    const [how, form] = drafts[0] as [string, { htmlBody: string; toRecipients?: string[]; subject?: string }];
    for (const n of openNumbers) expect(form.htmlBody).toContain(n);
    if (how === 'displayNewMessageForm') expect(form.toRecipients).toEqual([customer.email]);
    const logged = await eventually(
      () => eventsOf(customer.name),
      (e) => e.length === 1,
    );
    expect(logged[0]).toMatchObject({ template: recommendedTemplateId(view), to: customer.email, outcome: 'drafted' });
    await page.close();
  });

  it("the next time it opens on that debtor, one click confirms the draft as sent; the debtor's mail is logged as theirs", async () => {
    const { page, pane } = await openPane(host);
    const frame = await pane();
    await frame.getByText('Did these reminders go out?').waitFor();
    await frame.getByRole('button', { name: 'Yes, I sent it' }).click();
    await frame.getByText('Logged as sent in Owed.').waitFor();
    const sent = await eventually(
      () => eventsOf(customer.name),
      (e) => e[0]?.outcome === 'sent',
    );
    expect(sent).toHaveLength(1);
    await expect(frame.getByText('Did these reminders go out?').count()).resolves.toBe(0);

    const excerpt = frame.getByLabel(/What they said/);
    await eventually(
      () => excerpt.inputValue(),
      (v) => v.startsWith('Hello, we will pay'),
    );
    await excerpt.fill('We will pay on Friday.');
    await frame.getByRole('button', { name: 'Log this mail' }).click();
    await frame.getByText(new RegExp(`Mail logged in Owed as ${customer.name}’s own word`)).waitFor();
    const all = await eventually(
      () => eventsOf(customer.name),
      (e) => e.length === 2,
    );
    expect(all.find((e) => e.outcome === 'received')).toMatchObject({
      at: host.receivedAt,
      text: 'Your invoices\n\nWe will pay on Friday.',
    });
    await page.screenshot({ path: 'outlook-addin/taskpane.png', fullPage: true });
    await page.close();
  });

  it('follows the selected message in a pinned pane', async () => {
    const { page, pane } = await openPane(host);
    const frame = await pane();
    await frame.getByRole('heading', { name: customer.name }).waitFor();
    await frame.evaluate(
      (next) => (window as unknown as { __officeSelectItem(o: unknown): void }).__officeSelectItem(next),
      {
        ...host,
        from: other.email,
      },
    );
    await frame.getByRole('heading', { name: other.name }).waitFor();
    await page.close();
  });

  it('fills a reply draft in compose mode: its "RE:" subject kept, the reminder above the quoted thread', async () => {
    const quoted = '<div id="divRplyFwdMsg"><p>From: Ann</p><p>Where is my invoice?</p></div>';
    const { page, pane } = await openPane({
      ...host,
      mode: 'compose',
      from: undefined,
      to: [customer.email],
      subject: 'RE: Where is my invoice?',
      body: quoted,
    });
    const frame = await pane();
    await frame.getByRole('heading', { name: customer.name }).waitFor();
    await frame.getByRole('button', { name: 'Draft reminder' }).click();
    await frame.getByText(/your subject kept/).waitFor();
    const draft = await officeDraft(frame);
    expect(draft.subject).toBe('RE: Where is my invoice?');
    expect(draft.body.endsWith(quoted)).toBe(true);
    expect(draft.body).toContain(openNumbers[0]!);
    await page.close();
  });

  it('attaches the statement in compose mode and says so; in read mode it says nothing is attached', async () => {
    const draftStatement = async (frame: import('playwright-core').Frame) => {
      await frame.getByRole('heading', { name: customer.name }).waitFor();
      await frame.getByText('Other templates').click();
      const select = frame.getByLabel('Template');
      const value = await select.evaluate(
        (s: HTMLSelectElement) => [...s.options].find((o) => o.value.endsWith('/statement'))!.value,
      );
      await select.selectOption(value);
      await frame.getByRole('button', { name: 'Draft this one' }).click();
      await frame.getByText(/logged as drafted/).waitFor();
    };
    const composing = await openPane({ ...host, mode: 'compose', from: undefined, to: [customer.email], body: '' });
    const frame = await composing.pane();
    await draftStatement(frame);
    const draft = await officeDraft(frame);
    expect(draft.attachments).toHaveLength(1);
    expect(draft.attachments[0]!.name).toMatch(/\.html$/);
    expect(draft.body).toMatch(/\battached\b/i);
    await composing.page.close();

    const reading = await openPane(host);
    const read = await reading.pane();
    await draftStatement(read);
    const forms = (await officeCalls(read)).filter(([n]) => n === 'displayReplyForm' || n === 'displayNewMessageForm');
    const form = forms.at(-1)![1] as { htmlBody: string };
    expect(form.htmlBody).toContain(openNumbers[0]!);
    expect(form.htmlBody).not.toMatch(/\b(attached|enclosed|attachment)\b/i);
    await reading.page.close();
  });

  it("takes Outlook's dark theme", async () => {
    const theme = {
      bodyBackgroundColor: '#1f1f1f',
      bodyForegroundColor: '#ffffff',
      controlBackgroundColor: '#2b2b2b',
      controlForegroundColor: '#f0f0f0',
      isDarkTheme: true,
    };
    const { page } = await openPane({ ...host, maxMailbox: '1.14', theme });
    await page.getByRole('heading', { name: customer.name }).waitFor();
    const look = await page.evaluate(() => {
      const body = getComputedStyle(document.body);
      return {
        bg: body.backgroundColor,
        fg: body.color,
        scheme: getComputedStyle(document.documentElement).colorScheme,
      };
    });
    expect(look).toEqual({ bg: 'rgb(31, 31, 31)', fg: 'rgb(255, 255, 255)', scheme: 'dark' });
    await page.close();
  });

  it('fills a plain-text draft with text, not HTML', async () => {
    const { page, pane } = await openPane({
      ...host,
      mode: 'compose',
      from: undefined,
      to: [customer.email],
      bodyType: 'text',
      body: '-- \nSam',
    });
    const frame = await pane();
    await frame.getByRole('heading', { name: customer.name }).waitFor();
    await frame.getByRole('button', { name: 'Draft reminder' }).click();
    await frame.getByRole('status').filter({ hasText: 'Reminder drafted' }).waitFor();
    const draft = await officeDraft(frame);
    expect(draft.body.endsWith('\n\n-- \nSam')).toBe(true);
    expect(draft.body).not.toMatch(/<p>|<br/);
    expect(draft.body).toContain(openNumbers[0]!);
    await page.close();
  });

  it('ignores requests the framing page posts into the pane, and its CSP loads no frame of another origin', async () => {
    const { page, pane } = await openPane(host, { framed: true });
    const frame = await pane();
    await frame.getByRole('heading', { name: customer.name }).waitFor();
    const before = (await eventsOf(customer.name)).length;
    // Outlook's page (or anything framing the pane) posts a write into the pane: not the pane's own message.
    await page.evaluate(
      ([channel, email]) =>
        (window.frames as unknown as { owed: Window }).owed.postMessage(
          {
            channel,
            kind: 'request',
            id: 'parent-0123456789abcdef',
            request: { type: 'log-received', debtorId: 'x', matchedOn: [email], at: 1, subject: 'x', excerpt: 'x' },
          },
          '*',
        ),
      [BRIDGE_CHANNEL, customer.email],
    );
    // The pane itself frames another origin's page: its Content-Security-Policy refuses to load it.
    await frame.evaluate((src) => {
      const child = document.createElement('iframe');
      child.src = src;
      document.body.append(child);
    }, `${OWA}/evil.html`);
    await page.waitForTimeout(1000);
    expect(page.frames().some((f) => f.url().startsWith(`${OWA}/evil.html`))).toBe(false);
    expect(await eventsOf(customer.name)).toHaveLength(before);
    await page.close();
  });

  it('gives a hostile page at the add-in origin only matched debtors, no list, no foreign writes, and few writes', async () => {
    const page = await owed.context.newPage();
    await page.goto(`${ADDIN_ORIGIN}/evil.html`);
    type Ask = (r: unknown) => Promise<{ ok: boolean; error?: string; value?: { debtors: DebtorView[] } }>;
    const ask = (request: unknown) => page.evaluate((r) => (window as unknown as { ask: Ask }).ask(r), request);
    const found = await ask({ type: 'find-debtors', emails: [customer.email] });
    expect(found.value!.debtors.map((d) => d.name)).toEqual([customer.name]);
    expect(await ask({ type: 'list-debtor-names' })).toMatchObject({ ok: false });
    expect(await ask({ type: 'get-debtor', debtorId: found.value!.debtors[0]!.id })).toMatchObject({ ok: false });
    const id = found.value!.debtors[0]!.id;
    const write = { type: 'log-received', debtorId: id, at: Date.now(), subject: 'x', excerpt: 'x' };
    expect(await ask({ ...write, matchedOn: [other.email] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/do not match/),
    });
    const results = [];
    for (let i = 0; i < 12; i++) results.push((await ask({ ...write, matchedOn: [customer.email] })).ok);
    // 10 a minute, and the refused foreign write above counted as one.
    expect(results.filter(Boolean).length).toBeLessThanOrEqual(10);
    expect(results.at(-1)).toBe(false);
    await page.close();
  });

  it('says the extension is not paired when the pane is served from another origin', async () => {
    const { page } = await openPane(host, { origin: `${OWA}/` });
    await page.getByText('Owed extension not found').waitFor();
    await page.close();
  });
});

describe('the taskpane outside Outlook and when Office.js fails', () => {
  it('with the real office.js, opened outside Office, it says to open it from Outlook', async () => {
    const page = await owed.context.newPage();
    await officeJs(page, 'real');
    await page.goto(`${ADDIN_BASE}taskpane.html`);
    await page.getByRole('heading', { name: 'Open Owed from Outlook' }).waitFor({ timeout: 30_000 });
    expect([...answeredLocally].some((u) => u.endsWith('/office.js'))).toBe(true);
    await page.close();
  });

  it('says Office.js did not load when the CDN is unreachable', async () => {
    const page = await owed.context.newPage();
    await officeJs(page, 'blocked');
    await page.goto(`${ADDIN_BASE}taskpane.html`);
    await page.getByRole('heading', { name: 'Office.js did not load' }).waitFor();
    await page.close();
  });

  it('shows "Loading…" while Office gets ready, then says Outlook did not answer', async () => {
    const page = await owed.context.newPage();
    await officeJs(page, 'never-ready');
    await page.goto(`${ADDIN_BASE}taskpane.html`);
    await page.getByText('Loading…').waitFor();
    await page.getByRole('heading', { name: 'Outlook did not answer' }).waitFor({ timeout: 30_000 });
    await page.close();
  });

  it('sent nothing off this machine: the CDN was answered here', () => {
    expect(owed.outside().filter((u) => !answeredLocally.has(u) && !u.startsWith(CDN))).toEqual([]);
    // Blocked CDN requests were refused before leaving; every other CDN request was answered here.
    expect(owed.outside().every((u) => u.startsWith(CDN))).toBe(true);
  });
});
