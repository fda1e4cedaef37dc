// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deskFixture, inv } from './desk-fixture';

afterEach(cleanup);

describe('When will they pay', () => {
  it('shows each open invoice’s predicted date with its basis in the debtor detail', async () => {
    const f = await deskFixture([
      // Acme paid two earlier invoices 12 days late.
      inv('OLD-1', 'Acme Corp', 0, '2026-09-01', { total: 10_000, paidOn: '2026-09-13' }),
      inv('OLD-2', 'Acme Corp', 0, '2026-10-01', { total: 10_000, paidOn: '2026-10-13' }),
      inv('INV-9', 'Acme Corp', 50_000, '2026-12-01'),
    ]);
    f.render({ view: 'debtor', id: 'acme' });
    const table = await screen.findByRole('table', { name: 'Predicted payment dates' });
    const row = within(table).getByRole('row', { name: /INV-9/ });
    expect(row.textContent).toContain('12/13/26');
    expect(row.textContent).toMatch(/paid 2 invoices 12 days late/);
  });

  it('shows the cash-in forecast for the next 4, 8 and 12 weeks on the health view', async () => {
    const f = await deskFixture([
      inv('A-1', 'Acme Corp', 50_000, '2026-12-01'),
      inv('B-1', 'Beta Ltd', 20_000, '2027-01-10'),
    ]);
    f.render({ view: 'today' });
    fireEvent.click(await screen.findByRole('button', { name: 'Ledger health' }));
    expect((await screen.findByTestId('forecast-4')).textContent).toBe('$500.00');
    expect(screen.getByTestId('forecast-8').textContent).toBe('$700.00');
    expect(screen.getByTestId('forecast-12').textContent).toBe('$700.00');
  });
});
