import type { DebtorView, Settings } from '../../lib/model';
import {
  listTemplates,
  recipientsFor,
  recommendedTemplate as recommended,
  renderTemplate,
  templateContext,
  templateId,
} from '../../lib/templates';

/** What a draft is made of: the rendered template and who it goes to. */
export interface Draft {
  templateId: string;
  subject: string;
  /** Built by lib/templates, which escapes every inserted value. */
  html: string;
  text: string;
  to: string[];
  cc: string[];
}

export interface TemplateChoice {
  id: string;
  label: string;
}

/** The templates in the debtor's tone (its class; good standing reads as unorganized's friendly one). */
export function templateChoices(view: DebtorView): TemplateChoice[] {
  const cls = templateId(view.classification.standing, 'pre-due').split('/')[0];
  return listTemplates()
    .filter((t) => t.class === cls)
    .map((t) => ({ id: t.id, label: t.title }));
}

export const recommendedTemplate = (view: DebtorView): string => recommended(view);

/**
 * Renders a template for the debtor with the user's edits (Settings.templates); recipients as the
 * add-in chooses them, one email (lib/templates recipientsFor).
 * Throws lib/templates' TemplateError, in words, when an edited template is broken.
 */
export function renderDraft(id: string, view: DebtorView, settings: Settings, today: string, locale?: string): Draft {
  const context = templateContext(view, { settings, today, ...(locale ? { locale } : {}) });
  return { templateId: id, ...renderTemplate(id, context, settings.templates), ...recipientsFor(view, id) };
}
