import type { DebtorView } from '../model';
import { listTemplates } from './render-template';
import { templateId } from './stages';

export interface TemplateChoice {
  id: string;
  label: string;
}

/**
 * The templates in the debtor's tone, every stage: its class's, and unorganized's friendly ones
 * for a debtor in good standing. The sidebar's draft panel and the add-in offer the same list.
 */
export function templateChoices(view: DebtorView): TemplateChoice[] {
  const tone = templateId(view.classification.standing, 'pre-due').split('/')[0];
  return listTemplates()
    .filter((t) => t.class === tone)
    .map((t) => ({ id: t.id, label: t.title }));
}
