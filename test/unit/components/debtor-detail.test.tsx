// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { deskFixture, inv, SAMPLE, SOURCE } from './desk-fixture';

afterEach(cleanup);

const form = (name: string) => screen.getByRole('form', { name });
const log = () => screen.getByRole('list', { name: 'Contact log' });

describe('Debtor detail', () => {
  it('shows invoices from every source, the reasons behind the class and the next action', async () => {
    const f = await deskFixture();
    await f.client.pageRead({
      source: 'csv:aged-receivables.csv',
      url: '',
      invoices: [inv('A-77', 'ACME corporation', 5_000, '2026-11-01')],
    });
    // A new source files under a debtor of its own until the user merges it (lib/db/source-boundary.ts).
    await f.client.mergeDebtors('acme', 'acme@csv:aged-receivables.csv');
    f.render({ view: 'debtor', id: 'acme' });
    const open = await screen.findByRole('table', { name: 'Open invoices' });
    expect(open.textContent).toContain('INV-1');
    expect(open.textContent).toContain('127.0.0.1:4178');
    expect(open.textContent).toContain('A-77');
    expect(open.textContent).toContain('CSV aged-receivables.csv');
    expect(within(screen.getByRole('list', { name: 'Reasons' })).getAllByRole('listitem')[0]!.textContent).toMatch(
      /days late on/,
    );
    expect(screen.getByRole('heading', { name: /^Next: Call, Nov/ })).toBeTruthy();
    expect(document.activeElement?.id).toBe('debtor-title');
  });

  it('names a CSV source by the file it was read from, not its report key', async () => {
    const f = await deskFixture();
    // As the CSV import stores it: keyed by the report's columns, titled with the file's name.
    await f.client.pageRead({
      source: 'csv:report-0a1b2c3d',
      url: '',
      title: 'aged receivables (March).csv',
      invoices: [inv('A-78', 'Zephyr GmbH', 5_000, '2026-11-01')],
    });
    f.render({ view: 'debtor', id: 'zephyr' });
    const open = await screen.findByRole('table', { name: 'Open invoices' });
    expect(open.textContent).toContain('CSV aged receivables (March).csv');
    expect(open.textContent).not.toContain('report-0a1b2c3d');
  });

  it('shows an address a merged source showed as new, and drafts to it only once the owner confirms it', async () => {
    const f = await deskFixture();
    const other = 'http://127.0.0.1:9999';
    await f.client.pageRead({
      source: other,
      url: `${other}/invoices`,
      invoices: [inv('X-1', 'Acme Corp', 5_000, '2026-11-01', { email: 'pay@elsewhere.example' })],
    });
    await f.client.mergeDebtors('acme', `acme@${other}`);
    f.render({ view: 'debtor', id: 'acme' });
    const news = await screen.findByRole('list', { name: 'New contact details' });
    expect(news.textContent).toContain('pay@elsewhere.example · new, from 127.0.0.1:9999 · not used for reminders yet');
    expect((await f.service.ledger()).debtors.find((d) => d.id === 'acme')!.email).toBe('ap@acme.example');
    fireEvent.click(within(news).getByRole('button', { name: 'Confirm pay@elsewhere.example' }));
    await screen.findByText('pay@elsewhere.example confirmed: reminders may use it');
    await waitFor(() => expect(screen.queryByRole('list', { name: 'New contact details' })).toBeNull());
    const acme = (await f.service.ledger()).debtors.find((d) => d.id === 'acme')!;
    expect(acme.record?.confirmed).toEqual(['pay@elsewhere.example']);
    expect(acme.newContacts).toBeUndefined();
  });

  it('adds each kind of contact to the log, asking for what each needs', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'acme' });
    await screen.findByRole('form', { name: 'Add to the log' });
    const what = within(form('Add to the log')).getByRole('combobox', { name: 'What' });

    fireEvent.change(what, { target: { value: 'certified-letter' } });
    fireEvent.submit(form('Add to the log'));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter the tracking number.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Tracking number' }), { target: { value: 'RR123456789US' } });
    fireEvent.submit(form('Add to the log'));
    await waitFor(() => expect(log().textContent).toContain('tracking RR123456789US'));

    fireEvent.change(what, { target: { value: 'promise' } });
    fireEvent.change(screen.getByLabelText('Promised to pay by'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Amount/ }), { target: { value: '500.00' } });
    fireEvent.submit(form('Add to the log'));
    await waitFor(() => expect(log().textContent).toContain('$500.00 by Dec 1, 2026'));

    fireEvent.change(what, { target: { value: 'note' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), {
      target: { value: '<img src=x onerror=alert(1)> owner on holiday' },
    });
    fireEvent.submit(form('Add to the log'));
    await waitFor(() => expect(log().textContent).toContain('<img src=x onerror=alert(1)> owner on holiday'));
    expect(log().querySelector('img')).toBeNull();

    const events = (await f.client.ledger()).debtors.find((d) => d.id === 'acme')!.events;
    expect(events.map((e) => e.kind).sort()).toEqual(['certified-letter', 'note', 'promise']);
    expect(events.find((e) => e.kind === 'promise')).toMatchObject({
      promise: { date: '2026-12-01', amount: 50_000 },
      outcome: 'promised',
    });
  });

  it('overrides the class with a note, shows it as your choice, and goes back to the rules', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'brightside' });
    const override = await screen.findByText('Override the class');
    fireEvent.click(override);
    fireEvent.change(screen.getByRole('combobox', { name: 'Class' }), { target: { value: 'angry' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Note (why)' }), {
      target: { value: 'Shouted at our driver' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Set class' }));
    await waitFor(() => expect(screen.getByText(/You chose this class on .*: Shouted at our driver/)).toBeTruthy());
    expect(screen.getAllByText('Angry (your choice)').length).toBeGreaterThan(0);
    const record = (await f.client.ledger()).debtors.find((d) => d.id === 'brightside')!.record!;
    expect(record.override).toMatchObject({ class: 'angry', note: 'Shouted at our driver' });

    fireEvent.click(screen.getByRole('button', { name: 'Use the rules again' }));
    await waitFor(() => expect(screen.queryByText(/You chose this class/)).toBeNull());
    expect((await f.client.ledger()).debtors.find((d) => d.id === 'brightside')!.classification.standing).toBe(
      'unorganized',
    );
  });

  it('keeps contacts with roles, and senior leadership marked for cc shows on the draft', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'cobalt' });
    const add = await screen.findByRole('form', { name: 'Add a contact' });
    fireEvent.change(within(add).getByRole('textbox', { name: 'Name' }), { target: { value: 'Dana Boss' } });
    fireEvent.change(within(add).getByRole('textbox', { name: 'Email' }), { target: { value: 'dana@cobalt.example' } });
    fireEvent.change(within(add).getByRole('combobox', { name: 'Role' }), { target: { value: 'senior-leadership' } });
    fireEvent.click(within(add).getByRole('checkbox', { name: 'Copy on reminders (cc)' }));
    fireEvent.submit(add);
    const contacts = await screen.findByRole('list', { name: 'Contacts' });
    expect(contacts.textContent).toContain('Dana Boss · Senior leadership · copied on reminders');
    fireEvent.click(screen.getByRole('button', { name: 'Email' }));
    expect((await screen.findByTestId('draft-cc')).textContent).toBe('dana@cobalt.example');
  });

  it('records the date the customer acknowledged the credit policy', async () => {
    const f = await deskFixture();
    const settings = await f.client.settings();
    await f.client.saveSettings({ ...settings, creditPolicy: 'Net 30. Late fee 1.5% a month.' });
    f.render({ view: 'debtor', id: 'delta and sons' });
    expect(await screen.findByText('Not acknowledged yet.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Acknowledged on'), { target: { value: '2026-11-02' } });
    fireEvent.click(
      within(screen.getByRole('region', { name: 'Credit policy' })).getByRole('button', { name: 'Save' }),
    );
    await screen.findByText('Acknowledged on Nov 2, 2026.');
    expect(
      (await f.client.ledger()).debtors.find((d) => d.name === 'Delta & Sons')!.record!.creditPolicyAcknowledgedOn,
    ).toBe('2026-11-02');
  });
});

