/**
 * The text of a CSV file from its bytes. Excel and accounting apps write UTF-8 (often with a
 * byte-order mark), UTF-16 with a mark ("Unicode text"), or, on Windows, Windows-1252 ("CSV"),
 * where `Müller` read as UTF-8 becomes `M�ller`, a second debtor. The mark decides when there is
 * one; else UTF-8 when the bytes are valid UTF-8, else Windows-1252. The import step shows which
 * was used and lets the user pick another.
 */
export const CSV_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export const ENCODING_NAMES: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Western European)',
};

/** The encoding a file's bytes are in, by its byte-order mark, else by whether they are valid UTF-8. */
export function detectCsvEncoding(bytes: Uint8Array): CsvEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The file's text in `encoding` (detected when not given), without a byte-order mark. */
export function decodeCsv(
  bytes: Uint8Array,
  encoding = detectCsvEncoding(bytes),
): { text: string; encoding: CsvEncoding } {
  // TextDecoder drops the mark of its own encoding (ignoreBOM false).
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** Files bigger than this are refused before they are read: 50 MB. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export function csvTooBig(name: string, bytes: number): string | undefined {
  if (bytes <= MAX_CSV_BYTES) return undefined;
  return `${name} is ${(bytes / 1024 / 1024).toFixed(1)} MB: Owed imports CSV files up to 50 MB. Export a shorter report (open invoices only, or a date range). Nothing was imported.`;
}
