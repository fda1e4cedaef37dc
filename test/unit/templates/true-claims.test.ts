import { describe, expect, it } from 'vitest';
import { defaultSettings, type Contact, type ContactEvent, type Invoice, type Settings } from '../../../lib/model';
import {
  checkDraftClaims,
  composeDraft,
  draftFacts,
  listTemplates,
  printableLetter,
  type ComposedDraft,
} from '../../../lib/templates';
import { TODAY, at, debtorOf, event, openInvoice, plan, record } from '../ledger/make';

const settings = (over: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(),
  sender: {
    name: 'Sam Carter',
    company: 'Carter Design',
    email: 'sam@carter.example',
    phone: '',
    address: '',
  },
  // Without one, the credit policy email is refused (there is nothing to send).
  creditPolicy: 'Invoices are due 30 days from issue.',
  ...over,
});

interface Ledger {
  invoices: Invoice[];
  contacts?: Contact[];
  events?: ContactEvent[];
  plans?: Parameters<typeof debtorOf>[0]['plans'];
}
const viewOf = (l: Ledger) =>
  debtorOf({
    invoices: l.invoices,
    events: l.events ?? [],
    plans: l.plans ?? [],
    records: [record({ contacts: l.contacts ?? [{ role: 'billing', email: 'ap@acme.example' }] })],
  });

function draft(l: Ledger, id: string, opts: { attach?: boolean; s?: Settings } = {}) {
  const view = viewOf(l);
  const s = opts.s ?? settings();
  const d = composeDraft(view, id, { settings: s, today: TODAY, attach: opts.attach ?? false });
  return { d, view, claims: checkDraftClaims(d, draftFacts(view, { settings: s, today: TODAY })) };
}

/** $500 overdue 50 days, $2,000 due in 20 days: the final notice. */
const mixed: Ledger = {
  invoices: [openInvoice('INV-1', 50, { balance: 500_00 }), openInvoice('INV-2', -20, { balance: 2_000_00 })],
};

describe('money not yet due', () => {
  it('a final notice threatens over the $500 overdue, never the $2,500 open, and names the $2,000 apart', () => {
    for (const cls of ['unorganized', 'going-out-of-business', 'angry']) {
      const { d, claims } = draft(mixed, `${cls}/final-notice`);
      expect(claims, cls).toEqual([]);
      expect(d.subject).toContain('$500.00');
      expect(`${d.subject}\n${d.text}`).not.toContain('$2,500.00');
      const threat = d.text.split('\n\n').find((p) => /collection agency/.test(p))!;
      expect(threat).toContain('$500.00');
      expect(threat).not.toMatch(/INV-2|\$2,000/);
      expect(d.text).toContain('Also coming due, for your planning:\n\n- INV-2, due December 13, 2026: $2,000.00');
      // Logged as a reminder about what it chases, not what it mentions as coming due.
      expect(d.invoiceNumbers).toEqual(['INV-1']);
    }
  });

  it('every overdue reminder lists and totals only what is overdue', () => {
    for (const stage of ['three-days', 'one-week', 'one-month', 'certified-letter', 'statement', 'late-fee']) {
      const { d, claims } = draft(mixed, `unorganized/${stage}`);
      expect(claims, stage).toEqual([]);
      expect(d.text, stage).not.toContain('$2,500.00');
      expect(d.text.split('\n').filter((l) => l.startsWith('- INV-2') && /late|outstanding/.test(l))).toEqual([]);
    }
  });

  it('the reminder before the due date is about what comes due, and names the overdue money apart', () => {
    const { d, claims } = draft(mixed, 'unorganized/pre-due');
    expect(claims).toEqual([]);
    expect(d.subject).toBe('Coming up: INV-2 due December 13, 2026');
    expect(d.invoiceNumbers).toEqual(['INV-2']);
    expect(d.text).toContain('the following comes due soon:\n\n- INV-2, due December 13, 2026: $2,000.00');
    expect(d.text).toContain('Separately, these are already past due ($500.00):\n\n- INV-1');
  });

  it('a reminder with nothing overdue is refused in words, not written empty', () => {
    const soon: Ledger = { invoices: [openInvoice('INV-9', -5)] };
    expect(() => draft(soon, 'angry/final-notice')).toThrow("Nothing of Acme Corp's is overdue");
    expect(() => draft({ invoices: [openInvoice('INV-9', 5)] }, 'angry/pre-due')).toThrow('is coming due');
    const preDue = draft(soon, 'angry/pre-due');
    expect(preDue.claims, preDue.d.text).toEqual([]);
  });

  it('the checker catches the old final notice: a threat over money not yet due', () => {
    const view = viewOf(mixed);
    const facts = draftFacts(view, { settings: settings(), today: TODAY });
    const old = {
      subject: 'Final notice: $2,500.00 overdue since October 4, 2026',
      text: 'Dear Acme Corp,\n\nThis is our final notice about the overdue balance of $2,500.00:\n\n- INV-1, due October 4, 2026: $500.00 (50 days late)\n- INV-2, due December 13, 2026: $2,000.00\n\nUnless we receive payment within 7 days, we will pass the matter to a collection agency.',
    };
    const rules = checkDraftClaims(old, facts).map((c) => c.rule);
    expect(rules.filter((r) => r === 'not-due').length).toBeGreaterThanOrEqual(2);
    expect(rules).toContain('greeting');
  });
});

