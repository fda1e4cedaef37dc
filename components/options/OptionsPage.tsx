import { useEffect, useRef, useState } from 'react';
import type { OwedClient } from '../../lib/messages/client';
import type { Settings } from '../../lib/model';
import type { LedgerSnapshot } from '../../lib/service/owed-service';
import type { DraftIO } from '../drafts/draft-io';
import { usableLocale } from '../sidebar/money-input';
import { ActionMessage, useAction } from '../sidebar/use-action';
import type { Subscribe } from '../sidebar/use-ledger';
import { useLedger } from '../sidebar/use-ledger';
import { BackupPanel } from './BackupPanel';
import { CadenceEditor } from './CadenceEditor';
import { CsvImportPanel } from './CsvImportPanel';
import { CreditPolicyEditor } from './CreditPolicyEditor';
import { LateFeeEditor } from './LateFeeEditor';
import { RegionAndCosts } from './RegionAndCosts';
import { PaymentDetails } from './PaymentDetails';
import { SenderDetails } from './SenderDetails';
import { SitesPanel, type SitesAccess } from './SitesPanel';
import { TaughtProfiles } from '../teach/TaughtProfiles';
import type { TeachAccess } from '../teach/teach-access';
import { TemplatesEditor } from './TemplatesEditor';
import '../sidebar/sidebar.css';
import './options.css';

export interface OptionsPageProps {
  client: OwedClient;
  subscribe: Subscribe;
  sites: SitesAccess;
  /** Pages the user taught Owed to read: listed, shared and imported as JSON. */
  teach?: TeachAccess;
  io: DraftIO;
  locale?: string;
  now?: () => number;
}

/** A change to the settings being edited: each section edits its part of one draft. */
export type EditSettings = (change: (s: Settings) => Settings) => void;

/** Owed's settings: how it chases, what it says, where it reads, and your data. */
export function OptionsPage({
  client,
  subscribe,
  sites,
  teach,
  io,
  locale: browserLocale,
  now = Date.now,
}: OptionsPageProps) {
  const [state] = useLedger(client, subscribe);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [dirty, setDirty] = useState(false);
  const [run, saving] = useAction();
  const ledger: LedgerSnapshot | null = state.status === 'ready' ? state.ledger : null;
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const stored = ledger?.settings;
  // Take the stored settings when they change (another page saved) and nothing is being edited.
  useEffect(() => {
    if (stored && !dirtyRef.current) setDraft(stored);
  }, [stored]);

  if (state.status === 'error')
    return (
      <main className="owed options">
        <p role="alert" className="error">
          {state.error}
        </p>
      </main>
    );
  if (!ledger || !draft)
    return (
      <main className="owed options" aria-busy="true">
        Loading…
      </main>
    );
  const locale = usableLocale(ledger.settings.locale) ?? browserLocale;
  const edit: EditSettings = (change) => {
    setDraft((d) => change(d ?? ledger.settings));
    setDirty(true);
  };
  const save = async () => {
    let saved: Settings | undefined;
    if (
      await run(async () => {
        saved = await client.saveSettings(draft);
      }, 'Settings saved')
    ) {
      // What the background stored (parsed, defaults filled) is what the form shows from now on.
      if (saved) setDraft(saved);
      setDirty(false);
    }
  };
  return (
    <main className="owed options">
      <h1>Owed settings</h1>
      {/* The background validates every setting (zod) and says what is wrong in words. */}
      <form
        aria-label="Settings"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <SenderDetails settings={draft} edit={edit} />
        <PaymentDetails settings={draft} edit={edit} />
        <RegionAndCosts settings={draft} edit={edit} locale={locale} />
        <CadenceEditor settings={draft} edit={edit} />
        <LateFeeEditor settings={draft} edit={edit} locale={locale} />
        <CreditPolicyEditor settings={draft} edit={edit} ledger={ledger} locale={locale} />
        <TemplatesEditor settings={draft} edit={edit} />
        <div className="save-bar">
          <button type="submit" className="primary" disabled={saving.busy || !dirty}>
            Save settings
          </button>
          {dirty && (
            <button
              type="button"
              onClick={() => {
                setDirty(false);
                setDraft(ledger.settings);
              }}
            >
              Discard changes
            </button>
          )}
          <ActionMessage state={saving} />
        </div>
      </form>
      <SitesPanel sites={sites} />
      {teach && <TaughtProfiles teach={teach} />}
      <CsvImportPanel client={client} today={ledger.today} locale={locale} currency={ledger.settings.homeCurrency} />
      <BackupPanel client={client} io={io} now={now} />
    </main>
  );
}
