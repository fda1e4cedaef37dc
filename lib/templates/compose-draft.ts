import type { DebtorView, Settings } from '../model';
import { draftAttachments, type DraftAttachment } from './draft-attachments';
import { recipientsFor } from './recipients';
import { nothingToSay, renderTemplate } from './render-template';
import { TemplateError } from './template-language';
import { draftInvoices, templateContext } from './template-context';

/** One email, ready for any door out (a copy, a compose link, an .eml, the Outlook add-in). */
export interface ComposedDraft {
  templateId: string;
  subject: string;
  /** Built from the template with every value escaped. */
  html: string;
  text: string;
  to: string[];
  cc: string[];
  /** The files it carries; the text says a file is attached only when it is here. */
  attachments: DraftAttachment[];
  /**
   * The invoices it reminds of, for the log: the overdue ones (those coming due for a reminder
   * before the due date, both for a satisfaction check). Those only mentioned as coming due are not.
   */
  invoiceNumbers: string[];
}

export interface ComposeOptions {
  settings: Settings;
  /** YYYY-MM-DD in the user's zone. */
  today: string;
  locale?: string;
  /** The address the user is replying to, when known (the add-in's matched sender). */
  matchedAddress?: string;
  /**
   * Whether the draft will carry its files (the statement, the promissory note): true for an .eml
   * download or an add-in that attaches them; false for copied text or a compose link, which
   * cannot, and whose text then does not say anything is attached.
   */
  attach: boolean;
  /** Only these invoices (by number). */
  invoiceNumbers?: string[];
}

/**
 * The draft of one template for one debtor: recipients as the add-in and the sidebar both choose
 * them, the files it carries, and its text rendered with exactly those facts (who is in cc, what
 * is attached). Throws lib/templates' TemplateError, in words, for a broken edited template or a
 * template with nothing true to say for this ledger.
 */
export function composeDraft(view: DebtorView, templateId: string, options: ComposeOptions): ComposedDraft {
  const { settings, today, locale } = options;
  const recipients = recipientsFor(view, templateId, options.matchedAddress);
  const about = options.invoiceNumbers ? { invoiceNumbers: options.invoiceNumbers } : {};
  const attachments = options.attach ? draftAttachments(view, templateId, { settings, today, locale, ...about }) : [];
  const named = (kind: DraftAttachment['kind']) => attachments.find((a) => a.kind === kind)?.fileName;
  const statement = named('statement');
  const promissoryNote = named('promissory-note');
  const context = templateContext(view, {
    settings,
    today,
    templateId,
    recipients,
    attachments: { ...(statement ? { statement } : {}), ...(promissoryNote ? { promissoryNote } : {}) },
    ...(locale ? { locale } : {}),
    ...about,
  });
  const nothing = nothingToSay(templateId, context);
  if (nothing) throw new TemplateError(nothing, [nothing]);
  const stage = templateId.split('/')[1];
  const { overdue, notYetDue } = draftInvoices(view, today, options.invoiceNumbers);
  const reminded =
    stage === 'pre-due' ? notYetDue : stage === 'satisfaction-verification' ? [...overdue, ...notYetDue] : overdue;
  return {
    templateId,
    ...renderTemplate(templateId, context, settings.templates),
    ...recipients,
    attachments,
    invoiceNumbers: reminded.map((i) => i.number),
  };
}
