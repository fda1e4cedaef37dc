import type { DebtorView, Settings } from '../../../lib/model';
import { normalizeEmail } from '../../../lib/match';
import type { MailContext, OutgoingDraft } from '../office/mail-adapter';
import { renderReminder } from './templates-port';
import { recipientsFor } from '../../../lib/templates/recipients';

export interface PlannedDraft extends OutgoingDraft {
  templateId: string;
  /** read-reply: reply in the thread; read-new: new message; compose: fill the open draft. */
  how: 'read-reply' | 'read-new' | 'compose';
}

/**
 * What "Draft reminder" does. In read mode it replies in the thread when the sender is the debtor
 * and nobody needs copying (Outlook's reply form cannot take cc), otherwise it opens a new message.
 */
export function planDraft(args: {
  view: DebtorView;
  settings: Settings;
  today: string;
  templateId: string;
  mail: MailContext;
  matchedAddress?: string;
}): PlannedDraft {
  const { view, settings, today, templateId, mail, matchedAddress } = args;
  const rendered = renderReminder(templateId, { view, settings, today });
  const { to, cc } = recipientsFor(view, templateId, matchedAddress);
  if (mail.mode === 'compose') return { ...rendered, to, cc, templateId, how: 'compose' };
  const sender = mail.from ? normalizeEmail(mail.from) : null;
  const senderIsDebtor = sender !== null && matchedAddress !== undefined && sender === normalizeEmail(matchedAddress);
  if (senderIsDebtor && cc.length === 0) return { ...rendered, to: [sender], cc, templateId, how: 'read-reply' };
  return { ...rendered, to, cc, templateId, how: 'read-new' };
}
