import type { DebtorView, Settings } from '../model';
import { LETTER_LIMITS } from './draft-limits';
import { contactName } from './draft-facts';
import { promissoryNote } from './promissory-note';
import { nothingToSay, renderTemplate } from './render-template';
import { TemplateError } from './template-language';
import { templateId, type Stage } from './stages';
import { formatters, templateContext } from './template-context';

/** The templates that are letters: printed on the sender's letterhead and posted. */
export const LETTER_STAGES = [
  'final-notice',
  'certified-letter',
  'satisfaction-verification',
  'statement',
] as const satisfies readonly Stage[];
export const PROMISSORY_NOTE = 'promissory-note';

export interface PrintableLetter {
  /** What it is, for the page title and the log ("Final notice before further action"). */
  title: string;
  /** The template id, or 'promissory-note'. */
  id: string;
  subject: string;
  /** The sender's letterhead, one line each, empty ones left out. */
  letterhead: string[];
  /** Today, formatted; empty when the body already starts with the date. */
  date: string;
  /** The addressee block; empty when the body already carries it. */
  recipient: string[];
  /** Plain text, paragraphs separated by blank lines (shown as text, never as HTML). */
  body: string;
}

export interface LetterOptions {
  settings: Settings;
  today: string;
  locale?: string;
  /** Only these invoices (by number): the ones the next step is about, a disputed one included. */
  invoiceNumbers?: readonly string[];
}

/** The letters one debtor can be sent now, in its class's tone: id and title. */
export function letterChoices(view: DebtorView): { id: string; title: string }[] {
  const out: { id: string; title: string }[] = LETTER_STAGES.map((stage) => ({
    id: templateId(view.classification.standing, stage),
    title: STAGE_TITLES[stage],
  }));
  if (view.plans.some((p) => p.status === 'active' || p.status === 'proposed'))
    out.push({ id: PROMISSORY_NOTE, title: 'Promissory note' });
  return out;
}

const STAGE_TITLES: Record<(typeof LETTER_STAGES)[number], string> = {
  'final-notice': 'Final notice',
  'certified-letter': 'Certified letter',
  'satisfaction-verification': 'Satisfaction verification',
  statement: 'Statement of account',
};

/**
 * One letter as a printable page: the sender's letterhead (Settings.sender), the date and the
 * addressee, then the template rendered with the user's edits (or the promissory note of the
 * debtor's plan). Throws lib/templates' TemplateError for a broken edited template, and an Error
 * for a promissory note without a plan.
 */
export function printableLetter(view: DebtorView, id: string, options: LetterOptions): PrintableLetter {
  const { settings, today } = options;
  const locale = options.locale || settings.locale || 'en';
  const s = settings.sender;
  const letterhead = [
    s.company || s.name,
    s.company ? s.name : '',
    ...s.address.split('\n'),
    [s.phone, s.email].filter((x) => x.trim() !== '').join(' · '),
  ]
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const person = contactName(view);
  const recipient = [view.name, person ? `Attn: ${person}` : ''].filter((l) => l !== '');
  const date = formatters(locale).date(today);

  if (id === PROMISSORY_NOTE) {
    const plan = view.plans.find((p) => p.status === 'active') ?? view.plans.find((p) => p.status === 'proposed');
    if (!plan) throw new Error(`${view.name} has no payment plan to back with a promissory note.`);
    return {
      title: 'Promissory note',
      id,
      subject: 'Promissory note',
      letterhead,
      date,
      recipient: [],
      body: promissoryNote(plan, view, s, locale),
    };
  }
  const context = templateContext(view, {
    settings,
    today,
    locale,
    templateId: id,
    letter: true,
    ...(options.invoiceNumbers ? { invoiceNumbers: [...options.invoiceNumbers] } : {}),
  });
  const nothing = nothingToSay(id, context);
  if (nothing) throw new TemplateError(nothing, [nothing]);
  const rendered = renderTemplate(id, context, settings.templates, LETTER_LIMITS);
  const body = rendered.text.trim();
  // Some letters open with the date and the addressee themselves (the certified letter): not twice.
  const opensWithDate = body.startsWith(String(context.today));
  const stage = id.split('/')[1] as (typeof LETTER_STAGES)[number];
  return {
    title: STAGE_TITLES[stage] ?? rendered.subject,
    id,
    subject: rendered.subject,
    letterhead,
    date: opensWithDate ? '' : date,
    recipient: opensWithDate ? [] : recipient,
    body,
  };
}
