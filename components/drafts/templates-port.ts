import type { DebtorView, Settings } from '../../lib/model';
import {
  composeDraft,
  draftInvoices,
  invoicesAbout,
  recommendedTemplate as recommended,
  type ComposedDraft,
} from '../../lib/templates';

/** What a draft is made of: the rendered template, who it goes to, the files it carries. */
export type Draft = ComposedDraft;

export { templateChoices, type TemplateChoice } from '../../lib/templates';

export const recommendedTemplate = (view: DebtorView): string => recommended(view);

/**
 * Renders a template for the debtor with the user's edits (Settings.templates); recipients as the
 * add-in chooses them, one email (lib/templates composeDraft). The recommended template drafts for
 * the invoices the next step is about (one invoice's reminder before its due date, the disputed one). `attach`: whether this way out
 * carries files (an .eml does, copied text does not); the text says so only when it does.
 * Throws lib/templates' TemplateError, in words, when an edited template is broken or the
 * template has nothing true to say for this debtor.
 */
export function renderDraft(
  id: string,
  view: DebtorView,
  settings: Settings,
  today: string,
  locale?: string,
  attach = false,
): Draft {
  const about = invoicesAbout(view, id);
  return composeDraft(view, id, {
    settings,
    today,
    attach,
    ...(locale ? { locale } : {}),
    ...(about ? { invoiceNumbers: about } : {}),
  });
}

/** The invoices the next step is about, when the draft is that step's (see lib/templates invoicesAbout). */
export const draftAbout = (view: DebtorView, id: string): string[] | undefined => invoicesAbout(view, id);

/**
 * The overdue invoices whose amount due is not confirmed (the list showed only their total): a
 * draft names them with their total and leaves them out of what is owed.
 */
export const unconfirmedOverdue = (view: DebtorView, today: string, id?: string): string[] =>
  draftInvoices(view, today, id === undefined ? undefined : invoicesAbout(view, id))
    .overdue.filter((i) => i.balanceFromTotal)
    .map((i) => i.number);
