import type { TemplateContext } from './template-context';

/**
 * What a draft must fit in: Outlook refuses a subject over 255 characters, and its new-message
 * form an HTML body of 32 KB or more. Measured as UTF-16 units (the subject) and UTF-8 bytes (the
 * bodies), the stricter reading of each.
 */
export interface DraftLimits {
  subjectChars: number;
  bodyBytes: number;
  /** Invoices a draft lists before "and N more" (fewer when the body would not fit). */
  listed: number;
}

export const EMAIL_LIMITS: DraftLimits = { subjectChars: 255, bodyBytes: 32 * 1024 - 1, listed: 25 };

/** A printed letter lists every invoice; its subject is a title, kept as short as an email's. */
export const LETTER_LIMITS: DraftLimits = {
  subjectChars: 255,
  bodyBytes: Number.POSITIVE_INFINITY,
  listed: Number.POSITIVE_INFINITY,
};

const encoder = new TextEncoder();
export const utf8Bytes = (s: string): number => encoder.encode(s).length;

/**
 * The context with only the first `n` overdue, `n` unconfirmed and `n` upcoming invoices listed,
 * and how many more.
 */
export function listingFirst(context: TemplateContext, n: number): TemplateContext {
  const { upcoming, unconfirmed } = context;
  return {
    ...context,
    unconfirmed: unconfirmed && {
      ...unconfirmed,
      invoices: unconfirmed.invoices.slice(0, n),
      more: unconfirmed.more + Math.max(0, unconfirmed.invoices.length - n),
    },
    invoices: context.invoices.slice(0, n),
    moreInvoices: context.moreInvoices + Math.max(0, context.invoices.length - n),
    upcoming: upcoming && {
      ...upcoming,
      invoices: upcoming.invoices.slice(0, n),
      more: upcoming.more + Math.max(0, upcoming.invoices.length - n),
    },
  };
}

/** A subject cut to `max` UTF-16 units at a word where it can be, with "…"; never half a character. */
export function fitSubject(subject: string, max: number): string {
  if (subject.length <= max) return subject;
  let out = '';
  for (const ch of subject) {
    if (out.length + ch.length > max - 1) break;
    out += ch;
  }
  const space = out.lastIndexOf(' ');
  if (space > max / 2) out = out.slice(0, space);
  return `${out.replace(/[\s,:;–-]+$/, '')}…`;
}
