// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deskFixture, inv } from './desk-fixture';

afterEach(cleanup);

describe('What the owner records, from the debtor screen', () => {
  it('keeps a postal address for letters', async () => {
    const f = await deskFixture([inv('INV-1', 'Acme Corp', 50_000, '2026-11-10')]);
    f.render({ view: 'debtor', id: 'acme' });
    const form = await screen.findByRole('form', { name: 'Postal address' });
    fireEvent.change(within(form).getByLabelText('Postal address (for letters)'), {
      target: { value: '1 Main St\nSpringfield' },
    });
    fireEvent.submit(form);
    await screen.findByText('Address saved');
    expect((await f.client.ledger()).debtors[0]!.record?.address).toBe('1 Main St\nSpringfield');
  });

  it('marks a drafted email sent in one click, and only then does it count', async () => {
    const f = await deskFixture([inv('INV-1', 'Acme Corp', 50_000, '2026-11-19')]);
    await f.client.addEvent({
      debtorId: 'acme',
      kind: 'email',
      at: Date.parse('2026-11-22T10:00:00Z'),
      outcome: 'drafted',
      text: 'Reminder (saved as .eml draft)',
    });
    expect((await f.client.ledger()).debtors[0]!.next?.action).toBe('email');
    f.render({ view: 'debtor', id: 'acme' });
    fireEvent.click(await screen.findByRole('button', { name: /^Mark sent: Email of / }));
    await screen.findByText('Marked sent: it counts as a reminder now');
    await waitFor(async () => expect((await f.client.ledger()).debtors[0]!.next?.action).toBe('call'));
    expect((await f.client.ledger()).debtors[0]!.events.map((e) => e.outcome)).toEqual(['sent']);
  });

  it('logs an order delivered, and the satisfaction verification letter comes next for that invoice', async () => {
    const f = await deskFixture([
      inv('INV-7', 'Acme Corp', 80_000, '2026-12-15'),
      inv('INV-8', 'Acme Corp', 20_000, '2026-12-20'),
    ]);
    f.render({ view: 'debtor', id: 'acme' });
    const form = await screen.findByRole('form', { name: 'Add to the log' });
    fireEvent.change(within(form).getByLabelText('What'), { target: { value: 'note' } });
    fireEvent.change(within(form).getByLabelText('Outcome'), { target: { value: 'order-delivered' } });
    fireEvent.change(within(form).getByLabelText('Which invoice'), { target: { value: 'INV-7' } });
    fireEvent.submit(form);
    await screen.findByText('Note logged');
    const acme = (await f.client.ledger()).debtors[0]!;
    expect(acme.events).toMatchObject([{ kind: 'note', outcome: 'order-delivered', invoiceNumbers: ['INV-7'] }]);
    expect(acme.next).toMatchObject({
      action: 'satisfaction-check',
      date: '2026-11-23',
      template: 'unorganized/satisfaction-verification',
      invoiceNumbers: ['INV-7'],
    });
    // Today's letters, one click to the letter, which is the satisfaction verification.
    fireEvent.click(screen.getByRole('button', { name: 'Letter' }));
    const picker = (await screen.findByRole('combobox', { name: 'Letter' })) as HTMLSelectElement;
    expect(picker.value).toBe('unorganized/satisfaction-verification');
    expect(screen.getByTestId('letter-preview').textContent).toContain('INV-7');
    expect(screen.getByTestId('letter-preview').textContent).not.toContain('INV-8');
  });

  it('offers the credit policy email where Owed flags it, and the flag goes once it is acknowledged', async () => {
    const f = await deskFixture([inv('INV-1', 'Acme Corp', 50_000, '2026-12-15', { email: 'ap@acme.example' })]);
    const settings = (await f.client.ledger()).settings;
    await f.client.saveSettings({ ...settings, creditPolicy: 'Invoices are due 30 days from issue.' });
    expect((await f.client.ledger()).debtors[0]!.classification.flags.creditPolicy).toBeDefined();
    f.render({ view: 'debtor', id: 'acme' });
    expect((await screen.findByTestId('policy-due')).textContent).toContain('has not acknowledged your credit policy');
    fireEvent.click(screen.getByRole('button', { name: 'Draft the credit policy email' }));
    const picker = (await screen.findByRole('combobox', { name: 'Template' })) as HTMLSelectElement;
    expect(picker.value).toBe('unorganized/credit-policy');
    expect(screen.getByTitle('Preview').getAttribute('srcdoc')).toContain('Invoices are due 30 days from issue.');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as rich text' }));
    await screen.findByText('Copied, and logged');
    expect((await f.client.ledger()).debtors[0]!.events).toMatchObject([
      { kind: 'email', outcome: 'drafted', template: 'unorganized/credit-policy' },
    ]);
    // They signed it: recorded on the card, and Owed no longer asks for it.
    fireEvent.click(screen.getByRole('button', { name: /Acme Corp$/ }));
    fireEvent.change(await screen.findByLabelText('Acknowledged on'), { target: { value: '2026-11-23' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await f.client.ledger()).debtors[0]!.classification.flags.creditPolicy).toBeUndefined(),
    );
    await waitFor(() => expect(screen.queryByTestId('policy-due')).toBeNull());
  });

  it('takes a debtor to court with its date: out of Today, the court date next', async () => {
    const f = await deskFixture([inv('INV-1', 'Acme Corp', 500_000, '2026-08-01')]);
    f.render({ view: 'debtor', id: 'acme', panel: 'escalate' });
    fireEvent.change(await screen.findByLabelText(/Court date or the agency/), { target: { value: '2027-01-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Choose court' }));
    await screen.findByText('Decision logged: Court');
    const acme = (await f.client.ledger()).debtors[0]!;
    expect(acme.recovery).toMatchObject({ state: 'court', nextOn: '2027-01-15' });
    expect(acme.next).toMatchObject({ action: 'court-date', date: '2027-01-15', isCall: false });
    expect(acme.dueForCallToday).toBe(false);
  });
});
