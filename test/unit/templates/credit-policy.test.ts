import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../lib/model';
import { checkDraftClaims, composeDraft, draftFacts, TemplateError } from '../../../lib/templates';
import { TODAY, debtorOf, openInvoice, record } from '../ledger/make';

const settings = (creditPolicy: string): Settings => ({
  ...defaultSettings(),
  sender: { name: 'Sam Carter', company: 'Carter Design', email: 'sam@carter.example', phone: '', address: '' },
  payment: { details: 'IBAN NL00 BANK 0123 4567 89', link: '' },
  creditPolicy,
});

describe('the credit policy email', () => {
  const view = debtorOf({
    invoices: [openInvoice('INV-1', -20)],
    records: [record({ contacts: [{ role: 'billing', name: 'Ann', email: 'ap@acme.example' }] })],
  });

  it('is drafted for a customer with nothing overdue: it is about the terms, and claims nothing else', () => {
    const s = settings('Invoices are due 30 days from issue.');
    const d = composeDraft(view, 'unorganized/credit-policy', { settings: s, today: TODAY, attach: false });
    expect(d.text).toContain('Invoices are due 30 days from issue.');
    expect(d.to).toEqual(['ap@acme.example']);
    expect(d.text).not.toMatch(/overdue|late|INV-1/);
    expect(checkDraftClaims(d, draftFacts(view, { settings: s, today: TODAY }))).toEqual([]);
  });

  it('is refused in words while no policy is written', () => {
    const compose = () =>
      composeDraft(view, 'unorganized/credit-policy', { settings: settings(' '), today: TODAY, attach: false });
    expect(compose).toThrow(TemplateError);
    expect(compose).toThrow("No credit policy to send: write yours in Owed's settings first.");
  });
});
