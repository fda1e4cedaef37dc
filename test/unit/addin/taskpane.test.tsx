// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Taskpane } from '../../../outlook-addin/src/components/Taskpane';
import { makeInvoice, makeView } from '../match/make-view';
import { OwedRefusal } from '../../../outlook-addin/src/data/extension-bridge';
import { fakeData, fakeMail } from './fake-mail';

afterEach(cleanup);

const acme = makeView({
  id: 'acme',
  name: 'Acme Corp',
  email: 'billing@acme.example',
  balance: 245_000,
  oldestDaysLate: 12,
  openInvoices: [makeInvoice({ number: '1042', debtorId: 'acme', balance: 245_000, due: '2026-11-11' })],
  contacts: [{ role: 'senior-leadership', name: 'Pat CEO', email: 'ceo@acme.example' }],
  classification: {
    standing: 'angry',
    confidence: 0.8,
    reasons: [
      { kind: 'disputed', values: { invoices: ['1042'], on: '2026-11-16', count: 1 } },
      { kind: 'avoided-calls', values: { count: 2, lastOn: '2026-11-18' } },
      { kind: 'broke-promises', values: { count: 1, by: '2026-11-10' } },
    ],
    flags: {},
  },
  next: {
    action: 'call',
    isCall: true,
    date: '2026-11-24',
    why: { kind: 'dispute-open', values: { invoices: ['1042'], since: '2026-11-16', neverReceived: false } },
  },
  events: [
    { id: 'e1', debtorId: 'acme', kind: 'call', at: Date.UTC(2026, 10, 18), text: 'No answer', outcome: 'avoided' },
  ],
});
const bolt = makeView({
  id: 'bolt',
  name: 'Bolt Ltd',
  email: 'pay@bolt.example',
  balance: 9_900,
  oldestDaysLate: 4,
  openInvoices: [makeInvoice({ number: 'B-77', debtorId: 'bolt', balance: 9_900, due: '2026-11-19' })],
});
const noBackups = { import: async () => undefined, source: async () => null };

function renderPane(
  mailCtx: Parameters<typeof fakeMail>[0],
  opts: { problem?: string; data?: ReturnType<typeof fakeData> | null } = {},
) {
  const mail = fakeMail(mailCtx, opts.problem ?? null);
  const data = opts.data === undefined ? fakeData([acme, bolt]) : opts.data;
  render(
    <Taskpane
      mail={mail.mail}
      connect={async () => data?.data ?? null}
      backups={noBackups}
      now={() => Date.UTC(2026, 10, 23)}
    />,
  );
  return { ...mail, events: data?.events ?? [] };
}

