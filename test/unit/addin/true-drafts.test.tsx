// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDemoData } from '../../../demo/seed.mjs';
import { buildLedger } from '../../../lib/ledger/build-ledger';
import { debtorIdFor, defaultSettings, type DebtorView, type Invoice, type Settings } from '../../../lib/model';
import { checkDraftClaims, draftFacts } from '../../../lib/templates';
import { Taskpane } from '../../../outlook-addin/src/components/Taskpane';
import { NothingToDraft, planDraft } from '../../../outlook-addin/src/drafting/reminder-draft';
import { templateChoices } from '../../../outlook-addin/src/drafting/templates-port';
import type { MailContext } from '../../../outlook-addin/src/office/mail-adapter';
import { officeMailAdapter } from '../../../outlook-addin/src/office/office-mail-adapter';
import { installOfficeHostDouble, type OfficeHostOptions } from '../../fixtures/office/office-host-double';
import { debtorOf, openInvoice, record, TODAY } from '../ledger/make';
import { fakeData, fakeMail } from './fake-mail';

// The pane's drafts are lib/templates' composeDraft: every claim true of the ledger, a file said
// to be attached only when Outlook attached it.
afterEach(cleanup);

const settings: Settings = {
  ...defaultSettings(),
  sender: { name: 'Sam Carter', company: 'Carter Design', email: 'sam@carter.example', phone: '', address: '' },
  payment: { ...defaultSettings().payment, details: 'IBAN DE00 1234 5678 9000' },
};
const compose: OfficeHostOptions = {
  mode: 'compose',
  to: [],
  cc: [],
  user: 'sam@carter.example',
  maxMailbox: '1.13',
  body: '<div id="Signature"><p>Sam</p></div>',
};
function outlook(o: OfficeHostOptions = compose) {
  const host = installOfficeHostDouble(o, {});
  return { ...host, mail: officeMailAdapter(host.Office as unknown as typeof Office) };
}
const viewOf = (invoices: Invoice[], contacts = [{ role: 'billing' as const, email: 'ap@acme.example' }]) =>
  debtorOf({ invoices, events: [], plans: [], records: [record({ contacts })] });
const claims = (view: DebtorView, d: ReturnType<typeof planDraft>) =>
  checkDraftClaims(d, draftFacts(view, { settings, today: TODAY }));
const reading: MailContext = { mode: 'read', from: 'ap@acme.example', to: [], cc: [] };

