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
}

export interface OutgoingDraft {
  to: string[];
  cc: string[];
  subject: string;
  html: string;
  text: string;
}

export interface MailAdapter {
  /** Why this Outlook cannot run Owed (missing requirement set), or null. */
  requirementProblem(): string | null;
  /** The open message, or null when no item is selected. */
  readContext(): Promise<MailContext | null>;
  /** Calls back when the user selects another message in a pinned pane; returns an unsubscribe. */
  onItemChanged(callback: () => void): () => void;
  /** Read mode: opens a reply to the sender with this body above the quoted message. */
  replyWithHtml(html: string): Promise<void>;
  /** Read mode: opens a new message. */
  newMessage(draft: Omit<OutgoingDraft, 'text'>): Promise<void>;
  /**
   * Compose mode: sets the subject, inserts the body above the user's signature and quoted text,
   * adds the cc recipients (keeping those already there) and the to recipients when there are none.
   */
  fillDraft(draft: OutgoingDraft): Promise<void>;
}
