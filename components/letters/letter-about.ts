import type { DebtorView } from '../../lib/model';
import { invoicesAbout } from '../../lib/templates';

/** The invoices the next step is about, when this letter is that step's (as drafts are); else every open one. */
export function letterAbout(debtor: DebtorView, letterId: string): { invoiceNumbers?: string[] } {
  const about = invoicesAbout(debtor, letterId);
  return about ? { invoiceNumbers: about } : {};
}