describe('who is copied', () => {
  const late: Invoice[] = [openInvoice('INV-1', 35, { balance: 900_00 })];

  it('"I am copying your leadership" only when a senior-leadership contact is in cc', () => {
    const nobody = draft({ invoices: late }, 'unorganized/one-month');
    expect(nobody.d.cc).toEqual([]);
    expect(nobody.d.text).not.toMatch(/copying|leadership/);
    expect(nobody.claims).toEqual([]);

    const boss = draft(
      {
        invoices: late,
        contacts: [
          { role: 'billing', email: 'ap@acme.example' },
          { role: 'senior-leadership', name: 'Lee Park', email: 'lee@acme.example' },
        ],
      },
      'unorganized/one-month',
    );
    expect(boss.d.cc).toEqual(['lee@acme.example']);
    expect(boss.d.text).toContain('I am copying Lee Park from your leadership on this email.');
    expect(boss.claims).toEqual([]);

    const colleague = draft(
      {
        invoices: late,
        contacts: [
          { role: 'billing', email: 'ap@acme.example' },
          { role: 'other', email: 'books@acme.example', cc: true },
        ],
      },
      'angry/one-month',
    );
    expect(colleague.d.text).toContain('I am copying books@acme.example on this email.');
    expect(colleague.d.text).not.toContain('leadership');
    expect(colleague.claims).toEqual([]);
  });

  it('the checker catches a copy claimed with no one in cc, or leadership that is not', () => {
    const facts = draftFacts(viewOf({ invoices: late }), { settings: settings(), today: TODAY });
    const text = 'Hello,\n\nI am copying your leadership so this can be put through quickly.';
    expect(checkDraftClaims({ subject: 'x', text, cc: [] }, facts)).toMatchObject([
      { rule: 'cc', why: 'no one is in cc' },
    ]);
    expect(checkDraftClaims({ subject: 'x', text, cc: ['ap2@acme.example'] }, facts)).toMatchObject([
      { rule: 'cc', why: 'no senior-leadership contact is in cc' },
    ]);
  });
});

