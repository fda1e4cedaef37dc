/**
 * Email addresses as Outlook and invoicing apps show them ("Ann Lee <ann@acme.com>", "ANN@Acme.com ",
 * "mailto:ann@acme.com"), reduced to one comparable form.
 */
export function normalizeEmail(raw: string): string | null {
  const angle = /<([^<>]+)>/.exec(raw);
  const candidate = (angle ? angle[1]! : raw)
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  // One @, something on both sides, a dot in the domain, no spaces: enough to compare, not to validate.
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(candidate) ? candidate : null;
}

/** The domain of a normalized address, without a leading "www." or "mail." a typo may add. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).replace(/^(www|mail)\./, '');
}