describe('Pausing an invoice and merging customers', () => {
  it('pauses one invoice with a reason and a date, and resumes it', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'acme' });
    fireEvent.click(await screen.findByRole('button', { name: 'Pause INV-1' }));
    const form = screen.getByRole('form', { name: 'Pause INV-1' });
    // The keyboard follows each step: into the form, to Resume once paused, to Pause once resumed.
    expect(document.activeElement).toBe(within(form).getByRole('combobox', { name: 'Why' }));
    fireEvent.change(within(form).getByRole('combobox', { name: 'Why' }), { target: { value: 'dispute' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Reason' }), { target: { value: 'Wrong quantity' } });
    fireEvent.change(within(form).getByLabelText('Until'), { target: { value: '2026-12-10' } });
    fireEvent.submit(form);
    await screen.findByText(/Disputed until 12\/10\/26: Wrong quantity/);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Resume INV-1' })));
    const ledger = await f.client.ledger();
    expect(ledger.holds).toMatchObject([{ invoiceId: `${SOURCE}#INV-1`, kind: 'dispute', until: '2026-12-10' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Resume INV-1' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pause INV-1' })));
    expect((await f.client.ledger()).holds).toEqual([]);
  });

  it('merges another customer into this one with its invoices, and unmerges it', async () => {
    const f = await deskFixture([...SAMPLE, inv('X-9', 'Acme Holdings', 7_000, '2026-11-01')]);
    f.render({ view: 'debtor', id: 'acme' });
    const form = await screen.findByRole('form', { name: 'Merge a customer into this one' });
    fireEvent.change(within(form).getByRole('combobox'), { target: { value: 'acme holdings' } });
    fireEvent.submit(form);
    await waitFor(() => expect(screen.getByRole('table', { name: 'Open invoices' }).textContent).toContain('X-9'));
    expect((await f.client.ledger()).debtors.map((d) => d.id)).not.toContain('acme holdings');
    // Shown by its name, not its id.
    expect(screen.getByRole('list', { name: 'Merged customers' }).textContent).toBe('Acme Holdings Unmerge');
    fireEvent.click(
      within(screen.getByRole('list', { name: 'Merged customers' })).getByRole('button', {
        name: 'Unmerge Acme Holdings',
      }),
    );
    await waitFor(() => expect(screen.getByRole('table', { name: 'Open invoices' }).textContent).not.toContain('X-9'));
    expect((await f.client.ledger()).debtors.map((d) => d.id)).toContain('acme holdings');
  });
});

