import type { DebtorView, Installment, PaymentPlan, Settings } from '../../lib/model';
import { promissoryNote } from '../../lib/templates';

/**
 * The promissory note's plain text from lib/templates, also for a proposal not saved yet.
 * Shown as text and printed, never inserted as HTML.
 */
export function promissoryNoteText(args: {
  debtor: DebtorView;
  settings: Settings;
  installments: Installment[];
  currency: string;
  locale?: string;
  plan?: PaymentPlan;
}): string {
  const plan: PaymentPlan = args.plan ?? {
    id: 'proposal',
    debtorId: args.debtor.id,
    createdAt: 0,
    currency: args.currency,
    installments: args.installments,
    promissoryNote: { signed: false },
    status: 'proposed',
    note: invoicesNote(args.debtor),
  };
  return promissoryNote(plan, args.debtor, args.settings.sender, args.locale || args.settings.locale || 'en');
}

/** What a plan is for, written on its note: the invoices it settles. */
export const invoicesNote = (debtor: DebtorView): string | undefined =>
  debtor.openInvoices.length ? `Settles invoices ${debtor.openInvoices.map((i) => i.number).join(', ')}.` : undefined;