describe('files attached', () => {
  const late: Ledger = { invoices: [openInvoice('INV-1', 35, { balance: 900_00 }), openInvoice('INV-7', 10)] };

  it('the statement says it is attached only when the draft carries it', () => {
    const bare = draft(late, 'angry/statement');
    expect(bare.d.attachments).toEqual([]);
    expect(bare.d.text).not.toMatch(/attached|enclosed/);
    expect(bare.claims).toEqual([]);

    const carried = draft(late, 'angry/statement', { attach: true });
    const [file] = carried.d.attachments;
    expect(file).toMatchObject({
      kind: 'statement',
      fileName: 'Statement of account Acme Corp.html',
      mimeType: 'text/html',
    });
    expect(carried.d.text).toContain('The statement is attached as Statement of account Acme Corp.html.');
    expect(file!.content).toMatch(/^<!doctype html>/);
    expect(file!.content).toContain('INV-1, issued');
    expect(file!.content).toContain('Carter Design');
    expect(carried.claims).toEqual([]);
  });

  it('the promissory note is attached with the plan it backs, or promised, never "enclosed" when it is not', () => {
    const bare = draft(late, 'going-out-of-business/payment-plan-offer');
    expect(bare.d.text).not.toMatch(/attached|enclosed/);
    expect(bare.d.text).toContain('a promissory note confirming the balance and these dates, which I will send you.');
    expect(bare.claims).toEqual([]);

    const carried = draft(late, 'going-out-of-business/payment-plan-offer', { attach: true });
    const [note] = carried.d.attachments;
    expect(note).toMatchObject({ kind: 'promissory-note', fileName: 'Promissory note Acme Corp.html' });
    expect(note!.content).toContain('Amount: $1,000.00');
    expect(note!.content).toContain('1. $333.33 on or before December 7, 2026');
    expect(carried.d.text).toContain('- Payment 1: $333.33 by December 7, 2026');
    expect(carried.d.text).toContain('it is attached (Promissory note Acme Corp.html)');
    expect(carried.claims).toEqual([]);
  });

  it('the checker catches "copies attached" and "the enclosed promissory note" with nothing attached', () => {
    const facts = draftFacts(viewOf(late), { settings: settings(), today: TODAY });
    const said = (text: string, attachments: ComposedDraft['attachments'] = []) =>
      checkDraftClaims({ subject: 'x', text: `Hello,\n\n${text}`, attachments }, facts).map((c) => c.why);
    expect(said('Total: $1,000.00. Copies of each invoice are attached.')).toEqual(['no invoice is attached']);
    expect(said('Please sign the enclosed promissory note.')).toEqual(['no promissory note is attached']);
    expect(said('See the attachment.')).toEqual(['nothing is attached']);
  });
});

