/**
 * Where a CSV import's invoices come from: the report, known by its columns (the layout Owed
 * recognised, else the header row), not by the file's name. A newer export of the same report
 * updates the invoices of the one before; a different file that happens to be called
 * `invoices.csv` too is another source, and its invoices never mark the first one's missing.
 */
export function csvSource(header: readonly string[], layout?: string): string {
  const text = header.map((h) => h.trim().toLowerCase().replace(/\s+/g, ' ')).join('\u0001');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `csv:${layout ?? 'report'}-${h.toString(16).padStart(8, '0')}`;
}
