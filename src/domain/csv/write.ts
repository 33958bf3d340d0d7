import Papa from 'papaparse';

/*
 * Writing CSV for Dutch Excel: ';' as separator, CRLF line ends and a UTF-8 BOM (without it Excel
 * reads the file as Windows-1252 and mangles "Zoë" and "Çelik").
 * Cells that a spreadsheet would run as a formula (CSV injection: "=HYPERLINK(…)", "+1", "-2",
 * "@SUM(…)", or a leading tab/CR that some programs strip first) get a leading apostrophe, which
 * makes Excel and LibreOffice show the text as it is.
 */

export const CSV_BOM = '\uFEFF';
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: CsvCell): string {
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes neutralizeCell, so an exported file imports back unchanged; "'t Hart" stays as it is. */
export function restoreNeutralizedCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Rows as CSV lines, each ending in CRLF; no BOM, so pages of a streamed export can be joined. */
export function csvLines(rows: readonly (readonly CsvCell[])[], delimiter = ';'): string {
  if (rows.length === 0) return '';
  const safe = rows.map((r) => r.map(neutralizeCell));
  return `${Papa.unparse(safe, { delimiter, newline: '\r\n', quotes: false, escapeFormulae: false })}\r\n`;
}

/** A complete CSV file for Excel: BOM, then the rows (the first row is normally the header). */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: { delimiter?: string; bom?: boolean } = {}): string {
  return `${options.bom === false ? '' : CSV_BOM}${csvLines(rows, options.delimiter ?? ';')}`;
}
