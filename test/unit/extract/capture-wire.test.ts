// @vitest-environment happy-dom
// A capture travels packed (capture-wire.ts): each list's rows in one string. What the page shows
// can never shift a cell: the separators are control characters, which a cell's text never keeps.
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../lib/extract/page/capture-page';
import { mergeCaptures, unpackCapture, type WireCapture } from '../../../lib/extract/wire/capture-wire';

function capture(html: string): WireCapture {
  document.body.innerHTML = html;
  const steps = capturePage(document);
  for (;;) {
    const s = steps.next();
    if (s.done) return JSON.parse(JSON.stringify(s.value.capture)) as WireCapture;
  }
}

const table = (rows: string[][]) =>
  `<table><tr><th>Invoice</th><th>Customer</th></tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
const texts = (wire: WireCapture) => unpackCapture(wire).lists.map((l) => l.rows.map((r) => r.texts));

describe('the capture on the wire', () => {
  it('packs each list into one string and unpacks it to the same cells', () => {
    const wire = capture(
      table([
        ['INV-1', 'Acme'],
        ['INV-2', ''],
      ]),
    );
    expect(wire.lists[0]).toMatchObject({ count: 2, headers: ['Invoice', 'Customer'] });
    expect(typeof wire.lists[0]!.rows).toBe('string');
    expect(texts(wire)).toEqual([
      [
        ['INV-1', 'Acme'],
        ['INV-2', ''],
      ],
    ]);
  });

  it('reads separators and control characters a page puts in a cell as spaces', () => {
    const wire = capture(
      table([
        ['INV\u007f-1', 'Ac\u009fme\u001e Corp'],
        ['INV-2', 'Globex'],
      ]),
    );
    expect(texts(wire)).toEqual([
      [
        ['INV -1', 'Ac me Corp'],
        ['INV-2', 'Globex'],
      ],
    ]);
  });

  it('keeps the rows an earlier read saw that the page no longer shows, the current ones first', () => {
    const first = capture(
      table([
        ['INV-1', 'Acme'],
        ['INV-2', 'Globex'],
      ]),
    );
    const second = capture(
      table([
        ['INV-2', 'Globex Ltd'],
        ['INV-3', 'Initech'],
      ]),
    );
    expect(texts(mergeCaptures(first, second))).toEqual([
      [
        ['INV-2', 'Globex Ltd'],
        ['INV-3', 'Initech'],
        ['INV-1', 'Acme'],
        ['INV-2', 'Globex'],
      ],
    ]);
    expect(mergeCaptures(undefined, second)).toBe(second);
    // Another list in the same place, with other columns, takes none of them.
    const other = capture(table([['INV-4', 'Umbrella']]).replace('Customer', 'Client'));
    expect(texts(mergeCaptures(first, other))).toEqual([
      [['INV-4', 'Umbrella']],
      [
        ['INV-1', 'Acme'],
        ['INV-2', 'Globex'],
      ],
    ]);
    expect(mergeCaptures(second, second)).toEqual(second);
  });

  it("keeps the app's overdue looks of the rows it keeps, at their new places", () => {
    const first = capture(
      `<table><tr><th>Invoice</th><th>Status</th></tr><tr class="overdue"><td>INV-1</td><td>Open</td></tr><tr><td>INV-2</td><td><b class="badge-danger">Open</b></td></tr></table>`,
    );
    const second = capture(
      `<table><tr><th>Invoice</th><th>Status</th></tr><tr><td>INV-3</td><td>Open</td></tr></table>`,
    );
    expect(first.lists[0]).toMatchObject({ rowsMarked: [0], cellsMarked: { 1: [1] } });
    const rows = unpackCapture(mergeCaptures(first, second)).lists[0]!.rows;
    expect(rows).toEqual([
      { texts: ['INV-3', 'Open'] },
      { texts: ['INV-1', 'Open'], marked: true },
      { texts: ['INV-2', 'Open'], marked: [1] },
    ]);
  });

  it('refuses rows that do not unpack to what the list says', () => {
    const wire = capture(table([['INV-1', 'Acme']]));
    expect(() => unpackCapture({ lists: [{ ...wire.lists[0]!, count: 2 }] })).toThrow(
      'list 1 has 1 rows, not the 2 it says',
    );
    expect(() =>
      unpackCapture({ lists: [{ ...wire.lists[0]!, rows: Array.from({ length: 201 }, () => 'x').join('\u007f') }] }),
    ).toThrow('row 1 has more than 200 cells');
  });
});
