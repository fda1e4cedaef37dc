import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type Backup } from './backup';
import type { OwedDb } from './owed-db';
import type { SafetyCopies } from './safety-copy';

/** What a ledger holds, as the import step shows it: counts and the newest change in it. */
export interface LedgerSummary {
  invoices: number;
  debtors: number;
  events: number;
  plans: number;
  /** The newest time anything in it was seen or changed (epoch ms), 0 when it is empty. */
  newest: number;
}

export interface BackupPreview {
  file: LedgerSummary & { exportedAt: number };
  current: LedgerSummary;
  /** Owed holds changes made after the file was exported: importing would lose them. */
  currentIsNewer: boolean;
}

type Content = Pick<Backup, 'invoices' | 'records' | 'events' | 'plans'>;

function summarize(b: Content): LedgerSummary {
  let newest = 0;
  for (const i of b.invoices) newest = Math.max(newest, i.seenAt);
  for (const r of b.records) newest = Math.max(newest, r.updatedAt);
  for (const e of b.events) newest = Math.max(newest, e.at);
  for (const p of b.plans) newest = Math.max(newest, p.createdAt);
  return {
    invoices: b.invoices.length,
    debtors: b.records.length,
    events: b.events.length,
    plans: b.plans.length,
    newest,
  };
}

/** What importing `text` would replace, or why the file cannot be imported. */
export async function previewBackup(
  db: OwedDb,
  text: string,
  now: number,
): Promise<{ ok: true; preview: BackupPreview } | { ok: false; error: string }> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const current = summarize(await db.exportBackup(now));
  const file = { ...summarize(parsed.backup), exportedAt: parsed.backup.exportedAt };
  return { ok: true, preview: { file, current, currentIsNewer: current.newest > file.exportedAt } };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Imports a backup, replacing what Owed holds, after keeping it as the safety copy. A file older
 * than what Owed holds is refused unless the user chose to replace newer data (`replaceNewer`).
 */
export async function importBackupSafely(
  db: OwedDb,
  safety: SafetyCopies,
  text: string,
  options: { replaceNewer?: boolean; now: number },
): Promise<{ ok: true; counts: Record<string, number> } | { ok: false; error: string }> {
  const seen = await previewBackup(db, text, options.now);
  if (!seen.ok) return seen;
  const { file, current } = seen.preview;
  if (seen.preview.currentIsNewer && !options.replaceNewer)
    return {
      ok: false,
      error: `This backup is from ${day(file.exportedAt)}, and Owed holds changes made since (the newest on ${day(current.newest)}): importing it would replace ${current.invoices} invoices and ${current.events} log entries with ${file.invoices} and ${file.events}. Choose “Replace newer data” to import it anyway. Nothing was changed.`,
    };
  await safety.keep(await db.exportBackup(options.now), options.now);
  return db.importBackup(text);
}

/** Puts the safety copy back (keeping what it replaces as the new safety copy: undo is one click too). */
export async function restoreSafetyCopy(
  db: OwedDb,
  safety: SafetyCopies,
  now: number,
): Promise<{ ok: true; counts: Record<string, number> } | { ok: false; error: string }> {
  const last = await safety.last();
  if (!last) return { ok: false, error: 'There is no safety copy: no backup has replaced Owed’s data yet.' };
  const text = JSON.stringify({ ...last.backup, format: BACKUP_FORMAT, version: BACKUP_VERSION });
  await safety.keep(await db.exportBackup(now), now);
  return db.importBackup(text);
}

export type SafetyCopyInfo = LedgerSummary & { at: number };

/** The safety copy's time and counts, for the backup panel; null when there is none. */
export async function safetyCopyInfo(safety: SafetyCopies): Promise<SafetyCopyInfo | null> {
  const last = await safety.last();
  return last ? { ...summarize(last.backup), at: last.at } : null;
}