describe('Taskpane', () => {
  it("shows the sender's debtor: class, reasons, balance, lateness, invoices, contacts, next action", async () => {
    renderPane({
      mode: 'read',
      from: 'billing@acme.example',
      to: ['owner@myshop.example'],
      cc: [],
      userEmail: 'owner@myshop.example',
    });
    expect(await screen.findByRole('heading', { name: 'Acme Corp' })).toBeTruthy();
    expect(screen.getByTestId('standing').textContent).toBe('Angry');
    expect(screen.getByText('disputed 1042 on Nov 16')).toBeTruthy();
    expect(screen.getByText('avoided 2 calls (last on Nov 18)')).toBeTruthy();
    expect(screen.getByTestId('balance').textContent).toMatch(/2,450\.00/);
    expect(screen.getByText('12 days late')).toBeTruthy();
    expect(screen.getByRole('cell', { name: '1042' })).toBeTruthy();
    expect(screen.getByText('No answer')).toBeTruthy();
    expect(screen.getByTestId('next-action').textContent).toMatch(
      /^Call by Nov 24, 2026: disputes 1042 since Nov 16: settle that first$/,
    );
    expect(screen.getByTestId('data-source').textContent).toMatch(/Owed extension/);
  });

  it('drafts the recommended reminder as a new message copying senior leadership when angry, and logs it', async () => {
    const { done, events } = renderPane({ mode: 'read', from: 'billing@acme.example', to: [], cc: [] });
    fireEvent.click(await screen.findByRole('button', { name: 'Draft reminder' }));
    await screen.findByText(
      /^Reminder drafted and logged as drafted in Owed\. Once you have sent it, confirm it here\.$/,
    );
    expect(done.replies).toEqual([]);
    expect(done.newMessages).toHaveLength(1);
    expect(done.newMessages[0]).toMatchObject({ to: ['billing@acme.example'], cc: ['ceo@acme.example'] });
    expect(done.newMessages[0]!.html).toContain('1042');
    expect(events).toEqual([
      expect.objectContaining({
        debtorId: 'acme',
        kind: 'email',
        outcome: 'drafted',
        template: 'angry/one-week',
        cc: 'ceo@acme.example',
      }),
    ]);
  });

  it('replies in the thread when nobody needs copying, and offers other templates one click away', async () => {
    const { done, events } = renderPane({ mode: 'read', from: 'pay@bolt.example', to: [], cc: [] });
    fireEvent.click(await screen.findByText('Other templates'));
    const select = screen.getByLabelText('Template') as HTMLSelectElement;
    // Bolt is in good standing: the friendly (unorganized) tone, every stage.
    expect([...select.options].map((o) => o.value)).toContain('unorganized/payment-plan-offer');
    expect([...select.options].every((o) => o.value.startsWith('unorganized/'))).toBe(true);
    fireEvent.change(select, { target: { value: 'unorganized/payment-plan-offer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Draft this one' }));
    await screen.findByRole('status');
    expect(done.replies).toHaveLength(1);
    expect(done.replies[0]).toContain('$99.00');
    expect(events[0]).toMatchObject({
      debtorId: 'bolt',
      template: 'unorganized/payment-plan-offer',
      to: 'pay@bolt.example',
    });
  });

  it('fills the open draft in compose mode from its recipients', async () => {
    const { done } = renderPane({ mode: 'compose', to: ['pay@bolt.example'], cc: [] });
    fireEvent.click(await screen.findByRole('button', { name: 'Draft reminder' }));
    await screen.findByRole('status');
    expect(done.filled).toHaveLength(1);
    expect(done.filled[0]).toMatchObject({ to: ['pay@bolt.example'], cc: [] });
    expect(done.filled[0]!.subject).toMatch(/reminder/i);
  });

  it('asks which debtor when a domain is shared, then shows the one picked', async () => {
    const acmeLabs = makeView({
      id: 'acme labs',
      name: 'Acme Labs',
      contacts: [{ role: 'billing', email: 'ap@acme.example' }],
    });
    renderPane(
      { mode: 'read', from: 'someone@acme.example', to: [], cc: [] },
      { data: fakeData([acme, acmeLabs, bolt]) },
    );
    const select = await screen.findByLabelText(/Several debtors match/);
    expect([...(select as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'Choose a debtor…',
      'Acme Corp',
      'Acme Labs',
    ]);
    fireEvent.change(select, { target: { value: 'acme labs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByRole('heading', { name: 'Acme Labs' })).toBeTruthy();
  });

  it('says no debtor matched; from the extension it offers no list of all debtors', async () => {
    renderPane({ mode: 'read', from: 'stranger@gmail.com', to: [], cc: [] });
    expect(await screen.findByText('No debtor matched')).toBeTruthy();
    expect(screen.queryByLabelText('Pick the debtor yourself')).toBeNull();
    expect(screen.getByText(/shares only the debtors a message matches/)).toBeTruthy();
  });

  it('says no debtor matched and, from a backup, lets the user pick from all', async () => {
    // An internal Exchange sender shows as an X.500 name: it is skipped, not sent as an address.
    renderPane(
      {
        mode: 'read',
        from: `/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=${'x'.repeat(300)}`,
        to: ['stranger@gmail.com'],
        cc: [],
      },
      { data: fakeData([acme, bolt], 'backup') },
    );
    expect(await screen.findByText('No debtor matched')).toBeTruthy();
    expect(screen.getByText(/Owed knows no debtor with stranger@gmail\.com or/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Pick the debtor yourself'), { target: { value: 'bolt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByRole('heading', { name: 'Bolt Ltd' })).toBeTruthy();
  });

  it('explains the errors: unsupported Outlook, no item, extension not paired', async () => {
    renderPane({ mode: 'read', from: 'pay@bolt.example', to: [], cc: [] }, { problem: 'needs the Mailbox 1.6 API' });
    expect(await screen.findByText('This Outlook is not supported')).toBeTruthy();
    cleanup();
    renderPane(null);
    expect(await screen.findByText('No message selected')).toBeTruthy();
    cleanup();
    renderPane({ mode: 'read', from: 'pay@bolt.example', to: [], cc: [] }, { data: null });
    expect(await screen.findByText('Owed extension not found')).toBeTruthy();
    expect(screen.getByLabelText('Import an Owed backup file')).toBeTruthy();
  });

  it('says when it works from a backup, and how old it is', async () => {
    renderPane({ mode: 'read', from: 'pay@bolt.example', to: [], cc: [] }, { data: fakeData([bolt], 'backup') });
    await screen.findByRole('heading', { name: 'Bolt Ltd' });
    expect(screen.getByTestId('data-source').textContent).toMatch(/backup exported .* \(3 days old\)/);
  });

  it('offers one click to confirm a drafted reminder as sent, the next time the pane opens on that debtor', async () => {
    const draftedAt = Date.UTC(2026, 10, 21);
    const withDraft = {
      ...bolt,
      events: [
        {
          id: 'd1',
          debtorId: 'bolt',
          kind: 'email' as const,
          at: draftedAt,
          outcome: 'drafted',
          template: 'unorganized/late',
          text: '',
        },
      ],
    };
    const data = fakeData([withDraft]);
    renderPane({ mode: 'read', from: 'pay@bolt.example', to: [], cc: [] }, { data });
    expect(await screen.findByText('Did these reminders go out?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, I sent it' }));
    await screen.findByText('Logged as sent in Owed.');
    expect(data.events).toEqual([expect.objectContaining({ id: 'd1', outcome: 'sent', at: expect.any(Number) })]);
    expect(data.events[0]!.at).toBeGreaterThan(draftedAt);
  });

  it('logs a mail the debtor sent, with its date, subject and the excerpt as the user edited it', async () => {
    const receivedAt = Date.UTC(2026, 10, 22, 9);
    const { events } = renderPane({
      mode: 'read',
      from: 'pay@bolt.example',
      to: ['owner@myshop.example'],
      cc: [],
      subject: 'Re: invoice B-77',
      receivedAt,
      text: 'We will pay on Friday, sorry for the delay. Kind regards, Bo',
    });
    const box = (await screen.findByLabelText(/What they said/)) as HTMLTextAreaElement;
    await screen.findByDisplayValue(/We will pay on Friday/);
    fireEvent.change(box, { target: { value: 'Will pay Friday.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log this mail' }));
    await screen.findByText(/Mail logged in Owed as Bolt Ltd’s own word\./);
    expect(events).toEqual([
      expect.objectContaining({
        debtorId: 'bolt',
        kind: 'email',
        outcome: 'received',
        at: receivedAt,
        text: 'Re: invoice B-77\n\nWill pay Friday.',
      }),
    ]);
  });

  it('offers no "log this mail" for a mail the user sent (the debtor matched by its recipients)', async () => {
    renderPane({
      mode: 'read',
      from: 'owner@myshop.example',
      to: ['pay@bolt.example'],
      cc: [],
      userEmail: 'owner@myshop.example',
    });
    await screen.findByRole('heading', { name: 'Bolt Ltd' });
    expect(screen.queryByRole('button', { name: 'Log this mail' })).toBeNull();
  });

  it("never takes the shared mailbox's own address for a debtor", async () => {
    // accounts@bolt.example would match Bolt by its domain; it is the mailbox the user reads.
    renderPane({
      mode: 'read',
      from: 'accounts@bolt.example',
      to: ['accounts@bolt.example'],
      cc: [],
      sharedOwner: 'accounts@bolt.example',
    });
    expect(await screen.findByText('No debtor matched')).toBeTruthy();
  });

  it("asks for the extension's consent, then shows the debtor once allowed", async () => {
    const { data } = fakeData([bolt]);
    let allowed = false;
    const gated = {
      ...data,
      request: (async (r: Parameters<typeof data.request>[0]) => {
        if (!allowed) throw new OwedRefusal('Answer in the Owed window that opened, then select Try again.', 'asked');
        return data.request(r);
      }) as typeof data.request,
    };
    const mail = fakeMail({ mode: 'read', from: 'pay@bolt.example', to: [], cc: [] });
    render(<Taskpane mail={mail.mail} connect={async () => gated} backups={noBackups} />);
    expect(await screen.findByText('Allow this Outlook pane')).toBeTruthy();
    allowed = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Bolt Ltd' })).toBeTruthy();
  });
});
