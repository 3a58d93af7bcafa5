// CSV export of one sheet, for people who want the numbers in another tool.
// RFC 4180: fields are quoted when they hold a comma, a quote, CR or LF (quotes inside
// are doubled) and records end with CRLF.
import type { WorkbookEngine } from '../engine';
import { isCellError } from '../engine';
import { formatValue } from '../format';

export type CsvMode = 'displayed' | 'raw';

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function csvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * CSV formula injection: a spreadsheet that opens the CSV runs any field starting with
 * = + - @ (or a tab or CR, which some strip first) as a formula, so a label typed into
 * a shared model such as `=HYPERLINK("http://evil", "Click")` would become live in the
 * reader's Excel. Text values get a leading apostrophe, which Excel shows as plain text.
 * Numbers are not touched: -1,234 is a value, not a formula.
 */
function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * One sheet as CSV. 'displayed' writes what the grid shows (formatted values, errors as
 * their code, text guarded against formula injection); 'raw' writes what was typed,
 * formulas included, for people moving a model into another spreadsheet.
 */
export function sheetToCsv(engine: WorkbookEngine, sheet: string, mode: CsvMode): string {
  const { rows, cols } = engine.sheetSize(sheet);
  const table: string[][] = [];
  for (let row = 0; row < rows; row++) {
    const line: string[] = [];
    for (let col = 0; col < cols; col++) {
      const position = { row, col };
      line.push(
        mode === 'raw'
          ? rawField(engine, sheet, position)
          : displayedField(engine, sheet, position),
      );
    }
    table.push(line);
  }
  return toCsv(table);
}

function displayedField(
  engine: WorkbookEngine,
  sheet: string,
  position: { row: number; col: number },
): string {
  const value = engine.getValue(sheet, position);
  if (isCellError(value)) return value.error;
  const shown = formatValue(value, engine.getFormat(sheet, position));
  return typeof value === 'string' ? neutraliseFormula(shown) : shown;
}

function rawField(
  engine: WorkbookEngine,
  sheet: string,
  position: { row: number; col: number },
): string {
  const content = engine.getContent(sheet, position);
  if (content === undefined) return '';
  if (typeof content === 'boolean') return content ? 'TRUE' : 'FALSE';
  return String(content);
}
