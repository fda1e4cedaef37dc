/**
 * Mailbox 1.6 is the oldest requirement set with everything the taskpane calls:
 * displayNewMessageForm with recipients (1.6), displayReplyForm with an HTML body, the compose
 * recipients/subject/body get/set/prepend calls (1.1). 1.5 adds ItemChanged for a pinned pane,
 * checked apart because the pane works without it.
 */
export const REQUIRED_MAILBOX = '1.6';
export const PINNING_MAILBOX = '1.5';

export function requirementMessage(isSetSupported: (name: string, version: string) => boolean): string | null {
  if (isSetSupported('Mailbox', REQUIRED_MAILBOX)) return null;
  return (
    `This version of Outlook is too old for Owed: it needs the Mailbox ${REQUIRED_MAILBOX} API ` +
    '(Outlook on the web, new Outlook, Outlook 2019 or later, or Microsoft 365). Update Outlook, or use Owed in Outlook on the web.'
  );
}
/** getSharedPropertiesAsync on a shared mailbox (1.13; shared folders from 1.8). */
export const SHARED_MAILBOX = '1.8';
