/** A cell value before encoding. */
export type CsvValue = string | number | boolean | null;

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection): a
 * stakeholder named `=HYPERLINK(...)` must stay text when a coordinator opens the export.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 cell: formula-looking text prefixed with a quote. Every text cell is quoted,
 * not only those with a comma: spreadsheets in our partners' locales split on `;` (or tabs),
 * so no character can be trusted to be harmless. Numbers and booleans stay bare, so they
 * are read as numbers.
 */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * A whole CSV document: CRLF line ends (RFC 4180), with a byte-order mark so spreadsheet
 * programs read the accents of Óbidos or Hódmezővásárhely as UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
