import { useId, useState } from 'react';
import type { OwedData } from '../data/owed-data';

const DAY = 86_400_000;

/** Says which data the pane shows and how old it is; offers to import (or replace) a backup. */
export function DataSourceNote({
  data,
  now,
  locale,
  onImport,
}: {
  data: OwedData | null;
  now: number;
  locale?: string;
  onImport(text: string): Promise<void>;
}) {
  const inputId = useId();
  const [error, setError] = useState<string | null>(null);
  let label: string;
  if (!data) label = 'No Owed data yet.';
  else if (data.kind === 'extension') label = 'Live data from the Owed extension in this browser.';
  else {
    const when = data.exportedAt ?? 0;
    const days = Math.floor((now - when) / DAY);
    const date = new Intl.DateTimeFormat(locale || undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(when);
    const age = days <= 0 ? 'today' : days === 1 ? '1 day old' : `${days} days old`;
    label = `From an Owed backup exported ${date} (${age}). Payments and reads since then are not shown.`;
  }
  return (
    <footer className={`data-source ${data?.kind ?? 'none'}`} aria-live="polite">
      <p data-testid="data-source">{label}</p>
      {data?.kind !== 'extension' && (
        <p>
          <label htmlFor={inputId}>{data ? 'Import a newer Owed backup' : 'Import an Owed backup file'}</label>{' '}
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              setError(null);
              try {
                await onImport(await file.text());
              } catch (err) {
                setError(err instanceof Error ? err.message : String(err));
              }
            }}
          />
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </footer>
  );
}
