import fc from 'fast-check';
import { Window } from 'happy-dom';
import { buildEml } from '../../components/drafts/eml';
import { defaultSettings, type Contact, type ContactEvent, type Invoice, type Settings } from '../../lib/model';
import {
  TemplateError,
  checkDraftClaims,
  composeDraft,
  draftFacts,
  exampleContext,
  listTemplates,
  nothingToSay,
  renderTemplate,
  templateContext,
  validateTemplate,
  type TemplateContext,
} from '../../lib/templates';
import { TODAY, addDays, at, debtorOf, plan, record } from '../unit/ledger/make';
import { parseTemplate, renderNodes } from '../../lib/templates/template-language';
import { expectThat, hostileText, property, type FuzzProperty } from './property';

const MARKUP = fc.constantFrom(
  '<img src=x onerror="window.__owned=1">',
  '<script>alert(1)</script>',
  'Bobby <b>Tables</b> & Co',
  '"><a href="javascript:alert(1)">pay</a>',
  "O'Brien & Sons",
  '<!-- x -->',
  '&lt;b&gt;',
);
const value = fc.oneof(
  MARKUP,
  hostileText,
  fc.tuple(MARKUP, hostileText).map(([a, b]) => `${a} ${b}`),
);
const ids = listTemplates().map((t) => t.id);

/** The example context with every text a debtor, the user or a page can set replaced by hostile text. */
const hostileContext: fc.Arbitrary<TemplateContext> = fc
  .record({ name: value, contactName: value, email: value, company: value, sender: value, number: value, note: value })
  .map((v) => {
    const c = exampleContext();
    return {
      ...c,
      customer: { ...c.customer, name: v.name, contactName: v.contactName, email: v.email },
      sender: { ...c.sender, name: v.sender, company: v.company },
      signature: `${v.sender}\n${v.company}`,
      invoices: c.invoices.map((i) => ({ ...i, number: v.number })),
      creditPolicy: v.note,
    };
  });

let win: Window | undefined;
/** The elements and attributes a mail client would build from `html`. */
function parsed(html: string) {
  win ??= new Window();
  const doc = win.document as unknown as Document;
  const box = doc.createElement('div');
  box.innerHTML = html;
  const elements = Array.from(box.querySelectorAll('*'));
  return {
    tags: new Set(elements.map((e) => e.tagName.toLowerCase())),
    attributes: elements.flatMap((e) => e.getAttributeNames()),
    text: box.textContent ?? '',
  };
}

const editedBody = fc
  .array(fc.oneof(hostileText, MARKUP, fc.constantFrom('{{customer.name}}', '\n', 'Amount < $500 & due')), {
    minLength: 1,
    maxLength: 6,
  })
  .map((p) => p.join(' '));

