// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deskFixture, inv, NOW } from './desk-fixture';

afterEach(cleanup);
const DAY = 86_400_000;

describe('Call mode', () => {
  it('shows the script, and a promise saved in one step sets the next call for the day after the promised date', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'acme', panel: 'call' });
    const script = await screen.findByRole('list', { name: 'Phone script' });
    expect(within(script).getAllByRole('listitem').length).toBeGreaterThanOrEqual(4);
    expect(script.textContent).toContain('invoice INV-1 for $1,250.00');
    expect(screen.getByTestId('calls-today').textContent).toBe('1');

    fireEvent.click(screen.getByRole('button', { name: 'Promised to pay on…' }));
    fireEvent.change(screen.getByLabelText('Promised to pay by'), { target: { value: '2026-11-27' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save promise' }));
    await waitFor(() => expect(screen.getByTestId('calls-today').textContent).toBe('0'));
    expect(screen.getByText('Promise logged: pay by Nov 27, 2026').getAttribute('role')).toBe('status');
    expect(screen.getByTestId('call-next').querySelector('time')!.getAttribute('datetime')).toBe('2026-11-28');

    // Days later, unpaid: the call is due again.
    f.setNow(NOW + 5 * DAY);
    await f.client.saveSettings(await f.client.settings()); // any write makes open views refresh
    await waitFor(() => expect(screen.getByTestId('call-next').textContent).toMatch(/Call: promise broken/));
    const later = await f.client.ledger();
    expect(later.debtors.find((d) => d.id === 'acme')!.dueForCallToday).toBe(true);
    // Brightside has reached a week late meanwhile: both calls count.
    expect(later.dueForCallToday).toBe(2);
    expect(screen.getByTestId('calls-today').textContent).toBe('2');
  });

  it('refuses a promised date in the past', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'acme', panel: 'call' });
    fireEvent.click(await screen.findByRole('button', { name: 'Promised to pay on…' }));
    fireEvent.change(screen.getByLabelText('Promised to pay by'), { target: { value: '2026-11-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save promise' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/today or later/);
    expect((await f.client.ledger()).debtors.find((d) => d.id === 'acme')!.events).toHaveLength(0);
  });

  it('logs no answer, a dispute, and requests for a copy or a plan, each in one step', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'acme', panel: 'call' });
    fireEvent.click(await screen.findByRole('button', { name: 'No answer' }));
    await screen.findByText('No answer logged');
    fireEvent.click(screen.getByRole('button', { name: 'Asked for invoice copy' }));
    await screen.findByText('Logged: asked for a copy');
    fireEvent.click(screen.getByRole('button', { name: 'Disputes…' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'What they dispute' }), {
      target: { value: 'Says pallets arrived damaged' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save dispute' }));
    await screen.findByText('Dispute logged: INV-1');
    fireEvent.click(screen.getByRole('button', { name: 'Asked for a plan' }));
    // Asking for a plan opens the plan panel.
    expect(await screen.findByRole('heading', { name: 'Payment plan' })).toBeTruthy();

    const acme = (await f.client.ledger()).debtors.find((d) => d.id === 'acme')!;
    expect(acme.events.map((e) => [e.kind, e.outcome]).sort()).toEqual([
      ['call', 'asked-copy'],
      ['call', 'asked-plan'],
      ['call', 'disputes'],
      ['call', 'no-answer'],
    ]);
    const dispute = acme.events.find((e) => e.outcome === 'disputes')!;
    expect(dispute.text).toContain('Says pallets arrived damaged');
    expect(dispute.invoiceNumbers).toEqual(['INV-1']);
    // A dispute comes first: the next action is to resolve it, not to call.
    expect(acme.next?.action).toBe('resolve-dispute');
  });
});

describe('Phone script', () => {
  it('records the answers as one call, with the promise, and stops at an answer that ends the call', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'acme', panel: 'call' });
    const form = await screen.findByRole('form', { name: 'Phone script answers' });
    fireEvent.click(within(form).getByRole('radio', { name: 'No answer' }));
    // Nobody picked up: the other questions are not asked.
    expect(within(screen.getByRole('list', { name: 'Phone script' })).getAllByRole('listitem')).toHaveLength(1);
    fireEvent.click(within(form).getByRole('radio', { name: 'Spoke to them' }));
    fireEvent.click(within(form).getByRole('radio', { name: 'Says they never received it' }));
    fireEvent.click(within(form).getByRole('radio', { name: 'Promised a date' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save the call' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/promised date/);
    fireEvent.change(screen.getByLabelText('Promised date'), { target: { value: '2026-12-04' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the call' }));
    await screen.findByText('Call saved to the log');
    const acme = (await f.client.ledger()).debtors.find((d) => d.id === 'acme')!;
    expect(acme.events).toHaveLength(1);
    expect(acme.events[0]).toMatchObject({ kind: 'call', promise: { date: '2026-12-04' } });
    expect(acme.events[0]!.text).toMatch(/never received/);
  });
});

describe('Call mode with a paused invoice', () => {
  it('asks payment only for invoices not on hold, says which are paused, and logs the call against the others', async () => {
    const f = await deskFixture([
      inv('INV-7', 'Acme Corp', 300_000, '2026-10-20'),
      inv('INV-8', 'Acme Corp', 45_000, '2026-11-10'),
    ]);
    const invoice = (await f.client.ledger()).debtors[0]!.openInvoices.find((i) => i.number === 'INV-7')!;
    await f.client.saveHold({
      invoiceId: invoice.id,
      debtorId: 'acme',
      kind: 'dispute',
      reason: 'quantity',
      until: '2026-12-12',
      at: NOW,
    });
    f.render({ view: 'debtor', id: 'acme', panel: 'call' });
    const script = await screen.findByRole('list', { name: 'Phone script' });
    expect(script.textContent).toContain('I am calling about invoice INV-8 for $450.00.');
    expect(script.textContent).not.toContain('INV-7');
    const paused = screen.getByRole('list', { name: 'Paused: do not ask payment for these.' });
    expect(paused.textContent).toBe('INV-7 is on hold until Dec 12, 2026: dispute about quantity.');
    expect(screen.getByText(/^Owes/).textContent).toBe('Owes $450.00 on INV-8, 13 days late; INV-7 paused.');

    fireEvent.click(screen.getByRole('button', { name: 'No answer' }));
    await screen.findByText('No answer logged');
    const events = (await f.client.ledger()).debtors[0]!.events;
    expect(events[0]).toMatchObject({ kind: 'call', outcome: 'no-answer', invoiceNumbers: ['INV-8'] });
  });
});
