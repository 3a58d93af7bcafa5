// A1 addressing: the way finance officers name cells. Rows and columns are
// zero-based inside the code and one-based / lettered on screen and in files.

export interface CellPosition {
  /** zero-based row */
  row: number;
  /** zero-based column */
  col: number;
}

export interface CellRef extends CellPosition {
  /** the sheet named in the reference, or undefined for a bare `C7` */
  sheet?: string;
}

export interface RangeRef {
  sheet?: string;
  start: CellPosition;
  end: CellPosition;
}

/**
 * A sheet's size: Excel 97-2003's 65,536 rows and Excel's 16,384 columns (XFD). Fewer
 * rows than today's Excel because a whole column (`B:B`) costs the engine up to a row
 * per row of the sheet: at 65,536 rows `B:D` stays within a formula's cell limit
 * (see engine/range-reach.ts), at 1,048,576 even `B:B` alone would not.
 */
export const MAX_ROWS = 65_536;
export const MAX_COLUMNS = 16_384;

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL_PATTERN = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/;

/** `C7` or `$C$7` -> { row: 6, col: 2 }; undefined when it is not a cell address in range. */
export function parseCellAddress(text: string): CellPosition | undefined {
  const match = CELL_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const col = columnIndex(match[1]!);
  const row = Number(match[2]) - 1;
  if (col >= MAX_COLUMNS || row >= MAX_ROWS) return undefined;
  return { row, col };
}

export function formatCellAddress(position: CellPosition): string {
  return `${columnLetters(position.col)}${position.row + 1}`;
}

/** Sheet names with spaces or punctuation are quoted, as Excel writes them: 'Cash flow'!B2 */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function splitSheet(text: string): { sheet?: string; rest: string } {
  const trimmed = text.trim();
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(trimmed);
  if (quoted) return { sheet: quoted[1]!.replace(/''/g, "'"), rest: quoted[2]! };
  const bang = trimmed.lastIndexOf('!');
  if (bang > 0) return { sheet: trimmed.slice(0, bang), rest: trimmed.slice(bang + 1) };
  return { rest: trimmed };
}

/** `Cashflow!C7`, `'Cash flow'!$C$7` or `C7`. */
export function parseCellRef(text: string): CellRef | undefined {
  const { sheet, rest } = splitSheet(text);
  const position = parseCellAddress(rest);
  if (!position) return undefined;
  return sheet === undefined ? position : { ...position, sheet };
}

/** `Cashflow!B20:K20`, `B2` (a one-cell range) or `Sheet!B2`. Start and end are normalised. */
export function parseRangeRef(text: string): RangeRef | undefined {
  const { sheet, rest } = splitSheet(text);
  const [from, to, extra] = rest.split(':');
  if (extra !== undefined || from === undefined) return undefined;
  const a = parseCellAddress(from);
  const b = to === undefined ? a : parseCellAddress(to);
  if (!a || !b) return undefined;
  const range: RangeRef = {
    start: { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) },
    end: { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) },
  };
  if (sheet !== undefined) range.sheet = sheet;
  return range;
}

export function formatCellRef(sheet: string, position: CellPosition): string {
  return `${quoteSheetName(sheet)}!${formatCellAddress(position)}`;
}

export function formatRangeRef(range: RangeRef): string {
  const body =
    range.start.row === range.end.row && range.start.col === range.end.col
      ? formatCellAddress(range.start)
      : `${formatCellAddress(range.start)}:${formatCellAddress(range.end)}`;
  return range.sheet === undefined ? body : `${quoteSheetName(range.sheet)}!${body}`;
}

export function rangeSize(range: RangeRef): { rows: number; cols: number } {
  return { rows: range.end.row - range.start.row + 1, cols: range.end.col - range.start.col + 1 };
}

/** Every position in a range, row by row. */
export function* positionsIn(range: RangeRef): Generator<CellPosition> {
  for (let row = range.start.row; row <= range.end.row; row++) {
    for (let col = range.start.col; col <= range.end.col; col++) yield { row, col };
  }
}
