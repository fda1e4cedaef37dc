import { z } from 'zod';

// Extension pages forbid eval (CSP): zod must not try to compile validators with new Function.
z.config({ jitless: true });

/** A calendar date as the invoicing app shows it: `YYYY-MM-DD`, no time zone. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a real calendar date',
  );
export type IsoDate = z.infer<typeof IsoDate>;

/** Money in integer minor units (cents). Negative for credit notes. */
export const MinorUnits = z.number().int().safe();

/** ISO 4217 currency code. */
export const Currency = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO currency code such as USD');

/** Milliseconds since the epoch: when something happened. */
export const Timestamp = z.number().int().nonnegative();

/** Free text typed by the user or scraped from a page: bounded, never HTML. */
export const Text = (max = 10_000) => z.string().max(max);
