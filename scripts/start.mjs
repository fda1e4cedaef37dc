#!/usr/bin/env node
// `npm start`: everything a new user needs to see Owed working. Installs what is missing, builds,
// serves the demo invoicing app on 127.0.0.1, and opens Chromium with Owed loaded on it.
// `npm start -- --headless` (or no display): does the same without a window, prints what it
// started, writes a screenshot of the sidebar on the demo app, and stops.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const port = Number(args[args.indexOf('--port') + 1]) || 4178;
const shot = resolve(args.includes('--screenshot') ? args[args.indexOf('--screenshot') + 1] : 'owed-demo.png');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const step = (msg) => console.log(`• ${msg}`);
const sh = (cmd) => execSync(cmd, { stdio: 'inherit' });

if (!existsSync('node_modules/.bin/wxt')) {
  step('Installing dependencies (npm ci)');
  sh('npm ci --no-audit --no-fund');
}
if (!existsSync(CHROMIUM)) {
  step("Installing Debian's Chromium");
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is missing at ${CHROMIUM}. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  sh('apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null');
}
if (stale('.output/chrome-mv3/manifest.json', ['entrypoints', 'components', 'lib', 'outlook-addin', 'wxt.config.ts'])) {
  step('Building the extension and the Outlook add-in');
  const r = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const { startDemoServer } = await import('../demo/server.mjs');
const { chromium } = await import('playwright-core');
const demo = await startDemoServer({ port }).catch(() => startDemoServer({ port: 0 }));
step(`Demo invoicing app: ${demo.url}`);
let addin;
try {
  const { startAddinServer } = await import('../outlook-addin/serve.mjs');
  addin = await startAddinServer({ headless });
  step(
    `Outlook add-in taskpane: ${addin.url}taskpane.html (sideload .output/outlook-addin/manifest.localhost.xml, see outlook-addin/README.md; npm run addin serves it alone)`,
  );
} catch (e) {
  step(`Outlook add-in not served: ${e instanceof Error ? e.message : e}`);
}

const extension = resolve('.output/chrome-mv3');
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'owed-start-')), {
  executablePath: CHROMIUM,
  headless,
  viewport: headless ? { width: 1400, height: 900 } : null,
  args: [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--no-first-run',
    '--disable-background-networking',
    '--disable-sync',
    '--disable-component-update',
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${demo.url}invoices`);
step(`Chromium is open with Owed loaded (${extension}), on the demo's invoice list`);

if (headless) {
  // Let Owed read every page of the list, then open its sidebar from the floating tab.
  for (let i = 0; i < 20; i++) {
    const more = page.getByRole('button', { name: /load more/i });
    if (!(await more.isVisible().catch(() => false))) break;
    await more.click();
    await page.waitForTimeout(200);
  }
  await page.waitForSelector('owed-sidebar', { state: 'attached', timeout: 15_000 });
  const vp = page.viewportSize();
  await page.mouse.click(vp.width - 8, vp.height * 0.4 + 25);
  // Owed reads a site only once its owner said yes: answer the sidebar's question as a user would.
  let sidebar;
  for (let i = 0; i < 100 && !sidebar; i++) {
    sidebar = page.frames().find((f) => f.url().split('?')[0].endsWith('/sidepanel.html'));
    if (!sidebar) await page.waitForTimeout(100);
  }
  if (!sidebar) throw new Error("Owed's sidebar did not open on the demo page");
  const ask = sidebar.getByRole('region', { name: 'This site' });
  await ask.getByRole('button', { name: 'Read invoices' }).click({ timeout: 15_000 });
  step(`Answered the sidebar's "Read invoices from ${new URL(demo.url).origin}?" with yes`);
  await sidebar.locator('ul[aria-label="Debtors"] > li').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: shot });
  const worker = context.serviceWorkers()[0];
  const badge = worker ? await worker.evaluate(() => chrome.action.getBadgeText({})) : '?';
  step(`Toolbar badge: ${badge || '0'} debtors to call today`);
  step(`Screenshot of the sidebar on the demo app: ${shot}`);
  await context.close();
  await demo.close();
  await addin?.close();
  step('Headless run done (run `npm start` on a desktop to keep the browser open).');
} else {
  console.log('\nClick the green "Owed" tab at the right edge of the page. Close the browser or press Ctrl+C to stop.');
  context.on('close', async () => {
    await demo.close();
    await addin?.close();
    process.exit(0);
  });
}

function stale(output, inputs) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  const newer = (p) => {
    const s = statSync(p);
    if (s.isDirectory()) return readdirSync(p).some((f) => newer(join(p, f)));
    return s.mtimeMs > built;
  };
  return inputs.some((p) => existsSync(p) && newer(p));
}
