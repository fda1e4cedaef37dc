// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { windowFor, WINDOW_THRESHOLD } from '../../../components/sidebar/use-window';
import { lateText, ROW_HEIGHT } from '../../../components/sidebar/DebtorRow';
import { deskFixture, inv, SOURCE } from './desk-fixture';

afterEach(cleanup);

const names = () =>
  within(screen.getByRole('list', { name: 'Debtors' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.debtor-name')!.textContent);

describe('Debtors by class', () => {
  it('shows each debtor with balance, days late, class and reason, next action and date', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtors' });
    const list = await screen.findByRole('list', { name: 'Debtors' });
    const acme = within(list).getByText('Acme Corp').closest('li')!;
    expect(acme.textContent).toContain('$1,250.00');
    expect(acme.textContent).toContain('13 days late');
    expect(acme.textContent).toContain('Unorganized');
    expect(acme.textContent).toContain('only 13 days late on INV-1');
    expect(acme.textContent).toMatch(/Call · Nov 17, 2026 · due today/);
    // Calls due today first, then most days late; Delta owes but is not late.
    expect(names()).toEqual(['Acme Corp', 'Cobalt Inc', 'Brightside Ltd', 'Delta & Sons']);
  });

  it('filters by class, searches by name or invoice number, and sorts', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtors' });
    await screen.findByRole('list', { name: 'Debtors' });
    fireEvent.click(screen.getByRole('button', { name: /In good standing/ }));
    expect(names()).toEqual(['Delta & Sons']);
    fireEvent.click(screen.getByRole('button', { name: /All who owe/ }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search debtors' }), { target: { value: 'inv-3' } });
    expect(names()).toEqual(['Cobalt Inc']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search debtors' }), { target: { value: 'BRIGHT' } });
    expect(names()).toEqual(['Brightside Ltd']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search debtors' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort' }), { target: { value: 'name' } });
    expect(names()).toEqual(['Acme Corp', 'Brightside Ltd', 'Cobalt Inc', 'Delta & Sons']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort' }), { target: { value: 'balance' } });
    expect(names()).toEqual(['Acme Corp', 'Cobalt Inc', 'Brightside Ltd', 'Delta & Sons']);
  });

  it('shows the confirmed balance and the totals that may be part-paid apart, until a customer balance settles them', async () => {
    const f = await deskFixture([
      inv('INV-1', 'Acme Corp', 300_00, '2026-11-01'),
      inv('INV-2', 'Acme Corp', 500_00, '2026-11-05', { balanceFromTotal: true }),
      inv('INV-3', 'Brightside Ltd', 200_00, '2026-11-05', { balanceFromTotal: true }),
    ]);
    f.render({ view: 'debtors' });
    const list = await screen.findByRole('list', { name: 'Debtors' });
    const row = (name: string) => within(list).getByText(name).closest('li')!;
    const shown = (name: string) => ({
      confirmed: row(name).querySelector<HTMLElement>('.debtor-balance')!.textContent,
      unconfirmed: row(name).querySelector<HTMLElement>('.debtor-unconfirmed-amount')?.textContent.trim(),
    });
    expect(shown('Acme Corp')).toEqual({
      confirmed: '$300.00',
      unconfirmed: '+ $500.00 total shown, part-payment possible',
    });
    // Nothing confirmed, still owing: listed among those who owe.
    expect(shown('Brightside Ltd')).toEqual({
      confirmed: '$0.00',
      unconfirmed: '+ $200.00 total shown, part-payment possible',
    });
    fireEvent.click(screen.getByRole('button', { name: /All who owe/ }));
    expect(names()).toContain('Brightside Ltd');
    // The app's customers list says Acme owes $720: INV-2 was part-paid, $420 is left of it.
    await act(() =>
      f.client.pageRead({
        source: SOURCE,
        url: `${SOURCE}/customers`,
        invoices: [],
        balances: [{ customer: 'Acme Corp', balance: 720_00, currency: 'USD', from: 'customers' }],
      }),
    );
    await waitFor(() => expect(shown('Acme Corp')).toEqual({ confirmed: '$720.00', unconfirmed: undefined }));
    expect(shown('Brightside Ltd').unconfirmed).toBe('+ $200.00 total shown, part-payment possible');
  });

  it('opens the detail from a row', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtors' });
    fireEvent.click(await screen.findByRole('button', { name: 'Cobalt Inc' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Cobalt Inc' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Open invoices' }).textContent).toContain('INV-3');
  });

  it('keeps only a window of 5,000 debtors in the DOM, and scrolling moves the window', async () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      inv(`N-${i}`, `Customer ${String(i).padStart(4, '0')}`, 1000 + i, '2026-11-01'),
    );
    const f = await deskFixture(many);
    f.render({ view: 'debtors' });
    const list = await screen.findByRole('list', { name: 'Debtors' }, { timeout: 10_000 });
    expect(screen.getByText('5000 debtors')).toBeTruthy();
    const rendered = within(list).getAllByRole('listitem');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(40);
    // Sorted by balance then: the largest first.
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort' }), { target: { value: 'balance' } });
    expect(names()[0]).toBe('Customer 4999');
    const scroller = screen.getByTestId('debtor-scroller');
    await act(async () => {
      scroller.scrollTop = ROW_HEIGHT * 2500;
      scroller.dispatchEvent(new Event('scroll'));
    });
    expect(names()).toContain('Customer 2499');
    expect(names()).not.toContain('Customer 4999');
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(40);
  }, 30_000);
});

describe('windowFor', () => {
  it('renders short lists whole and long ones as the rows in view plus overscan, padding the rest', () => {
    expect(windowFor(WINDOW_THRESHOLD, 100, 5000, 500, 5)).toEqual({
      start: 0,
      end: WINDOW_THRESHOLD,
      padTop: 0,
      padBottom: 0,
    });
    const w = windowFor(5000, 100, 10_000, 500, 5);
    expect(w).toEqual({ start: 95, end: 110, padTop: 9500, padBottom: (5000 - 110) * 100 });
    expect(windowFor(5000, 100, 10_000_000, 500, 5).end).toBe(5000);
    expect(windowFor(5000, 100, -50, 500, 5).start).toBe(0);
  });
});

describe('how late a debtor is', () => {
  it('says a known number plainly, and as a lower bound when another overdue date is unknown', () => {
    expect(lateText(1, false)).toBe('1 day late');
    expect(lateText(15, false)).toBe('15 days late');
    expect(lateText(15, true)).toBe('15+ days late · another overdue invoice, due date unknown');
    expect(lateText(0, true)).toBe('Overdue, due date unknown');
    expect(lateText(0, false)).toBe('Not late');
  });
});
