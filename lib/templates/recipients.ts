import type { DebtorView } from '../model';
import { normalizeEmail } from '../match';

export interface Recipients {
  /** The billing address: one person, never a list of separate emails. */
  to: string[];
  /** Everyone else the user chose, on the same email. */
  cc: string[];
}

const ESCALATION_STAGES = new Set(['one-month', 'final-notice', 'certified-letter']);

/** Escalation: the cadence says so, the template is an escalation one, or the oldest invoice is a month late. */
export function atEscalation(view: DebtorView, templateId = ''): boolean {
  return (
    view.next?.action === 'escalate' ||
    view.next?.action === 'final-notice' ||
    view.oldestDaysLate >= 30 ||
    ESCALATION_STAGES.has(templateId.split('/')[1] ?? '')
  );
}

/**
 * Who one draft goes to, for the sidebar and the Outlook add-in alike: the billing address (the
 * address the user is replying to when known, else the debtor's, else a billing contact's, else
 * any contact's) and, in CC on the same email, the contacts the user marked to copy plus senior
 * leadership when the debtor is angry or the draft escalates. Addresses are normalized and each
 * appears once.
 */
export function recipientsFor(view: DebtorView, templateId = '', matchedAddress?: string): Recipients {
  let to: string | null = null;
  for (const candidate of [
    matchedAddress,
    view.email,
    ...view.contacts.filter((c) => c.role === 'billing').map((c) => c.email),
    ...view.contacts.map((c) => c.email),
  ]) {
    to = candidate ? normalizeEmail(candidate) : null;
    if (to) break;
  }
  const escalate = view.classification.standing === 'angry' || atEscalation(view, templateId);
  const cc: string[] = [];
  for (const c of view.contacts) {
    if (!c.cc && !(escalate && c.role === 'senior-leadership')) continue;
    const e = c.email ? normalizeEmail(c.email) : null;
    if (e && e !== to && !cc.includes(e)) cc.push(e);
  }
  return { to: to ? [to] : [], cc };
}
