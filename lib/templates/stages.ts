import type { Standing } from '../model';

/** The moments a reminder or letter is written for, in the order a debtor meets them. */
export const STAGES = [
  'pre-due',
  'three-days',
  'one-week',
  'one-month',
  'final-notice',
  'payment-plan-offer',
  'certified-letter',
  'satisfaction-verification',
  'statement',
  'late-fee',
  'credit-policy',
] as const;
export type Stage = (typeof STAGES)[number];

export const TEMPLATE_CLASSES = ['unorganized', 'going-out-of-business', 'angry'] as const;
export type TemplateClass = (typeof TEMPLATE_CLASSES)[number];

/** 'angry/final-notice': the id a template is listed, overridden in Settings.templates and logged by. */
export type TemplateId = `${TemplateClass}/${Stage}`;

/** Every id, by class then stage: built once, so that choosing one (per debtor, in the ledger) builds no string. */
const IDS = Object.fromEntries(
  TEMPLATE_CLASSES.map((c) => [c, Object.fromEntries(STAGES.map((s) => [s, `${c}/${s}` as TemplateId]))]),
) as Record<TemplateClass, Record<Stage, TemplateId>>;

/** The template for a class and stage; good standing reads as unorganized's friendly tone. */
export const templateId = (standing: Standing, stage: Stage): TemplateId =>
  IDS[standing === 'good-standing' ? 'unorganized' : standing]?.[stage];
