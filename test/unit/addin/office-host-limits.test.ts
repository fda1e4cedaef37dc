import { describe, expect, it } from 'vitest';
import { officeMailAdapter } from '../../../outlook-addin/src/office/office-mail-adapter';
import { BODY_MAX_BYTES, SUBJECT_MAX } from '../../../outlook-addin/src/office/office-limits';
import { installOfficeHostDouble, type OfficeHostOptions } from '../../fixtures/office/office-host-double';

// The stricter Outlook double (the one the e2e injects into the page) with the real adapter.
const SIGNATURE = '<div id="Signature"><p>Jo Owner</p></div>';
const draft = {
  to: ['billing@acme.example'],
  cc: ['ceo@acme.example'],
  subject: 'Overdue invoices: 1042',
  html: '<p>Hello Acme,</p><p>Invoice 1042 is overdue.</p>',
  text: 'Hello Acme,\n\nInvoice 1042 is overdue.',
};
const compose: OfficeHostOptions = {
  mode: 'compose',
  to: ['billing@acme.example'],
  cc: [],
  user: 'owner@myshop.example',
  maxMailbox: '1.13',
  body: SIGNATURE,
};
const read: OfficeHostOptions = {
  ...compose,
  mode: 'read',
  from: 'billing@acme.example',
  to: ['owner@myshop.example'],
};

function outlook(o: OfficeHostOptions) {
  const host = installOfficeHostDouble(o, {});
  return { ...host, mail: officeMailAdapter(host.Office as unknown as typeof Office) };
}
const writes = (calls: [string, unknown][]) => calls.filter(([n]) => /Async$|Form$/.test(n) && !/get/.test(n));

describe('the Outlook double fails as Office does', () => {
  it('subject.setAsync over 255 characters: a failed AsyncResult', async () => {
    const { Office } = outlook(compose);
    const item = Office.context.mailbox.item as { subject: { setAsync(s: string, cb: (r: unknown) => void): void } };
    const result = await new Promise((r) => item.subject.setAsync('x'.repeat(256), r));
    expect(result).toMatchObject({ status: 'failed', error: { name: 'DataExceedsMaximumSize' } });
  });

  it('displayNewMessageForm and displayReplyForm: an argument error thrown for a long subject or a body of 32 KB', () => {
    const { Office } = outlook(read);
    const big = 'é'.repeat(BODY_MAX_BYTES / 2 + 1);
    expect(() => Office.context.mailbox.displayNewMessageForm({ subject: 'x'.repeat(256) })).toThrow(/255/);
    expect(() =>
      (Office.context.mailbox.item as { displayReplyForm(f: object): void }).displayReplyForm({ htmlBody: big }),
    ).toThrow(/32 KB/);
  });

  it('HTML into a plain-text body: refused', async () => {
    const { Office } = outlook({ ...compose, bodyType: 'text' });
    const body = (
      Office.context.mailbox.item as { body: { prependAsync(d: string, o: object, cb: (r: unknown) => void): void } }
    ).body;
    const result = await new Promise((r) => body.prependAsync('<p>x</p>', { coercionType: 'html' }, r));
    expect(result).toMatchObject({ status: 'failed', error: { name: 'InvalidFormatError' } });
  });
});

describe("the adapter keeps Office's limits", () => {
  it(`checks the subject (${SUBJECT_MAX}), body (< 32 KB) and recipients (100) before any change`, async () => {
    for (const bad of [
      { ...draft, subject: 's'.repeat(SUBJECT_MAX + 1) },
      { ...draft, html: `<p>${'x'.repeat(BODY_MAX_BYTES)}</p>` },
      { ...draft, cc: Array.from({ length: 101 }, (_, i) => `c${i}@acme.example`) },
    ]) {
      const c = outlook(compose);
      await expect(c.mail.fillDraft(bad)).rejects.toThrow(/Outlook would refuse this reminder, so nothing was changed/);
      expect(writes(c.calls)).toEqual([]);
      expect(c.draft().body).toBe(SIGNATURE);
      const r = outlook(read);
      await expect(r.mail.newMessage(bad)).rejects.toThrow(/nothing was changed/);
      expect(writes(r.calls)).toEqual([]);
    }
  });

  it('a subject of exactly 255 characters goes through', async () => {
    const c = outlook({ ...compose, to: [] });
    await c.mail.fillDraft({ ...draft, subject: 's'.repeat(SUBJECT_MAX) });
    expect(c.draft().subject).toHaveLength(SUBJECT_MAX);
  });

  it('keeps a reply\'s "RE:" subject and puts the reminder above the quoted thread', async () => {
    const quoted = '<hr><p>From: Ann</p><p>Where is my invoice?</p>';
    const c = outlook({ ...compose, subject: 'RE: Where is my invoice?', body: quoted });
    expect(await c.mail.fillDraft(draft)).toMatchObject({ keptSubject: true });
    expect(c.draft()).toMatchObject({ subject: 'RE: Where is my invoice?', body: draft.html + quoted });
    expect(c.calls.map(([n]) => n)).not.toContain('subject.setAsync');
  });

  it('inserts plain text into a plain-text draft', async () => {
    const c = outlook({ ...compose, bodyType: 'text', body: '-- \nJo' });
    await c.mail.fillDraft(draft);
    expect(c.draft().body).toBe(`${draft.text}\n\n-- \nJo`);
  });

  it('says exactly what was applied when Outlook refuses a step part way', async () => {
    const c = outlook({ ...compose, refuse: ['cc.addAsync'] });
    await expect(c.mail.fillDraft(draft)).rejects.toThrow(
      'Outlook refused the cc recipients (The item is no longer available.). Already in the draft: the reminder at the top of the body, the subject.',
    );
    const first = outlook({ ...compose, refuse: ['body.prependAsync'] });
    await expect(first.mail.fillDraft(draft)).rejects.toThrow(/Nothing was changed\.$/);
  });

  it("reads the shared mailbox as one of the user's own addresses (never a debtor)", async () => {
    const shared = outlook({ ...read, sharedOwner: 'accounts@myshop.example' });
    expect(await shared.mail.readContext()).toMatchObject({ sharedOwner: 'accounts@myshop.example' });
    expect(await outlook(read).mail.readContext()).toMatchObject({ sharedOwner: undefined });
    // Before Mailbox 1.8 there is no getSharedPropertiesAsync to ask.
    expect(
      await outlook({ ...read, maxMailbox: '1.7', sharedOwner: 'accounts@myshop.example' }).mail.readContext(),
    ).toMatchObject({ sharedOwner: undefined });
  });

  it('reads the start of a received mail as one line', async () => {
    const r = outlook({ ...read, text: 'We will pay\n\non Friday.   Ann' });
    expect(await r.mail.readTextStart(18)).toBe('We will pay on Fri');
  });

  it('follows the selected item in a pinned pane', async () => {
    const r = outlook(read);
    let changed = 0;
    r.mail.onItemChanged(() => changed++);
    r.selectItem({ ...read, from: 'pay@zed.example' });
    await new Promise((done) => setTimeout(done, 5));
    expect(changed).toBe(1);
    expect(await r.mail.readContext()).toMatchObject({ from: 'pay@zed.example' });
  });
});