describe('reminders given, per the log', () => {
  const late: Invoice[] = [openInvoice('INV-1', 50, { balance: 500_00 })];
  const text = (events: ContactEvent[], id = 'unorganized/final-notice') => {
    const r = draft({ invoices: late, events }, id);
    expect(r.claims).toEqual([]);
    return r.d.text;
  };

  it('"several reminders" needs several in the log; a draft or a mail from the debtor is none', () => {
    expect(text([])).not.toMatch(/remind/i);
    const drafted = event({
      kind: 'email',
      outcome: 'drafted',
      template: 'unorganized/three-days',
      date: '2026-11-01',
    });
    const received = event({ kind: 'email', outcome: 'received', date: '2026-11-02' });
    const legacyDraft = event({ kind: 'email', template: 'unorganized/one-week', date: '2026-11-03' });
    expect(text([drafted, received, legacyDraft])).not.toMatch(/remind/i);
    const sent = event({ kind: 'email', outcome: 'sent', template: 'unorganized/three-days', date: '2026-11-04' });
    expect(text([drafted, sent])).toContain('We have reminded you before.');
    const call = event({ kind: 'call', outcome: 'reached', date: '2026-11-10' });
    expect(text([sent, call])).toContain('We have reminded you more than once.');
  });

  it('"by email and by phone" only as the log has it: unanswered calls reached nobody', () => {
    const sent = event({ kind: 'email', outcome: 'sent', date: '2026-11-04' });
    const missed = event({ kind: 'call', outcome: 'no-answer', date: '2026-11-05' });
    const voicemail = event({ kind: 'call', outcome: 'voicemail', date: '2026-11-06' });
    expect(text([sent, missed], 'unorganized/certified-letter')).toContain('We have reminded you in writing.');
    expect(text([missed, voicemail], 'unorganized/certified-letter')).toContain('We have reminded you by phone.');
    expect(text([sent, voicemail], 'angry/final-notice')).toContain(
      'We have reminded you in writing and by phone, and this is on record.',
    );
    expect(text([missed], 'angry/certified-letter')).not.toMatch(/remind|on record/);
  });

  it('reminders about other invoices, long before these, do not count', () => {
    const old = event({ kind: 'email', outcome: 'sent', date: '2025-01-10' });
    const other = event({ kind: 'email', outcome: 'sent', date: '2026-11-04', invoiceNumbers: ['INV-0'] });
    expect(text([old, other])).not.toMatch(/remind/i);
  });

  it('the checker catches "several reminders" and "by phone" over an empty log', () => {
    const facts = draftFacts(viewOf({ invoices: late }), { settings: settings(), today: TODAY });
    const claims = checkDraftClaims(
      {
        subject: 'x',
        text: 'Hello,\n\nWe have sent several reminders. We have reminded you by email and by phone.',
      },
      facts,
    );
    expect(claims.map((c) => c.rule)).toEqual(['reminders', 'reminders', 'reminders', 'reminders']);
  });

  it('"our offer of a payment plan" only when one was offered', () => {
    expect(text([], 'going-out-of-business/final-notice')).not.toContain('offer');
    const offered = draft(
      {
        invoices: late,
        plans: [plan({ status: 'proposed', installments: [{ due: '2026-12-20', amount: 500_00 }] })],
      },
      'going-out-of-business/final-notice',
    );
    expect(offered.d.text).toContain('The following remains unpaid despite our offer of a payment plan:');
    expect(offered.claims).toEqual([]);
  });
});

describe('whom it greets', () => {
  const late: Invoice[] = [openInvoice('INV-1', 10, { customer: 'Acme Corporation' })];

  it('greets a person by name, else neutrally: never "Hi Acme Corporation,"', () => {
    const greeting = (contacts: Contact[], id = 'unorganized/three-days') => {
      const view = debtorOf({
        invoices: late,
        records: [record({ id: 'acme', name: 'Acme Corporation', contacts })],
      });
      const d = composeDraft(view, id, { settings: settings(), today: TODAY, attach: false });
      expect(checkDraftClaims(d, draftFacts(view, { settings: settings(), today: TODAY }))).toEqual([]);
      return d.text.split('\n')[0];
    };
    expect(greeting([])).toBe('Hello,');
    expect(greeting([{ role: 'billing', name: 'ACME corp.', email: 'ap@acme.example' }])).toBe('Hello,');
    expect(greeting([{ role: 'billing', name: 'Dana Reyes' }])).toBe('Hi Dana Reyes,');
    expect(greeting([], 'angry/three-days')).toBe('Dear Sir or Madam,');
  });

  it('"sent by certified mail" only in the printed letter, never in the email of the same template', () => {
    const late = viewOf({ invoices: [openInvoice('INV-1', 40)] });
    const email = composeDraft(late, 'angry/certified-letter', { settings: settings(), today: TODAY, attach: true });
    expect(email.text).not.toContain('certified mail');
    const letter = printableLetter(late, 'angry/certified-letter', { settings: settings(), today: TODAY });
    expect(letter.body).toContain('This letter is sent by certified mail. The following invoices remain unpaid:');
  });

  it('a satisfaction check right after delivery, before anything is due, asks without calling anything late', () => {
    const { d, claims } = draft({ invoices: [openInvoice('INV-5', -25)] }, 'unorganized/satisfaction-verification');
    expect(claims).toEqual([]);
    expect(d.text).toContain('These invoices are open:\n\n- INV-5, due December 18, 2026: $100.00');
    expect(d.text).not.toMatch(/late|overdue|past due/);
    expect(d.invoiceNumbers).toEqual(['INV-5']);
  });

  it('a letter names no "Attn:" it does not know', () => {
    const view = debtorOf({ invoices: late });
    const certified = printableLetter(view, 'unorganized/certified-letter', { settings: settings(), today: TODAY });
    expect(certified.body).toContain('November 23, 2026\n\nAcme Corporation\n\nRe: overdue invoices');
    const notice = printableLetter(view, 'unorganized/final-notice', { settings: settings(), today: TODAY });
    expect(notice.recipient).toEqual(['Acme Corporation']);
    expect(notice.body.split('\n')[0]).toBe('Dear Sir or Madam,');
  });

  it('the checker catches the company greeted as a person', () => {
    const facts = draftFacts(debtorOf({ invoices: late }), { settings: settings(), today: TODAY });
    expect(checkDraftClaims({ subject: 'x', text: 'Hi Acme Corporation,\n\nHello.' }, facts)).toMatchObject([
      { rule: 'greeting', why: 'it greets the company as if it were a person' },
    ]);
  });
});