describe('Flags and read problems', () => {
  it('puts a debtor on credit hold with a reason, shows it beside the class and in the list, and lifts it', async () => {
    const f = await deskFixture();
    f.render({ view: 'debtor', id: 'cobalt' });
    fireEvent.click(await screen.findByText('Credit hold, upfront only, automatic debit'));
    fireEvent.change(screen.getByRole('textbox', { name: /Why/ }), { target: { value: 'Three months late' } });
    fireEvent.click(screen.getByRole('button', { name: 'Put on credit hold' }));
    const flags = await screen.findByRole('list', { name: 'Flags' });
    expect(flags.textContent).toMatch(/Credit hold: on credit hold since .*: Three months late/);
    fireEvent.click(screen.getByRole('button', { name: 'Debtors' }));
    expect(within(await screen.findByRole('list', { name: 'Debtors' })).getByText('Credit hold')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cobalt Inc' }));
    fireEvent.click(await screen.findByText('Credit hold, upfront only, automatic debit'));
    fireEvent.click(screen.getByRole('button', { name: 'Lift credit hold' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Flags' })).toBeNull());
  });

  it('keeps read problems visible with the first reason', async () => {
    const f = await deskFixture();
    await f.client.pageRead({
      source: 'https://app.example',
      url: 'https://app.example/inv',
      title: 'Other app',
      invoices: [],
      problems: [
        { where: 'row 3', reason: 'amount "n/a" is not money' },
        { where: 'row 9', reason: 'no customer' },
        { where: 'row 12', reason: 'no number' },
      ],
    });
    f.render();
    expect((await screen.findByText(/3 rows skipped: amount "n\/a" is not money/)).tagName).toBe('SUMMARY');
  });
});
