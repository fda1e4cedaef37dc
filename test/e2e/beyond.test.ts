import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server.mjs';
import { localToday } from './demo-expectations';
import { eventually, launchOwed, loadEveryPage, type OwedBrowser } from './harness';

/**
 * Issue 9 in Chromium with the built extension, on the demo app's data: pause one invoice and see
 * the customer's other invoices keep their cadence; print a letter on the letterhead and record it
 * as sent by certified mail; merge two debtors and unmerge them.
 */
interface Invoice {
  id: string;
  number: string;
  due?: string;
}
interface Debtor {
  id: string;
  name: string;
  openInvoices: Invoice[];
  /** `why` is data (a Reason): its kind and values; the sidebar puts it into words. */
  next: { action: string; date: string; why: Why } | null;
  events: { kind: string; trackingNumber?: string }[];
  holds?: { invoiceId: string }[];
}
interface Why {
  kind: string;
  values: Record<string, unknown>;
}
/** The invoice numbers a next step's why names (in nested reasons too). */
function invoicesIn(why: Why | undefined): string[] {
  if (!why) return [];
  const out: string[] = [];
  for (const [key, v] of Object.entries(why.values)) {
    if (key === 'invoice' && typeof v === 'string') out.push(v);
    else if (key === 'invoices' && Array.isArray(v)) out.push(...(v as string[]));
    else if (v && typeof v === 'object' && 'kind' in v) out.push(...invoicesIn(v as Why));
  }
  return out;
}
interface Ledger {
  today: string;
  debtors: Debtor[];
  settings: Record<string, unknown>;
}

const today = localToday();
let demo: { url: string; close: () => Promise<void> };
let owed: OwedBrowser;

async function ledgerOf(): Promise<Ledger> {
  const res = await owed.request<{ ok: boolean; value: Ledger; error?: string }>({ type: 'get-ledger' });
  if (!res.ok) throw new Error(res.error);
  return res.value;
}

async function debtorPage(id: string): Promise<Page> {
  // A fresh page on the debtor's address: the sidebar reads its route from the hash when it opens.
  const page = await owed.context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(`chrome-extension://${owed.extensionId}/sidepanel.html#debtor/${encodeURIComponent(id)}`);
  await page.getByRole('table', { name: 'Open invoices' }).waitFor();
  return page;
}

beforeAll(async () => {
  demo = await startDemoServer({ port: 0, today });
  // OWED_EXTENSION_DIR: a private copy of the build, when others rebuild .output meanwhile.
  owed = await launchOwed(process.env.OWED_EXTENSION_DIR ? { extensionDir: process.env.OWED_EXTENSION_DIR } : {});
  // The user's yes to "Read invoices from 127.0.0.1:…?", once.
  await owed.approveReading(demo.url);
  const app = await owed.context.newPage();
  await app.goto(`${demo.url}invoices`);
  await loadEveryPage(app);
  await eventually(ledgerOf, (l) => l.debtors.filter((d) => d.openInvoices.length >= 2).length >= 2, 30_000);
  await app.close();
}, 90_000);
afterAll(async () => {
  await owed?.close();
  await demo?.close();
});