describe('subjects and bodies that fit', () => {
  const number = (n: number) => `INV-2026-${String(n).padStart(4, '0')}-${'X'.repeat(40)}`;
  const many = (count: number, daysLate: number) =>
    Array.from({ length: count }, (_, n) => openInvoice(number(n + 1), daysLate + n));

  it('a subject names at most three of 18 long invoice numbers and stays within 255 characters', () => {
    const soon = draft({ invoices: many(18, -30) }, 'unorganized/pre-due');
    expect(soon.d.subject).toBe(
      `Coming up: ${number(18)}, ${number(17)}, ${number(16)} and 15 more due from December 6, 2026`,
    );
    expect(soon.d.subject.length).toBeLessThanOrEqual(255);
    expect(soon.claims).toEqual([]);
    const concern = draft(
      {
        invoices: many(18, 40),
        events: [event({ kind: 'dispute', text: 'they say the work was late', date: '2026-11-20' })],
      },
      'angry/satisfaction-verification',
    );
    // The oldest first.
    expect(concern.d.subject).toBe(`Your concern about ${number(18)}, ${number(17)}, ${number(16)} and 15 more`);
    for (const t of listTemplates()) {
      const d = composeDraft(viewOf({ invoices: [...many(18, 40), ...many(3, -30)] }), t.id, {
        settings: settings(),
        today: TODAY,
        attach: true,
      });
      expect(d.subject.length, t.id).toBeLessThanOrEqual(255);
    }
  });

  it("an edited subject that lists every invoice is cut to 255 characters with '…'", () => {
    const view = viewOf({ invoices: many(18, 40) });
    const s = settings({
      templates: {
        'unorganized/three-days': { subject: 'Invoices {{#invoices}}{{number}} {{/invoices}}', body: 'Hi.' },
      },
    });
    const d = composeDraft(view, 'unorganized/three-days', { settings: s, today: TODAY, attach: false });
    expect(d.subject.length).toBeLessThanOrEqual(255);
    expect(d.subject.endsWith('…')).toBe(true);
  });

  it('400 invoices with 200-character numbers full of markup: the first ones listed, "and N more", under 32 KB', () => {
    const invoices = Array.from({ length: 400 }, (_, n) =>
      openInvoice(`${n}-${'<&>"'.repeat(49)}`, 5 + (n % 300), { balance: 12_345_67 }),
    );
    for (const id of ['unorganized/three-days', 'angry/certified-letter', 'going-out-of-business/statement']) {
      const { d, claims } = draft({ invoices }, id, { attach: true });
      expect(new TextEncoder().encode(d.html).length, id).toBeLessThan(32 * 1024);
      expect(new TextEncoder().encode(d.text).length, id).toBeLessThan(32 * 1024);
      expect(d.text, id).toMatch(/\n- and \d+ more\n/);
      expect(d.text, id).toContain('$4,938,268.00');
      expect(claims, id).toEqual([]);
    }
  });
});

