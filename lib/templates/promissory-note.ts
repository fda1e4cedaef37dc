import type { DebtorView, PaymentPlan, Settings } from '../model';
import { formatters } from './template-context';

/**
 * The promissory note backing a payment plan, as plain text to print and sign: who owes whom,
 * how much, the instalments, and what happens if one is missed.
 */
export function promissoryNote(
  plan: PaymentPlan,
  debtor: Pick<DebtorView, 'name'>,
  sender: Settings['sender'],
  locale = 'en',
): string {
  const fmt = formatters(locale);
  const total = plan.installments.reduce((t, i) => t + i.amount, 0);
  const creditor = [sender.company, sender.name].filter((s) => s.trim() !== '').join(', ') || 'the creditor';
  const lines = plan.installments.map(
    (i, n) => `  ${n + 1}. ${fmt.money(i.amount, plan.currency)} on or before ${fmt.date(i.due)}`,
  );
  return [
    'PROMISSORY NOTE',
    '',
    `Amount: ${fmt.money(total, plan.currency)}`,
    '',
    `For value received, ${debtor.name} ("the debtor") promises to pay ${creditor} ("the creditor") the sum of ${fmt.money(total, plan.currency)}, in the following instalments:`,
    '',
    ...lines,
    '',
    'If any instalment is not paid in full by its date, the whole unpaid balance becomes due at once, without further notice.',
    'Payments are applied to the oldest unpaid invoice first. The debtor may pay early without penalty.',
    plan.note ? `\nNote: ${plan.note}` : '',
    '',
    `Creditor: ${creditor}${sender.address ? `\n${sender.address}` : ''}`,
    '',
    `Signed for ${debtor.name}: ______________________   Name: ______________________   Date: __________`,
  ]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n');
}
