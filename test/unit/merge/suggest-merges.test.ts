import { describe, expect, it } from 'vitest';
import { mergeNameKey, suggestMerges } from '../../../lib/merge';
import { ledgerOf, openInvoice, paidInvoice, record } from '../ledger/make';

describe('suggestMerges: one debtor across apps', () => {
  it('the same name once normalized, from two apps', () => {
    expect(mergeNameKey('The Acme-Widgets Co.')).toBe(mergeNameKey('ACME WIDGETS'));
    const { debtors } = ledgerOf({
      invoices: [
        openInvoice('A-1', 5, { customer: 'The Acme-Widgets Co.', source: 'https://one.example' }),
        openInvoice('A-2', 5, { customer: 'The Acme-Widgets Co.', source: 'https://one.example' }),
        openInvoice('B-1', 5, { customer: 'ACME WIDGETS', source: 'csv:export.csv' }),
        openInvoice('C-1', 5, { customer: 'Other Ltd' }),
      ],
    });
    const [s, ...rest] = suggestMerges(debtors);
    expect(rest).toEqual([]);
    // The debtor with more invoices is kept.
    expect(s).toMatchObject({ targetId: 'the acme widgets', sourceId: 'acme widgets', bases: ['name'] });
    expect(s!.reason).toMatch(/same name/);
  });

  it('the same billing email, or the same company domain; never a free-mail domain', () => {
    const { debtors } = ledgerOf({
      invoices: [
        openInvoice('A-1', 5, { customer: 'Globex', email: 'AP@globex.example' }),
        openInvoice('B-1', 5, { customer: 'Globex Europe', email: 'ap@globex.example' }),
        openInvoice('C-1', 5, { customer: 'Globex Asia', email: 'finance@globex.example' }),
        openInvoice('D-1', 5, { customer: 'Jane Doe Design', email: 'jane@gmail.com' }),
        openInvoice('E-1', 5, { customer: 'Bob Plumbing', email: 'bob@gmail.com' }),
      ],
    });
    const suggestions = suggestMerges(debtors);
    const pairs = suggestions.map((s) => [s.targetId, s.sourceId].sort().join(' + '));
    expect(pairs).toEqual(['globex + globex europe', 'globex + globex asia', 'globex asia + globex europe']);
    expect(suggestions[0]!.bases).toEqual(['email', 'domain']);
    expect(suggestions[0]!.reason).toContain('same email address ap@globex.example');
    expect(suggestions[1]!.reason).toBe('same company email domain globex.example');
  });

  it('the user’s own domain and dismissed pairs are not suggested', () => {
    const { debtors } = ledgerOf({
      invoices: [
        openInvoice('A-1', 5, { customer: 'Initech', email: 'me@mybiz.example' }),
        openInvoice('B-1', 5, { customer: 'Hooli', email: 'me2@mybiz.example' }),
        paidInvoice('C-1', '2026-09-01', 0, { customer: 'Initech Inc' }),
      ],
    });
    expect(suggestMerges(debtors, { ownAddresses: ['me@mybiz.example'] })).toEqual([]);
    expect(suggestMerges(debtors)).toHaveLength(1);
    expect(suggestMerges(debtors, { dismissed: new Set(['initech|hooli']) })).toEqual([]);
  });

  it('a record merged into another is not listed as its own debtor', () => {
    const { debtors } = ledgerOf({
      invoices: [openInvoice('A-1', 5, { customer: 'Acme Corp' }), openInvoice('B-1', 5, { customer: 'Acme Europe' })],
      records: [record({ id: 'acme europe', name: 'Acme Europe', mergedInto: 'acme' })],
    });
    expect(debtors.map((d) => d.id)).toEqual(['acme']);
    expect(debtors[0]!.openInvoices.map((i) => i.number)).toEqual(['A-1', 'B-1']);
  });
});
