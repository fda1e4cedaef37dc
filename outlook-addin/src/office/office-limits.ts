import type { OutgoingDraft, OutgoingFile } from './mail-adapter';

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
 * - A file from the pane (MessageCompose.addFileAttachmentFromBase64Async, Mailbox 1.8): its name
 *   at most 255 characters, its base64 at most 27,892,122 characters (about 25 MB); above that
 *   Outlook answers AttachmentSizeExceeded.
 *   https://learn.microsoft.com/javascript/api/outlook/office.messagecompose#outlook-office-messagecompose-addfileattachmentfrombase64async-member(1)
 */
export const SUBJECT_MAX = 255;
export const ATTACHMENT_NAME_MAX = 255;
export const ATTACHMENT_BASE64_MAX = 27_892_122;
export const BODY_MAX_BYTES = 32 * 1024;
export const RECIPIENTS_MAX = 100;

export const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

/** A file's text as Outlook takes it: UTF-8, base64. */
export function fileBase64(file: Pick<OutgoingFile, 'content'>): string {
  const bytes = new TextEncoder().encode(file.content);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** What in a draft Outlook would refuse, in words; empty when it fits. */
export function draftProblems(
  draft: Pick<OutgoingDraft, 'subject' | 'html' | 'text' | 'to' | 'cc' | 'attachments'>,
): string[] {
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
  for (const file of draft.attachments ?? []) {
    if (file.fileName.length > ATTACHMENT_NAME_MAX)
      problems.push(
        `the file name "${file.fileName.slice(0, 40)}…" is too long (Outlook takes at most ${ATTACHMENT_NAME_MAX} characters)`,
      );
    const size = fileBase64(file).length;
    if (size > ATTACHMENT_BASE64_MAX)
      problems.push(
        `the file ${file.fileName} is ${Math.ceil((size * 3) / 4 / 1024 / 1024)} MB (Outlook takes about 25 MB)`,
      );
  }
  return problems;
}

export function assertDraftFits(draft: Parameters<typeof draftProblems>[0]): void {
  const problems = draftProblems(draft);
  if (problems.length)
    throw new Error(`Outlook would refuse this reminder, so nothing was changed: ${problems.join('; ')}.`);
}
