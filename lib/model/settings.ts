import { z } from 'zod';
import { Currency, MinorUnits, Text } from './primitives';

export const CADENCE_ACTIONS = [
  'reminder',
  'email',
  'call',
  'letter',
  'escalate',
  'certified-letter',
  'final-notice',
] as const;
export const CadenceAction = z.enum(CADENCE_ACTIONS);
export type CadenceAction = z.infer<typeof CadenceAction>;

/** One step of the follow-up system: an action at a number of days from the due date. */
export const CadenceStep = z.object({
  /** Days after the due date; negative for reminders before it. */
  offsetDays: z.number().int().min(-365).max(3650),
  action: CadenceAction,
  label: Text(200).optional(),
});
export type CadenceStep = z.infer<typeof CadenceStep>;

/** Defaults from the collection seeds: reminder before due, email at 3 days, call at 1 week, escalate at 1 month. */
export const DEFAULT_CADENCE: CadenceStep[] = [
  { offsetDays: -3, action: 'reminder', label: 'Friendly reminder before the due date' },
  { offsetDays: 3, action: 'email', label: '3 days late: reminder email' },
  { offsetDays: 7, action: 'call', label: '1 week late: phone call' },
  { offsetDays: 30, action: 'escalate', label: '1 month late: escalate' },
  { offsetDays: 45, action: 'final-notice', label: 'Final notice before agency, court or write-off' },
];

export const LateFee = z.object({
  kind: z.enum(['none', 'flat', 'percent-monthly', 'statutory-eu', 'statutory-uk']),
  /** Flat fee, in minor units of the invoice currency. */
  flat: MinorUnits.nonnegative().optional(),
  /** Percent per month for 'percent-monthly'. */
  percentPerMonth: z.number().min(0).max(100).optional(),
  /** Central bank reference / base rate in percent, entered by the user (Owed makes no network request). */
  referenceRate: z.number().min(-10).max(100).optional(),
  graceDays: z.number().int().min(0).max(365).default(0),
  wording: Text(500).default('Late payment fee'),
});
export type LateFee = z.infer<typeof LateFee>;

/** Where the debtor can pay online: empty, or an http(s) address (written into reminders as text). */
export const PaymentLink = z.union([
  z.literal(''),
  z
    .string()
    .max(2000)
    .regex(/^https?:\/\/[^\s<>"]+$/i, 'a payment link is an address starting with https:// (no spaces)'),
]);

export const Settings = z.object({
  sender: z
    .object({
      name: Text(200).default(''),
      company: Text(200).default(''),
      email: Text(320).default(''),
      phone: Text(100).default(''),
      address: Text(1000).default(''),
    })
    .default({ name: '', company: '', email: '', phone: '', address: '' }),
  /** How the debtor pays, in every reminder: transfer details as the owner writes them, and/or a link. */
  payment: z
    .object({
      details: Text(2000).default(''),
      link: PaymentLink.default(''),
    })
    .default({ details: '', link: '' }),
  /** BCP 47 locale for dates and money; empty = the browser's. */
  locale: Text(50).default(''),
  /** IANA time zone for "today"; empty = the browser's. */
  timeZone: Text(100).default(''),
  homeCurrency: Currency.default('USD'),
  defaultTermsDays: z.number().int().min(0).max(365).default(30),
  cadence: z.array(CadenceStep).min(1).max(30).default(DEFAULT_CADENCE),
  /** A follow-up system per class (tighter for unorganized, calls earlier for angry...): wins over `cadence`. */
  cadenceByClass: z
    .object({
      unorganized: z.array(CadenceStep).min(1).max(30).optional(),
      'going-out-of-business': z.array(CadenceStep).min(1).max(30).optional(),
      angry: z.array(CadenceStep).min(1).max(30).optional(),
    })
    .default({}),
  lateFee: LateFee.default({ kind: 'none', graceDays: 0, wording: 'Late payment fee' }),
  creditPolicy: Text(20_000).default(''),
  /** An average month of sales per currency, as the owner knows it: ledger health uses it over invoices read. */
  monthlySales: z.record(Currency, MinorUnits.nonnegative()).default({}),
  /** Template overrides by template id: subject and body in the template language. */
  templates: z.record(z.string(), z.object({ subject: Text(500), body: Text(50_000) })).default({}),
  /** Collection agency and court costs for the pursue / agency / court / write-off check. */
  recovery: z
    .object({
      agencyFeePercent: z.number().min(0).max(100).default(25),
      courtFixedCost: MinorUnits.nonnegative().default(50_000),
      hourlyValue: MinorUnits.nonnegative().default(5_000),
    })
    .default({ agencyFeePercent: 25, courtFixedCost: 50_000, hourlyValue: 5_000 }),
});
export type Settings = z.infer<typeof Settings>;
export const defaultSettings = (): Settings => Settings.parse({});
