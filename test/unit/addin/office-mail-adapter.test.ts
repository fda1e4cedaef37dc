import { describe, expect, it } from 'vitest';
import { officeMailAdapter } from '../../../outlook-addin/src/office/office-mail-adapter';
import { composeModeOffice, readModeOffice } from '../../fixtures/office/outlook-mock';

const SIGNATURE = '<div id="Signature"><p>Jo Owner<br>My Shop · 555 0100</p></div>';
const draft = {
  to: ['billing@acme.example'],
  cc: ['ceo@acme.example'],
  subject: 'Overdue invoices: 1042',
  html: '<p>Hello Acme,</p><p>Invoice 1042 is overdue.</p>',
  text: 'Hello Acme,\n\nInvoice 1042 is overdue.',
};

describe('Office mail adapter, read mode (office-addin-mock)', () => {
  it('reads the sender, recipients and user', async () => {
    const { office } = readModeOffice({ from: 'billing@acme.example', cc: ['ceo@acme.example'] });
    expect(await officeMailAdapter(office).readContext()).toEqual({
      mode: 'read',
      from: 'billing@acme.example',
      to: ['owner@myshop.example'],
      cc: ['ceo@acme.example'],
      userEmail: 'owner@myshop.example',
      subject: 'Re: invoice 1042',
      receivedAt: Date.UTC(2026, 10, 20, 9),
    });
  });

  it('replies with the HTML body through displayReplyForm', async () => {
    const { office, calls } = readModeOffice({ from: 'billing@acme.example' });
    await officeMailAdapter(office).replyWithHtml(draft);
    expect(calls.replyForms).toEqual([{ htmlBody: draft.html }]);
  });

  it('opens a new message with to, cc, subject and HTML body', async () => {
    const { office, calls } = readModeOffice({ from: 'billing@acme.example' });
    await officeMailAdapter(office).newMessage(draft);
    expect(calls.newForms).toEqual([
      { toRecipients: draft.to, ccRecipients: draft.cc, subject: draft.subject, htmlBody: draft.html },
    ]);
  });

  it('says which Outlook is too old by the Mailbox requirement set', () => {
    expect(
      officeMailAdapter(readModeOffice({ from: 'a@b.example', maxMailbox: '1.5' }).office).requirementProblem(),
    ).toMatch(/Mailbox 1\.6/);
    expect(
      officeMailAdapter(readModeOffice({ from: 'a@b.example', maxMailbox: '1.6' }).office).requirementProblem(),
    ).toBeNull();
    expect(
      officeMailAdapter(readModeOffice({ from: 'a@b.example', maxMailbox: '1.13' }).office).requirementProblem(),
    ).toBeNull();
  });
});

describe('Office mail adapter, compose mode (office-addin-mock)', () => {
  it('reads the draft recipients', async () => {
    const { office } = composeModeOffice({ to: ['billing@acme.example'], cc: ['x@acme.example'] });
    expect(await officeMailAdapter(office).readContext()).toMatchObject({
      mode: 'compose',
      to: ['billing@acme.example'],
      cc: ['x@acme.example'],
    });
  });

  it('sets the subject, puts the reminder above the signature and adds cc, keeping what the user wrote', async () => {
    const { office, draft: state } = composeModeOffice({
      to: ['billing@acme.example'],
      cc: ['bookkeeper@myshop.example'],
      body: SIGNATURE,
    });
    await officeMailAdapter(office).fillDraft(draft);
    expect(state.subject).toBe(draft.subject);
    expect(state.body).toBe(draft.html + SIGNATURE);
    expect(state.cc).toEqual(['bookkeeper@myshop.example', 'ceo@acme.example']);
    expect(state.to).toEqual(['billing@acme.example']);
  });

  it('fills an empty To, and does not copy anyone twice', async () => {
    const { office, draft: state } = composeModeOffice({ cc: ['CEO@acme.example'], body: SIGNATURE });
    await officeMailAdapter(office).fillDraft(draft);
    expect(state.to).toEqual(['billing@acme.example']);
    expect(state.cc).toEqual(['CEO@acme.example']);
  });

  it('inserts plain text into a plain-text draft', async () => {
    const { office, draft: state } = composeModeOffice({
      to: ['billing@acme.example'],
      body: '-- \nJo',
      bodyType: 'text',
    });
    await officeMailAdapter(office).fillDraft(draft);
    expect(state.body).toBe(`${draft.text}\n\n-- \nJo`);
  });

  it('keeps a reply\'s "RE:" subject', async () => {
    const { office, draft: state } = composeModeOffice({ to: ['billing@acme.example'], subject: 'RE: invoice 1042' });
    expect(await officeMailAdapter(office).fillDraft(draft)).toMatchObject({ keptSubject: true });
    expect(state.subject).toBe('RE: invoice 1042');
    expect(state.body.startsWith(draft.html)).toBe(true);
  });

  it('refuses a subject over 255 characters before changing anything', async () => {
    const { office, draft: state } = composeModeOffice({ to: ['billing@acme.example'], body: SIGNATURE });
    await expect(officeMailAdapter(office).fillDraft({ ...draft, subject: 'x'.repeat(256) })).rejects.toThrow(
      /nothing was changed: its subject has 256 characters/,
    );
    expect(state).toMatchObject({ subject: '', body: SIGNATURE, cc: [] });
  });

  it('refuses to fill a draft in read mode', async () => {
    await expect(officeMailAdapter(readModeOffice({ from: 'a@b.example' }).office).fillDraft(draft)).rejects.toThrow(
      /writing/,
    );
  });
});
