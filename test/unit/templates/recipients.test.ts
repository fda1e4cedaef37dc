import { describe, expect, it } from 'vitest';
import { recipientsFor } from '../../../lib/templates';
import { debtorOf, openInvoice, record } from '../ledger/make';

const contacts = [
  { role: 'billing' as const, name: 'Ann', email: 'AP@Acme.example' },
  { role: 'decision-maker' as const, name: 'Dan', email: 'dan@acme.example', cc: true },
  { role: 'senior-leadership' as const, name: 'Cleo', email: 'ceo@acme.example' },
  { role: 'other' as const, name: 'Bob', email: 'ap@acme.example', cc: true },
];

describe('recipientsFor: one email to all the right people', () => {
  it('the billing contact in To, the chosen contacts in CC, once each, never the To again', () => {
    const view = debtorOf({ invoices: [openInvoice('INV-1', 5)], records: [record({ contacts })] });
    expect(recipientsFor(view, 'unorganized/three-days')).toEqual({
      to: ['ap@acme.example'],
      cc: ['dan@acme.example'],
    });
  });

  it('senior leadership joins the CC when the draft escalates or the debtor is angry', () => {
    const view = debtorOf({ invoices: [openInvoice('INV-1', 5)], records: [record({ contacts })] });
    expect(recipientsFor(view, 'unorganized/final-notice').cc).toEqual(['dan@acme.example', 'ceo@acme.example']);
    const angry = debtorOf({
      invoices: [openInvoice('INV-1', 5)],
      records: [record({ contacts, override: { class: 'angry', at: 0 } })],
    });
    expect(recipientsFor(angry, 'angry/three-days').cc).toContain('ceo@acme.example');
  });

  it('the address being replied to wins for To; no address at all leaves To empty', () => {
    const view = debtorOf({ invoices: [openInvoice('INV-1', 5)], records: [record({ contacts })] });
    expect(recipientsFor(view, '', 'Pay <pay@acme.example>').to).toEqual(['pay@acme.example']);
    const bare = debtorOf({ invoices: [openInvoice('INV-1', 5)] });
    expect(recipientsFor(bare)).toEqual({ to: [], cc: [] });
  });

  it('a contact added only to be copied does not take the billing address the invoices show', () => {
    const view = debtorOf({
      invoices: [openInvoice('INV-1', 5, { email: 'pay@acme.example' })],
      records: [
        record({ contacts: [{ role: 'senior-leadership', name: 'Dana', email: 'dana@acme.example', cc: true }] }),
      ],
    });
    expect(recipientsFor(view, 'unorganized/three-days')).toEqual({
      to: ['pay@acme.example'],
      cc: ['dana@acme.example'],
    });
  });
});
