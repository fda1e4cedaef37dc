import { useState } from 'react';
import { importCsv, type CsvImport } from '../../lib/extract/csv/import-csv';
import type { Field } from '../../lib/extract/header-words';
import type { OwedClient } from '../../lib/messages/client';
import { ActionMessage, useAction } from '../sidebar/use-action';

const FIELD_LABEL: Record<Field, string> = {
  number: 'Invoice number',
  customer: 'Customer',
  issued: 'Issue date',
  due: 'Due date',
  total: 'Total',
  balance: 'Amount due',
  dueNow: 'Due now',
  paid: 'Paid',
  status: 'Status',
  paidOn: 'Paid on',
  currency: 'Currency',
  email: 'Email',
  phone: 'Phone',
  kind: 'Type',
};
const MAPPED: Field[] = [
  'number',
  'customer',
  'issued',
  'due',
  'total',
  'balance',
  'currency',
  'status',
  'email',
  'phone',
];

/**
 * An aged-receivables report or invoice export as a CSV file: columns recognised (and correctable),
 * the rows Owed can read previewed with the ones it cannot and why, then stored as a read of
 * "csv:<file name>" (importing a newer report of the same name marks what left it as no longer seen).
 */
export function CsvImportPanel({
  client,
  today,
  locale,
  currency,
}: {
  client: OwedClient;
  today: string;
  locale?: string;
  currency: string;
}) {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [columns, setColumns] = useState<Partial<Record<Field, number>> | undefined>(undefined);
  const [run, state] = useAction();
  const result: CsvImport | null = file ? importCsv(file.text, columns, { today, locale, currency }) : null;
  const current = columns ?? result?.mapping.columns ?? {};
  const setColumn = (field: Field, index: string) => {
    const next = { ...current };
    if (index === '') delete next[field];
    else next[field] = Number(index);
    setColumns(next);
  };
  const store = () => {
    if (!file || !result) return;
    void run(
      () =>
        client.pageRead({
          source: `csv:${file.name}`,
          url: '',
          title: file.name,
          profile: result.mapping.layout ?? 'csv',
          complete: true,
          invoices: result.rows,
          problems: result.bad.slice(0, 1000).map((b) => ({ where: `line ${b.line}`, reason: b.reason })),
        }),
      `Imported ${result.rows.length} invoices from ${file.name}`,
    ).then((ok) => {
      if (ok) {
        setFile(null);
        setColumns(undefined);
      }
    });
  };
  return (
    <section aria-labelledby="csv-title" className="card">
      <h2 id="csv-title">Import a CSV report</h2>
      <label>
        An aged-receivables report or an invoice export (.csv)
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f)
              void f.text().then((text) => {
                setFile({ name: f.name, text });
                setColumns(undefined);
              });
          }}
        />
      </label>
      {file && result && (
        <>
          <p>
            {file.name}
            {result.mapping.layout ? ` (recognised as ${result.mapping.layout})` : ''}:{' '}
            <strong data-testid="csv-count">{result.rows.length}</strong> invoices to import.
          </p>
          <fieldset>
            <legend>Columns</legend>
            {MAPPED.map((field) => (
              <label key={field}>
                {FIELD_LABEL[field]}
                <select value={current[field] ?? ''} onChange={(e) => setColumn(field, e.target.value)}>
                  <option value="">—</option>
                  {result.header.map((h, i) => (
                    <option key={i} value={i}>
                      {h || `column ${i + 1}`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            {!columns && result.mapping.unconfirmed?.length ? (
              <button type="button" onClick={() => setColumns({ ...result.mapping.columns })}>
                These columns are right
              </button>
            ) : null}
          </fieldset>
          {result.bad.length > 0 && (
            <details open={result.rows.length === 0}>
              <summary>
                {result.bad.length} {result.bad.length === 1 ? 'line' : 'lines'} not imported
              </summary>
              <ul aria-label="Lines not imported">
                {result.bad.slice(0, 200).map((b, i) => (
                  <li key={i}>
                    line {b.line}: {b.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="buttons">
            <button type="button" className="primary" disabled={result.rows.length === 0 || state.busy} onClick={store}>
              Import {result.rows.length} invoices
            </button>
            <button
              type="button"
              onClick={() => {
                setFile(null);
                setColumns(undefined);
              }}
            >
              Cancel
            </button>
          </div>
        </>
      )}
      <ActionMessage state={state} />
    </section>
  );
}
