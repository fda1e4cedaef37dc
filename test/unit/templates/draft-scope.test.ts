import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../lib/model';
import { checkDraftClaims, composeDraft, draftFacts, TemplateError } from '../../../lib/templates';
import { TODAY, debtorOf, event, openInvoice, record } from '../ledger/make';

const settings: Settings = {
  ...defaultSettings(),
  sender: { name: 'Sam Carter', company: 'Carter Design', email: 'sam@carter.example', phone: '', address: '' },
};
const contacts = [record({ contacts: [{ role: 'billing', email: 'ap@acme.example' }] })];

describe('a draft about the invoices its step is about', () => {
  it('"never received" the only invoice: the statement for it is attached, and every claim holds', () => {
    const view = debtorOf({
      invoices: [openInvoice('INV-1', 10)],
      events: [event({ kind: 'call', date: '2026-11-20', outcome: 'never-received', invoiceNumbers: ['INV-1'] })],
      records: contacts,
      settings,
    });
    // The dispute holds INV-1, so without its scope nothing is overdue; the step names it.
    expect(view.next).toMatchObject({ action: 'resolve-dispute', invoiceNumbers: ['INV-1'] });
    const about = { invoiceNumbers: view.next!.invoiceNumbers! };
    const d = composeDraft(view, view.next!.template!, { settings, today: TODAY, attach: true, ...about });
    expect(d.attachments.map((a) => a.kind)).toEqual(['statement']);
    expect(d.attachments[0]!.content).toContain('INV-1');
    expect(d.text).toContain('attached');
    expect(d.invoiceNumbers).toEqual(['INV-1']);
    expect(checkDraftClaims(d, draftFacts(view, { settings, today: TODAY, ...about }))).toEqual([]);
  });

  it('a statement for an invoice not yet due is refused in words, with or without the file', () => {
    const view = debtorOf({
      invoices: [openInvoice('INV-1', -10)],
      events: [event({ kind: 'call', date: '2026-11-20', outcome: 'never-received', invoiceNumbers: ['INV-1'] })],
      records: contacts,
      settings,
    });
    for (const attach of [true, false]) {
      const compose = () =>
        composeDraft(view, 'angry/statement', { settings, today: TODAY, attach, invoiceNumbers: ['INV-1'] });
      expect(compose, String(attach)).toThrow(TemplateError);
      expect(compose, String(attach)).toThrow(/Nothing of Acme Corp's is overdue/);
    }
  });
});
