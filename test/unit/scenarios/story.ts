// A ledger story as an owner would tell it: the invoices, what they logged, and what Owed makes of it.
import { expect } from 'vitest';
import { sayer } from '../../../lib/i18n';
import { defaultSettings, type DebtorView, type Reason, type Settings } from '../../../lib/model';
import {
  checkDraftClaims,
  composeDraft,
  draftFacts,
  recommendedTemplate,
  type ComposedDraft,
} from '../../../lib/templates';
import { TODAY, debtorOf, type LedgerParts } from '../ledger/make';

export const SETTINGS: Settings = {
  ...defaultSettings(),
  sender: { name: 'Sam Carter', company: 'Carter Design', email: 'sam@carter.example', phone: '', address: '' },
};

export interface Told {
  debtor: DebtorView;
  /** The draft Owed would write for the next action (its template, else the one for the lateness). */
  draft: ComposedDraft;
  templateId: string;
}

export function story(parts: LedgerParts): Told {
  const settings = { ...SETTINGS, ...parts.settings };
  const debtor = debtorOf({ ...parts, settings });
  const templateId = debtor.next?.template ?? recommendedTemplate(debtor);
  const about = debtor.next?.invoiceNumbers ? { invoiceNumbers: debtor.next.invoiceNumbers } : {};
  // Without attachments: the draft must then not say anything is attached (the checker reads that too).
  const draft = composeDraft(debtor, templateId, { settings, today: TODAY, attach: false, ...about });
  // Every claim the draft makes, checked against the ledger by the drafts' own reader (lib/templates).
  expect(checkDraftClaims(draft, draftFacts(debtor, { settings, today: TODAY, ...about })), templateId).toEqual([]);
  return { debtor, draft, templateId };
}

/**
 * Beyond checkDraftClaims (run on every story's draft): it is signed by the sender, names the
 * invoices the next action is about, and names no invoice that is not owed (paid in the app or per
 * the owner's log, or unknown to this debtor).
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

/** Reasons in the owner's words: the English catalogue, in a British owner's locale ("16 Nov"). */
export const say = sayer({ locale: 'en-GB', today: TODAY });

/** The class's reasons in words, one a line. */
export const reasonWords = (debtor: DebtorView): string => debtor.classification.reasons.map(say).join('\n');

/** The kinds of the class's reasons, counter-evidence ("also: …") as `also:kind`. */
export const reasonKinds = (debtor: DebtorView): string[] =>
  debtor.classification.reasons.map((r: Reason) => (r.kind === 'also' ? `also:${r.values.reason.kind}` : r.kind));

/** Whichever reason, or counter-evidence, is of `kind`. */
export function reasonOf(debtor: DebtorView, kind: Reason['kind']): Reason | undefined {
  for (const r of debtor.classification.reasons) {
    if (r.kind === kind) return r;
    if (r.kind === 'also' && r.values.reason.kind === kind) return r.values.reason;
  }
  return undefined;
}
