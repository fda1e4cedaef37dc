import fc from 'fast-check';
import { importCsv } from '../../lib/extract/read/csv/import-csv';
import { PageRead } from '../../lib/model/page-read';
import { expectThat, hostileText, property, type FuzzProperty } from './property';

const OPTS = { today: '2026-11-23', locale: 'en-US', currency: 'USD' };

const word = fc.constantFrom('Acme', 'Globex', 'Initech', 'Müller', 'Société', "O'Brien", 'Δ Delta', 'Nakatomi');
const nasty = fc.constantFrom(
  '',
  '<img src=x onerror="window.__owned=1">',
  '"Quoted"',
  'Smith, Jones',
  'A; B',
  'Tab\there',
  '=HYPERLINK("http://x")',
  '& Co',
  '😀',
);
const customer = fc.tuple(word, nasty, fc.constantFrom('', 'Ltd', 'GmbH')).map((p) => p.filter(Boolean).join(' '));
const rows = fc.uniqueArray(
  fc.record({
    number: fc.integer({ min: 1, max: 999_999 }).map((n) => `INV-${n}`),
    customer,
    balance: fc.integer({ min: 0, max: 10_000_000 }),
    due: fc
      .date({ min: new Date(Date.UTC(2024, 0, 1)), max: new Date(Date.UTC(2027, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  }),
  { selector: (r) => r.number, minLength: 1, maxLength: 15 },
);

/** A field as spreadsheets write it: quoted when it holds the delimiter, a quote or a line break. */
const field = (s: string, sep: string) => (s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

const csvTokens = fc.constantFrom(
  ',',
  ';',
  '\t',
  '"',
  '""',
  '\n',
  '\r\n',
  'Invoice',
  'Customer',
  'Amount',
  'Due',
  'INV-1',
  'Acme',
  '12.50',
  '1.234,50',
  '2026-10-01',
  'sep=;',
  '\ufeff',
  'Total',
  '*InvoiceNumber',
  '',
);

function acceptable(text: string) {
  const r = importCsv(text, undefined, OPTS);
  for (const b of r.bad)
    expectThat(
      Number.isInteger(b.line) && b.line >= 0 && typeof b.reason === 'string' && b.reason.length > 0,
      `bad row report ${JSON.stringify(b)}`,
    );
  const read = PageRead.safeParse({
    source: 'csv:report.csv',
    url: 'report.csv',
    invoices: r.rows,
    problems: r.bad.map((b) => ({ where: `line ${b.line}`, reason: b.reason })),
  });
  expectThat(
    read.success,
    `the background would refuse this import: ${read.success ? '' : JSON.stringify(read.error.issues.slice(0, 2))}`,
  );
}

export const csvProperties: FuzzProperty[] = [
  property(
    'any text imported as CSV gives rows the background accepts and bad lines with reasons, never a crash',
    fc.oneof(
      hostileText,
      fc.array(csvTokens, { maxLength: 40 }).map((t) => t.join('')),
      fc.string({ maxLength: 3000 }),
    ),
    acceptable,
  ),
  property(
    'an aged-receivables CSV with hostile customer names reads back exactly, with either delimiter',
    fc.tuple(rows, fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'), fc.boolean()),
    ([list, sep, eol, bom]) => {
      const lines = [
        ['Invoice Number', 'Customer', 'Due Date', 'Amount Due'].join(sep),
        ...list.map((r) =>
          [r.number, r.customer, r.due, (r.balance / 100).toFixed(2)].map((c) => field(c, sep)).join(sep),
        ),
      ];
      const text = `${bom ? '\ufeff' : ''}${lines.join(eol)}${eol}`;
      const r = importCsv(text, undefined, OPTS);
      expectThat(r.bad.length === 0, `bad rows: ${JSON.stringify(r.bad.slice(0, 3))}`);
      const got = r.rows.map((i) => ({ number: i.number, customer: i.customer, balance: i.balance, due: i.due }));
      const want = list.map((x) => ({ ...x, customer: x.customer.trim() }));
      expectThat(
        JSON.stringify(got) === JSON.stringify(want),
        `read ${JSON.stringify(got).slice(0, 400)}\n expected ${JSON.stringify(want).slice(0, 400)}`,
      );
    },
  ),
];
