import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server.mjs';
import { expectedDebtors, localToday } from './demo-expectations';
import { eventually, launchOwed, loadEveryPage, type OwedBrowser } from './harness';

/**
 * A real collection on the demo app, in Chromium with the built extension: Today, a call, a
 * promise, the badge dropping; three days later (libfaketime moves the browser's clock, the same
 * profile keeps the data) the call is due again; a reminder drafted and logged; a backup exported,
 * everything deleted, the backup imported and everything back. Screenshots go to docs/screenshots.
 */
const FAKETIME_LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const SHOTS = 'docs/screenshots';
const today = localToday();
const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface Ledger {
  today: string;
  dueForCallToday: number;
  debtors: {
    id: string;
    name: string;
    balance: number;
    dueForCallToday: boolean;
    next: { action: string; date: string } | null;
    events: { kind: string; id: string; outcome?: string }[];
  }[];
}

let demo: { url: string; close: () => Promise<void> };
let profile: string;
let owed: OwedBrowser | undefined;
let downloads: string;

const ledgerOf = async (o: OwedBrowser) => {
  const res = await o.request<{ ok: boolean; value: Ledger }>({ type: 'get-ledger' });
  if (!res.ok) throw new Error('get-ledger failed');
  return res.value;
};

async function sidebar(o: OwedBrowser): Promise<Page> {
  const page = await o.openSidebar();
  // The in-page frame is about 400 px wide: the desk is designed for that width first.
  await page.setViewportSize({ width: 400, height: 860 });
  await page.getByRole('heading', { name: /^Today, / }).waitFor();
  return page;
}

beforeAll(async () => {
  demo = await startDemoServer({ port: 0, today });
  profile = await mkdtemp(join(tmpdir(), 'owed-walk-'));
  downloads = await mkdtemp(join(tmpdir(), 'owed-walk-files-'));
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await owed?.close();
  await demo?.close();
  await rm(profile, { recursive: true, force: true });
  await rm(downloads, { recursive: true, force: true });
});

