// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  allPagesRead,
  findLoadMore,
  findPager,
  hasNextPage,
  nextPageControl,
  statedTotal,
} from '../../../lib/extract/page/pagination';
import { isOverdueText, isPaidStatus } from '../../../lib/extract/read/row-marks';

describe('findLoadMore', () => {
  it.each([
    'Load more',
    'Show more…',
    'Plus',
    'Mehr laden',
    'Cargar más',
    'Carregar mais',
    'Meer laden',
    'Carica altri',
  ])('finds "%s"', (words) => {
    document.body.innerHTML = `<button>Export</button><button>${words}</button>`;
    expect(findLoadMore(document)?.textContent).toBe(words);
  });
  it('finds Tryton\'s "more" row by its button, and skips disabled or hidden controls', () => {
    document.body.innerHTML =
      '<table><tr class="more-row"><td colspan="9"><button class="btn">More</button></td></tr></table>';
    expect(findLoadMore(document)?.tagName).toBe('BUTTON');
    document.body.innerHTML =
      '<button disabled>Load more</button><a hidden>Show more</a><button aria-disabled="true">More</button>';
    expect(findLoadMore(document)).toBeUndefined();
  });
  it("uses a profile's selector first", () => {
    document.body.innerHTML = '<button>Load more</button><span role="button" class="next-batch">›</span>';
    expect(findLoadMore(document, '.next-batch')?.className).toBe('next-batch');
  });
});

describe('hasNextPage and statedTotal', () => {
  it('see an enabled next-page control and a stated row count', () => {
    document.body.innerHTML =
      '<nav><button disabled>Previous</button><button aria-label="Next page">›</button></nav><span>1–25 of 57</span>';
    expect(hasNextPage(document)).toBe(true);
    expect(statedTotal(document)).toBe(57);
    document.body.innerHTML = '<nav><button disabled>Suivant</button></nav><p>Showing 20 of 20 invoices</p>';
    expect(hasNextPage(document)).toBe(false);
    expect(statedTotal(document)).toBe(20);
  });
  it('leaves out the rows it is given: a row that reads like "1–2 of 9" is not the list saying its size', () => {
    document.body.innerHTML =
      '<div id="l"><div class="r"><span>INV-1</span><span>Lots 1-2 of 9</span></div><div class="r"><span>INV-2</span><span>Acme</span></div></div><p>1–2 of 2</p>';
    const rows = new Set(Array.from(document.querySelectorAll('.r')));
    expect(statedTotal(document)).toBe(9);
    expect(statedTotal(document, rows)).toBe(2);
  });
});

describe('row marks', () => {
  it('read overdue words in seven languages', () => {
    for (const t of [
      'Overdue',
      'Past due',
      'En retard',
      'Überfällig',
      'Vencida',
      'Achterstallig',
      'Scaduta',
      '12 days overdue',
    ])
      expect(isOverdueText(t), t).toBe(true);
    expect(isOverdueText('Open')).toBe(false);
  });
  it('tell paid from partly paid in seven languages', () => {
    for (const t of ['Paid', 'Payée', 'Bezahlt', 'Pagada', 'Paga', 'Betaald', 'Pagata'])
      expect(isPaidStatus(t), t).toBe(true);
    for (const t of [
      'Partially paid',
      'Partiellement payée',
      'Teilweise bezahlt',
      'Pago parcial',
      'Deels betaald',
      'Unpaid',
    ])
      expect(isPaidStatus(t), t).toBe(false);
  });
});

describe('findLoadMore beside a list', () => {
  it('ignores a "More" menu in the app header and finds the button under the list', () => {
    document.body.innerHTML =
      '<header><a href="/more">More</a></header><main><section><table id="t"><tr><td>x</td></tr></table><div class="foot"><button>Show more</button></div></section></main>';
    const table = document.getElementById('t')!;
    expect(findLoadMore(document, undefined, table)?.textContent).toBe('Show more');
    document.body.innerHTML =
      '<header><a href="/more">More</a></header><main><section><table id="t"><tr><td>x</td></tr></table></section></main>';
    expect(findLoadMore(document, undefined, document.getElementById('t')!)).toBeUndefined();
  });
});

const page = (file: string) =>
  readFileSync(join(__dirname, '../../fixtures/pages/bigcapital', file), 'utf8').replace(
    /^[\s\S]*?<body[^>]*>|<\/body>[\s\S]*$/g,
    '',
  );
const listOf = () => document.querySelector('[role=table],table') ?? undefined;

