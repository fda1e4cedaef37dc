import type { BrowserContext, Page } from 'playwright-core';
import { TRYTON_URL, saoSessionEntry, type TrytonSession } from './rpc';

/**
 * Driving sao (Tryton's web client) as a user would, minus the login form: the session from
 * JSON-RPC goes where sao keeps it, then deep links open the lists and forms.
 */

/** Puts the session in sao's localStorage (same origin) so deep links open logged in. */
export async function enterSao(context: BrowserContext, session: TrytonSession): Promise<Page> {
  const page = await context.newPage();
  const [key, value] = saoSessionEntry(session);
  // Any same-origin page will do; sao's own index is cheap and needs no session.
  await page.goto(`${TRYTON_URL}/`);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value] as const);
  return page;
}

/** The records drawn in the active list tab (the menu and form sub-lists are table.tree too). */
export const LIST_ROWS = '#tabcontent > .tab-pane.active .treeview > table.tree > tbody > tr:not(.more-row)';
const MORE_ROW = '#tabcontent > .tab-pane.active .treeview > table.tree > tbody > tr.more-row';

/**
 * Opens a sao deep link in a freshly loaded client and waits until `ready` is drawn. sao routes
 * on the fragment only at start-up (later fragment changes add tabs), so the page is reloaded.
 */
export async function openSao(page: Page, url: string, ready: string): Promise<void> {
  await page.goto(url);
  await page.reload();
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30_000 });
  await settle(page);
}

/** Opens a page (notebook tab) of the form in the active tab, e.g. "Payment". */
export async function openFormPage(page: Page, name: string): Promise<void> {
  await page.locator('#tabcontent > .tab-pane.active .form a[role="tab"]', { hasText: name }).first().click();
  await settle(page);
}

/** Waits until sao has no pending JSON-RPC call and the DOM stopped changing for a moment. */
export async function settle(page: Page, quietMs = 400): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // A string, not a function: the test runner's transform would inject helpers the page lacks.
  await page.evaluate(`new Promise((resolve) => {
    let timer;
    const done = () => { mo.disconnect(); clearTimeout(timer); resolve(); };
    const mo = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, ${quietMs}); });
    mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    timer = setTimeout(done, ${quietMs});
    setTimeout(done, 10000);
  })`);
}

/**
 * Scrolls the active list with the mouse wheel, as a user would, until sao has drawn every
 * record: it draws 20 rows, then a "More" row whose button loads 20 more when it scrolls into
 * view. Returns the number of rows drawn.
 */
export async function scrollListToEnd(page: Page): Promise<number> {
  const box = await page.locator('#tabcontent > .tab-pane.active .treeview').first().boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
  for (let i = 0; i < 60 && (await page.locator(MORE_ROW).count()) > 0; i++) {
    await page.mouse.wheel(0, 1500);
    await settle(page, 250);
  }
  return page.locator(LIST_ROWS).count();
}