describe('Beyond the incumbents, in Chromium', () => {
  it('pauses one invoice; the customer’s other overdue invoices keep their cadence', async () => {
    const ledger = await ledgerOf();
    // A debtor on its cadence (the why names its oldest invoice) with a second overdue invoice due later.
    // Its overdue invoices, oldest first: the cadence runs on the oldest one not paused.
    const overdueOf = (d: Ledger['debtors'][number]) =>
      d.openInvoices
        .filter((i) => i.due !== undefined && i.due < ledger.today)
        .sort((a, b) => (a.due! < b.due! ? -1 : a.due! > b.due! ? 1 : 0));
    const debtor = ledger.debtors.find((d) => {
      const overdue = overdueOf(d);
      return (
        overdue.length >= 2 && overdue[0]!.due !== overdue[1]!.due && invoicesIn(d.next?.why)[0] === overdue[0]!.number
      );
    });
    expect(debtor, 'a demo debtor with two overdue invoices on its cadence').toBeDefined();
    const [oldest, other] = overdueOf(debtor!);
    const page = await debtorPage(debtor!.id);
    await page.getByRole('button', { name: `Pause ${oldest!.number}` }).click();
    const form = page.getByRole('form', { name: `Pause ${oldest!.number}` });
    await form.getByLabel('Reason').fill('waiting for a credit note');
    await form.getByRole('button', { name: `Pause ${oldest!.number}` }).click();
    await page.getByRole('button', { name: `Resume ${oldest!.number}` }).waitFor();

    const after = (
      await eventually(ledgerOf, (l) => l.debtors.find((d) => d.id === debtor!.id)?.holds?.length === 1)
    ).debtors.find((d) => d.id === debtor!.id)!;
    // Still owed and listed; the cadence now runs on the other invoice.
    expect(after.openInvoices.map((i) => i.number)).toContain(oldest!.number);
    expect(invoicesIn(after.next?.why)).toContain(other!.number);
    expect(invoicesIn(after.next?.why)).not.toContain(oldest!.number);
    // The sidebar says that why in words: about the other invoice, not the paused one.
    const next = page.getByRole('region', { name: /^Next: / });
    await expect.poll(() => next.textContent()).toContain(other!.number);
    // The why (the next step's first paragraph; the step controls add a status line below it).
    expect(await next.locator('p').first().textContent()).not.toContain(oldest!.number);

    // Resumed, the oldest leads the cadence again.
    await page.getByRole('button', { name: `Resume ${oldest!.number}` }).click();
    const resumed = await eventually(ledgerOf, (l) => l.debtors.find((d) => d.id === debtor!.id)?.holds === undefined);
    expect(invoicesIn(resumed.debtors.find((d) => d.id === debtor!.id)!.next?.why)).toContain(oldest!.number);
    await page.close();
  });

  it('prints a letter on the sender’s letterhead and logs certified mail with its tracking number', async () => {
    const settings = (await owed.request<{ ok: boolean; value: Record<string, unknown> }>({ type: 'get-settings' }))
      .value;
    const saved = await owed.request<{ ok: boolean }>({
      type: 'save-settings',
      settings: {
        ...settings,
        sender: {
          name: 'Sam Lee',
          company: 'Lee Joinery Ltd',
          email: 'sam@leejoinery.example',
          phone: '0113 496 0000',
          address: '1 Mill Lane\nLeeds LS1 1AA',
        },
      },
    });
    expect(saved.ok).toBe(true);
    const debtor = (await ledgerOf()).debtors.find((d) => d.openInvoices.length > 0)!;
    const page = await debtorPage(debtor.id);
    const letters = page.getByRole('group', { name: 'Printable letters' });
    const [letter] = await Promise.all([
      owed.context.waitForEvent('page'),
      letters.getByRole('button', { name: 'Certified letter' }).click(),
    ]);
    await letter.waitForLoadState();
    expect(letter.url()).toContain(`chrome-extension://${owed.extensionId}/letter.html#`);
    const head = letter.getByTestId('letterhead');
    await head.waitFor();
    expect(await head.textContent()).toContain('Lee Joinery Ltd');
    expect(await head.textContent()).toContain('1 Mill Lane');
    const body = (await letter.getByTestId('letter-body').textContent())!;
    expect(body).toContain(debtor.openInvoices[0]!.number);
    expect(body).toContain(debtor.name);

    // The printed page is the letter alone: the toolbar is hidden in print.
    const toolbar = letter.getByRole('group', { name: 'Letter' });
    expect(await toolbar.isVisible()).toBe(true);
    await letter.emulateMedia({ media: 'print' });
    expect(await toolbar.isVisible()).toBe(false);
    expect(await head.isVisible()).toBe(true);
    await letter.emulateMedia({ media: 'screen' });

    const record = letter.getByRole('form', { name: 'Record how it was sent' });
    await record.getByLabel('Tracking number').fill('RR123456789GB');
    await record.getByRole('button', { name: 'Record as sent' }).click();
    await letter.getByText('Logged: sent by certified mail, tracking RR123456789GB').waitFor();
    const logged = await eventually(ledgerOf, (l) =>
      l.debtors.find((d) => d.id === debtor.id)!.events.some((e) => e.kind === 'certified-letter'),
    );
    expect(
      logged.debtors.find((d) => d.id === debtor.id)!.events.find((e) => e.kind === 'certified-letter'),
    ).toMatchObject({ trackingNumber: 'RR123456789GB' });
    await letter.close();
    await page.close();
  });

  it('merges two debtors into one and unmerges them', async () => {
    const before = await ledgerOf();
    const [target, source] = before.debtors.filter((d) => d.openInvoices.length > 0);
    const page = await debtorPage(target!.id);
    const merge = page.getByRole('form', { name: 'Merge a customer into this one' });
    await merge.getByRole('combobox').selectOption(source!.id);
    await merge.getByRole('button', { name: 'Merge' }).click();
    const merged = await eventually(ledgerOf, (l) => !l.debtors.some((d) => d.id === source!.id));
    const one = merged.debtors.find((d) => d.id === target!.id)!;
    for (const inv of source!.openInvoices) expect(one.openInvoices.map((i) => i.id)).toContain(inv.id);
    expect(merged.debtors).toHaveLength(before.debtors.length - 1);

    await page.getByRole('button', { name: `Unmerge ${source!.name}`, exact: true }).click();
    const apart = await eventually(ledgerOf, (l) => l.debtors.some((d) => d.id === source!.id));
    expect(apart.debtors).toHaveLength(before.debtors.length);
    expect(apart.debtors.find((d) => d.id === target!.id)!.openInvoices.map((i) => i.id)).toEqual(
      target!.openInvoices.map((i) => i.id),
    );
    await page.close();
  });
});
