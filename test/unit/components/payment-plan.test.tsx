// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { installmentState, proposeInstallments } from '../../../lib/schedule/installments';
import { letterUrl } from '../../../components/letters/OpenLetter';
import { deskFixture, NOW } from './desk-fixture';

afterEach(cleanup);
const DAY = 86_400_000;

describe('proposeInstallments', () => {
  it('adds up to the amount exactly, monthly, clamped to month ends', () => {
    expect(proposeInstallments(100_000, 3, '2027-01-31')).toEqual([
      { due: '2027-01-31', amount: 33_334 },
      { due: '2027-02-28', amount: 33_333 },
      { due: '2027-03-31', amount: 33_333 },
    ]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 120, max: 1e9 }), (count, total) => {
        const plan = proposeInstallments(total, count, '2026-12-01');
        return (
          plan.length === count && plan.reduce((s, i) => s + i.amount, 0) === total && plan.every((i) => i.amount > 0)
        );
      }),
    );
    expect(() => proposeInstallments(0, 3, '2026-12-01')).toThrow(/more than zero/);
    expect(() => proposeInstallments(100, 0, '2026-12-01')).toThrow(/between 1 and 120/);
  });

  it('tells paid, missed, due today and upcoming apart', () => {
    expect(installmentState({ due: '2026-11-01', amount: 1, paidOn: '2026-11-02' }, '2026-11-23')).toBe('paid');
    expect(installmentState({ due: '2026-11-22', amount: 1 }, '2026-11-23')).toBe('missed');
    expect(installmentState({ due: '2026-11-23', amount: 1 }, '2026-11-23')).toBe('due-today');
    expect(installmentState({ due: '2026-11-24', amount: 1 }, '2026-11-23')).toBe('upcoming');
  });
});

describe('Payment plan panel', () => {
  it('proposes instalments with a promissory note, starts the plan when signed, flags a missed one and marks one paid', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'cobalt', panel: 'plan' });
    const form = await screen.findByRole('form', { name: 'Propose a plan' });
    expect((within(form).getByRole('textbox', { name: /Amount/ }) as HTMLInputElement).value).toBe('9000.00');
    fireEvent.change(within(form).getByRole('spinbutton', { name: 'Instalments' }), { target: { value: '3' } });
    fireEvent.change(within(form).getByLabelText('First payment'), { target: { value: '2026-12-01' } });
    fireEvent.submit(form);
    const proposed = await screen.findByRole('list', { name: 'Proposed instalments' });
    expect(
      within(proposed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['$3,000.00 by Dec 1, 2026', '$3,000.00 by Jan 1, 2027', '$3,000.00 by Feb 1, 2027']);
    const note = screen.getByTestId('promissory-note').textContent!;
    expect(note).toContain('PROMISSORY NOTE');
    expect(note).toContain('Cobalt Inc');
    expect(note).toContain('$9,000.00');
    expect(note).toContain('INV-3');

    // Printed from the letter page, on the letterhead, once saved: the panel prints nothing itself.
    expect(screen.queryByRole('button', { name: /^Print/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save the proposal' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Print the note on your letterhead' }));
    expect(f.io.opened).toEqual([letterUrl('cobalt', 'promissory-note')]);
    fireEvent.click(await screen.findByRole('button', { name: 'Note signed: start the plan' }));
    await screen.findByText('Note signed: plan active');
    let plan = (await f.client.ledger()).debtors.find((d) => d.id === 'cobalt')!.plans[0]!;
    expect(plan).toMatchObject({ status: 'active', promissoryNote: { signed: true, signedOn: '2026-11-23' } });

    // Past the first due date, unpaid: flagged missed, and a call is due.
    f.setNow(NOW + 10 * DAY);
    await f.client.saveSettings(await f.client.settings());
    await waitFor(() => expect(screen.getByText('Missed')).toBeTruthy());
    expect((await f.client.ledger()).debtors.find((d) => d.id === 'cobalt')!.next?.action).toBe(
      'call-missed-installment',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Mark instalment 1 paid' }));
    await screen.findByText('Instalment marked paid');
    const cobalt = (await f.client.ledger()).debtors.find((d) => d.id === 'cobalt')!;
    plan = cobalt.plans[0]!;
    expect(plan.installments[0]!.paidOn).toBe('2026-12-03');
    expect(cobalt.events.some((e) => e.kind === 'payment' && e.amount === 300_000)).toBe(true);
    expect(cobalt.events.some((e) => e.kind === 'plan')).toBe(true);
    // The panel redraws when the background says the ledger changed.
    await waitFor(() => expect(screen.queryByText('Missed')).toBeNull());
  });

  it('refuses an amount that is not money', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'cobalt', panel: 'plan' });
    const form = await screen.findByRole('form', { name: 'Propose a plan' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Amount/ }), { target: { value: 'lots' } });
    fireEvent.submit(form);
    expect((await screen.findByRole('alert')).textContent).toBe('"lots" is not an amount.');
  });
});
