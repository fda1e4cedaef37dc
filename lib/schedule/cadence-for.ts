import type { CadenceStep, DebtorRecord, Settings, Standing } from '../model';

export type CadenceSettings = Pick<Settings, 'cadence'> & Partial<Pick<Settings, 'cadenceByClass'>>;

export interface ChosenCadence {
  steps: CadenceStep[];
  /** Where the steps come from, for the plan's heading. */
  source: 'debtor' | 'class' | 'default';
}

/**
 * The follow-up system for one debtor: its own (a key account) wins over its class's (tighter for
 * unorganized, calls earlier for angry), which wins over the default. Good standing uses the default.
 */
export function cadenceFor(
  record: DebtorRecord | undefined,
  standing: Standing,
  settings: CadenceSettings,
): ChosenCadence {
  if (record?.cadence && record.cadence.length > 0) return { steps: record.cadence, source: 'debtor' };
  const byClass = standing === 'good-standing' ? undefined : settings.cadenceByClass?.[standing];
  if (byClass && byClass.length > 0) return { steps: byClass, source: 'class' };
  return { steps: settings.cadence, source: 'default' };
}
