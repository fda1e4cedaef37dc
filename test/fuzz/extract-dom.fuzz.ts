import fc from 'fast-check';
import { Window } from 'happy-dom';
import { extractInvoices } from '../../lib/extract/extract-invoices';
import { PageRead } from '../../lib/model/page-read';
import { expectThat, hostileText, property, type FuzzProperty } from './property';

// One DOM for every run (a fresh happy-dom window per run would dominate the time).
let win: Window | undefined;
function page(build: (doc: Document) => void): Document {
  win ??= new Window({ url: 'http://127.0.0.1:4178/invoices' });
  const doc = win.document as unknown as Document;
  doc.documentElement.setAttribute('lang', 'en-US');
  doc.body.replaceChildren();
  build(doc);
  return doc;
}

const TODAY = '2026-11-23';
const OPTS = { url: 'http://127.0.0.1:4178/invoices', today: TODAY };

/** Extraction must produce something the background accepts: a read it would refuse is lost work. */
function acceptable(result: ReturnType<typeof extractInvoices>): void {
  const parsed = PageRead.safeParse({
    source: 'http://127.0.0.1:4178',
    url: OPTS.url,
    invoices: result.invoices,
    problems: result.problems,
    confidence: result.confidence,
  });
  expectThat(
    parsed.success,
    `the background would refuse this read: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 2))}`,
  );
}

// Fragments of markup as invoicing apps (and attackers) write them.
const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText.map((t) => t.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!)),
    fc.constantFrom(
      'Invoice',
      'Customer',
      'Due date',
      'Amount due',
      'Balance',
      'Total',
      'Status',
      'Overdue',
      'Paid',
      'Facture',
      'Client',
      'Échéance',
      'Montant dû',
      'Rechnung',
      'Kunde',
      'Fällig',
      '$1,200.00',
      '1.234,50 €',
      '2026-10-01',
      '10/31/2026',
      'INV-001',
      'Acme',
      'Total',
      '…',
    ),
    fc
      .tuple(
        fc.constantFrom(
          'table',
          'thead',
          'tbody',
          'tr',
          'td',
          'th',
          'div',
          'span',
          'caption',
          'script',
          'style',
          'template',
          'svg',
          'select',
          'ul',
          'li',
        ),
        fc.constantFrom(
          '',
          ' hidden',
          ' style="display:none"',
          ' role="grid"',
          ' role="row"',
          ' role="gridcell"',
          ' role="columnheader"',
          ' colspan="3"',
          ' colspan="-1"',
          ' colspan="99999"',
          ' aria-colindex="0"',
          ' aria-colindex="500"',
          ' aria-rowcount="1e9"',
          ' class="row"',
          ' aria-label="<b>x</b>"',
        ),
        fc.array(tie('node'), { maxLength: 5 }),
      )
      .map(([tag, attrs, kids]) => `<${tag}${attrs}>${kids.join('')}</${tag}>`),
  ),
})).node;

const word = fc.constantFrom(
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Müller',
  'Société',
  'Łódź',
  "O'Brien",
  'Nakatomi',
  'Δ Delta',
);
const nasty = fc.constantFrom(
  '',
  '<img src=x onerror="window.__owned=1">',
  '<b>Tables</b>',
  '& Co',
  '"Quoted"',
  '<script>alert(1)</script>',
  '\u202eevil',
  '😀',
  '&amp;',
  'javascript:alert(1)',
);
const customer = fc
  .tuple(word, nasty, fc.constantFrom('', 'Ltd', 'GmbH', 'SARL', 'Inc.'))
  .map((p) => p.filter(Boolean).join(' '));

interface Row {
  number: string;
  customer: string;
  balance: number;
  due: string;
}
const rows = fc.uniqueArray(
  fc.record({
    number: fc.integer({ min: 1, max: 99_999 }).map((n) => `INV-${String(n).padStart(5, '0')}`),
    customer,
    balance: fc.integer({ min: 0, max: 5_000_000 }),
    due: fc
      .date({ min: new Date(Date.UTC(2025, 0, 1)), max: new Date(Date.UTC(2027, 0, 1)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  }),
  { selector: (r) => r.number, minLength: 1, maxLength: 12 },
);

const usd = (minor: number) => `$${(minor / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;

/** Cell contents that a user does not see, which must not change what is read. */
const noise = fc.constantFrom('', 'script', 'hidden', 'style', 'template');
function addNoise(doc: Document, cell: Element, kind: string) {
  if (!kind) return;
  const el = doc.createElement(kind === 'hidden' ? 'span' : kind);
  if (kind === 'hidden') el.setAttribute('hidden', '');
  el.textContent = kind === 'style' ? 'td{color:red}' : '99,999.99 <b>Evil Corp</b>';
  cell.append(el);
}

export const extractProperties: FuzzProperty[] = [
  property(
    'extraction of a random hostile DOM never throws and yields a read the background accepts',
    fc.array(fragment, { maxLength: 6 }),
    (html) => {
      const doc = page((d) => {
        d.body.innerHTML = html.join('');
      });
      acceptable(extractInvoices(doc, OPTS));
    },
  ),
  property(
    'an invoice table with hostile customer names and hidden noise reads back exactly, names as plain text',
    fc.tuple(rows, fc.array(noise, { minLength: 12, maxLength: 12 }), fc.boolean()),
    ([list, noiseKinds, aria]) => {
      const doc = page((d) => {
        const table = d.createElement(aria ? 'div' : 'table');
        if (aria) table.setAttribute('role', 'grid');
        const row = (cells: string[], header: boolean, i: number) => {
          const tr = d.createElement(aria ? 'div' : 'tr');
          if (aria) tr.setAttribute('role', 'row');
          cells.forEach((text, c) => {
            const td = d.createElement(aria ? 'div' : header ? 'th' : 'td');
            if (aria) td.setAttribute('role', header ? 'columnheader' : 'gridcell');
            td.textContent = text;
            if (!header && c === 1) addNoise(d, td, noiseKinds[i] ?? '');
            tr.append(td);
          });
          table.append(tr);
        };
        row(['Invoice #', 'Customer', 'Due date', 'Amount due'], true, -1);
        list.forEach((r, i) => void row([r.number, r.customer, r.due, usd(r.balance)], false, i));
        d.body.append(table);
      });
      const result = extractInvoices(doc, OPTS);
      acceptable(result);
      const got = result.invoices.map((i) => ({
        number: i.number,
        customer: i.customer,
        balance: i.balance,
        due: i.due,
      }));
      const want: Row[] = list.map((r) => ({ ...r, customer: r.customer.replace(/\s+/g, ' ').trim() }));
      expectThat(
        JSON.stringify(got) === JSON.stringify(want),
        `read ${JSON.stringify(got)}\n expected ${JSON.stringify(want)}`,
      );
      // Reading never turned a name into markup in the page.
      expectThat(doc.querySelector('img, b') === null, 'a customer name became an element');
    },
  ),
];
