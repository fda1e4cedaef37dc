import type { DebtorView, Settings } from '../../../lib/model';
import { normalizeEmail } from '../../../lib/match';
import {
  composeDraft,
  type DraftAttachment,
  invoicesAbout,
  recipientsFor,
  TemplateError,
} from '../../../lib/templates';
import type { MailContext, OutgoingDraft } from '../office/mail-adapter';

export interface PlannedDraft extends OutgoingDraft {
  templateId: string;
  /** read-reply: reply in the thread; read-new: new message; compose: fill the open draft. */
  how: 'read-reply' | 'read-new' | 'compose';
  /** The files it carries: none in read mode, where no form takes a file from the pane. */
  attachments: DraftAttachment[];
  /** The invoices it reminds of, for the log. */
  invoiceNumbers: string[];
}

/** A draft the pane will not write, and why, in words for the pane. */
export class NothingToDraft extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NothingToDraft';
  }
}

/**
 * What "Draft reminder" does, drafted by lib/templates' composeDraft as the sidebar drafts it:
 * every claim true of the ledger, the cc sentence only with the cc set here, and a file said to be
 * attached only when the add-in attaches it. In read mode it replies in the thread when the sender
 * is the debtor and nobody needs copying (Outlook's reply form cannot take cc), otherwise it opens
 * a new message. Neither form takes a file from the pane (their `attachments` take URLs or item
 * ids, and Owed serves no file), so there the draft is written without attachments and says so.
 * In compose mode the files go in with addFileAttachmentFromBase64Async (Mailbox 1.8) when this
 * Outlook has it. Throws NothingToDraft when the template has nothing true to say.
 */
export function planDraft(args: {
  view: DebtorView;
  settings: Settings;
  today: string;
  templateId: string;
  mail: MailContext;
  matchedAddress?: string;
  locale?: string;
}): PlannedDraft {
  const { view, settings, today, templateId, mail, matchedAddress } = args;
  const { cc } = recipientsFor(view, templateId, matchedAddress);
  const sender = mail.mode === 'read' && mail.from ? normalizeEmail(mail.from) : null;
  const senderIsDebtor = sender !== null && matchedAddress !== undefined && sender === normalizeEmail(matchedAddress);
  const how: PlannedDraft['how'] =
    mail.mode === 'compose' ? 'compose' : senderIsDebtor && cc.length === 0 ? 'read-reply' : 'read-new';
  let draft: ReturnType<typeof composeDraft>;
  // The next step's own invoices (one invoice's reminder before its due date, the disputed one), as the sidebar drafts.
  const about = invoicesAbout(view, templateId);
  try {
    draft = composeDraft(view, templateId, {
      settings,
      today,
      ...(args.locale ? { locale: args.locale } : {}),
      ...(matchedAddress ? { matchedAddress } : {}),
      attach: how === 'compose' && mail.canAttachFiles === true,
      ...(about ? { invoiceNumbers: about } : {}),
    });
  } catch (e) {
    if (e instanceof TemplateError) throw new NothingToDraft(`Not drafted: ${e.message}`);
    throw e;
  }
  const { subject, html, text, to, attachments, invoiceNumbers } = draft;
  return {
    subject,
    html,
    text,
    to: how === 'read-reply' && sender ? [sender] : to,
    cc: draft.cc,
    attachments,
    invoiceNumbers,
    templateId,
    how,
  };
}
