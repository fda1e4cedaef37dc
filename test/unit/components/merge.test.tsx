// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deskFixture, inv } from './desk-fixture';

afterEach(cleanup);

describe('Merge suggestions', () => {
  it('suggests debtors sharing an address, merges them in one click, and lists them no more', async () => {
    const f = await deskFixture([
      inv('A-1', 'Globex', 50_000, '2026-11-01', { email: 'ap@globex.example' }),
      inv('A-2', 'Globex', 10_000, '2026-11-05', { email: 'ap@globex.example' }),
      inv('X-1', 'Globex Europe', 20_000, '2026-11-10', { email: 'AP@globex.example' }),
      inv('Z-1', 'Zenith', 5_000, '2026-11-10', { email: 'zed@gmail.com' }),
    ]);
    f.render({ view: 'debtors' });
    const list = await screen.findByRole('list', { name: 'Merge suggestions' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(list.textContent).toContain('same email address ap@globex.example');
    fireEvent.click(within(list).getByRole('button', { name: 'Merge Globex Europe into Globex' }));
    await waitFor(async () =>
      expect((await f.client.ledger()).debtors.map((d) => d.id).sort()).toEqual(['globex', 'zenith']),
    );
    const globex = (await f.client.ledger()).debtors.find((d) => d.id === 'globex')!;
    expect(globex.openInvoices.map((i) => i.number)).toEqual(['A-1', 'A-2', 'X-1']);
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'Merge suggestions' })?.children.length ?? 0).toBe(0),
    );
  });

  it('a pair set aside is not suggested again', async () => {
    const f = await deskFixture([
      inv('A-1', 'Initech', 50_000, '2026-11-01', { email: 'a@initech.example' }),
      inv('B-1', 'Initrode', 20_000, '2026-11-10', { email: 'b@initech.example' }),
    ]);
    f.render({ view: 'debtors' });
    const list = await screen.findByRole('list', { name: 'Merge suggestions' });
    expect(list.textContent).toContain('same company email domain initech.example');
    fireEvent.click(within(list).getByRole('button', { name: /^Not the same/ }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Merge suggestions' })).toBeNull());
    const ledger = await f.client.ledger();
    // Stored on the record of the debtor the suggestion would have kept.
    const kept = ledger.debtors.find((d) => d.record?.notSameAs);
    const other = ledger.debtors.find((d) => d !== kept);
    expect(kept?.record?.notSameAs).toEqual([other!.id]);

    // Kept across a reload of the sidebar.
    cleanup();
    f.render({ view: 'debtors' });
    await screen.findByRole('heading', { name: 'Debtors by class' });
    expect(screen.queryByRole('list', { name: 'Merge suggestions' })).toBeNull();

    // And undone from the debtor's detail: suggested again.
    cleanup();
    f.render({ view: 'debtor', id: kept!.id });
    fireEvent.click(await screen.findByRole('button', { name: `Suggest ${other!.name} again` }));
    await waitFor(async () =>
      expect((await f.client.ledger()).debtors.find((d) => d.id === kept!.id)!.record!.notSameAs).toBeUndefined(),
    );
    cleanup();
    f.render({ view: 'debtors' });
    expect((await screen.findByRole('list', { name: 'Merge suggestions' })).textContent).toContain(
      'same company email domain initech.example',
    );
  });
});
