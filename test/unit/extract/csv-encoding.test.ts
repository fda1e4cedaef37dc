import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../lib/extract/read/csv/import-csv';
import { csvTooBig, decodeCsv } from '../../../lib/extract/read/csv/decode-csv';

const CSV =
  'Invoice,Customer,Due date,Amount due\nINV-1,Müller GmbH,2026-10-01,100.00\nINV-2,Société Générale,2026-10-02,5.00\n';
/** Windows-1252 bytes of a Latin-1 string (all of these characters are the same code there). */
const win1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf16 = (s: string, bigEndian: boolean) => {
  const out = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (const c of s) {
    const n = c.charCodeAt(0);
    out.push(...(bigEndian ? [n >> 8, n & 255] : [n & 255, n >> 8]));
  }
  return Uint8Array.from(out);
};

describe('CSV encodings', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(CSV), 'utf-8'],
    ['UTF-8 with a mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(CSV)]), 'utf-8'],
    ['UTF-16 LE with a mark', utf16(CSV, false), 'utf-16le'],
    ['UTF-16 BE with a mark', utf16(CSV, true), 'utf-16be'],
    ['Windows-1252 (Excel on Windows)', win1252(CSV), 'windows-1252'],
  ])('reads %s so Müller stays one debtor', (_name, bytes, encoding) => {
    const decoded = decodeCsv(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(CSV);
    const rows = importCsv(decoded.text, undefined, { today: '2026-11-23', currency: 'EUR' }).rows;
    expect(rows.map((r) => r.customer)).toEqual(['Müller GmbH', 'Société Générale']);
  });

  it('refuses a file over 50 MB before reading it, saying what to do', () => {
    expect(csvTooBig('all.csv', 50 * 1024 * 1024)).toBeUndefined();
    expect(csvTooBig('all.csv', 60 * 1024 * 1024)).toMatch(/^all\.csv is 60\.0 MB: Owed imports CSV files up to 50 MB/);
  });
});