describe('how to pay', () => {
  const late: Ledger = { invoices: [openInvoice('INV-1', 10), openInvoice('INV-2', -10)] };
  const paying = settings({
    payment: {
      link: 'https://pay.carter.example/acme',
      details: 'Bank transfer: Carter Design, IBAN GB33 BUKB 2020 1555 5555 55\nQuote the invoice number',
    },
  });

  it('every template gives the payment link and details from the settings', () => {
    for (const t of listTemplates()) {
      const { d, claims } = draft(late, t.id, { s: paying, attach: true });
      expect(d.text, t.id).toContain('You can pay online at https://pay.carter.example/acme');
      expect(d.text, t.id).toContain('Payment details:\nBank transfer: Carter Design, IBAN GB33');
      expect(d.html, t.id).toContain('Quote the invoice number');
      expect(claims, t.id).toEqual([]);
    }
  });

  it('says nothing about paying online when no link is set, and the checker reads a wrong link as false', () => {
    const { d } = draft(late, 'unorganized/three-days');
    expect(d.text).not.toMatch(/pay online|Payment details/);
    const facts = draftFacts(viewOf(late), { settings: paying, today: TODAY });
    expect(
      checkDraftClaims({ subject: 'x', text: 'Hello,\n\nYou can pay online at https://evil.example.' }, facts),
    ).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'payment' })]));
  });
});

describe('every template, every ledger shape', () => {
  const shapes: [string, Ledger][] = [
    ['only overdue, no contact, empty log', { invoices: [openInvoice('A-1', 40)], contacts: [] }],
    [
      'mixed, with a plan, calls and a dispute',
      {
        invoices: [openInvoice('A-1', 70, { balance: 1_234_00 }), openInvoice('A-2', 3), openInvoice('A-3', -12)],
        contacts: [
          { role: 'billing', name: 'Dana Reyes', email: 'dana@acme.example' },
          { role: 'senior-leadership', name: 'Lee Park', email: 'lee@acme.example' },
          { role: 'other', email: 'books@acme.example', cc: true },
        ],
        events: [
          event({ kind: 'email', outcome: 'sent', date: '2026-10-01' }),
          event({ kind: 'call', outcome: 'no-answer', date: '2026-10-08' }),
          event({ kind: 'dispute', text: 'late delivery', date: '2026-10-10', invoiceNumbers: ['A-2'] }),
        ],
        plans: [plan({ status: 'cancelled', installments: [{ due: '2026-10-20', amount: 100_00 }] })],
      },
    ],
    [
      'two currencies',
      {
        invoices: [
          openInvoice('E-1', 20, { currency: 'EUR', balance: 700_00 }),
          openInvoice('U-1', 9),
          openInvoice('E-2', -3, { currency: 'EUR' }),
        ],
      },
    ],
  ];
  for (const [name, l] of shapes)
    it(`renders every template with no false claim: ${name}`, () => {
      for (const t of listTemplates())
        for (const attach of [false, true]) {
          if (t.stage === 'pre-due' && !l.invoices.some((i) => i.due! >= TODAY)) {
            expect(() => draft(l, t.id, { attach })).toThrow('is coming due');
            continue;
          }
          const { claims, d } = draft(l, t.id, { attach });
          expect(claims, `${t.id}${attach ? ' (with files)' : ''}\n${d.text}`).toEqual([]);
          expect(d.text, t.id).not.toMatch(/\{\{|\}\}|undefined|NaN/);
        }
    });

  it('a promise logged at noon is no reminder, and the log is read as of the drafts', () => {
    const promise = event({ kind: 'promise', promise: { date: '2026-11-30' }, date: '2026-11-20' });
    expect(promise.at).toBe(at('2026-11-20'));
    const { d } = draft({ invoices: [openInvoice('A-1', 40)], events: [promise] }, 'unorganized/final-notice');
    expect(d.text).not.toMatch(/remind/i);
  });
});
