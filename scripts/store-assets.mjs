#!/usr/bin/env node
// `npm run store-assets`: draws what the stores show, with Debian's Chromium (nothing downloaded):
//   public/icon/{16,32,48,96,128}.png   the extension's icons (WXT puts them in the manifest),
//                                       from store/icon.svg
//   store/promo-440x280.png             the Chrome Web Store's small promo tile
//   store/screenshots/*.png             1280×800 screenshots of Owed on the demo invoicing app
// Run `npm run build` first (the screenshots load .output/chrome-mv3).
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../demo/server.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ICON_SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync('store/icon.svg', 'utf8');
const extension = resolve('.output/chrome-mv3');
const args = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--no-first-run',
  '--disable-background-networking',
];
mkdirSync('public/icon', { recursive: true });
mkdirSync('store/screenshots', { recursive: true });

const browser = await chromium.launch({ executablePath: CHROMIUM, args });
for (const size of ICON_SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
const tile = await browser.newPage({ viewport: { width: 440, height: 280 } });
await tile.setContent(`<body style="margin:0;height:280px;display:flex;align-items:center;gap:24px;padding:0 32px;
  background:#f4f7f5;font:600 20px/1.3 system-ui,sans-serif;color:#0f5132">
  ${svg.replace('<svg ', '<svg width="120" height="120" ')}
  <div><div style="font-size:44px;font-weight:800">Owed</div>Get paid by the customers who owe you</div></body>`);
await tile.screenshot({ path: 'store/promo-440x280.png' });
await browser.close();
console.log(`• icons ${ICON_SIZES.join(', ')} px in public/icon/, promo tile in store/`);

// Screenshots: Owed on the demo app, as a user sees it.
const demo = await startDemoServer({ port: 0 });
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'owed-store-')), {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: [...args, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${demo.url}invoices`);
for (let i = 0; i < 20; i++) {
  const more = page.getByRole('button', { name: /load more/i });
  if (!(await more.isVisible().catch(() => false))) break;
  await more.click();
  await page.waitForTimeout(200);
}
await page.evaluate(() => window.scrollTo(0, 0));
await page.waitForSelector('owed-sidebar', { state: 'attached' });
await page.mouse.click(1280 - 8, 800 * 0.4 + 25);
await page.waitForTimeout(3000);
await page.screenshot({ path: 'store/screenshots/1-sidebar-on-invoice-list.png' });

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const panel = await context.newPage();
await panel.goto(`chrome-extension://${id}/sidepanel.html`);
await panel.getByTestId('calls-today').waitFor();
await panel.waitForTimeout(500);
await panel.screenshot({ path: 'store/screenshots/2-today.png' });
const draft = panel.locator('button[aria-label^="Draft email: "]').first();
if (await draft.count()) await draft.click();
else {
  await panel.getByRole('button', { name: 'Debtors' }).click();
  await panel.locator('ul[aria-label="Debtors"] .debtor-name button').first().click();
  await panel.getByRole('navigation', { name: 'Actions' }).getByRole('button', { name: 'Email' }).click();
}
await panel.getByRole('heading', { name: 'Reminder email' }).waitFor();
await panel.waitForTimeout(500);
await panel.screenshot({ path: 'store/screenshots/3-reminder-draft.png' });
await context.close();
await demo.close();
console.log('• screenshots (1280×800) in store/screenshots/');
