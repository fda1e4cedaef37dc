import type { DebtorView, Settings } from '../model';
import { BUILT_IN_TEMPLATES } from './built-in-templates';
import type { TemplateDefinition } from './define-template';
import { exampleContext } from './example-context';
import { EMAIL_LIMITS, fitSubject, listingFirst, utf8Bytes, type DraftLimits } from './draft-limits';
import { escapeHtml, textToHtml, tidyText } from './html';
import { templateId, type Stage, type TemplateId } from './stages';
import type { TemplateContext } from './template-context';
import { TemplateError, parseTemplate, renderNodes, unknownPlaceholders, type Node } from './template-language';

export interface RenderedTemplate {
  subject: string;
  html: string;
  text: string;
}

export type CustomTemplates = Settings['templates'];

const byId = new Map<string, TemplateDefinition>(BUILT_IN_TEMPLATES.map((t) => [t.id, t]));
const parsed = new Map<string, Node[]>();

function parseCached(source: string): Node[] {
  let nodes = parsed.get(source);
  if (!nodes) {
    nodes = parseTemplate(source);
    if (parsed.size > 500) parsed.clear();
    parsed.set(source, nodes);
  }
  return nodes;
}

/** Every built-in template, for the picker and the editor. */
export function listTemplates(): readonly TemplateDefinition[] {
  return BUILT_IN_TEMPLATES;
}

/**
 * Checks a user-edited template: it must parse, and use only known placeholders. Returns the
 * problems in words (empty when it is fine).
 */
export function validateTemplate(template: { subject: string; body: string }): string[] {
  const problems: string[] = [];
  for (const [part, source] of [
    ['subject', template.subject],
    ['body', template.body],
  ] as const) {
    try {
      const unknown = unknownPlaceholders(parseTemplate(source), exampleContext());
      if (unknown.length > 0)
        problems.push(
          `unknown placeholder${unknown.length > 1 ? 's' : ''} in the ${part}: ${unknown.map((p) => `{{${p}}}`).join(', ')}`,
        );
    } catch (error) {
      if (error instanceof TemplateError) problems.push(...error.problems.map((p) => `${part}: ${p}`));
      else throw error;
    }
  }
  return problems;
}

/**
 * Renders a template for one debtor: the user's edited version from `custom` when there is one
 * (validated first: a broken one throws a TemplateError listing what is wrong), else the built-in.
 * Every inserted value is HTML-escaped in `html`; `text` and `subject` are plain text.
 *
 * The draft fits `limits` (an email's by default): the subject is cut to its length, and the
 * bodies list only the first invoices ("and N more") until they fit; a template whose own text is
 * too long throws a TemplateError. (composeDraft and printableLetter also refuse a stage with
 * nothing to say for the ledger: see nothingToSay.)
 */
export function renderTemplate(
  id: string,
  context: TemplateContext,
  custom: CustomTemplates = {},
  limits: DraftLimits = EMAIL_LIMITS,
): RenderedTemplate {
  const edited = custom[id];
  const source = edited ?? byId.get(id);
  if (!source) throw new TemplateError(`There is no template “${id}”.`, [`unknown template ${id}`]);
  if (edited) {
    const problems = validateTemplate(edited);
    if (problems.length > 0)
      throw new TemplateError(`The edited template “${id}” cannot be used: ${problems.join('; ')}`, problems);
  }
  const subjectNodes = parseCached(source.subject);
  const bodyNodes = parseCached(source.body);
  const plain = (s: string) => s;
  const longest = Math.max(
    context.invoices.length,
    context.upcoming ? context.upcoming.invoices.length : 0,
    context.unconfirmed ? context.unconfirmed.invoices.length : 0,
  );
  let n = Math.min(limits.listed, longest);
  for (;;) {
    const scopes = [n >= longest ? context : listingFirst(context, n)];
    const html = textToHtml(renderNodes(bodyNodes, scopes, escapeHtml));
    const text = tidyText(renderNodes(bodyNodes, scopes, plain));
    if (Math.max(utf8Bytes(html), utf8Bytes(text)) <= limits.bodyBytes) {
      const subject = renderNodes(subjectNodes, scopes, plain).replace(/\s+/g, ' ').trim();
      return { subject: fitSubject(subject, limits.subjectChars), html, text };
    }
    if (n === 0) {
      const problem = `the draft is ${Math.ceil(utf8Bytes(html) / 1024)} KB, more than the ${Math.ceil(limits.bodyBytes / 1024)} KB an email can carry`;
      throw new TemplateError(`The template “${id}” is too long for an email: ${problem}.`, [problem]);
    }
    n = Math.floor(n / 2);
  }
}

/**
 * Why a template has nothing to say for this context (a reminder when nothing is overdue, a
 * reminder before the due date when nothing is coming due), or '' when it has.
 */
export function nothingToSay(id: string, context: TemplateContext): string {
  const stage = id.split('/')[1];
  const name = context.customer.name;
  if (stage === 'pre-due')
    return context.upcoming
      ? ''
      : `Nothing of ${name}'s is coming due: there is no reminder before a due date to send.`;
  // The terms themselves, for any customer (not about a late invoice): only the policy must exist.
  if (stage === 'credit-policy')
    return context.creditPolicy.trim() ? '' : `No credit policy to send: write yours in Owed's settings first.`;
  if (stage === 'satisfaction-verification')
    return context.invoiceCount > 0 || context.upcoming ? '' : `${name} has no open invoice to ask about.`;
  if (context.invoiceCount > 0) return '';
  if (context.unconfirmed)
    return `${name}'s overdue ${context.unconfirmed.several ? 'invoices show' : 'invoice shows'} only ${context.unconfirmed.several ? 'their totals' : 'its total'} (part-payment possible): open ${context.unconfirmed.invoices.map((i) => i.number).join(', ')} in your invoicing app so Owed reads the amount due, then draft the reminder.`;
  return `Nothing of ${name}'s is overdue: choose the reminder before the due date.`;
}

/**
 * The template that fits a debtor now: the one its next action names, else by how late the
 * oldest invoice is, in the tone of its class (good standing reads as the friendly one).
 */
export function recommendedTemplate(view: DebtorView): TemplateId {
  if (view.next?.template && byId.has(view.next.template)) return view.next.template as TemplateId;
  const standing = view.classification.standing;
  const late = view.oldestDaysLate;
  let stage: Stage;
  if (view.next?.action === 'call-broken-promise' || view.next?.action === 'call-missed-installment')
    stage = 'one-week';
  else if (late <= 0) stage = view.overdueDateUnknown ? 'three-days' : 'pre-due';
  else if (late < 7) stage = 'three-days';
  else if (late < 30) stage = 'one-week';
  else if (late < 45)
    stage =
      standing === 'angry'
        ? 'certified-letter'
        : standing === 'going-out-of-business'
          ? 'payment-plan-offer'
          : 'one-month';
  else stage = 'final-notice';
  return templateId(standing, stage);
}