const ALLOWED_TAGS = new Set(['p', 'br', 'ul', 'li']);
// HTML parsing drops or replaces control characters: compare what a reader sees.
const squash = (s: string) =>
  s
    .replace(/[\u0000-\u001f\u007f\ufffd]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Invoice numbers as apps write them, some long, some with markup; unique by their index. */
const numberTail = fc.oneof(
  fc.constant(''),
  fc.constantFrom('/A', '-<b>', ' & co', '"x"', '#2026'),
  fc.string({ unit: fc.constantFrom('0', '7', '-', '/', '.', '<', '&', '#'), maxLength: 190 }),
);
const arbInvoice = fc.record({
  daysLate: fc.integer({ min: -90, max: 200 }),
  // Round sums that collide, and now and then a huge one (totals past 2^53 lose cents, both sides alike).
  balance: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 50_000_00 }) },
    { weight: 3, arbitrary: fc.constantFrom(100_00, 500_00, 2_000_00) },
    { weight: 1, arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER, 10 ** 15 + 1) },
  ),
  currency: fc.constantFrom('USD', 'USD', 'USD', 'EUR', 'GBP'),
  tail: numberTail,
  dueShown: fc.boolean(),
  flagged: fc.boolean(),
  // The list showed only the invoice's total: part-payment possible, the balance not confirmed.
  fromTotal: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
});
const arbContact: fc.Arbitrary<Contact> = fc.record({
  role: fc.constantFrom('billing', 'decision-maker', 'senior-leadership', 'other'),
  name: fc.option(fc.constantFrom('Dana Reyes', 'Lee Park', 'Acme Corp', 'Zoë Brontë', '  '), { nil: undefined }),
  email: fc.option(fc.constantFrom('ap@acme.example', 'lee@acme.example', 'books@acme.example', 'x@other.example'), {
    nil: undefined,
  }),
  cc: fc.option(fc.boolean(), { nil: undefined }),
});
const arbEvent = fc.record({
  kind: fc.constantFrom<ContactEvent['kind']>('email', 'letter', 'call', 'visit', 'plan', 'dispute', 'note', 'promise'),
  outcome: fc.option(
    fc.constantFrom('drafted', 'sent', 'received', 'reached', 'no-answer', 'voicemail', 'avoided', 'disputes'),
    { nil: undefined },
  ),
  template: fc.option(fc.constantFrom('unorganized/three-days', 'going-out-of-business/payment-plan-offer'), {
    nil: undefined,
  }),
  daysAgo: fc.integer({ min: 0, max: 400 }),
  aboutFirst: fc.boolean(),
});

/** A random debtor's ledger: overdue and not-yet-due invoices, contacts, a log, maybe a plan, payment settings. */
const arbLedger = fc
  .record({
    invoices: fc.array(arbInvoice, { minLength: 1, maxLength: 40 }),
    contacts: fc.array(arbContact, { maxLength: 4 }),
    events: fc.array(arbEvent, { maxLength: 8 }),
    plan: fc.option(fc.constantFrom('active', 'proposed', 'cancelled'), { nil: undefined }),
    payment: fc.record({
      link: fc.constantFrom('', 'https://pay.example/acme'),
      details: fc.constantFrom('', 'IBAN GB33 BUKB 2020 1555 5555 55\nReference: your invoice number'),
    }),
    customer: fc.constantFrom('Acme Corp', 'Société Générale', "O'Brien & Sons", '<b>Bold</b> Ltd', 'Zoë 株式会社'),
    attach: fc.boolean(),
  })
  .map((l) => {
    const invoices: Invoice[] = l.invoices.map((p, n) => {
      const due = addDays(TODAY, -p.daysLate);
      // A tail starting with a digit would make INV-1 + "0" the same number as INV-10.
      const tail = /^\d/.test(p.tail) ? `/${p.tail}` : p.tail;
      return {
        number: `INV-${n + 1}${tail}`,
        customer: l.customer,
        balance: p.balance,
        total: p.balance,
        currency: p.currency,
        id: `https://app.example#INV-${n + 1}${tail}`,
        source: 'https://app.example',
        debtorId: 'acme',
        firstSeenAt: at('2026-01-01'),
        seenAt: at(TODAY),
        issued: addDays(due, -30),
        ...(p.dueShown ? { due } : p.flagged ? { overdue: true } : {}),
        ...(p.fromTotal ? { balanceFromTotal: true } : {}),
      };
    });
    const events: ContactEvent[] = l.events.map((e, n) => ({
      id: `e${n}`,
      debtorId: 'acme',
      kind: e.kind,
      at: at(addDays(TODAY, -e.daysAgo)),
      text: '',
      ...(e.outcome ? { outcome: e.outcome } : {}),
      ...(e.template ? { template: e.template } : {}),
      ...(e.aboutFirst ? { invoiceNumbers: [invoices[0]!.number] } : {}),
    }));
    const plans = l.plan
      ? [
          plan({
            status: l.plan,
            installments: [
              { due: addDays(TODAY, 10), amount: 123_45 },
              { due: addDays(TODAY, 40), amount: 678_90 },
            ],
          }),
        ]
      : [];
    const view = debtorOf({ invoices, events, plans, records: [record({ name: l.customer, contacts: l.contacts })] });
    const settings: Settings = { ...defaultSettings(), payment: l.payment };
    return { view, settings, attach: l.attach };
  });

