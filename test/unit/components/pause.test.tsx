// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deskFixture, inv } from './desk-fixture';

afterEach(cleanup);

describe('Pause one invoice from the detail', () => {
  it('the paused invoice leaves the cadence; the other keeps its own', async () => {
    const f = await deskFixture([
      inv('OLD-1', 'Acme Corp', 50_000, '2026-10-01'),
      inv('NEW-1', 'Acme Corp', 20_000, '2026-11-19'),
    ]);
    f.render({ view: 'debtor', id: 'acme' });
    // 53 days late: the final notice is next.
    await screen.findByRole('heading', { name: /^Next: .*final notice/i });
    fireEvent.click(screen.getByRole('button', { name: 'Pause OLD-1' }));
    const form = screen.getByRole('form', { name: 'Pause OLD-1' });
    fireEvent.change(within(form).getByLabelText('Reason'), { target: { value: 'waiting for a credit note' } });
    fireEvent.submit(form);
    // NEW-1, 4 days late, is on its own cadence: the reminder email at 3 days.
    await waitFor(() => expect(screen.getByRole('heading', { name: /^Next: / }).textContent).toMatch(/email/i));
    expect(screen.getByText(/NEW-1 is 4 days late/)).toBeTruthy();
    const acme = (await f.client.ledger()).debtors.find((d) => d.id === 'acme')!;
    expect(acme.openInvoices.map((i) => i.number)).toEqual(['OLD-1', 'NEW-1']);
    expect(acme.holds?.[0]).toMatchObject({ kind: 'hold', reason: 'waiting for a credit note' });
  });
});
