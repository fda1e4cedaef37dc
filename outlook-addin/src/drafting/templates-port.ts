import type { DebtorView, Settings } from '../../../lib/model';
import {
  listTemplates,
  recommendedTemplate,
  renderTemplate,
  templateContext,
  templateId,
  type RenderedTemplate,
} from '../../../lib/templates';

/** The taskpane's one door to lib/templates: what to recommend, what else to offer, how to render. */
export type RenderedReminder = RenderedTemplate;
export interface ReminderContext {
  view: DebtorView;
  settings: Settings;
  today: string;
}
export interface TemplateChoice {
  id: string;
  label: string;
}

export const recommendedTemplateId = (view: DebtorView): string => recommendedTemplate(view);

/** The templates in the debtor's tone (its class; good standing reads as unorganized), every stage. */
export function templateChoices(view: DebtorView): TemplateChoice[] {
  const tone = templateId(view.classification.standing, 'pre-due').split('/')[0];
  return listTemplates()
    .filter((t) => t.class === tone)
    .map((t) => ({ id: t.id, label: t.title }));
}

/** Renders with the user's own edits of the template (Settings.templates) when there are any. */
export function renderReminder(id: string, { view, settings, today }: ReminderContext): RenderedReminder {
  return renderTemplate(id, templateContext(view, { settings, today }), settings.templates);
}

export const templateLabel = (id: string): string => listTemplates().find((t) => t.id === id)?.title ?? id;
