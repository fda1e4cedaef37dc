// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deskFixture } from './desk-fixture';

afterEach(cleanup);

const section = () => screen.getByRole('region', { name: 'Follow-up system' });
const steps = () => within(section()).getByRole('list', { name: 'Follow-up steps' });
const acme = async (f: Awaited<ReturnType<typeof deskFixture>>) =>
  (await f.client.ledger()).debtors.find((d) => d.id === 'acme')!;

describe('Per-debtor follow-up system', () => {
  it('says which system applies, gives the debtor its own steps, and goes back to the default', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'acme' });
    await screen.findByRole('region', { name: 'Follow-up system' });
    expect(screen.getByTestId('cadence-source').textContent).toBe('Follows the default steps (Owed settings).');
    // INV-1 due Nov 10: the default call at 7 days falls on Nov 17.
    expect(steps().textContent).toContain('Nov 17, 2026: 1 week late: phone call (now)');

    fireEvent.click(within(section()).getByRole('button', { name: 'Give it its own steps' }));
    const form = within(section()).getByRole('form', { name: 'Its own follow-up steps' });
    expect(document.activeElement).toBe(within(form).getByRole('spinbutton', { name: 'Step 1: days from due' }));
    fireEvent.change(within(form).getByRole('spinbutton', { name: 'Step 3: days from due' }), {
      target: { value: '12' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Remove step 5' }));
    fireEvent.submit(form);
    await waitFor(() => expect(screen.getByTestId('cadence-source').textContent).toBe('Follows its own steps.'));
    expect(document.activeElement).toBe(within(section()).getByRole('button', { name: 'Edit its steps' }));
    expect((await acme(f)).record!.cadence!.map((s) => [s.offsetDays, s.action])).toEqual([
      [-3, 'reminder'],
      [3, 'email'],
      [12, 'call'],
      [30, 'escalate'],
    ]);
    expect(steps().textContent).toContain('Nov 22, 2026: 1 week late: phone call (now)');
    expect(within(steps()).getAllByRole('listitem')).toHaveLength(4);
    // Other debtors keep the default.
    expect((await f.client.settings()).cadence[2]).toMatchObject({ offsetDays: 7, action: 'call' });

    fireEvent.click(within(section()).getByRole('button', { name: 'Follow the default steps again' }));
    await waitFor(() =>
      expect(screen.getByTestId('cadence-source').textContent).toBe('Follows the default steps (Owed settings).'),
    );
    expect((await acme(f)).record!.cadence).toBeUndefined();
  });

  it('follows the class steps when the class has its own, and names them', async () => {
    const f = await deskFixture();
    const settings = await f.client.settings();
    const standing = (await acme(f)).classification.standing;
    expect(standing).not.toBe('good-standing');
    await f.client.saveSettings({
      ...settings,
      cadenceByClass: { [standing]: [{ offsetDays: 2, action: 'call', label: 'Early call' }] },
    });
    f.render({ view: 'debtor', id: 'acme' });
    await screen.findByRole('region', { name: 'Follow-up system' });
    expect(screen.getByTestId('cadence-source').textContent).toMatch(
      /^Follows the steps for .+ debtors \(Owed settings\)\.$/,
    );
    expect(steps().textContent).toBe('Nov 12, 2026: Early call (now)');
  });

  it('an automatic-debit debtor gets no reminder before the due date', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'acme' });
    await screen.findByRole('region', { name: 'Follow-up system' });
    expect(steps().textContent).toContain('Friendly reminder before the due date');
    fireEvent.click(screen.getByText('Credit hold, upfront only, automatic debit'));
    fireEvent.click(screen.getByRole('checkbox', { name: /Pays by automatic debit/ }));
    await waitFor(() => expect(steps().textContent).not.toContain('Friendly reminder before the due date'));
    expect((await acme(f)).record!.flags.autoDebit).toBe(true);
    expect(screen.getByTestId('cadence-source').textContent).toContain('no reminders before the due date');
    fireEvent.click(screen.getByRole('checkbox', { name: /Pays by automatic debit/ }));
    await waitFor(() => expect(steps().textContent).toContain('Friendly reminder before the due date'));
    expect((await acme(f)).record!.flags.autoDebit).toBeUndefined();
  });
});
