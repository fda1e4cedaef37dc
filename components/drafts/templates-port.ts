import type { DebtorView, Settings } from '../../lib/model';
import { ccFor, toFor } from '../../outlook-addin/src/drafting/reminder-draft';
import {
  TEMPLATE_CHOICES, recommendedTemplateId, renderReminder,
} from '../../outlook-addin/src/drafting/templates-port';

/**
 * The sidebar's one door to reminder texts and recipients. lib/templates (issue 4) provides
 * `renderTemplate`, `listTemplates` and `recommendedTemplate`; until it lands this delegates to
 * the add-in's stand-in (escaped values, same shape), so there is one stand-in in the project and
 * switching is this file only.
 */
export interface Draft {
  templateId: string;
  subject: string;
  /** Built by the template module, which escapes every inserted value. */
  html: string;
  text: string;
  to: string[];
  cc: string[];
}

export interface TemplateChoice { id: string; label: string }

export const templateChoices = (): TemplateChoice[] => TEMPLATE_CHOICES;

export const recommendedTemplate = (view: DebtorView): string => recommendedTemplateId(view);

export function renderDraft(templateId: string, view: DebtorView, settings: Settings, today: string): Draft {
  const rendered = renderReminder(templateId, { view, settings, today });
  return { templateId, ...rendered, to: toFor(view), cc: ccFor(view) };
}
