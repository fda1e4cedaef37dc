import { z } from 'zod';
import { ContactEvent, DebtorRecord, Invoice, InvoiceHold, PaymentPlan, Settings } from '../model';
import { inexactSums } from './exact-sums';

export const BACKUP_FORMAT = 'owed-backup';
export const BACKUP_VERSION = 1;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number().int().nonnegative(),
  invoices: z.array(Invoice),
  records: z.array(DebtorRecord),
  events: z.array(ContactEvent),
  plans: z.array(PaymentPlan),
  settings: Settings,
  profiles: z.array(z.object({ id: z.string().min(1), profile: z.unknown(), savedAt: z.number() })).default([]),
  /** Added with database v3; older backups have none. */
  holds: z.array(InvoiceHold).default([]),
});
export type Backup = z.infer<typeof Backup>;

export type BackupParse = { ok: true; backup: Backup } | { ok: false; error: string };

/**
 * Reads a backup file's text. A file that is not JSON, not an Owed backup, from a newer Owed, or
 * damaged is refused with a reason a user can act on; nothing is imported from it.
 */
export function parseBackup(text: string): BackupParse {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'This file is not an Owed backup: it is not valid JSON.' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return {
      ok: false,
      error: 'This file is not an Owed backup (it has no "owed-backup" format mark). Nothing was changed.',
    };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer version of Owed (format ${version}); update Owed to import it. Nothing was changed.`,
    };
  }
  const parsed = Backup.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'file'}: ${i.message}`);
    const more = parsed.error.issues.length > 3 ? ` (and ${parsed.error.issues.length - 3} more)` : '';
    return {
      ok: false,
      error: `This Owed backup is damaged and was not imported: ${issues.join('; ')}${more}. Nothing was changed.`,
    };
  }
  // Amounts a ledger could not add up exactly (exact-sums.ts) are refused, never rounded.
  const inexact = inexactSums(parsed.data.invoices);
  if (inexact) return { ok: false, error: `This Owed backup was not imported: ${inexact}. Nothing was changed.` };
  return { ok: true, backup: parsed.data };
}
