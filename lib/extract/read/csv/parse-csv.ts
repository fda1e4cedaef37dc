export interface CsvRecord {
  /** Line of the file where the record starts (1-based), for messages. */
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  delimiter: string;
  records: CsvRecord[];
}

const CANDIDATES = [',', ';', '\t', '|'];

/** The delimiter of the first line that has one, counted outside quotes ("sep=;" when Excel says so). */
function detectDelimiter(text: string): string {
  const sep = /^sep=(.)\r?\n/.exec(text);
  if (sep) return sep[1]!;
  const first = text.split(/\r?\n/).find((l) => l.trim()) ?? '';
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const c of CANDIDATES) if (counts.get(c)! > counts.get(best)!) best = c;
  return best;
}

/**
 * RFC 4180 CSV as spreadsheets write it: quoted fields with doubled quotes and embedded newlines,
 * CRLF or LF, a byte-order mark, `,` `;` tab or `|` between fields. Never throws: an unclosed
 * quote runs to the end of the file.
 */
export function parseCsv(input: string, delimiter?: string): ParsedCsv {
  let text = input.replace(/^\uFEFF/, '');
  const delim = delimiter ?? detectDelimiter(text);
  let line = 1;
  if (/^sep=.\r?\n/.test(text)) {
    text = text.replace(/^sep=.\r?\n/, '');
    line = 2;
  }
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let startLine = line;
  let fieldStarted = false;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '') records.push({ line: startLine, cells });
    cells = [];
    cell = '';
    fieldStarted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === delim) {
      cells.push(cell);
      cell = '';
      fieldStarted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      startLine = line;
    } else {
      cell += ch;
      fieldStarted = true;
    }
  }
  if (cell !== '' || cells.length) endRecord();
  return { delimiter: delim, records };
}
