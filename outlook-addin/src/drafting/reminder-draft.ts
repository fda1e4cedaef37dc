import type { DebtorView, Settings } from '../../../lib/model';
import { normalizeEmail } from '../../../lib/match';
import type { MailContext, OutgoingDraft } from '../office/mail-adapter';
import { renderReminder } from './templates-port';

export interface PlannedDraft extends OutgoingDraft {
  templateId: string;
  /** read-reply: reply in the thread; read-new: new message; compose: fill the open draft. */
  how: 'read-reply' | 'read-new' | 'compose';
}

const ESCALATION_STAGES = ['one-month', 'final-notice', 'certified-letter'];

/** Escalation: the cadence says so, the template is an escalation one, or the oldest invoice is a month late. */
export function atEscalation(view: DebtorView, templateId = ''): boolean {
  return (
    view.next?.action === 'escalate' ||
    view.next?.action === 'final-notice' ||
    view.oldestDaysLate >= 30 ||
    ESCALATION_STAGES.includes(templateId.split('/')[1] ?? '')
  );
}

/** Who to copy: contacts marked cc always; senior leadership when the debtor is angry or at escalation. */
export function ccFor(view: DebtorView, templateId = ''): string[] {
  const escalate = view.classification.standing === 'angry' || atEscalation(view, templateId);
  const out = view.contacts
    .filter((c) => c.cc || (escalate && c.role === 'senior-leadership'))
    .map((c) => (c.email ? normalizeEmail(c.email) : null))
    .filter((e): e is string => e !== null);
  return [...new Set(out)];
}

/** The debtor's billing address: the matched one if any, else the view's, else a billing contact's. */
export function toFor(view: DebtorView, matchedAddress?: string): string[] {
  const candidates = [
    matchedAddress,
    view.email,
    ...view.contacts.filter((c) => c.role === 'billing').map((c) => c.email),
    ...view.contacts.map((c) => c.email),
  ];
  for (const c of candidates) {
    const e = c ? normalizeEmail(c) : null;
    if (e) return [e];
  }
  return [];
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
  const cc = ccFor(view, templateId).filter((e) => !toFor(view, matchedAddress).includes(e));
  const to = toFor(view, matchedAddress);
  if (mail.mode === 'compose') return { ...rendered, to, cc, templateId, how: 'compose' };
  const sender = mail.from ? normalizeEmail(mail.from) : null;
  const senderIsDebtor = sender !== null && matchedAddress !== undefined && sender === normalizeEmail(matchedAddress);
  if (senderIsDebtor && cc.length === 0) return { ...rendered, to: [sender], cc, templateId, how: 'read-reply' };
  return { ...rendered, to, cc, templateId, how: 'read-new' };
}
