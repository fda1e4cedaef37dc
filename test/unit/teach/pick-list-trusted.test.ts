// @vitest-environment happy-dom
// The page cannot pick the list for the user: a click or key the page's own script dispatches
// (isTrusted false) is stopped from reaching the app but picks nothing.
import { describe, expect, it } from 'vitest';
import { pickList } from '../../../entrypoints/teach.content/pick-list';

const LIST = `<table id="inv"><thead><tr><th>Invoice</th><th>Customer</th><th>Balance</th></tr></thead><tbody>
  <tr><td>INV-1</td><td>Acme</td><td>$10.00</td></tr><tr><td>INV-2</td><td>Globex</td><td>$20.00</td></tr></tbody></table>
  <table id="decoy"><thead><tr><th>Invoice</th><th>Customer</th><th>Balance</th></tr></thead><tbody>
  <tr><td>X-1</td><td>Evil</td><td>$1.00</td></tr><tr><td>X-2</td><td>Evil</td><td>$2.00</td></tr></tbody></table>`;

describe('teach mode', () => {
  it('ignores clicks and keys the page dispatches itself', async () => {
    document.body.innerHTML = LIST;
    const ac = new AbortController();
    let picked: Element | null | 'pending' = 'pending';
    const picking = pickList(document, ac.signal).then((p) => {
      picked = p;
    });
    const cell = document.querySelector('#decoy td')!;
    cell.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    (cell as HTMLElement).click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await new Promise((r) => setTimeout(r, 10));
    expect(picked).toBe('pending');
    ac.abort();
    await picking;
    expect(picked).toBeNull();
  });
});
