// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cellText, headerText, isHidden } from '../../../lib/extract/page/cell-text';

const cell = (html: string) => {
  document.body.innerHTML = `<table><tr><td>${html}</td></tr></table>`;
  return document.querySelector('td')!;
};

describe('cellText', () => {
  it('reads a text cell, collapsing whitespace and no-break spaces', () => {
    expect(cellText(cell('INV-0042'))).toBe('INV-0042');
    expect(cellText(cell('  Acme\n\t Corp\u00a0 Ltd '))).toBe('Acme Corp Ltd');
    expect(cellText(cell(''))).toBe('');
  });

  it('reads a cell holding one plain element (a link, a badge) as its text', () => {
    expect(cellText(cell('<a href="/invoices/7">INV-7</a>'))).toBe('INV-7');
    expect(cellText(cell('<span class="badge">Overdue</span>'))).toBe('Overdue');
    expect(cellText(cell('\n  <a href="/x"> Globex\n GmbH </a>\n'))).toBe('Globex GmbH');
  });

  it('leaves out a hidden element, however it is hidden, and scripts and controls', () => {
    expect(cellText(cell('<a href="/x" hidden>INV-7</a>'))).toBe('');
    expect(cellText(cell('<span style="display: none">old</span>'))).toBe('');
    expect(cellText(cell('$120.00<span style="visibility:hidden"> (was $99)</span>'))).toBe('$120.00');
    expect(cellText(cell('<span>Acme</span><span hidden>internal note</span>'))).toBe('Acme');
    expect(cellText(cell('Paid<script>track()</script>'))).toBe('Paid');
    expect(cellText(cell('<select><option>Open</option></select>'))).toBe('');
  });

  it('spaces the blocks of a cell that stacks values', () => {
    expect(cellText(cell('<div>Acme Corp</div><div>INV-0042</div>'))).toBe('Acme Corp INV-0042');
    expect(cellText(cell('<a><b>INV</b>-7</a>'))).toBe('INV -7');
  });

  it('names an icon-only header by its label', () => {
    expect(headerText(cell('<i class="icon"></i>'))).toBe('');
    document.body.innerHTML = '<table><tr><th aria-label="Status"><i class="icon"></i></th></tr></table>';
    expect(headerText(document.querySelector('th')!)).toBe('Status');
  });
});

describe('isHidden', () => {
  it('sees the hidden attribute and an inline display:none or visibility:hidden, on HTML and other elements', () => {
    document.body.innerHTML = `<p id="a" hidden></p><p id="b" style="color: red; DISPLAY : none"></p><p id="c" style="visibility:hidden"></p>
      <p id="d" style="color: red"></p><p id="e" class="hidden"></p><svg><g id="f" hidden="hidden"></g><g id="g"></g></svg>`;
    const hidden = (id: string) => isHidden(document.getElementById(id)!);
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(hidden)).toEqual([true, true, true, false, false, true, false]);
  });
});
