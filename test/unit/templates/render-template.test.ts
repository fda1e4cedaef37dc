import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../lib/model';
import {
  STAGES,
  TEMPLATE_CLASSES,
  TemplateError,
  exampleContext,
  listTemplates,
  promissoryNote,
  recommendedTemplate,
  renderTemplate,
  templateContext,
  validateTemplate,
} from '../../../lib/templates';
import { TODAY, debtorOf, event, lateAtInstall, openInvoice, plan, record } from '../ledger/make';

const settings = (over: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(),
  sender: { name: 'Sam Carter', company: 'Carter Design', email: 'sam@carter.example', phone: '', address: '' },
  ...over,
});

describe('built-in templates', () => {
  it('cover every class × stage, each rendering a subject, HTML and text with nothing left unfilled', () => {
    const ids = listTemplates()
      .map((t) => t.id)
      .sort();
    expect(ids).toEqual(TEMPLATE_CLASSES.flatMap((c) => STAGES.map((s) => `${c}/${s}`)).sort());
    for (const t of listTemplates()) {
      expect(validateTemplate(t), t.id).toEqual([]);
      const r = renderTemplate(t.id, exampleContext());
      expect(r.subject.length, t.id).toBeGreaterThan(5);
      for (const out of [r.subject, r.html, r.text]) expect(out, t.id).not.toMatch(/\{\{|\}\}/);
      expect(r.text, t.id).toContain('Sam Carter');
      expect(r.html, t.id).toMatch(/^<p>/);
    }
  });

  it('speaks in the tone of the class', () => {
    const text = (id: string) => renderTemplate(id, exampleContext()).text;
    expect(text('unorganized/three-days')).toContain('slipped through the cracks');
    expect(text('going-out-of-business/three-days')).toContain('If cash is tight');
    expect(text('angry/three-days')).toContain('According to our records');
    expect(text('angry/certified-letter')).toContain('certified mail');
  });

  it('lists the invoices as an HTML list and plain lines', () => {
    const r = renderTemplate('unorganized/one-week', exampleContext());
    expect(r.html).toContain('<ul><li>INV-0042, due October 31, 2026: $1,200.00 (23 days late)</li><li>INV-0047');
    expect(r.text).toContain('- INV-0042, due October 31, 2026: $1,200.00 (23 days late)\n- INV-0047');
    expect(r.subject).toBe('Following up: $1,500.00 past due, the oldest by 23 days');
  });
});

describe('filling a template from a debtor', () => {
  const hostile = '<img src=x onerror=alert(1)>';

  it('never lets a customer name or invoice number into the HTML unescaped', () => {
    const view = debtorOf({
      invoices: [
        openInvoice('<script>alert("n")</script>', 10, { customer: hostile }),
        openInvoice('<b>soon</b>', -10, { customer: hostile }),
      ],
      records: [
        record({
          id: 'img src x onerror alert 1',
          name: hostile,
          contacts: [{ role: 'billing', name: `"><svg onload=alert(2)>` }],
        }),
      ],
    });
    const context = templateContext(view, { settings: settings(), today: TODAY });
    for (const t of listTemplates()) {
      const r = renderTemplate(t.id, context);
      expect(r.html, t.id).not.toContain('<img');
      expect(r.html, t.id).not.toContain('<script');
      expect(r.html, t.id).not.toContain('<svg');
    }
    const r = renderTemplate('unorganized/statement', context);
    expect(r.html).toContain('&lt;script&gt;alert(&quot;n&quot;)&lt;/script&gt;');
    expect(r.text).toContain('<script>alert("n")</script>');
  });

  it('formats amounts in the invoice currency and dates in the user locale, with days late', () => {
    const view = debtorOf({
      invoices: [
        openInvoice('RE-1', 12, { currency: 'EUR', balance: 1_234_50 }),
        openInvoice('RE-2', 2, { currency: 'CHF', balance: 99_00 }),
      ],
    });
    const context = templateContext(view, { settings: settings({ locale: 'de-DE' }), today: TODAY });
    expect(context.invoices[0]).toMatchObject({
      number: 'RE-1',
      balance: '1.234,50\u00a0€',
      daysLate: 12,
      due: '11. November 2026',
    });
    expect(context.total).toBe('1.234,50\u00a0€ + 99,00\u00a0CHF');
    expect(context.daysLate).toBe(12);
  });

  it('works out the late fee per the settings', () => {
    const view = debtorOf({ invoices: [openInvoice('INV-1', 40, { balance: 1_000_00 })] });
    const context = templateContext(view, {
      settings: settings({
        lateFee: { kind: 'percent-monthly', percentPerMonth: 1.5, graceDays: 0, wording: 'Late payment fee' },
      }),
      today: TODAY,
    });
    // 1.5% a month = 18% a year, simple by the day: $1,000 × 0.18 × 40 / 365 = $19.73 (lib/late-payment)
    expect(context.fee).toEqual({
      amount: '$19.73',
      wording: 'Late payment fee',
      basis: '1.5% a month for 40 days',
      totalWithFee: '$1,019.73',
    });
    const r = renderTemplate('unorganized/late-fee', context);
    expect(r.text).toContain('Late payment fee: $19.73 (1.5% a month for 40 days). New total: $1,019.73.');
    const none = renderTemplate('unorganized/late-fee', templateContext(view, { settings: settings(), today: TODAY }));
    expect(none.text).toContain('No fee is due on them yet.');
    expect(none.subject).toBe('Overdue invoices: $1,000.00');
  });

  it('offers the active plan, or three monthly parts, in the plan offer', () => {
    const view = debtorOf({ invoices: [openInvoice('INV-1', 40, { balance: 1_000_00 })] });
    const offer = renderTemplate(
      'going-out-of-business/payment-plan-offer',
      templateContext(view, { settings: settings(), today: TODAY }),
    );
    expect(offer.text).toContain(
      '- Payment 1: $333.33 by December 7, 2026\n- Payment 2: $333.33 by January 6, 2027\n- Payment 3: $333.34 by February 5, 2027',
    );
  });
});