describe('A collection walk on the demo app', () => {
  let called: string;
  let promised: string;
  /** The debtor whose reminder was drafted from its Today card (undefined: drafted from the debtor screen). */
  let drafted: string | undefined;

  it('reads the demo app, shows Today with the calls the badge counts', async () => {
    owed = await launchOwed({ profile });
    // The user's yes to "Read invoices from 127.0.0.1:…?", once (kept in the profile).
    await owed.approveReading(demo.url);
    const app = await owed.context.newPage();
    await app.goto(`${demo.url}invoices`);
    await loadEveryPage(app);
    // Every page read: as many debtors and calls as the seed says (computed from the seed alone).
    const expected = expectedDebtors(today);
    const ledger = await eventually(
      () => ledgerOf(owed!),
      (l) =>
        l.debtors.filter((d) => d.balance > 0).length === expected.length &&
        l.dueForCallToday === expected.filter((d) => d.dueForCall).length,
      30_000,
    );
    const page = await sidebar(owed);
    const calls = page.getByRole('list', { name: 'Calls due today' });
    await eventually(
      () => calls.getByRole('listitem').count(),
      (n) => n === ledger.dueForCallToday,
    );
    expect(await page.getByTestId('calls-today').textContent()).toBe(String(ledger.dueForCallToday));
    expect(await eventually(owed.badge, (b) => b === String(ledger.dueForCallToday))).toBe(
      String(ledger.dueForCallToday),
    );
    called = (await calls.getByRole('listitem').first().locator('.debtor-name').textContent())!;
    await page.screenshot({ path: `${SHOTS}/today.png` });
    await page.close();
  });

  it('makes the call and records a promise: the badge drops and the next call is the day after the promised date', async () => {
    const before = await ledgerOf(owed!);
    const page = await sidebar(owed!);
    await page.getByRole('button', { name: `Start call: ${called}` }).click();
    await page.getByRole('heading', { name: 'Call mode' }).waitFor();
    await page.getByRole('list', { name: 'Phone script' }).waitFor();
    await page.screenshot({ path: `${SHOTS}/call-mode.png` });
    await page.getByRole('button', { name: 'Promised to pay on…' }).click();
    promised = addDays(today, 2);
    await page.getByLabel('Promised to pay by').fill(promised);
    await page.getByRole('button', { name: 'Save promise' }).click();
    await page.getByText(/^Promise logged: pay by /).waitFor();
    await expect
      .poll(() => page.getByTestId('call-next').locator('time').getAttribute('datetime'))
      .toBe(addDays(promised, 1));
    const after = String(before.dueForCallToday - 1);
    expect(await eventually(owed!.badge, (b) => b === after)).toBe(after);
    expect(await page.getByTestId('calls-today').textContent()).toBe(after);

    await page.getByRole('button', { name: called, exact: true }).click();
    await page
      .getByRole('list', { name: 'Contact log' })
      .getByText(/Promised to pay/)
      .first()
      .waitFor();
    await page.screenshot({ path: `${SHOTS}/detail.png`, fullPage: true });
    await page.close();
  });

  it('drafts a reminder as an .eml file Outlook opens as a new message, and logs it', async () => {
    const page = await sidebar(owed!);
    const emails = page.getByRole('list', { name: 'Emails due today' });
    const target = (await emails.count())
      ? (await emails.getByRole('listitem').first().locator('.debtor-name').textContent())!
      : called;
    if (target === called) {
      await page.getByRole('button', { name: 'Debtors' }).click();
      await page.getByRole('button', { name: called, exact: true }).click();
      await page.getByRole('navigation', { name: 'Actions' }).getByRole('button', { name: 'Email' }).click();
    } else {
      await page.getByRole('button', { name: `Draft email: ${target}` }).click();
    }
    await page.getByRole('heading', { name: 'Reminder email' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .eml draft' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.eml$/);
    const file = join(downloads, 'draft.eml');
    await download.saveAs(file);
    const eml = await readFile(file, 'utf8');
    expect(eml).toContain('X-Unsent: 1');
    expect(eml).toMatch(/Content-Type: text\/html; charset=UTF-8/);
    await page.getByText('Draft saved, and logged').waitFor();
    await page.getByRole('button', { name: target, exact: true }).click();
    await page
      .getByRole('list', { name: 'Contact log' })
      .getByText(/saved as \.eml draft/)
      .waitFor();
    const ledger = await ledgerOf(owed!);
    expect(ledger.debtors.find((d) => d.name === target)!.events.some((e) => e.kind === 'email')).toBe(true);
    drafted = target === called ? undefined : target;
    await page.close();
    expect(owed!.outside()).toEqual([]);
  });

  it('confirms the drafted reminder sent from its Today card: it counts, and the cadence moves on', async () => {
    // The demo has an email due today (demo-expectations): the draft above was made from its card.
    expect(drafted, 'a reminder was drafted from Today').toBeDefined();
    const before = (await ledgerOf(owed!)).debtors.find((d) => d.name === drafted)!;
    const page = await sidebar(owed!);
    const card = page
      .getByRole('list', { name: 'Emails due today' })
      .getByRole('listitem')
      .filter({
        has: page.getByRole('button', { name: drafted!, exact: true }),
      });
    await card.getByTestId('today-draft').waitFor();
    await card.getByRole('button', { name: /^Mark sent: Email of / }).click();
    await page.getByText('Marked sent: it counts as a reminder now').waitFor();
    const after = await eventually(
      () => ledgerOf(owed!),
      (l) => l.debtors.find((d) => d.name === drafted)!.events.some((e) => e.outcome === 'sent'),
    );
    const debtor = after.debtors.find((d) => d.name === drafted)!;
    expect(debtor.events.filter((e) => e.kind === 'email').map((e) => e.outcome)).toEqual(['sent']);
    // The email step is done: the next step is another one, later.
    expect(debtor.next).not.toEqual(before.next);
    expect(debtor.next!.date > today || debtor.next!.action !== before.next!.action).toBe(true);
    await page
      .getByRole('list', { name: 'Emails due today' })
      .getByRole('button', { name: drafted!, exact: true })
      .waitFor({ state: 'detached' });
    await page.close();
  });

  it('sets a call-back date for the next call of the day: off the calls, the badge drops, the date is next', async () => {
    const before = await ledgerOf(owed!);
    expect(before.dueForCallToday, 'the demo has another call due today').toBeGreaterThan(0);
    const page = await sidebar(owed!);
    const calls = page.getByRole('list', { name: 'Calls due today' });
    const name = (await calls.getByRole('listitem').first().locator('.debtor-name').textContent())!;
    await calls.getByRole('button', { name, exact: true }).click();
    const card = page.locator('section', { has: page.getByRole('heading', { name: /^Next:/ }) });
    const callBackOn = addDays(today, 1);
    const form = card.getByRole('form', { name: 'Call back on' });
    await form.locator('input[type="date"]').fill(callBackOn);
    await form.getByRole('button', { name: 'Set the date' }).click();
    await page.getByText(/^Call back set for /).waitFor();
    const after = await eventually(
      () => ledgerOf(owed!),
      (l) => l.dueForCallToday === before.dueForCallToday - 1,
    );
    expect(after.debtors.find((d) => d.name === name)!.next).toMatchObject({ action: 'call-back', date: callBackOn });
    const badge = String(after.dueForCallToday);
    expect(await eventually(owed!.badge, (b) => b === badge)).toBe(badge);
    await page.close();
  });

  it('three days later, the promise unpaid, the call is due again', async () => {
    expect(existsSync(FAKETIME_LIB), 'libfaketime is installed (apt-get install faketime)').toBe(true);
    await owed!.close();
    owed = await launchOwed({
      profile,
      // Monotonic clocks are shifted too: shifting only the wall clock makes Chromium start slowly.
      env: { LD_PRELOAD: FAKETIME_LIB, FAKETIME: '+3d' },
    });
    const ledger = await eventually(
      () => ledgerOf(owed!),
      (l) => l.today === addDays(today, 3),
    );
    const debtor = ledger.debtors.find((d) => d.name === called)!;
    expect(debtor.next).toMatchObject({ action: 'call-broken-promise', date: addDays(promised, 1) });
    expect(debtor.dueForCallToday).toBe(true);
    const page = await sidebar(owed!);
    const calls = page.getByRole('list', { name: 'Calls due today' });
    await calls.getByRole('button', { name: called, exact: true }).waitFor();
    expect(await calls.getByRole('listitem').count()).toBe(ledger.dueForCallToday);
    expect(await eventually(owed!.badge, (b) => b === String(ledger.dueForCallToday))).toBe(
      String(ledger.dueForCallToday),
    );
    await page.close();
  });

  it('exports a backup, deletes everything, imports it, and finds everything back', async () => {
    const before = await ledgerOf(owed!);
    const options = await owed!.context.newPage();
    await options.goto(`chrome-extension://${owed!.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Owed settings' }).waitFor();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    const file = join(downloads, 'owed-backup.json');
    await download.saveAs(file);

    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await options.getByText('Everything deleted').waitFor();
    expect((await ledgerOf(owed!)).debtors).toHaveLength(0);
    expect(await eventually(owed!.badge, (b) => b === '')).toBe('');

    await options.getByLabel(/Import a backup/).setInputFiles(file);
    // The import shows what it would replace first; nothing is here, so nothing newer is lost.
    await options.getByRole('button', { name: 'Replace what is here' }).click();
    await options.getByText('Restored from owed-backup.json').waitFor();
    const after = await ledgerOf(owed!);
    const summary = (l: Ledger) => l.debtors.map((d) => [d.name, d.balance, d.events.map((e) => e.id).sort()]).sort();
    expect(summary(after)).toEqual(summary(before));
    expect(after.dueForCallToday).toBe(before.dueForCallToday);
    expect(await eventually(owed!.badge, (b) => b === String(before.dueForCallToday))).toBe(
      String(before.dueForCallToday),
    );
    expect(owed!.outside()).toEqual([]);
  });
});
