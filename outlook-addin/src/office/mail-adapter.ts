/** The Outlook operations the taskpane needs, free of Office.js so components can take a fake. */

export type MailMode = 'read' | 'compose';

export interface MailContext {
  mode: MailMode;
  /** Read mode: who sent the message. */
  from?: string;
  to: string[];
  cc: string[];
  /** The signed-in user's address: never a debtor. */
  userEmail?: string;
  /** The shared mailbox or shared folder's owner (accounts@…), when the item is in one: never a debtor. */
  sharedOwner?: string;
  /** Read mode: the subject; compose mode: the subject already typed (or "RE: …" of a reply). */
  subject?: string;
  /** Read mode: when the message was received, epoch ms. */
  receivedAt?: number;
  /** Compose mode: this Outlook can attach a file from the pane (addFileAttachmentFromBase64Async, Mailbox 1.8). */
  canAttachFiles?: boolean;
}

/** A file the draft carries (lib/templates' DraftAttachment): attached in compose mode only. */
export interface OutgoingFile {
  fileName: string;
  mimeType: string;
  /** The file's text; the adapter encodes it (UTF-8, base64) for Outlook. */
  content: string;
}

export interface OutgoingDraft {
  to: string[];
  cc: string[];
  subject: string;
  html: string;
  text: string;
  /** Compose mode only; a draft for a read-mode form has none and says none is attached. */
  attachments?: OutgoingFile[];
}

/** What a compose fill did: every step applied, and whether the existing subject was kept. */
export interface FillReport {
  applied: string[];
  keptSubject: boolean;
}

export interface MailAdapter {
  /** Why this Outlook cannot run Owed (missing requirement set), or null. */
  requirementProblem(): string | null;
  /** The open message, or null when no item is selected. */
  readContext(): Promise<MailContext | null>;
  /** Read mode: the start of the message's text, for a log excerpt. */
  readTextStart(maxChars: number): Promise<string>;
  /** Calls back when the user selects another message in a pinned pane; returns an unsubscribe. */
  onItemChanged(callback: () => void): () => void;
  /** Read mode: opens a reply to the sender with this body above the quoted message (Outlook keeps its "RE:" subject). */
  replyWithHtml(draft: Pick<OutgoingDraft, 'html' | 'text' | 'subject' | 'to' | 'cc'>): Promise<void>;
  /** Read mode: opens a new message. */
  newMessage(draft: OutgoingDraft): Promise<void>;
  /**
   * Compose mode, all or nothing as far as Outlook allows: checks Office's limits first, then
   * inserts the body above the user's signature and quoted text, sets the subject only when the
   * draft has none (a reply's "RE: …" or the user's own subject stays), fills To when empty and adds
   * the cc recipients not already there, and attaches the draft's files. A failure part way says
   * exactly what was applied.
   */
  fillDraft(draft: OutgoingDraft): Promise<FillReport>;
}
