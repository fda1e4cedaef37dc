/** Outlook on the web's compose deeplink; long bodies are cut so the address stays openable. */
export const OUTLOOK_COMPOSE = 'https://outlook.office.com/mail/deeplink/compose';
export const MAX_DEEPLINK_BODY = 6000;

export function outlookComposeUrl(d: { to: string[]; cc?: string[]; subject: string; text: string }): string {
  const body = d.text.length > MAX_DEEPLINK_BODY ? `${d.text.slice(0, MAX_DEEPLINK_BODY)}\n…` : d.text;
  const params = new URLSearchParams();
  params.set('to', d.to.join(';'));
  if (d.cc?.length) params.set('cc', d.cc.join(';'));
  params.set('subject', d.subject);
  params.set('body', body);
  // URLSearchParams writes spaces as "+", which Outlook shows literally: use %20.
  return `${OUTLOOK_COMPOSE}?${params.toString().replace(/\+/g, '%20')}`;
}
