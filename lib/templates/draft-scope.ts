import type { DebtorView } from '../model';

/**
 * The invoices a draft of template `id` is about: those the next step names (the invoice a
 * reminder before its due date is for, the one they say they never received) when `id` is that
 * step's template; otherwise undefined, every open invoice not paused.
 */
export function invoicesAbout(view: DebtorView, id: string): string[] | undefined {
  const next = view.next;
  return next?.template === id && next.invoiceNumbers?.length ? next.invoiceNumbers : undefined;
}
