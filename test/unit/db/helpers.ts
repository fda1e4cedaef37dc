import type { PageReadInput } from '../../../lib/model/page-read';
import { PageRead } from '../../../lib/model/page-read';
import type { InvoiceObservation } from '../../../lib/model';

let n = 0;
/** A fresh database name per test: fake-indexeddb is shared across the file. */
export const freshName = () => `owed-test-${++n}-${Math.random().toString(36).slice(2)}`;

export function obs(
  number: string,
  customer: string,
  balance: number,
  extra: Partial<InvoiceObservation> = {},
): InvoiceObservation {
  return { number, customer, balance, total: balance, currency: 'USD', due: '2026-10-01', ...extra };
}

export function read(invoices: InvoiceObservation[], extra: Partial<PageReadInput> = {}) {
  return PageRead.parse({ source: 'https://app.example', url: 'https://app.example/invoices', invoices, ...extra });
}
