import type { Stage, TemplateClass, TemplateId } from './stages';

/** A built-in template: one class × stage, written in the template language (see template-language.ts). */
export interface TemplateDefinition {
  id: TemplateId;
  class: TemplateClass;
  stage: Stage;
  /** What it is, for the template picker. */
  title: string;
  subject: string;
  body: string;
}

export const defineTemplate = (t: Omit<TemplateDefinition, 'id'>): TemplateDefinition => ({
  ...t,
  id: `${t.class}/${t.stage}`,
});
