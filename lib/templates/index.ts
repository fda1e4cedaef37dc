export {
  renderTemplate,
  nothingToSay,
  listTemplates,
  recommendedTemplate,
  validateTemplate,
  type RenderedTemplate,
  type CustomTemplates,
} from './render-template';
export {
  draftInvoices,
  templateContext,
  type TemplateContext,
  type ContextOptions,
  type UnconfirmedInvoices,
} from './template-context';
export { exampleContext } from './example-context';
export { templateChoices, type TemplateChoice } from './template-choices';
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
export { composeDraft, type ComposedDraft, type ComposeOptions } from './compose-draft';
export { invoicesAbout } from './draft-scope';
export { draftAttachments, type DraftAttachment, type AttachmentOptions } from './draft-attachments';
export { EMAIL_LIMITS, LETTER_LIMITS, type DraftLimits } from './draft-limits';
export {
  isOverdueOn,
  isNotYetDueOn,
  isSentReminder,
  isCallMade,
  remindersAbout,
  planOffered,
  concernRaised,
  contactName,
  type ReminderCount,
} from './draft-facts';
export {
  checkDraftClaims,
  draftFacts,
  type DraftFacts,
  type CheckedDraft,
  type FalseClaim,
  type FactOptions,
} from './check-claims';
