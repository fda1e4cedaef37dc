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

  it('confirms a drafted reminder sent from the Today card, and the cadence moves on to the call', async () => {
    const f = await deskFixture();
    // A draft from before this step's date (the 3-day email, due 22 Nov) was for something else: not offered.
    await f.client.addEvent({
      debtorId: 'brightside',
      kind: 'email',
      at: Date.UTC(2026, 10, 18, 9),
      outcome: 'drafted',
      text: 'Friendly reminder (copied as rich text)',
    });
    f.render();
    const emails = await screen.findByRole('list', { name: 'Emails due today' });
    expect(within(emails).queryAllByTestId('today-draft')).toHaveLength(0);
    await f.client.addEvent({
      debtorId: 'brightside',
      kind: 'email',
      at: Date.UTC(2026, 10, 23, 10),
      outcome: 'drafted',
      text: 'Reminder (saved as .eml draft)',
      template: 'unorganized/three-days',
    });
    const card = (await within(emails).findByTestId('today-draft')).closest('li')!;
    expect(card.getAttribute('data-debtor-id')).toBe('brightside');
    fireEvent.click(within(card).getByRole('button', { name: /^Mark sent: Email of / }));
    await screen.findByText('Marked sent: it counts as a reminder now');
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Emails due today' })).queryByText('Brightside Ltd')).toBeNull(),
    );
    const brightside = (await f.client.ledger()).debtors.find((d) => d.id === 'brightside')!;
    expect(brightside.events.map((e) => e.outcome)).toEqual(['drafted', 'sent']);
    // The 3-day email is done: the 1-week call is next, on 26 Nov.
    expect(brightside.next).toMatchObject({ action: 'call', date: '2026-11-26' });
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
