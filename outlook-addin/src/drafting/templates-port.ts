import type { DebtorView, Settings } from '../../../lib/model';
import {
  listTemplates,
  recommendedTemplate,
  renderTemplate,
  templateContext,
  type RenderedTemplate,
} from '../../../lib/templates';

/** The taskpane's one door to lib/templates: what to recommend, what else to offer, how to render. */
export type RenderedReminder = RenderedTemplate;
export interface ReminderContext {
  view: DebtorView;
  settings: Settings;
  today: string;
}
export { templateChoices, type TemplateChoice } from '../../../lib/templates';

export const recommendedTemplateId = (view: DebtorView): string => recommendedTemplate(view);

/** Renders with the user's own edits of the template (Settings.templates) when there are any. */
export function renderReminder(id: string, { view, settings, today }: ReminderContext): RenderedReminder {
  return renderTemplate(id, templateContext(view, { settings, today }), settings.templates);
}

export const templateLabel = (id: string): string => listTemplates().find((t) => t.id === id)?.title ?? id;
