// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findLoadMore, hasNextPage, statedTotal } from '../../../lib/extract/pagination';
import { isOverdueText, isPaidStatus } from '../../../lib/extract/row-marks';

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