const KB32 = 32 * 1024;
const bytes = (s: string) => new TextEncoder().encode(s).length;

export const templateProperties: FuzzProperty[] = [
  property(
    'every built-in template renders hostile names as text: only its own tags, no attributes, no line break in the subject',
    fc.tuple(fc.constantFrom(...ids), hostileContext),
    ([id, context]) => {
      const r = renderTemplate(id, context);
      const html = parsed(r.html);
      const foreign = [...html.tags].filter((t) => !ALLOWED_TAGS.has(t));
      expectThat(foreign.length === 0, `${id}: markup from a value became elements: ${foreign.join(', ')}`);
      expectThat(html.attributes.length === 0, `${id}: attributes in the email HTML: ${html.attributes.join(', ')}`);
      expectThat(!/[\r\n]/.test(r.subject), `${id}: the subject has a line break`);
      const name = squash(context.customer.name);
      if (name && squash(r.text).includes(name))
        expectThat(squash(html.text).includes(name), `${id}: the name shown in the text is not the same in the HTML`);
    },
  ),
  property(
    'a user-edited template is rendered, or refused with a TemplateError listing its problems; never another exception',
    fc.tuple(
      fc
        .array(
          fc.oneof(
            hostileText,
            fc.constantFrom(
              '{{',
              '}}',
              '{{customer.name}}',
              '{{#invoices}}',
              '{{/invoices}}',
              '{{^fee}}',
              '{{/fee}}',
              '{{nope}}',
              '{{{customer.name}}}',
              '{{#plan.installments}}',
              '{{/x}}',
              '\n',
            ),
          ),
          { maxLength: 12 },
        )
        .map((p) => p.join('')),
      hostileContext,
    ),
    ([body, context]) => {
      const subject = 'Reminder for {{customer.name}}';
      const problems = validateTemplate({ subject, body });
      expectThat(Array.isArray(problems), 'validateTemplate did not answer a list');
      try {
        const r = renderTemplate('unorganized/three-days', context, { 'unorganized/three-days': { subject, body } });
        expectThat(problems.length === 0, `rendered a template validateTemplate refuses: ${problems.join('; ')}`);
        expectThat(typeof r.html === 'string' && typeof r.text === 'string', 'no html or text');
      } catch (e) {
        if (!(e instanceof TemplateError))
          throw new Error(`renderTemplate threw ${e instanceof Error ? e.name : typeof e}: ${String(e).slice(0, 200)}`);
        expectThat(e.problems.length > 0, 'a TemplateError without problems');
      }
    },
  ),
  property(
    'the literal text of a user-edited template is text in the HTML too',
    fc.tuple(editedBody, hostileContext),
    ([body, context]) => {
      const r = renderTemplate('unorganized/three-days', context, {
        'unorganized/three-days': { subject: 'Reminder', body },
      });
      const foreign = [...parsed(r.html).tags].filter((t) => !ALLOWED_TAGS.has(t));
      expectThat(foreign.length === 0, `an edited template's text became elements: ${foreign.join(', ')}`);
    },
  ),
  property(
    'a drafted .eml keeps its headers whatever the names, addresses and subject hold (no header injection)',
    fc.record({
      to: fc.array(value, { minLength: 1, maxLength: 3 }),
      cc: fc.array(value, { maxLength: 2 }),
      subject: value,
      from: fc.option(value, { nil: undefined }),
      body: value,
    }),
    (d) => {
      const eml = buildEml({ ...d, html: `<p>${d.body}</p>`, text: d.body, date: Date.UTC(2026, 10, 23) });
      const head = eml.slice(0, eml.indexOf('\r\n\r\n'));
      const names = head
        .split('\r\n')
        .filter((l) => !/^[ \t]/.test(l))
        .map((l) => l.slice(0, l.indexOf(':')));
      const expected = [
        ...(d.from ? ['From'] : []),
        'To',
        ...(d.cc.length ? ['Cc'] : []),
        'Subject',
        'Date',
        'X-Unsent',
        'MIME-Version',
        'Content-Type',
      ];
      expectThat(JSON.stringify(names) === JSON.stringify(expected), `headers ${JSON.stringify(names)}`);
      expectThat(!/[^\r]\n|\r(?!\n)/.test(eml), 'a bare CR or LF in the message');
    },
  ),
  property(
    'for random ledgers, no template says what is not so: no amount not due or not confirmed, no cc not set, no file not attached; subject ≤ 255, bodies < 32 KB',
    fc.tuple(arbLedger, fc.constantFrom(...ids)),
    ([{ view, settings, attach }, id]) => {
      const nothing = nothingToSay(id, templateContext(view, { settings, today: TODAY }));
      let draft: ReturnType<typeof composeDraft>;
      try {
        draft = composeDraft(view, id, { settings, today: TODAY, attach });
      } catch (e) {
        expectThat(e instanceof TemplateError && nothing !== '', `${id} refused: ${String(e)}`);
        return;
      }
      expectThat(nothing === '', `${id} rendered though it has nothing to say: ${nothing}`);
      const claims = checkDraftClaims(draft, draftFacts(view, { settings, today: TODAY }));
      expectThat(
        claims.length === 0,
        `${id}: ${claims.map((c) => `[${c.rule}] ${c.why}: “${c.said.slice(0, 160)}”`).join('\n')}\n---\n${draft.subject}\n${draft.text.slice(0, 3000)}`,
      );
      expectThat(draft.subject.length <= 255, `${id}: subject of ${draft.subject.length} characters`);
      expectThat(bytes(draft.html) < KB32 && bytes(draft.text) < KB32, `${id}: a body of 32 KB or more`);
      if (!attach) expectThat(draft.attachments.length === 0, `${id}: files on a draft that carries none`);
      for (const f of draft.attachments)
        expectThat(draft.text.includes(f.fileName), `${id}: ${f.fileName} is attached but the text does not say so`);
    },
  ),
  property(
    'nested sections over lists render in full or are refused with a TemplateError, never past the work limit',
    fc.record({
      depth: fc.integer({ min: 1, max: 12 }),
      items: fc.integer({ min: 0, max: 60 }),
      inverted: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
      text: fc.string({ maxLength: 20 }),
    }),
    ({ depth, items, inverted, text }) => {
      const open = Array.from({ length: depth }, (_, i) => (inverted[i] ? '{{^none}}' : '{{#rows}}')).join('');
      const close = Array.from({ length: depth }, (_, i) => (inverted[depth - 1 - i] ? '{{/none}}' : '{{/rows}}')).join(
        '',
      );
      const scope = { rows: Array.from({ length: items }, (_, i) => ({ n: i })) };
      const safeText = text.replace(/[{}]/g, '');
      let pieces = 0;
      try {
        const out = renderNodes(parseTemplate(`${open}{{n}}${safeText}${close}`), [scope], (x) => {
          pieces++;
          return x;
        });
        const repeats = inverted.slice(0, depth).filter((x) => !x).length;
        expectThat(out.length <= 2_000_000, `rendered ${out.length} characters`);
        // Each innermost repetition spends at least one piece ({{n}}): past the 200,000-piece limit a
        // full render is impossible, so a render that completed must fit under it.
        expectThat(items ** repeats <= 200_000 || out.length === 0, 'rendered a repetition past the limit in full');
      } catch (e) {
        expectThat(e instanceof TemplateError, `threw ${String(e)}`);
      }
      expectThat(pieces <= 200_001, `did ${pieces} pieces of work`);
    },
  ),
];
