/// <reference types="office-js" />
import type { MailAdapter, MailContext, OutgoingDraft } from './mail-adapter';
import { PINNING_MAILBOX, requirementMessage } from './requirements';

/** Turns an Office.js callback API into a promise that rejects with Office's own message. */
function call<T>(
  office: typeof Office,
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message || 'Outlook refused the change.'));
    });
  });
}

const addresses = (list: Office.EmailAddressDetails[] | undefined) =>
  (list ?? []).map((r) => r.emailAddress).filter(Boolean);

/** Office.js behind the MailAdapter interface; the only module that touches the Office global. */
export function officeMailAdapter(office: typeof Office = Office): MailAdapter {
  const mailbox = () => office.context.mailbox;
  const item = () => mailbox().item as (Office.MessageRead & Office.MessageCompose) | null | undefined;
  // In compose mode the recipients are objects with getAsync; in read mode plain arrays.
  const isCompose = (it: Office.MessageRead | Office.MessageCompose) =>
    typeof (it as Office.MessageCompose).subject === 'object' &&
    typeof (it as Office.MessageCompose).subject?.getAsync === 'function';

  return {
    requirementProblem: () =>
      requirementMessage((name, version) => office.context.requirements.isSetSupported(name, version)),

    async readContext(): Promise<MailContext | null> {
      const it = item();
      if (!it) return null;
      const userEmail = mailbox().userProfile?.emailAddress;
      if (isCompose(it)) {
        const compose = it as Office.MessageCompose;
        const [to, cc] = await Promise.all([
          call<Office.EmailAddressDetails[]>(office, (cb) => compose.to.getAsync(cb)),
          call<Office.EmailAddressDetails[]>(office, (cb) => compose.cc.getAsync(cb)),
        ]);
        return { mode: 'compose', to: addresses(to), cc: addresses(cc), userEmail };
      }
      const read = it as Office.MessageRead;
      return { mode: 'read', from: read.from?.emailAddress, to: addresses(read.to), cc: addresses(read.cc), userEmail };
    },

    onItemChanged(callback) {
      if (!office.context.requirements.isSetSupported('Mailbox', PINNING_MAILBOX)) return () => {};
      mailbox().addHandlerAsync(office.EventType.ItemChanged, callback);
      return () => mailbox().removeHandlerAsync(office.EventType.ItemChanged);
    },

    async replyWithHtml(html) {
      const it = item();
      if (!it) throw new Error('Select a message first.');
      (it as Office.MessageRead).displayReplyForm({ htmlBody: html });
    },

    async newMessage(draft) {
      mailbox().displayNewMessageForm({
        toRecipients: draft.to,
        ccRecipients: draft.cc,
        subject: draft.subject,
        htmlBody: draft.html,
      });
    },

    async fillDraft(draft: OutgoingDraft) {
      const it = item();
      if (!it || !isCompose(it)) throw new Error('Open a message you are writing first.');
      const compose = it as Office.MessageCompose;
      const bodyType = await call<Office.CoercionType>(office, (cb) => compose.body.getTypeAsync(cb));
      const html = bodyType === office.CoercionType.Html;
      // prependAsync puts the reminder at the top and leaves the signature and any quoted thread as
      // Outlook wrote them; reading and re-setting the whole body would re-serialize the signature.
      await call<void>(office, (cb) =>
        compose.body.prependAsync(
          html ? draft.html : `${draft.text}\n\n`,
          { coercionType: html ? office.CoercionType.Html : office.CoercionType.Text },
          cb,
        ),
      );
      await call<void>(office, (cb) => compose.subject.setAsync(draft.subject, cb));
      const [to, cc] = await Promise.all([
        call<Office.EmailAddressDetails[]>(office, (cb) => compose.to.getAsync(cb)),
        call<Office.EmailAddressDetails[]>(office, (cb) => compose.cc.getAsync(cb)),
      ]);
      if (to.length === 0 && draft.to.length > 0) await call<void>(office, (cb) => compose.to.setAsync(draft.to, cb));
      const present = new Set([...addresses(to), ...addresses(cc)].map((e) => e.toLowerCase()));
      const newCc = draft.cc.filter((e) => !present.has(e.toLowerCase()));
      if (newCc.length > 0) await call<void>(office, (cb) => compose.cc.addAsync(newCc, cb));
    },
  };
}
