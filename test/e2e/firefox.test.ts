import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server.mjs';
import { expectedDebtors, localToday } from './demo-expectations';
import { FIREFOX, FIREFOX_BUILD, launchOwedFirefox, type OwedFirefox } from './firefox/driver';
import { eventually } from './harness';

// Owed's Firefox build (Manifest V2) in Debian's Firefox ESR, driven over WebDriver BiDi: it reads
// the demo app, its sidebar_action panel lists the debtors (told to refresh while open), the
// toolbar badge counts the calls due today, a reminder is drafted and logged, and nothing leaves
// the machine.

const today = localToday();
const expected = expectedDebtors(today);
const calls = expected.filter((d) => d.dueForCall).length;
let demo: { url: string; close(): Promise<void> };
let ff: OwedFirefox;

beforeAll(async () => {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json')))
    throw new Error(`No Firefox build in ${FIREFOX_BUILD}: run npm run build:firefox (npm test does)`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox ESR is missing at ${FIREFOX}: npm run services -- browsers`);
  demo = await startDemoServer({ port: 0 });
  ff = await launchOwedFirefox();
});

afterAll(async () => {
  await ff?.close();
  await demo?.close();
});

const debtorNames = () =>
  ff.inSidebar<string[]>(
    `return [...d.querySelectorAll('ul[aria-label="Debtors"] .debtor-name, .debtor-name')].map((n) => n.textContent);`,
  );

describe('Owed in Firefox ESR', () => {
  it('reads the demo app while its sidebar panel is open, and the panel shows every debtor', async () => {
    // The panel is open before anything is read: it must refresh when the background says so.
    expect(await ff.showSidebar()).toBe(true);
    await ff.inSidebar(`await until(() => d.querySelector('[data-testid="calls-today"]')); return true;`);
    // The user's yes to "Read invoices from 127.0.0.1:…?", once.
    await ff.approveReading(demo.url);

    const page = await ff.page();
    await page.goto(`${demo.url}invoices`, { waitUntil: 'load' });
    await page.waitForSelector('owed-sidebar', { timeout: 15_000 });
    for (let i = 0; i < 20; i++) {
      const more = await page.$('xpath/.//button[contains(translate(., "LOADMRE", "loadmre"), "load more")]');
      if (!more) break;
      await more.click();
      await new Promise((r) => setTimeout(r, 200));
    }
    // The content script's host element, and nothing else, in the page.
    expect(await page.evaluate(() => document.querySelector('owed-sidebar')?.shadowRoot)).toBeNull();

    const unique = (names: string[]) => [...new Set(names)].sort();
    const names = await eventually(
      debtorNames,
      (n) =>
        unique(n).join('|') ===
        expected
          .map((d) => d.name)
          .sort()
          .join('|'),
      60_000,
    ).catch(debtorNames);
    expect(unique(names)).toEqual(expected.map((d) => d.name).sort());
    expect(await ff.inSidebar(`return d.querySelector('[data-testid="calls-today"]').textContent;`)).toBe(
      String(calls),
    );
  });

  it('counts the calls due today on the toolbar badge', async () => {
    expect(calls).toBeGreaterThan(0);
    const badge = await eventually(ff.badge, (b) => b.text === String(calls));
    expect(badge).toEqual({ text: String(calls), title: `Owed: ${calls} to call today` });
  });

  it('drafts a reminder email, saves it as an .eml file and logs it', async () => {
    const drafted = await ff.inSidebar<{ subject: string; to: string; debtor: string; logged: string }>(
      `
      const button = (text) => [...d.querySelectorAll('button')].find((b) => b.textContent.trim() === text || b.getAttribute('aria-label') === text);
      let debtor;
      const quick = [...d.querySelectorAll('button[aria-label^="Draft email: "]')][0];
      if (quick) {
        debtor = quick.getAttribute('aria-label').slice('Draft email: '.length);
        quick.click();
      } else {
        button('Debtors').click();
        const first = await until(() => d.querySelector('ul[aria-label="Debtors"] .debtor-name'));
        debtor = first.textContent;
        (await until(() => button(debtor))).click();
        (await until(() => [...d.querySelectorAll('nav[aria-label="Actions"] button')].find((b) => b.textContent.trim() === 'Email'))).click();
      }
      await until(() => d.getElementById('draft-title'));
      const subject = d.querySelector('[data-testid="draft-subject"]').textContent;
      const to = d.querySelector('[data-testid="draft-to"]').textContent;
      button('Download .eml draft').click();
      await until(() => d.body.textContent.includes('Draft saved, and logged'));
      // Back on the debtor's screen, the contact log lists the draft.
      (await until(() => d.querySelector('button.back'))).click();
      const logged = await until(() => d.querySelector('[aria-label="Contact log"]')?.textContent.match(/saved as \\.eml draft/)?.[0]);
      return { subject, to, debtor, logged };`,
      45_000,
    );
    expect(drafted.subject.length).toBeGreaterThan(0);
    expect(expected.map((d) => d.name)).toContain(drafted.debtor);

    const file = await eventually(
      async () => readdirSync(ff.downloads).find((f) => f.endsWith('.eml')),
      (f) => f !== undefined,
    );
    const eml = readFileSync(join(ff.downloads, file!), 'utf8');
    expect(eml).toContain('X-Unsent: 1');
    expect(eml).toContain(drafted.debtor.split(' ')[0]);

    expect(drafted.logged).toBe('saved as .eml draft');
  });

  it('sent nothing off this machine', () => {
    expect(ff.outside()).toEqual([]);
  });
});
