import type { OutgoingDraft } from './mail-adapter';

/**
 * Office's documented limits, checked before any call so a draft is filled whole or not at all.
 * - Subject: 255 characters (Office.MessageForm.subject, displayNewMessageForm; Subject.setAsync).
 *   https://learn.microsoft.com/javascript/api/outlook/office.messageform
 *   https://learn.microsoft.com/javascript/api/outlook/office.subject#outlook-office-subject-setasync-member(1)
 * - HTML body of a reply or new-message form: 32 KB (ReplyFormData.htmlBody, MessageForm.htmlBody).
 *   https://learn.microsoft.com/javascript/api/outlook/office.replyformdata
 *   Body.prependAsync takes up to 1,000,000 characters, but Owed keeps every body under the form
 *   limit so a reminder is the same wherever it is drafted.
 * - Recipients: 100 per field (MessageForm to/cc; Recipients.setAsync/addAsync).
 *   https://learn.microsoft.com/javascript/api/outlook/office.recipients
 */
export const SUBJECT_MAX = 255;
export const BODY_MAX_BYTES = 32 * 1024;
export const RECIPIENTS_MAX = 100;

export const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

/** What in a draft Outlook would refuse, in words; empty when it fits. */
export function draftProblems(draft: Pick<OutgoingDraft, 'subject' | 'html' | 'text' | 'to' | 'cc'>): string[] {
  const problems: string[] = [];
  if (draft.subject.length > SUBJECT_MAX)
    problems.push(`its subject has ${draft.subject.length} characters (Outlook takes at most ${SUBJECT_MAX})`);
  const bytes = Math.max(utf8Bytes(draft.html), utf8Bytes(draft.text));
  if (bytes >= BODY_MAX_BYTES)
    problems.push(`its body is ${Math.ceil(bytes / 1024)} KB (Outlook takes under ${BODY_MAX_BYTES / 1024} KB)`);
  for (const [field, list] of [
    ['To', draft.to],
    ['Cc', draft.cc],
  ] as const)
    if (list.length > RECIPIENTS_MAX)
      problems.push(`it has ${list.length} ${field} recipients (Outlook takes at most ${RECIPIENTS_MAX})`);
  return problems;
}

export function assertDraftFits(draft: Parameters<typeof draftProblems>[0]): void {
  const problems = draftProblems(draft);
  if (problems.length)
    throw new Error(`Outlook would refuse this reminder, so nothing was changed: ${problems.join('; ')}.`);
}
