// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deskFixture } from './desk-fixture';

afterEach(cleanup);

describe('Escalation', () => {
  it('lists the options with the agency fee against the amount and the recommendation, and logs a decision', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'cobalt', panel: 'escalate' });
    const options = await screen.findByRole('list', { name: 'Escalation options' });
    expect(options.textContent).toContain('Copy senior leadership');
    expect(options.textContent).toContain('Certified letter');
    expect(options.textContent).toContain('Payment plan');
    // Default agency fee 25% of $9,000.00.
    expect(options.querySelector('[data-option="agency"]')!.textContent).toContain(
      'fee 25% = $2,250.00, you keep $6,750.00',
    );
    expect(screen.getByTestId('recommendation').textContent).toMatch(
      /^Recommended: (Keep pursuing yourself|Collection agency|Court|Write it off)/,
    );
    expect(
      within(screen.getByRole('list', { name: 'The numbers' }))
        .getAllByRole('listitem')
        .at(-1)!.textContent,
    ).toMatch(/^Recommendation: /);
    fireEvent.click(options.querySelector('[data-option="write-off"] button')!);
    await screen.findByText('Decision logged: Write it off');
    const events = (await f.client.ledger()).debtors.find((d) => d.id === 'cobalt')!.events;
    expect(events[0]).toMatchObject({ kind: 'note', outcome: 'write-off' });
    fireEvent.click(screen.getByRole('button', { name: 'Propose a plan' }));
    expect(await screen.findByRole('heading', { name: 'Payment plan' })).toBeTruthy();
  });
});

describe('Ledger health', () => {
  it('charts ageing buckets in SVG and states DSO and receivables against a month of sales', async () => {
    const f = await deskFixture();
    f.render({ view: 'health' });
    const chart = await screen.findByRole('img', { name: 'Ageing of what is owed in USD, in days late' });
    const bucket = (label: string) =>
      Number(chart.querySelector(`[data-bucket="${label}"]`)!.getAttribute('data-minor'));
    expect(bucket('current')).toBe(10_000); // Delta, not due
    expect(bucket('1-30')).toBe(125_000 + 40_000); // Acme 13, Brightside 4 days
    expect(bucket('31-60')).toBe(900_000); // Cobalt 39 days
    expect(bucket('61-90') + bucket('90+')).toBe(0);
    expect(screen.getByTestId('health-verdict').textContent).toContain('Receivables of $10,750.00');
    expect(screen.getByTestId('dso').textContent).toMatch(/^\d+ days$/);
  });

  it("takes the owner's monthly sales: the verdict weighs receivables against it, no longer partial", async () => {
    const f = await deskFixture();
    f.render({ view: 'health' });
    // Only open invoices read: the figure is partial, and the verdict says where to give a true one.
    expect((await screen.findByTestId('health-verdict')).textContent).toMatch(
      /Sales figure partial: read from open invoices only; enter your monthly sales below/,
    );
    const form = screen.getByRole('form', { name: 'Your monthly sales' });
    const field = within(form).getByLabelText('Average month of sales (USD)');
    fireEvent.change(field, { target: { value: 'lots' } });
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toBe('USD: "lots" is not an amount.');
    expect((await f.client.ledger()).settings.monthlySales).toEqual({});
    fireEvent.change(field, { target: { value: '20,000' } });
    fireEvent.submit(form);
    await screen.findByText('Monthly sales saved');
    expect((await f.client.ledger()).settings.monthlySales).toEqual({ USD: 2_000_000 });
    // $10,750 owed against $20,000 a month: healthy, by the owner's figure.
    await waitFor(() =>
      expect(screen.getByTestId('health-verdict').textContent).toBe(
        'Receivables of $10,750.00 are under one average month of sales ($20,000.00): healthy. (Sales: your monthly figure.)',
      ),
    );
    // Emptied: back to the invoices read.
    fireEvent.change(field, { target: { value: '' } });
    fireEvent.submit(form);
    await waitFor(async () => expect((await f.client.ledger()).settings.monthlySales).toEqual({}));
  });
});
