import { useMemo, useState } from 'react';
import { csvSource } from '../../lib/extract/read/csv/csv-source';
import {
  CSV_ENCODINGS,
  type CsvEncoding,
  csvTooBig,
  decodeCsv,
  detectCsvEncoding,
  ENCODING_NAMES,
} from '../../lib/extract/read/csv/decode-csv';
import { importCsv, type CsvImport } from '../../lib/extract/read/csv/import-csv';
import { formatMoney } from '../../lib/format';
import type { Field } from '../../lib/extract/read/header-words';
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
 * An aged-receivables report or invoice export as a CSV file: its characters read in the encoding
 * detected (and changeable), columns recognised (and correctable), the first rows and the lines
 * Owed cannot read previewed, then stored as a read of the report (csv-source.ts: keyed by its
 * columns, not the file's name). Invoices of an earlier import of the same report that this file
 * no longer lists are marked no longer seen only when the user says the file is the whole report.
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
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array; encoding: CsvEncoding } | null>(null);
  const [columns, setColumns] = useState<Partial<Record<Field, number>> | undefined>(undefined);
  const [whole, setWhole] = useState(false);
  const [run, state] = useAction();
  const text = useMemo(() => (file ? decodeCsv(file.bytes, file.encoding).text : ''), [file]);
  const result: CsvImport | null = file ? importCsv(text, columns, { today, locale, currency }) : null;
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
          source: csvSource(result.header, result.mapping.layout),
          url: '',
          title: file.name,
          profile: result.mapping.layout ?? 'csv',
          complete: whole,
          invoices: result.rows,
          problems: result.bad.slice(0, 1000).map((b) => ({ where: `line ${b.line}`, reason: b.reason })),
        }),
      `Imported ${result.rows.length} invoices from ${file.name}`,
    ).then((ok) => {
      if (ok) {
        setFile(null);
        setColumns(undefined);
        setWhole(false);
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
              void run(async () => {
                setFile(null);
                const tooBig = csvTooBig(f.name, f.size);
                if (tooBig) throw new Error(tooBig);
                const bytes = new Uint8Array(await f.arrayBuffer());
                setFile({ name: f.name, bytes, encoding: detectCsvEncoding(bytes) });
                setColumns(undefined);
                setWhole(false);
              }, '');
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
          <label>
            Characters
            <select
              value={file.encoding}
              onChange={(e) => setFile({ ...file, encoding: e.target.value as CsvEncoding })}
            >
              {CSV_ENCODINGS.map((enc) => (
                <option key={enc} value={enc}>
                  {ENCODING_NAMES[enc]}
                </option>
              ))}
            </select>
          </label>
          {result.rows.length > 0 && (
            <table>
              <caption>First rows</caption>
              <thead>
                <tr>
                  <th scope="col">Invoice</th>
                  <th scope="col">Customer</th>
                  <th scope="col">Due</th>
                  <th scope="col">Amount due</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.slice(0, 5).map((r, i) => (
                  <tr key={i}>
                    <td>{r.number}</td>
                    <td>{r.customer}</td>
                    <td>{r.due ?? ''}</td>
                    <td>{formatMoney(r.balance, r.currency, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
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
          <label>
            <input type="checkbox" checked={whole} onChange={(e) => setWhole(e.target.checked)} /> This file is the
            whole report: mark invoices of earlier imports of it that it no longer lists as no longer seen
          </label>
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
