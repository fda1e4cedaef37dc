import { z } from 'zod';
import { CustomerBalanceObservation } from './customer-balance';
import { InvoiceObservation } from './invoice';
import { Currency, IsoDate, MinorUnits } from './primitives';

/** Something on a page Owed could not read, said so the user understands it. */
export const ReadProblem = z.object({
  /** Row number or element description. */
  where: z.string().max(500),
  reason: z.string().max(1000),
});
export type ReadProblem = z.infer<typeof ReadProblem>;

/** Which pages of a paged list a read covered ("pages 1–2 of 2"). */
export const PagesRead = z.object({
  read: z.array(z.number().int().min(1).max(100_000)).max(1000),
  last: z.number().int().min(1).max(100_000).optional(),
  statedRows: z.number().int().min(0).optional(),
});
export type PagesRead = z.infer<typeof PagesRead>;

/** A content script's report of what it read on one page. */
export const PageRead = z.object({
  /** The app's origin, or "csv:<file>". */
  source: z.string().min(1).max(500),
  url: z.string().max(4000),
  title: z.string().max(500).default(''),
  /** Name of the site profile used, or "generic". */
  profile: z.string().max(100).default('generic'),
  invoices: z.array(InvoiceObservation).max(100_000),
  /** Contact details read from a customer page. */
  customers: z
    .array(
      z.object({
        customer: z.string().min(1).max(300),
        email: z.string().max(320).optional(),
        phone: z.string().max(100).optional(),
        /** The postal address a customer page shows, for letters. */
        address: z.string().max(1000).optional(),
      }),
    )
    .max(10_000)
    .default([]),
  /**
   * Due dates a page shows without invoice numbers (Tryton's Dunnings list: customer, amount,
   * maturity date). The background gives each to the customer's open invoice of this source
   * whose balance or total matches the amount, else to its oldest open invoice with no due date.
   */
  maturities: z
    .array(
      z.object({
        customer: z.string().min(1).max(300),
        due: IsoDate,
        amount: MinorUnits.optional(),
        currency: Currency.optional(),
      }),
    )
    .max(10_000)
    .default([]),
  /**
   * Per-customer balances a customers list or a receivables aging report shows: kept as such
   * (never as invoices), they confirm invoice totals that add up (lib/ledger/confirm-by-balance.ts).
   */
  balances: z.array(CustomerBalanceObservation).max(10_000).default([]),
  problems: z.array(ReadProblem).max(1000).default([]),
  /**
   * True when this read covered the whole list of open invoices of the source (every page):
   * only then is an invoice that is absent marked "not seen since".
   */
  complete: z.boolean().default(false),
  /** A paged list: the pages read, its last page when the pager says, the rows it says it has. */
  pages: PagesRead.optional(),
  confidence: z.number().min(0).max(1).default(1),
});
export type PageRead = z.infer<typeof PageRead>;
export type PageReadInput = z.input<typeof PageRead>;
