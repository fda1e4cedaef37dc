import type { DebtorView, Settings } from '../../../lib/model';

/**
 * The taskpane's one door to reminder texts. lib/templates (issue: templates track) provides
 * `renderTemplate(id, ctx)` and `recommendedTemplate(view)`; until it lands this module holds a
 * minimal stand-in with the same shape, so switching is this file only.
 */
export interface RenderedReminder { subject: string; html: string; text: string }
export interface ReminderContext { view: DebtorView; settings: Settings; today: string }
export interface TemplateChoice { id: string; label: string }

export const TEMPLATE_CHOICES: TemplateChoice[] = [
  { id: 'pre-due', label: 'Friendly reminder before the due date' },
  { id: 'three-days-late', label: '3 days late: reminder' },
  { id: 'one-week-late', label: '1 week late: firmer reminder' },
  { id: 'one-month-late', label: '1 month late: escalation' },
  { id: 'final-notice', label: 'Final notice' },
  { id: 'payment-plan-offer', label: 'Payment plan offer (promissory note)' },
  { id: 'satisfaction-check', label: 'Customer satisfaction check' },
];

export function recommendedTemplateId(view: DebtorView): string {
  if (view.next?.template && TEMPLATE_CHOICES.some((t) => t.id === view.next!.template)) return view.next.template;
  const standing = view.classification.standing;
  if (standing === 'angry') return 'satisfaction-check';
  if (standing === 'going-out-of-business') return 'payment-plan-offer';
  const late = view.oldestDaysLate;
  if (late <= 0) return 'pre-due';
  if (late < 7) return 'three-days-late';
  if (late < 30) return 'one-week-late';
  if (late < 45) return 'one-month-late';
  return 'final-notice';
}

export function renderReminder(id: string, { view, settings }: ReminderContext): RenderedReminder {
  const amount = new Intl.NumberFormat(settings.locale || undefined, { style: 'currency', currency: view.currency }).format(view.balance / 100);
  const numbers = view.openInvoices.map((i) => i.number).join(', ');
  const who = settings.sender.name || settings.sender.company || '';
  const lines = BODIES[id] ?? BODIES['three-days-late']!;
  const subject = `${SUBJECTS[id] ?? 'Payment reminder'}: ${numbers || view.name}`;
  const paragraphs = [`Hello ${view.name},`, ...lines(amount, numbers), 'Thank you,', who].filter(Boolean);
  return {
    subject,
    html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
    text: paragraphs.join('\n\n'),
  };
}

const SUBJECTS: Record<string, string> = {
  'pre-due': 'Upcoming payment',
  'three-days-late': 'Payment reminder',
  'one-week-late': 'Overdue invoices',
  'one-month-late': 'Overdue for a month',
  'final-notice': 'Final notice',
  'payment-plan-offer': 'A payment plan for your balance',
  'satisfaction-check': 'Checking in about your invoices',
};

const BODIES: Record<string, (amount: string, numbers: string) => string[]> = {
  'pre-due': (a, n) => [`A friendly note that ${a} (invoices ${n}) falls due soon.`],
  'three-days-late': (a, n) => [`Our records show ${a} is now past due (invoices ${n}). Could you let us know when it will be paid?`],
  'one-week-late': (a, n) => [`${a} is now more than a week overdue (invoices ${n}). Please arrange payment or call us today.`],
  'one-month-late': (a, n) => [`${a} has been overdue for a month (invoices ${n}). We need payment or a firm date this week.`],
  'final-notice': (a, n) => [`This is our final notice for ${a} (invoices ${n}) before we pass the matter on.`],
  'payment-plan-offer': (a, n) => [`If paying ${a} (invoices ${n}) at once is hard, we can agree instalments backed by a signed promissory note.`],
  'satisfaction-check': (a, n) => [`We want to be sure you are satisfied with the work behind invoices ${n} (${a}). Is anything holding payment up?`],
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
