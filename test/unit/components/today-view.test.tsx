// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deskFixture } from './desk-fixture';

afterEach(cleanup);

describe('Today', () => {
  it('lists the calls due first, with their reason, and counts exactly what the badge counts', async () => {
    const f = await deskFixture();
    f.render();
    const calls = await screen.findByRole('list', { name: 'Calls due today' });
    const ledger = await f.client.ledger();
    expect(within(calls).getAllByRole('listitem')).toHaveLength(ledger.dueForCallToday);
    expect(screen.getByTestId('today-calls-count').textContent).toBe(String(ledger.dueForCallToday));
    expect(screen.getByTestId('calls-today').textContent).toBe(String(ledger.dueForCallToday));
    expect(calls.textContent).toContain('Acme Corp');
    expect(calls.textContent).toContain('13 days late');
    const emails = screen.getByRole('list', { name: 'Emails due today' });
    expect(
      within(emails)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.debtor-name')!.textContent),
    ).toEqual(['Cobalt Inc', 'Brightside Ltd']);
    // Not due until December: not on today's lists, but in the list of everyone who owes below.
    for (const list of screen.getAllByRole('list', { name: /due today$/ }))
      expect(list.textContent).not.toContain('Delta & Sons');
    expect(screen.getByRole('list', { name: 'Debtors' }).textContent).toContain('Delta & Sons');
  });

  it('starts a call in one click, and a draft in one click', async () => {
    const f = await deskFixture();
    f.render();
    fireEvent.click(await screen.findByRole('button', { name: 'Start call: Acme Corp' }));
    expect(await screen.findByRole('heading', { name: 'Call mode' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '+1 555 0100' }).getAttribute('href')).toBe('tel:+15550100');

    fireEvent.click(screen.getByRole('button', { name: 'Today' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Draft email: Brightside Ltd' }));
    expect(await screen.findByRole('heading', { name: 'Reminder email' })).toBeTruthy();
    expect(screen.getByTestId('draft-to').textContent).toBe('billing@brightside.example');
  });

  it('says so when there is nothing to do', async () => {
    const f = await deskFixture([]);
    f.render();
    expect(await screen.findByText('Nothing to chase today.')).toBeTruthy();
    expect(screen.getByText(/has not read any invoices yet/)).toBeTruthy();
  });

  it('moves a debtor off the list once the call is logged, and the count follows', async () => {
    const f = await deskFixture();
    f.render();
    await screen.findByRole('list', { name: 'Calls due today' });
    const acme = (await f.client.ledger()).debtors.find((d) => d.name === 'Acme Corp')!;
    await f.client.addEvent({
      debtorId: acme.id,
      kind: 'call',
      at: Date.UTC(2026, 10, 23, 14),
      outcome: 'reached',
      text: '',
    });
    await waitFor(() => expect(screen.getByTestId('calls-today').textContent).toBe('0'));
    expect(screen.queryByRole('list', { name: 'Calls due today' })).toBeNull();
    expect(screen.getByText('No calls due today.')).toBeTruthy();
  });
});

describe('Today with a backlog', () => {
  it('shows the first page of a long group and the rest on request', async () => {
    const { inv } = await import('./desk-fixture');
    const many = Array.from({ length: 60 }, (_, i) => inv(`C-${i}`, `Caller ${i}`, 1000 + i, '2026-11-10'));
    const f = await deskFixture(many);
    f.render();
    const calls = await screen.findByRole('list', { name: 'Calls due today' });
    expect(within(calls).getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByTestId('today-calls-count').textContent).toBe('60');
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more of 50' }));
    expect(within(calls).getAllByRole('listitem')).toHaveLength(60);
  });
});

describe('Locale', () => {
  it('formats money and dates in the locale chosen in settings, and ignores a locale that is not one', async () => {
    const f = await deskFixture();
    await f.client.saveSettings({ ...(await f.client.settings()), locale: 'fr-FR' });
    f.render();
    expect(await screen.findByRole('heading', { name: 'Today, 23 novembre 2026' })).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Calls due today' })).getByText(/^1\s250,00\s\$US$/)).toBeTruthy();
    cleanup();
    await f.client.saveSettings({ ...(await f.client.settings()), locale: 'not a locale!' });
    f.render();
    expect(await screen.findByRole('heading', { name: 'Today, November 23, 2026' })).toBeTruthy();
  });
});
