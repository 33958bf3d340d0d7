import Papa from 'papaparse';

/*
 * Reading CSV as student information systems and Excel write it: UTF-8 with or without BOM (or an
 * older Windows-1252 / UTF-16 "Unicode text" export), separated by ';' (Dutch Excel), ',' or tab.
 * Row numbers are those the user sees in Excel: the header is row 1 and every record, even an
 * empty one, takes one row, so an error message can point at the right line.
 */

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

export interface CsvRow {
  /** Row number in the file as Excel shows it (the header is row 1). */
  row: number;
  values: string[];
}

export interface CsvProblem {
  row: number;
  code: 'unclosed_quote' | 'extra_fields';
}

export interface ParsedCsv {
  delimiter: Delimiter;
  /** Trimmed, made unique and never empty, so a mapping can refer to a column by its header. */
  headers: string[];
  /** Data rows without the empty ones. */
  rows: CsvRow[];
  problems: CsvProblem[];
}

const BOM = '\uFEFF';

/** Decodes uploaded bytes: UTF-8 when valid (BOM or not), UTF-16 with a BOM, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Older Excel versions save "CSV (gescheiden door lijstscheidingsteken)" in Windows-1252.
    return decodeWindows1252(bytes);
  }
}

// Bytes 0x80–0x9F of Windows-1252 (€, ‚, “, ” …); undefined ones stay as is. Written out because
// Node 20's TextDecoder('windows-1252') decodes these as Latin-1 control characters.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** The delimiter that occurs most often outside quotes in the first line; ';' wins a tie (Dutch Excel). */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of stripBom(text)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Delimiter)) counts.set(ch as Delimiter, (counts.get(ch as Delimiter) ?? 0) + 1);
  }
  let best: Delimiter = ';';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** A header as a comparable key: lower case, no diacritics, only letters and digits ("E-mailadres" → "emailadres"). */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function uniqueHeaders(raw: string[]): string[] {
  const seen = new Set<string>();
  return raw.map((h, i) => {
    const base = h.trim() || `Kolom ${i + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

const isEmpty = (values: string[]) => values.every((v) => v.trim() === '');

export function parseCsv(input: string): ParsedCsv {
  const text = stripBom(input);
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: false });
  const records = result.data;
  const problems: CsvProblem[] = [];
  for (const e of result.errors) {
    if (e.code === 'MissingQuotes' && e.row !== undefined) problems.push({ row: e.row + 1, code: 'unclosed_quote' });
  }

  // Leading blank lines are not a header; the header is the first record with content.
  let headerIndex = records.findIndex((r) => !isEmpty(r));
  if (headerIndex < 0) headerIndex = records.length;
  const rawHeaders = records[headerIndex] ?? [];
  // Excel pads rows with trailing separators; empty trailing header cells are not columns.
  let width = rawHeaders.length;
  while (width > 0 && (rawHeaders[width - 1] ?? '').trim() === '') width--;
  const headers = uniqueHeaders(rawHeaders.slice(0, width));

  const rows: CsvRow[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const values = records[i] ?? [];
    if (isEmpty(values)) continue;
    const row = i + 1;
    if (values.slice(width).some((v) => v.trim() !== '')) problems.push({ row, code: 'extra_fields' });
    const cells = values.slice(0, width);
    while (cells.length < width) cells.push('');
    rows.push({ row, values: cells });
  }
  return { delimiter, headers, rows, problems };
}
