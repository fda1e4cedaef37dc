/// <reference types="office-js" />
import type { FillReport, MailAdapter, MailContext, OutgoingDraft } from './mail-adapter';
import { assertDraftFits, fileBase64 } from './office-limits';
import { PINNING_MAILBOX, requirementMessage, SHARED_MAILBOX } from './requirements';

/** addFileAttachmentFromBase64Async. */
const ATTACH_FILES = '1.8';

/** Turns an Office.js callback API into a promise that rejects with Office's own message. */
function call<T>(
  office: typeof Office,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      start((result) => {
        if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(new Error(result.error?.message || 'Outlook refused the change.'));
      });
    } catch (e) {
      // Office.js checks arguments before calling back and throws on a bad one.
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

const addresses = (list: Office.EmailAddressDetails[] | undefined) =>
  (list ?? []).map((r) => r.emailAddress).filter(Boolean);

/** Office.js behind the MailAdapter interface; the only module that touches the Office global. */
export function officeMailAdapter(office: typeof Office = Office): MailAdapter {
  const mailbox = () => office.context.mailbox;
  const item = () => mailbox().item as (Office.MessageRead & Office.MessageCompose) | null | undefined;
  const supports = (version: string) => office.context.requirements.isSetSupported('Mailbox', version);
  // In compose mode the recipients are objects with getAsync; in read mode plain arrays.
  const isCompose = (it: Office.MessageRead | Office.MessageCompose) =>
    typeof (it as Office.MessageCompose).subject === 'object' &&
    typeof (it as Office.MessageCompose).subject?.getAsync === 'function';

  const canAttach = (it: Office.MessageCompose) =>
    supports(ATTACH_FILES) && typeof it.addFileAttachmentFromBase64Async === 'function';

  /** The owner of a shared folder or shared mailbox (Mailbox 1.8/1.13); undefined in the user's own. */
  async function sharedOwner(it: Office.MessageRead | Office.MessageCompose): Promise<string | undefined> {
    const get = (it as { getSharedPropertiesAsync?: Office.MessageRead['getSharedPropertiesAsync'] })
      .getSharedPropertiesAsync;
    if (!supports(SHARED_MAILBOX) || typeof get !== 'function') return undefined;
    // Fails when the item is not in a shared folder or mailbox: that is the ordinary case.
    return call<Office.SharedProperties>(office, (cb) => get.call(it, cb)).then(
      (p) => p.owner || undefined,
      () => undefined,
    );
  }

  return {
    requirementProblem: () =>
      requirementMessage((name, version) => office.context.requirements.isSetSupported(name, version)),

    async readContext(): Promise<MailContext | null> {
      const it = item();
      if (!it) return null;
      const userEmail = mailbox().userProfile?.emailAddress;
      const owner = await sharedOwner(it);
      if (isCompose(it)) {
        const compose = it as Office.MessageCompose;
        const [to, cc, subject] = await Promise.all([
          call<Office.EmailAddressDetails[]>(office, (cb) => compose.to.getAsync(cb)),
          call<Office.EmailAddressDetails[]>(office, (cb) => compose.cc.getAsync(cb)),
          call<string>(office, (cb) => compose.subject.getAsync(cb)),
        ]);
        return {
          mode: 'compose',
          to: addresses(to),
          cc: addresses(cc),
          userEmail,
          sharedOwner: owner,
          subject,
          canAttachFiles: canAttach(compose),
        };
      }
      const read = it as Office.MessageRead;
      const created = read.dateTimeCreated instanceof Date ? read.dateTimeCreated.getTime() : undefined;
      return {
        mode: 'read',
        from: read.from?.emailAddress,
        to: addresses(read.to),
        cc: addresses(read.cc),
        userEmail,
        sharedOwner: owner,
        subject: read.subject,
        receivedAt: created,
      };
    },

    async readTextStart(maxChars) {
      const it = item() as Office.MessageRead | null | undefined;
      if (!it) throw new Error('Select a message first.');
      const text = await call<string>(office, (cb) => it.body.getAsync(office.CoercionType.Text, cb));
      return text.replace(/\s+/g, ' ').trim().slice(0, maxChars);
    },

    onItemChanged(callback) {
      if (!supports(PINNING_MAILBOX)) return () => {};
      mailbox().addHandlerAsync(office.EventType.ItemChanged, callback);
      return () => mailbox().removeHandlerAsync(office.EventType.ItemChanged);
    },

    async replyWithHtml(draft) {
      const it = item();
      if (!it) throw new Error('Select a message first.');
      assertDraftFits(draft);
      // The reply form takes no subject: Outlook writes its own "RE: …".
      (it as Office.MessageRead).displayReplyForm({ htmlBody: draft.html });
    },

    async newMessage(draft) {
      assertDraftFits(draft);
      mailbox().displayNewMessageForm({
        toRecipients: draft.to,
        ccRecipients: draft.cc,
        subject: draft.subject,
        htmlBody: draft.html,
      });
    },

    async fillDraft(draft: OutgoingDraft): Promise<FillReport> {
      const it = item();
      if (!it || !isCompose(it)) throw new Error('Open a message you are writing first.');
      const compose = it as Office.MessageCompose;
      // Everything read and checked before the first change.
      const [bodyType, subject, to, cc] = await Promise.all([
        call<Office.CoercionType>(office, (cb) => compose.body.getTypeAsync(cb)),
        call<string>(office, (cb) => compose.subject.getAsync(cb)),
        call<Office.EmailAddressDetails[]>(office, (cb) => compose.to.getAsync(cb)),
        call<Office.EmailAddressDetails[]>(office, (cb) => compose.cc.getAsync(cb)),
      ]);
      const keptSubject = subject.trim() !== '';
      const present = new Set([...addresses(to), ...addresses(cc)].map((e) => e.toLowerCase()));
      const newCc = draft.cc.filter((e) => !present.has(e.toLowerCase()));
      const newTo = to.length === 0 ? draft.to : [];
      assertDraftFits({ ...draft, subject: keptSubject ? '' : draft.subject, cc: [...addresses(cc), ...newCc] });

      const files = draft.attachments ?? [];
      if (files.length && !canAttach(compose))
        throw new Error('This Outlook cannot attach a file from the pane, so nothing was changed.');

      const html = bodyType === office.CoercionType.Html;
      const steps: [string, () => Promise<void>][] = [
        // The files first: the body that says they are attached goes in only once they are.
        ...files.map((file): [string, () => Promise<void>] => [
          `the file ${file.fileName}`,
          () =>
            call<string>(office, (cb) =>
              compose.addFileAttachmentFromBase64Async(fileBase64(file), file.fileName, { isInline: false }, cb),
            ).then(() => undefined),
        ]),
        [
          'the reminder at the top of the body',
          // prependAsync leaves the signature and any quoted thread as Outlook wrote them.
          () =>
            call<void>(office, (cb) =>
              compose.body.prependAsync(
                html ? draft.html : `${draft.text}\n\n`,
                { coercionType: html ? office.CoercionType.Html : office.CoercionType.Text },
                cb,
              ),
            ),
        ],
      ];
      if (!keptSubject)
        steps.push(['the subject', () => call<void>(office, (cb) => compose.subject.setAsync(draft.subject, cb))]);
      if (newTo.length)
        steps.push(['the To recipients', () => call<void>(office, (cb) => compose.to.setAsync(newTo, cb))]);
      if (newCc.length)
        steps.push(['the cc recipients', () => call<void>(office, (cb) => compose.cc.addAsync(newCc, cb))]);

      const applied: string[] = [];
      for (const [what, run] of steps) {
        try {
          await run();
        } catch (e) {
          const reason = e instanceof Error ? e.message : String(e);
          throw new Error(
            `Outlook refused ${what} (${reason}). ${applied.length ? `Already in the draft: ${applied.join(', ')}.` : 'Nothing was changed.'}`,
          );
        }
        applied.push(what);
      }
      return { applied, keptSubject };
    },
  };
}