describe('the pane drafts only what is true', () => {
  it('refuses a reminder for a debtor with invoices not yet due, and says why in the pane', async () => {
    const view = viewOf([openInvoice('INV-9', -20, { balance: 2_000_00 })]);
    for (const id of ['unorganized/three-days', 'unorganized/final-notice'])
      expect(() => planDraft({ view, settings, today: TODAY, templateId: id, mail: reading })).toThrow(NothingToDraft);
    // The reminder before the due date is what there is to say.
    const pre = planDraft({ view, settings, today: TODAY, templateId: 'unorganized/pre-due', mail: reading });
    expect(claims(view, pre)).toEqual([]);
    expect(pre.text).not.toMatch(/overdue/i);

    const pane = fakeMail({ mode: 'read', from: 'ap@acme.example', to: ['sam@carter.example'], cc: [] });
    const data = fakeData([
      {
        ...view,
        next: {
          action: 'email',
          isCall: false,
          template: 'unorganized/three-days',
          date: TODAY,
          why: {
            kind: 'step',
            values: { what: 'email', when: { kind: 'when-due', values: { invoice: 'INV-1', due: TODAY } } },
          },
        },
      } as DebtorView,
    ]);
    render(
      <Taskpane
        mail={pane.mail}
        connect={async () => data.data}
        backups={{ import: async () => undefined, source: async () => null }}
        now={() => Date.parse(`${TODAY}T12:00:00Z`)}
      />,
    );
    await screen.findByText(/Not drafted: Nothing of .*'s is overdue/);
    fireEvent.click(screen.getByRole('button', { name: 'Draft reminder' }));
    // The hint and then the pane's answer to the click both say why.
    await waitFor(() => expect(screen.getAllByText(/Not drafted: Nothing of .*'s is overdue/)).toHaveLength(2));
    expect(pane.done.newMessages).toEqual([]);
    expect(pane.done.replies).toEqual([]);
    expect(data.events).toEqual([]);
  });

  it('names a cc only when it sets one', () => {
    const inv = [openInvoice('INV-1', 40, { balance: 500_00 })];
    const quiet = viewOf(inv);
    const copied = viewOf(inv, [
      { role: 'billing', email: 'ap@acme.example' },
      { role: 'senior-leadership', email: 'ceo@acme.example' },
    ] as never);
    const id = 'unorganized/one-month';
    const q = planDraft({
      view: quiet,
      settings,
      today: TODAY,
      templateId: id,
      mail: reading,
      matchedAddress: 'ap@acme.example',
    });
    const c = planDraft({
      view: copied,
      settings,
      today: TODAY,
      templateId: id,
      mail: reading,
      matchedAddress: 'ap@acme.example',
    });
    expect(q.cc).toEqual([]);
    expect(q.text).not.toMatch(/\b(copying|copied|in cc)\b/i);
    expect(c.cc).toEqual(['ceo@acme.example']);
    expect(c.how).toBe('read-new');
    expect(claims(quiet, q)).toEqual([]);
    expect(claims(copied, c)).toEqual([]);
  });

  const owing = viewOf([openInvoice('INV-1', 40, { balance: 500_00 }), openInvoice('INV-2', 12, { balance: 80_00 })]);
  const statement = 'unorganized/statement';

  it('in compose mode attaches the statement through Outlook and says so', async () => {
    const o = outlook();
    const context = (await o.mail.readContext())!;
    expect(context.canAttachFiles).toBe(true);
    const d = planDraft({ view: owing, settings, today: TODAY, templateId: statement, mail: context });
    expect(d.attachments).toHaveLength(1);
    expect(d.text).toMatch(/\battached\b/i);
    expect(claims(owing, d)).toEqual([]);
    await o.mail.fillDraft(d);
    const [file] = o.draft().attachments;
    expect(file).toMatchObject({ name: d.attachments![0]!.fileName, isInline: false });
    expect(file!.content).toContain('INV-1');
    // The file went in before the body that says it is attached.
    const names = o.calls.map(([n]) => n);
    expect(names.indexOf('addFileAttachmentFromBase64Async')).toBeLessThan(names.indexOf('body.prependAsync'));
  });

  it('in compose mode without Mailbox 1.8, and in read mode, drafts the statement without saying it is attached', async () => {
    const old = outlook({ ...compose, maxMailbox: '1.7' });
    const oldContext = (await old.mail.readContext())!;
    expect(oldContext.canAttachFiles).toBe(false);
    for (const mail of [oldContext, reading, { ...reading, from: 'x@elsewhere.example' }]) {
      const d = planDraft({
        view: owing,
        settings,
        today: TODAY,
        templateId: statement,
        mail,
        matchedAddress: 'ap@acme.example',
      });
      expect(d.attachments).toEqual([]);
      expect(`${d.subject}\n${d.text}`).not.toMatch(/\b(attached|enclosed|attachment)\b/i);
      expect(claims(owing, d)).toEqual([]);
    }
    await old.mail.fillDraft(
      planDraft({ view: owing, settings, today: TODAY, templateId: statement, mail: oldContext }),
    );
    expect(old.draft().attachments).toEqual([]);
  });

  it("keeps Office's attachment limits (name 255 characters) before any change, and says what went in when Outlook refuses", async () => {
    const o = outlook();
    const context = (await o.mail.readContext())!;
    const d = planDraft({ view: owing, settings, today: TODAY, templateId: statement, mail: context });
    const long = { ...d, attachments: [{ ...d.attachments![0]!, fileName: `${'x'.repeat(251)}.html` }] };
    await expect(o.mail.fillDraft(long)).rejects.toThrow(/nothing was changed: the file name .* is too long/);
    expect(o.calls.filter(([n]) => /Async$/.test(n) && !/get/.test(n))).toEqual([]);
    // The double throws as Office.js does for a name over 255 characters.
    const item = o.Office.context.mailbox.item as { addFileAttachmentFromBase64Async: (...a: unknown[]) => void };
    expect(() => item.addFileAttachmentFromBase64Async('eA==', 'x'.repeat(256), {}, () => {})).toThrow(/255/);
    const refusing = outlook({ ...compose, refuse: ['addFileAttachmentFromBase64Async'] });
    await expect(refusing.mail.fillDraft(d)).rejects.toThrow(/Outlook refused the file .*Nothing was changed\.$/);
    expect(refusing.draft().body).toBe(compose.body);
  });

  it('the double answers AttachmentSizeExceeded over 27,892,122 base64 characters', async () => {
    const o = outlook();
    const item = o.Office.context.mailbox.item as { addFileAttachmentFromBase64Async: (...a: unknown[]) => void };
    const result = await new Promise((r) =>
      item.addFileAttachmentFromBase64Async('A'.repeat(27_892_124), 'big.html', {}, r),
    );
    expect(result).toMatchObject({ status: 'failed', error: { name: 'AttachmentSizeExceeded' } });
  });
});

/** The demo app's customers, as the e2e ledger reads them. */
function demoViews(today = TODAY): DebtorView[] {
  const data = makeDemoData(today);
  const customers = new Map(data.customers.map((c) => [c.id, c]));
  const invoices: Invoice[] = data.invoices.map((i) => {
    const c = customers.get(i.customerId)!;
    return {
      number: i.number,
      customer: c.name,
      issued: i.issued,
      due: i.due,
      total: i.total,
      balance: i.status === 'Draft' ? 0 : i.total - i.paid,
      currency: i.currency,
      status: i.status,
      ...(i.paidOn ? { paidOn: i.paidOn } : {}),
      id: `demo#${i.number}`,
      source: 'http://127.0.0.1',
      debtorId: debtorIdFor(c.name),
      firstSeenAt: Date.parse('2026-11-01T09:00:00Z'),
      seenAt: Date.parse(`${today}T09:00:00Z`),
    };
  });
  const ledger = buildLedger({
    invoices,
    events: [],
    plans: [],
    records: [],
    settings: defaultSettings(),
    now: Date.parse(`${today}T12:00:00Z`),
    timeZone: 'UTC',
  });
  return ledger.debtors.filter((d) => d.openInvoices.length > 0);
}

describe("the pane's drafts for the sample ledgers", () => {
  it('make no false claim, in every mode, for every template of the debtor', async () => {
    const views = demoViews();
    expect(views.length).toBeGreaterThan(3);
    const modes: MailContext[] = [(await outlook().mail.readContext())!, { mode: 'read', to: [], cc: [] }];
    let drafted = 0;
    // Every template the pane offers this debtor.
    for (const view of views)
      for (const t of templateChoices(view))
        for (const mail of modes) {
          const matchedAddress = view.contacts.find((c) => c.email)?.email;
          let d: ReturnType<typeof planDraft>;
          try {
            d = planDraft({
              view,
              settings,
              today: TODAY,
              templateId: t.id,
              mail,
              ...(matchedAddress ? { matchedAddress } : {}),
            });
          } catch (e) {
            expect(e, `${view.name} ${t.id}`).toBeInstanceOf(NothingToDraft);
            continue;
          }
          drafted++;
          expect(claims(view, d), `${view.name} ${t.id} ${mail.mode}`).toEqual([]);
          if (mail.mode === 'read') expect(d.attachments).toEqual([]);
        }
    expect(drafted).toBeGreaterThan(20);
  }, 120_000);
});
