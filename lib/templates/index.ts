export {
  renderTemplate,
  listTemplates,
  recommendedTemplate,
  validateTemplate,
  type RenderedTemplate,
  type CustomTemplates,
} from './render-template';
export { templateContext, type TemplateContext, type ContextOptions } from './template-context';
export { exampleContext } from './example-context';
export { promissoryNote } from './promissory-note';
export { TemplateError } from './template-language';
export { STAGES, TEMPLATE_CLASSES, templateId, type Stage, type TemplateClass, type TemplateId } from './stages';
export type { TemplateDefinition } from './define-template';
export { recipientsFor, atEscalation, type Recipients } from './recipients';
export {
  printableLetter,
  letterChoices,
  LETTER_STAGES,
  PROMISSORY_NOTE,
  type PrintableLetter,
  type LetterOptions,
} from './printable-letter';