describe('findPager on real pagers', () => {
  it("Bigcapital's invoice list, page 1 of 2 (Blueprint buttons; the current page is a disabled number)", () => {
    document.body.innerHTML = page('invoices-page-1.html');
    const pager = findPager(document, listOf())!;
    expect(pager.current).toBe(1);
    expect([...pager.pages.keys()]).toEqual([2]);
    expect(pager.next?.textContent).toBe('arrow-forward-24Next');
    expect(pager.previous).toBeUndefined();
    expect(nextPageControl(pager, new Set([1]))).toBe(pager.pages.get(2));
    expect(allPagesRead(pager, new Set([1]))).toBe(false);
    // Back on page 1 once both were read (the last page known from page 2): nothing is clicked.
    expect(nextPageControl({ ...pager, last: 2 }, new Set([1, 2]))).toBeUndefined();
    expect(allPagesRead({ ...pager, last: 2 }, new Set([1, 2]))).toBe(true);
  });
  it("Bigcapital's page 2 of 2: the last page, every page read once 1 and 2 were", () => {
    document.body.innerHTML = page('invoices-page-2.html');
    const pager = findPager(document, listOf())!;
    expect(pager).toMatchObject({ current: 2, last: 2 });
    expect(pager.next).toBeUndefined();
    expect(allPagesRead(pager, new Set([2]))).toBe(false);
    expect(nextPageControl(pager, new Set([2]))).toBe(pager.pages.get(1));
    expect(allPagesRead(pager, new Set([1, 2]))).toBe(true);
  });

  it('Invoice Ninja v5\'s pager: icon-only chevrons never disabled, and "Page 2 of 3." beside them', () => {
    // The markup its React Pagination component renders (invoiceninja/ui, react-feather icons).
    const icon = (name: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" class="feather feather-${name}"><polyline points="15 18 9 12 15 6"></polyline></svg>`;
    document.body.innerHTML = `<table><tbody><tr><td><a href="/invoices/1">0042</a></td></tr></tbody></table>
      <div class="flex items-center justify-between"><div><select><option value="10">10</option><option>50</option></select><label>Rows</label></div>
      <p class="hidden lg:block text-sm">Page 2 of 3. <span class="ml-1">Total results: 25</span></p>
      <nav class="flex justify-center"><button class="py-1.5 px-2 border rounded-l">${icon('chevrons-left')}</button>
      <button class="py-1.5 px-2">${icon('chevron-left')}</button><button class="py-1.5 px-2">${icon('chevron-right')}</button>
      <button class="py-1.5 px-2 rounded-r">${icon('chevrons-right')}</button></nav></div>`;
    const pager = findPager(document, document.querySelector('table')!)!;
    expect(pager).toMatchObject({ current: 2, last: 3 });
    expect(pager.pages.size).toBe(0); // the link "0042" in a row is no page button
    const [, prev, next] = Array.from(document.querySelectorAll('nav button'));
    expect(pager.next).toBe(next);
    expect(pager.previous).toBe(prev);
    // Opened on page 2: back to page 1 first, then forward; on page 3 of 3 "next" is not clicked.
    expect(nextPageControl(pager, new Set([2]))).toBe(prev);
    expect(nextPageControl(pager, new Set([1, 2]))).toBe(next);
    expect(nextPageControl({ ...pager, current: 3 }, new Set([1, 2, 3]))).toBeUndefined();
    expect(allPagesRead({ ...pager, current: 3 }, new Set([1, 2, 3]))).toBe(true);
  });

  it('MUI\'s <Pagination>: aria-current on the page shown, "Go to page 3" names, an icon "Go to next page"', () => {
    document.body.innerHTML = `<table><tbody><tr><td>INV-1</td></tr></tbody></table>
      <nav aria-label="pagination navigation" class="MuiPagination-root"><ul class="MuiPagination-ul">
      <li><button class="MuiPaginationItem-root Mui-disabled" disabled aria-label="Go to previous page"><svg data-testid="NavigateBeforeIcon"></svg></button></li>
      <li><button class="MuiPaginationItem-root Mui-selected" aria-current="true" aria-label="page 1">1</button></li>
      <li><button class="MuiPaginationItem-root" aria-label="Go to page 2">2</button></li>
      <li><button class="MuiPaginationItem-root" aria-label="Go to page 3">3</button></li>
      <li><div class="MuiPaginationItem-ellipsis">…</div></li>
      <li><button class="MuiPaginationItem-root" aria-label="Go to page 9">9</button></li>
      <li><button class="MuiPaginationItem-root" aria-label="Go to next page"><svg data-testid="NavigateNextIcon"></svg></button></li>
      </ul></nav>`;
    const pager = findPager(document, document.querySelector('table')!)!;
    expect(pager.current).toBe(1);
    expect([...pager.pages.keys()]).toEqual([2, 3, 9]);
    expect(pager.next?.getAttribute('aria-label')).toBe('Go to next page');
    expect(nextPageControl(pager, new Set([1]))?.textContent).toBe('2');
    // Pages 1–3 and 9 read: to page 3, whose "next" is the unread page 4 (not 9, past them).
    expect(nextPageControl(pager, new Set([1, 2, 3, 9]))?.textContent).toBe('3');
    expect(nextPageControl({ ...pager, current: 3, pages: new Map() }, new Set([1, 2, 3, 9]))).toBe(pager.next);
  });

  it('clicks nothing that is not a navigation control: a form\'s "Next" step, a menu, a lone number', () => {
    document.body.innerHTML = `<table><tbody><tr><td><a href="#">2</a></td><td><button>Delete</button></td></tr></tbody></table>
      <form method="post"><button type="submit">Next</button></form>
      <div role="menu"><button>1</button><button>2</button></div><p>Call us on <a href="tel:3">3</a></p>`;
    expect(findPager(document, document.querySelector('table')!)).toBeUndefined();
  });

  it('"Page 2 of 5" with previous and next links', () => {
    document.body.innerHTML =
      '<ul class="list"><li>x</li></ul><div class="pager"><a href="#" rel="prev">‹ Previous</a> <span>Seite 2 von 5</span> <a href="#">Weiter</a></div>';
    const pager = findPager(document, document.querySelector('ul')!)!;
    expect(pager).toMatchObject({ current: 2, last: 5 });
  });
});
