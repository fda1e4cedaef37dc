// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SitesList } from '../../../lib/messages/sites';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { siteOrigin, type SitesAccess } from '../../../components/options/SitesPanel';
import { deskFixture, NOW } from './desk-fixture';

afterEach(cleanup);

/** The background as the sites messages answer: asking to read a site approves its origin too. */
function fakeSites(grant = true, approved: string[] = []) {
  const calls: string[] = [];
  const list: SitesList = { builtIn: [], granted: [], approved: [...approved] };
  const sites: SitesAccess = {
    list: async () => ({ ...list, granted: [...list.granted], approved: [...list.approved] }),
    request: async (p) => {
      calls.push(`request ${p}`);
      return grant;
    },
    enable: async (o) => {
      calls.push(`enable ${o}`);
      list.granted.push(`${o}/*`);
      list.approved.push(o);
    },
    disable: async (o) => {
      calls.push(`disable ${o}`);
      list.granted = list.granted.filter((g) => g !== `${o}/*`);
      list.approved = list.approved.filter((a) => a !== o);
    },
    revoke: async (o) => {
      calls.push(`revoke ${o}`);
      list.approved = list.approved.filter((a) => a !== o);
    },
  };
  return { sites, calls };
}

async function setup(grant = true, approved: string[] = []) {
  const f = await deskFixture();
  const s = fakeSites(grant, approved);
  render(
    <OptionsPage client={f.client} subscribe={f.subscribe} sites={s.sites} io={f.io} locale="en-US" now={() => NOW} />,
  );
  await screen.findByRole('heading', { name: 'Owed settings' });
  return { ...f, ...s };
}
const fieldset = (name: string) => screen.getByRole('group', { name });

