import { z } from 'zod';
import { fold } from '../text/fold';
import { IsoDate, Text, Timestamp } from './primitives';
import { CadenceStep } from './settings';

export const DEBTOR_CLASSES = ['unorganized', 'going-out-of-business', 'angry'] as const;
export const DebtorClass = z.enum(DEBTOR_CLASSES);
export type DebtorClass = z.infer<typeof DebtorClass>;
/** Debtors with nothing overdue are in good standing, not forced into a class. */
export const Standing = z.enum([...DEBTOR_CLASSES, 'good-standing']);
export type Standing = z.infer<typeof Standing>;

export const ContactRole = z.enum(['billing', 'decision-maker', 'senior-leadership', 'other']);
export type ContactRole = z.infer<typeof ContactRole>;

export const Contact = z.object({
  name: Text(200).optional(),
  email: Text(320).optional(),
  phone: Text(100).optional(),
  role: ContactRole,
  /** Copy this person on reminders. */
  cc: z.boolean().optional(),
  /** The source (app origin, CSV source) whose page showed it; absent when the owner typed it. */
  from: z.string().max(500).optional(),
});
export type Contact = z.infer<typeof Contact>;

const Dated = z.object({ at: Timestamp, note: Text().optional() });

/**
 * What the user knows about a debtor that no page shows: contacts, their class override, flags.
 * Keyed by the debtor id (normalized customer name); never touched by a re-read.
 */
export const DebtorRecord = z.object({
  id: z.string().min(1),
  name: Text(300).min(1),
  contacts: z.array(Contact).max(50).default([]),
  override: z.object({ class: Standing, note: Text().optional(), at: Timestamp }).optional(),
  flags: z
    .object({
      creditHold: Dated.optional(),
      upfrontOnly: Dated.optional(),
      /** Pays by automatic debit: no pre-due reminders. */
      autoDebit: z.boolean().optional(),
    })
    .default({}),
  creditPolicyAcknowledgedOn: IsoDate.optional(),
  /** Postal address for letters: read from a customer page where shown, editable. */
  address: Text(1000).optional(),
  /** This debtor's own follow-up system (a key account, say): wins over the class's and the default. */
  cadence: z.array(CadenceStep).min(1).max(30).optional(),
  /** Customers (debtor ids) merged into this one by hand. */
  merged: z.array(z.string()).optional(),
  /** Set on a customer merged into another: its invoices and log now live there. */
  mergedInto: z.string().optional(),
  /**
   * The sources (app origins, CSV sources) whose invoices and contacts are filed under this
   * debtor: the one that first showed it, and those the user merged in by hand. A read from any
   * other source files its customers under a debtor of their own (lib/db/source-boundary.ts).
   * Absent on records kept before sources were recorded: the sources of their invoices.
   */
  sources: z.array(z.string().max(500)).max(1000).optional(),
  /**
   * Emails and phone numbers the owner confirmed: a source other than the debtor's first one
   * showed them, and until confirmed no draft uses them (lib/ledger/new-contacts.ts).
   */
  confirmed: z.array(z.string().max(320)).max(200).optional(),
  /** Customers (debtor ids) the user said are not this one: never suggested as a merge again. */
  notSameAs: z.array(z.string()).max(1000).optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** Raised by every write: a view's copy carries the one it read, so a stale save is merged (lib/db/record-save.ts). */
  version: z.number().int().min(0).optional(),
});
export type DebtorRecord = z.infer<typeof DebtorRecord>;
export type DebtorRecordInput = z.input<typeof DebtorRecord>;

/**
 * The stable id of a customer across reads and apps: its name, case- and accent-folded, without
 * punctuation and legal-form suffixes ("Acme Corp." and "ACME corporation" are one debtor).
 */
export function debtorIdFor(customer: string): string {
  const folded = fold(customer)
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = folded.split(' ');
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!)) words.pop();
  return words.join(' ') || folded || customer.trim().toLowerCase();
}

const LEGAL_FORMS = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sas',
  'sarl',
  'sl',
  'srl',
  'spa',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'pty',
]);
