import fc from 'fast-check';
import { handlePageParse } from '../../entrypoints/background/page-parse';
import { CELL, ROW } from '../../lib/extract/wire/capture-wire';
import { parseHere } from '../../lib/extract/read/parse-here';
import type { PageReadInput } from '../../lib/model/page-read';
import { PageRead } from '../../lib/model/page-read';
import { asyncProperty, expectThat, hostileText, type FuzzProperty } from './property';

// What a page's content script sends the background ('page:invoices', 'page:store') is untrusted:
// a compromised page process could send anything. The background answers every message with a
// read or a reason, never an exception, and keeps only what a PageRead accepts.

// Mostly what a page would send (an invoice list, hostile names in it), sometimes anything at all.
const cellText = fc.oneof(
  { weight: 1, arbitrary: fc.oneof(hostileText, fc.constantFrom(CELL, ROW, `a${CELL}b`)) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'INV-1',
      'INV-2',
      'Acme',
      'Globex <b>GmbH</b>',
      '$10.00',
      '1.234,50 €',
      '2026-10-01',
      '10/31/2026',
      'Overdue',
      'Paid',
      '',
    ),
  },
);
const invoiceRow = fc
  .tuple(
    fc.integer({ min: 1, max: 99 }),
    cellText,
    fc.oneof(
      cellText,
      fc.integer({ min: 0, max: 99_999 }).map((n) => `$${n}.00`),
    ),
    cellText,
  )
  .map(([n, customer, amount, due]) => [`INV-${n}`, customer, due, amount].join(CELL));
const anyRow = fc.array(cellText, { maxLength: 8 }).map((cells) => cells.join(CELL));
const validKey = fc.nat({ max: 14 }).map(String);
/** Mostly a value a page would send, now and then one it would not. */
const rarelyBad = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 9, arbitrary: good }, { weight: 1, arbitrary: bad });
const list = fc
  .record(
    {
      where: fc.oneof(fc.constant('table 1'), hostileText),
      kind: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom('table', 'aria', 'repeated') },
        { weight: 1, arbitrary: fc.constantFrom('grid', 3) },
      ),
      headers: fc.oneof(
        { weight: 3, arbitrary: fc.constant(['Invoice', 'Customer', 'Due date', 'Balance']) },
        { weight: 1, arbitrary: fc.array(cellText, { maxLength: 8 }) },
      ),
      maybeHeader: fc.array(cellText, { maxLength: 8 }),
      rows: fc.oneof(
        { weight: 3, arbitrary: fc.array(invoiceRow, { maxLength: 12 }) },
        { weight: 1, arbitrary: fc.array(anyRow, { maxLength: 12 }) },
      ),
      count: rarelyBad(
        fc.constant(undefined),
        fc.oneof(fc.integer({ min: -2, max: 14 }), fc.constant(1e9), fc.constant(Number.NaN)),
      ),
      statedRows: rarelyBad(fc.nat({ max: 100 }), fc.constantFrom(-5, 1.5)),
      rowsMarked: rarelyBad(
        fc.array(fc.nat({ max: 14 }), { maxLength: 5 }),
        fc.array(fc.oneof(fc.integer({ min: -2, max: 14 }), fc.constant(0.5)), { maxLength: 3 }),
      ),
      cellsMarked: rarelyBad(
        fc.dictionary(validKey, fc.array(fc.nat({ max: 9 }), { maxLength: 3 })),
        fc.dictionary(
          fc.oneof(validKey, hostileText),
          fc.oneof(fc.array(fc.integer({ min: -1, max: 9 }), { maxLength: 3 }), hostileText),
        ),
      ),
      blocks: rarelyBad(
        fc.dictionary(validKey, fc.dictionary(fc.nat({ max: 9 }).map(String), fc.array(cellText, { maxLength: 3 }))),
        fc.dictionary(validKey, fc.dictionary(hostileText, fc.array(cellText, { maxLength: 4 }))),
      ),
      stacked: rarelyBad(
        fc.array(fc.record({ index: fc.nat({ max: 9 }), parts: fc.array(cellText, { minLength: 2, maxLength: 3 }) }), {
          maxLength: 2,
        }),
        fc.array(fc.record({ index: fc.integer({ min: -1, max: 9 }), parts: fc.array(cellText, { maxLength: 4 }) }), {
          maxLength: 2,
        }),
      ),
    },
    { requiredKeys: ['where', 'kind', 'headers', 'rows', 'count'] },
  )
  .map(({ rows, count, ...l }) => ({ ...l, rows: rows.join(ROW), count: count ?? rows.length }));

export const message = fc.record(
  {
    type: fc.constantFrom('page:invoices', 'page:store', 'page:maturities'),
    url: fc.oneof(
      { weight: 9, arbitrary: fc.constant('https://books.example/invoices') },
      { weight: 1, arbitrary: hostileText },
    ),
    today: fc.oneof({ weight: 9, arbitrary: fc.constant('2026-11-23') }, { weight: 1, arbitrary: hostileText }),
    title: hostileText,
    complete: fc.boolean(),
    readId: hostileText,
    capture: fc.oneof(
      {
        weight: 9,
        arbitrary: fc.record(
          {
            lists: fc.array(list, { maxLength: 3 }),
            lang: fc.oneof(fc.constantFrom('en-US', 'fr-FR', 'de', 'xx_YY'), hostileText),
          },
          { requiredKeys: ['lists'] },
        ),
      },
      { weight: 1, arbitrary: hostileText },
    ),
  },
  { requiredKeys: ['type', 'url', 'capture', 'title', 'complete'] },
);

export const pageCaptureProperties: FuzzProperty[] = [
  asyncProperty(
    'any message a page sends is read or refused with a reason, and only reads the background accepts are kept',
    message,
    async (m) => {
      const kept: PageReadInput[] = [];
      // The page that sent it, whatever the message names: what is kept is that page's.
      const sender = 'https://sender.example/invoices';
      const answer = await handlePageParse(
        m,
        parseHere(async (read) => void kept.push(read)),
        sender,
      );
      expectThat(!!answer && typeof answer === 'object' && 'ok' in answer, `no answer: ${JSON.stringify(answer)}`);
      if (answer && !answer.ok)
        expectThat(typeof answer.error === 'string' && answer.error.length > 0, 'a refusal without a reason');
      for (const read of kept) {
        expectThat(read.source === 'https://sender.example', `kept a read for ${read.source}`);
        const parsed = PageRead.safeParse(read);
        expectThat(
          parsed.success,
          `kept a read the background would refuse: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 2))}`,
        );
      }
    },
  ),
];
