// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deskFixture, inv } from './desk-fixture';

afterEach(cleanup);

const nextCard = async () => (await screen.findByRole('heading', { name: /^Next:/ })).closest('section')!;

describe('The next step, as the owner decides it', () => {
  it('skips a due step on purpose: logged as skipped, and the schedule moves on', async () => {
    // 13 days late: the 1-week call (16 Nov) is due.
    const f = await deskFixture([inv('INV-1', 'Acme Corp', 125_000, '2026-11-10')]);
    expect((await f.client.ledger()).debtors[0]!.next).toMatchObject({ action: 'call', date: '2026-11-17' });
    f.render({ view: 'debtor', id: 'acme' });
    fireEvent.click(within(await nextCard()).getByRole('button', { name: 'Skip this step' }));
    await screen.findByText('Step skipped: the follow-up moves on');
    const acme = (await f.client.ledger()).debtors[0]!;
    expect(acme.events).toMatchObject([{ kind: 'note', outcome: 'skipped', step: '7:call' }]);
    expect(acme.events[0]!.text).toBe('Skipped on purpose: 1 week late: phone call');
    // The 1-month escalation is next, on 10 Dec; the call is no longer due today.
    expect(acme.next).toMatchObject({ action: 'escalate', date: '2026-12-10' });
    expect(acme.dueForCallToday).toBe(false);
    await waitFor(() => expect(screen.getByRole('heading', { name: /^Next:/ }).textContent).toMatch(/^Next: Escalate/));
    // The log says it was skipped; the step shows as done by that choice, and is not offered again.
    expect(screen.getByRole('list', { name: 'Contact log' }).textContent).toContain('Step skipped');
    expect(within(await nextCard()).queryByRole('button', { name: 'Skip this step' })).toBeNull();
  });

  it('offers no skip for a step still ahead', async () => {
    const f = await deskFixture([inv('INV-1', 'Acme Corp', 125_000, '2026-12-15')]);
    f.render({ view: 'debtor', id: 'acme' });
    expect(within(await nextCard()).queryByRole('button', { name: 'Skip this step' })).toBeNull();
  });

  it('sets a call-back date: the follow-up waits for it', async () => {
    const f = await deskFixture([inv('INV-1', 'Acme Corp', 125_000, '2026-11-10')]);
    f.render({ view: 'debtor', id: 'acme' });
    const form = within(await nextCard()).getByRole('form', { name: 'Call back on' });
    expect(within(form).getByLabelText('Call back on').getAttribute('min')).toBe('2026-11-23');
    fireEvent.change(within(form).getByLabelText('Call back on'), { target: { value: '2026-11-24' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Set the date' }));
    await screen.findByText('Call back set for Nov 24, 2026');
    const acme = (await f.client.ledger()).debtors[0]!;
    expect(acme.events).toMatchObject([{ kind: 'note', outcome: 'next-date', nextOn: '2026-11-24' }]);
    expect(acme.next).toMatchObject({ action: 'call-back', date: '2026-11-24', isCall: true });
    // Not a call for today any more: tomorrow's.
    expect(acme.dueForCallToday).toBe(false);
    // What the owner wrote is not read as the debtor's words.
    expect(acme.classification.reasons.join(' ')).not.toMatch(/call back/i);
  });

  it('ends a recovery with the agency: the debtor is back in the normal follow-up', async () => {
    const f = await deskFixture([inv('INV-1', 'Acme Corp', 500_000, '2026-08-01')]);
    await f.client.addEvent({
      debtorId: 'acme',
      kind: 'note',
      at: Date.UTC(2026, 10, 2, 10),
      outcome: 'agency',
      text: 'Decided: collection agency',
    });
    expect((await f.client.ledger()).debtors[0]!.recovery?.state).toBe('agency');
    f.render({ view: 'debtor', id: 'acme' });
    const card = await nextCard();
    // With the agency, the date is the agency's next check-in.
    expect(within(card).getByRole('form', { name: 'Next check-in with the agency' })).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Recovery ended' }));
    await screen.findByText('Recovery ended: back to the normal follow-up');
    const acme = (await f.client.ledger()).debtors[0]!;
    expect(acme.recovery).toBeUndefined();
    expect(acme.events.at(-1)).toMatchObject({ kind: 'note', outcome: 'recovery-ended' });
    expect(acme.next?.action).not.toBe('agency-check-in');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Recovery ended' })).toBeNull());
  });

  it('offers no recovery end to a debtor Owed still chases', async () => {
    const f = await deskFixture([inv('INV-1', 'Acme Corp', 500_000, '2026-08-01')]);
    f.render({ view: 'debtor', id: 'acme' });
    expect(within(await nextCard()).queryByRole('button', { name: 'Recovery ended' })).toBeNull();
  });
});
