import { describe, expect, it } from 'vitest';
import { defaultSettings, type Invoice, type Settings } from '../../../lib/model';
import {
  TemplateError,
  checkDraftClaims,
  composeDraft,
  draftFacts,
  listTemplates,
  type ComposedDraft,
} from '../../../lib/templates';
import { TODAY, debtorOf, openInvoice, record } from '../ledger/make';

const settings: Settings = {
  ...defaultSettings(),
  sender: { name: 'Sam Carter', company: 'Carter Design', email: 'sam@carter.example', phone: '', address: '' },
};

const viewOf = (invoices: Invoice[]) =>
  debtorOf({
    invoices,
    events: [],
    plans: [],
    records: [record({ contacts: [{ role: 'billing', email: 'ap@acme.example' }] })],
  });

/** $500 overdue and confirmed; INV-7 overdue, its list showing only the $1,200 total. */
const ledger = [
  openInvoice('INV-1', 40, { balance: 500_00 }),
  openInvoice('INV-7', 20, { balance: 1_200_00, total: 1_200_00, balanceFromTotal: true }),
];

const draft = (invoices: Invoice[], id: string) => {
  const view = viewOf(invoices);
  const d = composeDraft(view, id, { settings, today: TODAY, attach: false });
  return { d, view, claims: checkDraftClaims(d, draftFacts(view, { settings, today: TODAY })) };
};

describe('an overdue invoice whose balance is not confirmed', () => {
  it('reaches the debtor view marked', () => {
    const view = viewOf(ledger);
    expect(view.openInvoices.find((i) => i.number === 'INV-7')?.balanceFromTotal).toBe(true);
    expect(view.openInvoices.find((i) => i.number === 'INV-1')?.balanceFromTotal).toBeUndefined();
  });

  it('is never counted in what a reminder says is owed, and is named with its total and part-payments', () => {
    const overdueIds = listTemplates()
      .map((t) => t.id)
      .filter((id) => !/pre-due|satisfaction|credit-policy/.test(id));
    expect(overdueIds.length).toBeGreaterThan(10);
    for (const id of overdueIds) {
      const { d, claims } = draft(ledger, id);
      expect(claims, id).toEqual([]);
      const all = `${d.subject}\n${d.text}`;
      // $1,700.00 would count INV-7's total as owed.
      expect(all, id).not.toContain('$1,700.00');
      for (const line of all.split('\n').filter((l) => l.includes('INV-7') || l.includes('$1,200.00')))
        expect(line, id).toMatch(/invoice total \$1,200\.00, less any part-payment you have made/);
    }
  });

  it('leaves the final notice threatening over the confirmed $500 only', () => {
    for (const cls of ['unorganized', 'going-out-of-business', 'angry']) {
      const { d, claims } = draft(ledger, `${cls}/final-notice`);
      expect(claims, cls).toEqual([]);
      expect(d.subject).toContain('$500.00');
      const threat = d.text.split('\n\n').find((p) => /collection/.test(p))!;
      expect(threat, cls).toContain('$500.00');
      expect(threat, cls).not.toMatch(/INV-7|\$1,200/);
      expect(d.text).toContain(
        '- INV-7, due November 3, 2026: invoice total $1,200.00, less any part-payment you have made',
      );
    }
  });

  it('bases the late fee and the payment plan on the confirmed balance alone', () => {
    const feeSettings: Settings = {
      ...settings,
      lateFee: { kind: 'flat', flat: 50_00, graceDays: 0, wording: 'Late payment fee' },
    };
    const view = viewOf(ledger);
    const plan = composeDraft(view, 'unorganized/payment-plan-offer', { settings, today: TODAY, attach: false });
    expect(plan.text).toContain('$500.00');
    expect(plan.text).not.toContain('$1,700.00');
    const fee = composeDraft(view, 'unorganized/late-fee', { settings: feeSettings, today: TODAY, attach: false });
    expect(checkDraftClaims(fee, draftFacts(view, { settings: feeSettings, today: TODAY }))).toEqual([]);
    // A $50 fee on the confirmed invoice; none on INV-7's total.
    expect(fee.text).toContain('Late payment fee: $50.00');
    expect(fee.text).not.toMatch(/\$100\.00|\$1,700\.00|\$1,750\.00/);
  });

  it('with nothing confirmed, asks the owner to open the invoice in the app rather than drafting', () => {
    const only = [openInvoice('INV-7', 20, { balance: 1_200_00, balanceFromTotal: true })];
    expect(() => draft(only, 'unorganized/final-notice')).toThrow(TemplateError);
    expect(() => draft(only, 'unorganized/final-notice')).toThrow(/open INV-7 in your invoicing app/);
  });

  it('the checker catches a draft that states the total as owed (the old behaviour)', () => {
    const view = viewOf(ledger);
    const facts = draftFacts(view, { settings, today: TODAY });
    expect(facts.overdueTotal).toBe('$500.00');
    expect(facts.unconfirmed).toEqual([{ number: 'INV-7', total: '$1,200.00' }]);
    const old: ComposedDraft = {
      ...composeDraft(view, 'unorganized/final-notice', { settings, today: TODAY, attach: false }),
      subject: 'Final notice: $1,700.00 overdue',
      text: [
        'This is our final notice about the overdue balance of $1,700.00:',
        '- INV-1, due October 14, 2026: $500.00 (40 days late)\n- INV-7, due November 3, 2026: $1,200.00 (20 days late)',
        'Unless we receive payment of $1,700.00 within 7 days, we will refer the debt to a collection agency.',
      ].join('\n\n'),
    };
    const claims = checkDraftClaims(old, facts);
    expect(claims.filter((c) => c.rule === 'unconfirmed').map((c) => c.said)).toEqual([
      'Final notice: $1,700.00 overdue',
      'This is our final notice about the overdue balance of $1,700.00:',
      '- INV-7, due November 3, 2026: $1,200.00 (20 days late)',
      'Unless we receive payment of $1,700.00 within 7 days, we will refer the debt to a collection agency.',
    ]);
    // Named honestly, the same total passes.
    const honest = {
      ...old,
      subject: 'Final notice: $500.00 overdue',
      text: old.text
        .replace(/\$1,700\.00/g, '$500.00')
        .replace('$1,200.00 (20 days late)', 'invoice total $1,200.00, less any part-payment you have made'),
    };
    expect(checkDraftClaims(honest, facts).filter((c) => c.rule === 'unconfirmed')).toEqual([]);
  });
});
