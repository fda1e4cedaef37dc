// A ledger story as an owner would tell it: the invoices, what they logged, and what Owed makes of it.
import { expect } from 'vitest';
import { defaultSettings, type DebtorView, type Settings } from '../../../lib/model';
import { recommendedTemplate, renderTemplate, templateContext, type RenderedTemplate } from '../../../lib/templates';
import { TODAY, debtorOf, type LedgerParts } from '../ledger/make';

export const SETTINGS: Settings = {
  ...defaultSettings(),
  sender: { name: 'Sam Carter', company: 'Carter Design', email: 'sam@carter.example', phone: '', address: '' },
};

export interface Told {
  debtor: DebtorView;
  /** The draft Owed would write for the next action (its template, else the one for the lateness). */
  draft: RenderedTemplate;
  templateId: string;
}

export function story(parts: LedgerParts): Told {
  const settings = { ...SETTINGS, ...parts.settings };
  const debtor = debtorOf({ ...parts, settings });
  const templateId = debtor.next?.template ?? recommendedTemplate(debtor);
  const context = templateContext(debtor, {
    settings,
    today: TODAY,
    ...(debtor.next?.invoiceNumbers ? { invoiceNumbers: debtor.next.invoiceNumbers } : {}),
  });
  return { debtor, draft: renderTemplate(templateId, context, settings.templates), templateId };
}

/**
 * The draft's facts against the ledger: it is signed by the sender, names the invoices the next
 * action is about, and names no invoice that is not owed (paid in the app or per the owner's log,
 * or unknown to this debtor).
 */
export function expectDraftTrue(told: Told, about: string[] = []): void {
  const { debtor, draft } = told;
  expect(draft.text).toContain(SETTINGS.sender.name);
  for (const n of about) expect(draft.text, `names ${n}`).toContain(n);
  const owed = new Set(debtor.openInvoices.map((i) => i.number));
  for (const inv of debtor.history)
    if (!owed.has(inv.number)) expect(draft.text, `${inv.number} is not owed`).not.toMatch(wordRe(inv.number));
  expect(draft.subject.length).toBeLessThanOrEqual(255);
}

const wordRe = (n: string) => new RegExp(`(^|[^\\w-])${n.replace(/[-]/g, '\\-')}([^\\w-]|$)`);