describe('Options page', () => {
  it('edits sender details, cadence and late fee, and saves them through the background', async () => {
    const f = await setup();
    fireEvent.change(within(fieldset('Sender details')).getByRole('textbox', { name: 'Company' }), {
      target: { value: 'Carter Design' },
    });
    const cadence = fieldset('Follow-up cadence');
    fireEvent.change(within(cadence).getByRole('spinbutton', { name: 'Step 3: days from due' }), {
      target: { value: '10' },
    });
    fireEvent.click(within(cadence).getByRole('button', { name: 'Remove step 5' }));
    const fee = fieldset('Late fee policy');
    fireEvent.change(within(fee).getByRole('combobox', { name: 'Policy' }), { target: { value: 'percent-monthly' } });
    fireEvent.change(within(fee).getByRole('spinbutton', { name: 'Percent per month' }), { target: { value: '2' } });
    expect(screen.getByTestId('fee-example').textContent).toMatch(/^On \$1,000.00 45 days late: \$\d/);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved');
    const s = await f.client.settings();
    expect(s.sender.company).toBe('Carter Design');
    expect(s.cadence.map((c) => [c.offsetDays, c.action])).toEqual([
      [-3, 'reminder'],
      [3, 'email'],
      [10, 'call'],
      [30, 'escalate'],
    ]);
    expect(s.lateFee).toMatchObject({ kind: 'percent-monthly', percentPerMonth: 2 });
  });

  it('keeps how customers pay: a link and details every reminder gives; a link that is no address is refused', async () => {
    const f = await setup();
    const pay = fieldset('How customers pay you');
    expect(within(pay).getByRole('note').textContent).toContain('reminders cannot say how to pay');
    fireEvent.change(within(pay).getByRole('textbox', { name: 'Payment link' }), {
      target: { value: 'pay me please' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toContain('https://');
    expect((await f.client.settings()).payment.link).toBe('');
    fireEvent.change(within(pay).getByRole('textbox', { name: 'Payment link' }), {
      target: { value: 'https://pay.carter.example/i' },
    });
    fireEvent.change(within(pay).getByRole('textbox', { name: 'Payment details' }), {
      target: { value: 'IBAN GB33 BUKB 2020 1555 5555 55' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved');
    expect((await f.client.settings()).payment).toEqual({
      link: 'https://pay.carter.example/i',
      details: 'IBAN GB33 BUKB 2020 1555 5555 55',
    });
    expect(within(pay).queryByRole('note')).toBeNull();
  });

  it('gives one class its own cadence, and back to the default', async () => {
    const f = await setup();
    const cadence = fieldset('Follow-up cadence');
    fireEvent.change(within(cadence).getByRole('combobox', { name: 'For' }), { target: { value: 'angry' } });
    fireEvent.click(within(cadence).getByRole('button', { name: 'Give them their own cadence' }));
    fireEvent.change(within(cadence).getByRole('spinbutton', { name: 'Step 3: days from due' }), {
      target: { value: '4' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved');
    let s = await f.client.settings();
    expect(s.cadenceByClass.angry?.[2]).toMatchObject({ offsetDays: 4, action: 'call' });
    expect(s.cadence[2]).toMatchObject({ offsetDays: 7, action: 'call' });
    fireEvent.click(within(fieldset('Follow-up cadence')).getByRole('button', { name: 'Follow the default again' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(async () => expect((await f.client.settings()).cadenceByClass.angry).toBeUndefined());
    s = await f.client.settings();
    expect(s.cadence).toHaveLength(5);
  });

  it('shows the background refusing an invalid setting, and keeps the edit', async () => {
    const f = await setup();
    fireEvent.change(within(fieldset('Sender details')).getByRole('textbox', { name: 'Home currency' }), {
      target: { value: 'US' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/homeCurrency/);
    expect((await f.client.settings()).homeCurrency).toBe('USD');
  });

  it('edits a template with a live preview, refuses an unknown placeholder, and saves the edit', async () => {
    const f = await setup();
    const t = fieldset('Templates');
    fireEvent.change(within(t).getByRole('textbox', { name: 'Subject' }), {
      target: { value: 'Hello {{customer.name}}' },
    });
    expect(screen.getByTestId('template-preview-subject').textContent).toBe('Hello Northwind Traders');
    fireEvent.change(within(t).getByRole('textbox', { name: 'Subject' }), { target: { value: 'Hello {{nope}}' } });
    expect(within(t).getByRole('alert').textContent).toMatch(/unknown placeholder.*\{\{nope\}\}/);
    expect(screen.queryByTitle('Template preview')).toBeNull();
    fireEvent.change(within(t).getByRole('textbox', { name: 'Subject' }), {
      target: { value: 'Pay up, {{customer.name}}' },
    });
    const id = (within(t).getByRole('combobox', { name: 'Template' }) as HTMLSelectElement).value;
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved');
    expect((await f.client.settings()).templates[id]?.subject).toBe('Pay up, {{customer.name}}');
  });

  it('says an edited template is too long for an email instead of failing the page', async () => {
    await setup();
    const t = fieldset('Templates');
    fireEvent.change(within(t).getByRole('textbox', { name: 'Body' }), {
      target: { value: `{{customer.name}} ${'<pay now> & '.repeat(3_500)}` },
    });
    expect(within(t).getByRole('alert').textContent).toMatch(/KB, more than the 32 KB an email can carry/);
    expect(screen.queryByTitle('Template preview')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Owed settings' })).toBeTruthy();
  });

  it('lists customers who acknowledged the credit policy', async () => {
    const f = await setup();
    const acme = (await f.client.ledger()).debtors.find((d) => d.id === 'acme')!;
    await f.client.saveRecord({
      id: acme.id,
      name: acme.name,
      contacts: [],
      flags: {},
      createdAt: NOW,
      updatedAt: NOW,
      creditPolicyAcknowledgedOn: '2026-10-05',
    });
    const table = await screen.findByRole('table', { name: 'Acknowledged by' });
    expect(table.textContent).toContain('Acme Corp');
    expect(table.textContent).toContain('Oct 5, 2026');
  });

  it('exports a backup, refuses a bad file changing nothing, restores a good one, and deletes everything on confirmation', async () => {
    const f = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    await screen.findByText('Backup saved');
    const saved = f.io.downloads[0]!;
    expect(saved.fileName).toBe('owed-backup-2026-11-23.json');
    expect(JSON.parse(saved.content).invoices).toHaveLength(4);

    const input = screen.getByLabelText(/Import a backup/) as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File(['{"format":"not-owed"}'], 'bad.json', { type: 'application/json' })] },
    });
    expect((await screen.findByRole('alert')).textContent!.length).toBeGreaterThan(10);
    expect((await f.client.ledger()).debtors).toHaveLength(4);

    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    await screen.findByText('Everything deleted');
    expect((await f.client.ledger()).debtors).toHaveLength(0);

    fireEvent.change(input, {
      target: { files: [new File([saved.content], 'owed-backup.json', { type: 'application/json' })] },
    });
    // What it replaces, before anything is replaced.
    const preview = await screen.findByRole('region', { name: 'Backup to import' });
    expect(within(preview).getByRole('row', { name: /In the file/ }).textContent).toContain('4');
    expect(within(preview).getByRole('row', { name: /Here now/ }).textContent).toMatch(/Here now \(replaced\)000/);
    fireEvent.click(within(preview).getByRole('button', { name: 'Replace what is here' }));
    await screen.findByText('Restored from owed-backup.json');
    expect((await f.client.ledger()).debtors.map((d) => d.name).sort()).toEqual([
      'Acme Corp',
      'Brightside Ltd',
      'Cobalt Inc',
      'Delta & Sons',
    ]);
    // The safety copy (what was there: nothing) comes back in one click.
    fireEvent.click(await screen.findByRole('button', { name: 'Undo the last import' }));
    await screen.findByText('Put back what Owed held before the last import');
    expect((await f.client.ledger()).debtors).toHaveLength(0);
  });

  it('refuses a backup too big for the browser to pass, in words, before reading it', async () => {
    await setup();
    const big = new File(['x'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(big, 'size', { value: 70 * 1024 * 1024 });
    fireEvent.change(screen.getByLabelText(/Import a backup/), { target: { files: [big] } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'huge.json is 70.0 MB: Owed can import backups up to 64 MB. Nothing was changed.',
    );
  });

  it('adds a site after asking the browser, and removes it', async () => {
    const f = await setup();
    expect(within(screen.getByRole('list', { name: 'Built-in sites' })).getByText('go.xero.com')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Read another site' });
    fireEvent.change(within(form).getByRole('textbox'), { target: { value: 'invoices.example.com/app/list' } });
    fireEvent.submit(form);
    await screen.findByText('Owed now reads invoices.example.com');
    expect(f.calls).toEqual(['request https://invoices.example.com/*', 'enable https://invoices.example.com']);
    fireEvent.click(
      within(screen.getByRole('list', { name: 'Allowed sites' })).getByRole('button', {
        name: 'Stop reading invoices.example.com',
      }),
    );
    await screen.findByText('Owed no longer reads invoices.example.com');
    expect(f.calls[2]).toBe('disable https://invoices.example.com');
    await waitFor(() => expect(screen.getByText('None yet.')).toBeTruthy());
  });

  it('lists the origins you said yes to, and revokes one', async () => {
    const f = await setup(true, ['http://127.0.0.1:8000', 'https://acme.odoo.com']);
    const approved = await screen.findByRole('list', { name: 'Approved sites' });
    expect(
      within(approved)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['http://127.0.0.1:8000', 'https://acme.odoo.com']);
    fireEvent.click(within(approved).getByRole('button', { name: 'Stop reading http://127.0.0.1:8000' }));
    await screen.findByText('Owed no longer reads http://127.0.0.1:8000 until you allow it again');
    expect(f.calls).toEqual(['revoke http://127.0.0.1:8000']);
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Approved sites' }))
          .getAllByRole('listitem')
          .map((li) => li.firstChild?.textContent),
      ).toEqual(['https://acme.odoo.com']),
    );
  });

  it('says so when the permission is refused, and registers nothing', async () => {
    const f = await setup(false);
    const form = screen.getByRole('form', { name: 'Read another site' });
    fireEvent.change(within(form).getByRole('textbox'), { target: { value: 'https://books.example.org' } });
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toBe(
      'You did not allow Owed to read books.example.org.',
    );
    expect(f.calls).toEqual(['request https://books.example.org/*']);
  });

  it('reads typed addresses as origins', () => {
    expect(siteOrigin('app.example.com/x?y')).toEqual({ ok: true, origin: 'https://app.example.com' });
    expect(siteOrigin('http://localhost:8069/odoo')).toEqual({ ok: true, origin: 'http://localhost:8069' });
    expect(siteOrigin('ftp://x.example')).toMatchObject({ ok: false });
    expect(siteOrigin('   ')).toMatchObject({ ok: false });
  });
});

describe('CSV import', () => {
  it('previews the rows it can read and the lines it cannot, then stores them as a read of the file', async () => {
    const f = await setup();
    const csv = [
      'Invoice Number,Customer,Due Date,Amount Due',
      'C-100,Fjord Foods,2026-10-01,"1,200.50"',
      'C-101,Fjord Foods,2026-11-01,300.00',
      'C-102,Garnet & Co,2026-11-15,abc',
      'C-103,Garnet & Co,2026-11-15,99.00',
    ].join('\n');
    const input = screen.getByLabelText(/aged-receivables report or an invoice export/) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([csv], 'aged.csv', { type: 'text/csv' })] } });
    expect((await screen.findByTestId('csv-count')).textContent).toBe('3');
    expect(screen.getByText('1 line not imported')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Lines not imported' }).textContent).toMatch(/^line 4: /);
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 invoices' }));
    await screen.findByText('Imported 3 invoices from aged.csv');
    const ledger = await f.client.ledger();
    const fjord = ledger.debtors.find((d) => d.name === 'Fjord Foods')!;
    expect(fjord.balance).toBe(150_050);
    const source = fjord.openInvoices[0]!.source;
    expect(source).toMatch(/^csv:/);
    expect(fjord.openInvoices.every((i) => i.source === source)).toBe(true);
    expect(ledger.reads.find((r) => r.source === source)).toMatchObject({
      title: 'aged.csv',
      count: 3,
      problems: [{ where: 'line 4' }],
    });
  });

  const csvInput = () => screen.getByLabelText(/aged-receivables report or an invoice export/) as HTMLInputElement;
  const importFile = async (bytes: BlobPart, name: string, count: number, whole = false) => {
    fireEvent.change(csvInput(), { target: { files: [new File([bytes], name, { type: 'text/csv' })] } });
    await waitFor(() => expect(screen.getByTestId('csv-count').textContent).toBe(String(count)));
    if (whole) fireEvent.click(screen.getByRole('checkbox', { name: /whole report/ }));
    fireEvent.click(screen.getByRole('button', { name: `Import ${count} invoices` }));
    await screen.findByText(`Imported ${count} invoices from ${name}`);
  };

  it('reads an Excel file saved as Windows-1252 as such: Müller is one debtor, and the preview says so', async () => {
    const f = await setup();
    const text = 'Invoice Number,Customer,Due Date,Amount Due\nM-1,Müller GmbH,2026-10-01,10.00\n';
    fireEvent.change(csvInput(), {
      target: { files: [new File([Uint8Array.from([...text].map((c) => c.charCodeAt(0)))], 'm.csv')] },
    });
    expect((await screen.findByRole('combobox', { name: 'Characters' })) as HTMLSelectElement).toHaveProperty(
      'value',
      'windows-1252',
    );
    expect(screen.getByRole('table', { name: 'First rows' }).textContent).toContain('Müller GmbH');
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 invoices' }));
    await screen.findByText('Imported 1 invoices from m.csv');
    expect((await f.client.ledger()).debtors.map((d) => d.name)).toContain('Müller GmbH');
  });

  it('keys an import by its report, not its file name, and asks before marking anything missing', async () => {
    const f = await setup();
    const missing = async () =>
      (await f.client.exportBackup()).invoices.filter((i) => i.missingSince !== undefined).map((i) => i.number);
    await importFile(
      'Invoice Number,Customer,Due Date,Amount Due\nA-1,Fjord Foods,2026-10-01,1.00\n',
      'invoices.csv',
      1,
    );
    // Another app's export, also called invoices.csv: another source.
    await importFile('Number,Client,Balance\nB-1,Garnet & Co,2.00\n', 'invoices.csv', 1, true);
    expect(await missing()).toEqual([]);
    // A newer export of the first report, without A-1: nothing is marked until the user says the file is whole.
    const newer = 'Invoice Number,Customer,Due Date,Amount Due\nA-2,Fjord Foods,2026-10-01,1.00\n';
    await importFile(newer, 'invoices (1).csv', 1);
    expect(await missing()).toEqual([]);
    await importFile(newer, 'invoices (2).csv', 1, true);
    expect(await missing()).toEqual(['A-1']);
  });

  it('refuses a CSV over 50 MB before reading it', async () => {
    await setup();
    const big = new File(['x'], 'all.csv', { type: 'text/csv' });
    Object.defineProperty(big, 'size', { value: 60 * 1024 * 1024 });
    fireEvent.change(csvInput(), { target: { files: [big] } });
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^all\.csv is 60\.0 MB: Owed imports CSV files up to 50 MB/,
    );
  });
});