describe('user-edited templates', () => {
  it('are used instead of the built-in once valid', () => {
    const custom = {
      'unorganized/three-days': {
        subject: 'Invoices for {{customer.name}}',
        body: 'Hello {{customer.contactName}}, {{total}} please.',
      },
    };
    const r = renderTemplate('unorganized/three-days', exampleContext(), custom);
    expect(r.subject).toBe('Invoices for Northwind Traders');
    expect(r.text).toBe('Hello Dana Reyes, $1,500.00 please.');
  });

  it('keep their own text as text: markup typed into a template is escaped, not rendered', () => {
    const custom = {
      'unorganized/three-days': {
        subject: 'Hi',
        body: 'Pay <b>now</b> & <img src=x onerror=alert(1)> {{customer.name}}',
      },
    };
    const r = renderTemplate('unorganized/three-days', exampleContext(), custom);
    expect(r.html).toBe('<p>Pay &lt;b&gt;now&lt;/b&gt; &amp; &lt;img src=x onerror=alert(1)&gt; Northwind Traders</p>');
    expect(r.text).toBe('Pay <b>now</b> & <img src=x onerror=alert(1)> Northwind Traders');
  });

  it('are refused with the unknown placeholders listed', () => {
    const custom = {
      'angry/one-week': {
        subject: 'About {{customer.nme}}',
        body: '{{#invoices}}{{number}} {{amount_due}}{{/invoices}} {{ceo.name}}',
      },
    };
    expect(() => renderTemplate('angry/one-week', exampleContext(), custom)).toThrow(TemplateError);
    expect(validateTemplate(custom['angry/one-week'])).toEqual([
      'unknown placeholder in the subject: {{customer.nme}}',
      'unknown placeholders in the body: {{amount_due}}, {{ceo.name}}',
    ]);
  });

  it('report broken sections and stray braces', () => {
    expect(validateTemplate({ subject: 'x', body: '{{#invoices}}{{number}}' })).toEqual([
      'body: {{#invoices}} is never closed',
    ]);
    expect(validateTemplate({ subject: '{{/fee}}', body: '{{ <b> }}' })).toEqual([
      'subject: {{/fee}} closes nothing',
      'body: “{{ <b> }}” is not a placeholder (use names like {{customer.name}})',
    ]);
  });
});

describe('recommendedTemplate', () => {
  it('follows the next action, else the lateness, in the tone of the class', () => {
    expect(recommendedTemplate(debtorOf({ invoices: [openInvoice('INV-1', 5)] }))).toBe('unorganized/three-days');
    expect(recommendedTemplate(debtorOf({ invoices: [openInvoice('INV-1', -10)] }))).toBe('unorganized/pre-due');
    expect(recommendedTemplate(debtorOf({ invoices: [openInvoice('INV-1', 10, { status: 'Disputed' })] }))).toBe(
      'angry/satisfaction-verification',
    );
    // Read first today: the 3-day email fell before Owed knew the invoice, the 1-week call is the step.
    const call = debtorOf({
      invoices: [lateAtInstall('INV-1', 20)],
      events: [event({ kind: 'note', text: 'talk of bankruptcy', date: '2026-11-01' })],
    });
    expect(call.next?.action).toBe('call');
    expect(recommendedTemplate(call)).toBe('going-out-of-business/one-week');
  });
});

describe('promissoryNote', () => {
  it('states who owes what, the instalments and the acceleration clause', () => {
    const p = plan({
      installments: [
        { due: '2026-12-01', amount: 500_00 },
        { due: '2027-01-01', amount: 250_00 },
      ],
    });
    const note = promissoryNote(p, { name: 'Northwind Traders' }, settings().sender);
    expect(note).toContain('Amount: $750.00');
    expect(note).toContain(
      'Northwind Traders ("the debtor") promises to pay Carter Design, Sam Carter ("the creditor")',
    );
    expect(note).toContain('  1. $500.00 on or before December 1, 2026\n  2. $250.00 on or before January 1, 2027');
    expect(note).toContain('the whole unpaid balance becomes due at once');
  });
});
