import type { DebtorView, Installment, Settings } from '../../lib/model';
import { formatDate, formatMoney } from '../../lib/format';

/**
 * The promissory note's text. lib/templates (issue 4) provides `promissoryNote(...)`; until it
 * lands this plain-text stand-in is the one place to switch. Plain text only: it is shown as text
 * and printed, never inserted as HTML.
 */
export function promissoryNoteText(args: {
  debtor: DebtorView; settings: Settings; installments: Installment[]; currency: string; today: string; locale?: string;
}): string {
  const { debtor, settings, installments, currency, today, locale } = args;
  const total = installments.reduce((s, i) => s + i.amount, 0);
  const creditor = settings.sender.company || settings.sender.name || 'the creditor';
  const lines = installments.map((i, n) => `  ${n + 1}. ${formatMoney(i.amount, currency, locale)} on or before ${formatDate(i.due, locale, 'long')}`);
  return [
    'PROMISSORY NOTE',
    '',
    `Date: ${formatDate(today, locale, 'long')}`,
    `Amount: ${formatMoney(total, currency, locale)}`,
    '',
    `For value received, ${debtor.name} ("the debtor") promises to pay ${creditor} the sum of ${formatMoney(total, currency, locale)}` +
      (debtor.openInvoices.length ? `, owed on invoices ${debtor.openInvoices.map((i) => i.number).join(', ')},` : '') +
      ' in the following instalments:',
    ...lines,
    '',
    'If any instalment is not paid when due, the whole balance then unpaid becomes due at once.',
    '',
    `Signed for ${debtor.name}: ______________________    Date: ____________`,
    `Accepted for ${creditor}: ______________________    Date: ____________`,
  ].join('\n');
}
