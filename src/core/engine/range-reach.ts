// How many cells a formula reaches, and the refusal of a formula that reaches too many.
// The engine's cost grows with the cells a range covers, empty or not: in Chromium on
// a 2-core machine, building `=SUM(E1:E250000)` took about 1 s and `=SUM(F1:O100000)`
// 3.4 s, and `=SUM(A10:XFD1048576)` froze the tab for over a minute. So every formula is
// checked, before the engine sees it, against one bound that does not depend on what
// the sheet holds today:
//
// - an explicit range (`B2:D500`) counts its cells;
// - a whole column (`B:B`, `Sheet!B:D`) counts a sheet's every row (MAX_ROWS), and a
//   whole row (`3:3`) a sheet's every column (MAX_COLUMNS). The engine evaluates them
//   over the rows (or columns) in use, so they are cheap on a normal sheet; counting
//   them at a full sheet keeps the bound true however far the sheet later grows;
// - a name counts the cells of its ref;
// - OFFSET counts its height x width: the engine reads OFFSET only with fixed numbers
//   (`OFFSET(A1, 2, 0, 500, 3)`) and turns it into a range when it parses the formula,
//   and `A1:OFFSET(...)` spans both corners.
//
// INDIRECT, the one truly dynamic reference, is not an engine function (it shows #NAME?).
import {
  MAX_COLUMNS,
  MAX_ROWS,
  columnIndex,
  columnLetters,
  formatCellAddress,
  type CellPosition,
} from '../document/address';

/** The most cells one formula may reach (about 1 s of engine work in Chromium, measured). */
export const MAX_FORMULA_CELLS = 200_000;
/** Whole columns (B:D) and whole rows (3:14) that one formula may cover. */
const FITTING_COLUMNS = Math.floor(MAX_FORMULA_CELLS / MAX_ROWS);
const FITTING_ROWS = Math.floor(MAX_FORMULA_CELLS / MAX_COLUMNS);

/** One reference in a formula, as written (positions zero-based, ends inclusive). */
export type ReachedRange =
  | { kind: 'cells'; text: string; top: number; left: number; bottom: number; right: number }
  | { kind: 'columns'; text: string; left: number; right: number }
  | { kind: 'rows'; text: string; top: number; bottom: number }
  | { kind: 'offset'; text: string; top: number; left: number; bottom: number; right: number }
  | { kind: 'name'; text: string; cells: number };

/** The number of cells a name's ref covers, or undefined when there is no such name. */
export type NameCells = (name: string) => number | undefined;

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z0-9_.\u00C0-\uFFFF]+)!`;
const CELL = String.raw`\$?([A-Za-z]{1,3})\$?([0-9]{1,7})`;
const COLUMN = String.raw`\$?([A-Za-z]{1,3})`;
const ROW = String.raw`\$?([0-9]{1,7})`;
// A reference ends where an identifier, a call or a sheet prefix could not go on.
const END = String.raw`(?![A-Za-z0-9_.(!$])`;
const REFERENCE = new RegExp(
  `(?:${SHEET})?(?:${CELL}:(?:${SHEET})?${CELL}|${COLUMN}:(?:${SHEET})?${COLUMN}|${ROW}:(?:${SHEET})?${ROW}|${CELL})${END}`,
  'y',
);
const IDENTIFIER = /[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*/y;
// The engine's OFFSET: a cell, two fixed shifts, then an optional fixed height and width.
const OFFSET = new RegExp(
  String.raw`OFFSET\(\s*(?:${SHEET})?${CELL}\s*,\s*([+-]?[0-9]+)\s*,\s*([+-]?[0-9]+)\s*(?:,\s*([0-9]+)\s*(?:,\s*([0-9]+)\s*)?)?\)`,
  'iy',
);
const NUMBER = /[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?/y;

function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The end of a quoted run starting at `at` (a "string" or a 'sheet name'), doubled quotes inside. */
function skipQuoted(text: string, at: number): number {
  const quote = text[at];
  let i = at + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] !== quote) return i + 1;
      i += 2;
    } else i++;
  }
  return i;
}

function rangeFrom(match: RegExpExecArray): ReachedRange {
  const [text, c1, r1, c2, r2, col1, col2, row1, row2, cell, cellRow] = match;
  if (c1 && r1 && c2 && r2) {
    const [a, b] = [columnIndex(c1), columnIndex(c2)];
    const [p, q] = [Number(r1) - 1, Number(r2) - 1];
    return {
      kind: 'cells',
      text,
      top: Math.min(p, q),
      bottom: Math.max(p, q),
      left: Math.min(a, b),
      right: Math.max(a, b),
    };
  }
  if (col1 && col2) {
    const [a, b] = [columnIndex(col1), columnIndex(col2)];
    return { kind: 'columns', text, left: Math.min(a, b), right: Math.max(a, b) };
  }
  if (row1 && row2) {
    const [p, q] = [Number(row1) - 1, Number(row2) - 1];
    return { kind: 'rows', text, top: Math.min(p, q), bottom: Math.max(p, q) };
  }
  const [col, row] = [columnIndex(cell!), Number(cellRow) - 1];
  return { kind: 'cells', text, top: row, bottom: row, left: col, right: col };
}

function offsetFrom(match: RegExpExecArray): ReachedRange {
  const [text, col, row, down, across, height = '1', width = '1'] = match;
  // A shift above or left of the sheet is #REF! to the engine: it reads no cells there.
  const top = Math.max(0, Number(row) - 1 + Number(down));
  const left = Math.max(0, columnIndex(col!) + Number(across));
  const [bottom, right] = [top + Number(height) - 1, left + Number(width) - 1];
  return { kind: 'offset', text, top, left, bottom, right };
}

/** The reference or the OFFSET that starts at `at`, with where it ends. */
function referenceAt(
  formula: string,
  at: number,
): { range: ReachedRange; end: number } | undefined {
  const reference = matchAt(REFERENCE, formula, at);
  if (reference) return { range: rangeFrom(reference), end: at + reference[0].length };
  const offset = matchAt(OFFSET, formula, at);
  if (offset) return { range: offsetFrom(offset), end: at + offset[0].length };
  return undefined;
}

type Box = Extract<ReachedRange, { kind: 'cells' | 'offset' }>;
const isBox = (range: ReachedRange): range is Box =>
  range.kind === 'cells' || range.kind === 'offset';

/** `A1:OFFSET(XFD9, 0, 0)` spans from one corner to the other, as the engine reads it. */
function spanning(a: Box, b: Box): ReachedRange {
  return {
    kind: 'cells',
    text: `${a.text}:${b.text}`,
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/** Every cell reference, range and name in a formula, in the order written. */
export function rangesInFormula(formula: string, nameCells: NameCells): ReachedRange[] {
  const ranges: ReachedRange[] = [];
  let i = formula.startsWith('=') ? 1 : 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      i = skipQuoted(formula, i);
      continue;
    }
    const found = referenceAt(formula, i);
    if (found) {
      let { range, end } = found;
      // A range may end in an OFFSET, or start with one: join the two corners.
      for (let next; formula[end] === ':' && (next = referenceAt(formula, end + 1));) {
        if (!isBox(range) || !isBox(next.range)) break;
        range = spanning(range, next.range);
        end = next.end;
      }
      ranges.push(range);
      i = end;
      continue;
    }
    if (ch === "'") {
      i = skipQuoted(formula, i);
      continue;
    }
    const identifier = matchAt(IDENTIFIER, formula, i);
    if (identifier) {
      const word = identifier[0];
      i += word.length;
      const next = formula[i];
      if (next !== '(' && next !== '!') {
        const cells = nameCells(word);
        if (cells !== undefined) ranges.push({ kind: 'name', text: word, cells });
      }
      continue;
    }
    const number = matchAt(NUMBER, formula, i);
    i += number ? number[0].length : 1;
  }
  return ranges;
}

/** The cells one reference reaches, a whole column counted as a full sheet's rows. */
export function cellsReached(range: ReachedRange): number {
  switch (range.kind) {
    case 'cells':
    case 'offset':
      return (range.bottom - range.top + 1) * (range.right - range.left + 1);
    case 'columns':
      return (range.right - range.left + 1) * MAX_ROWS;
    case 'rows':
      return (range.bottom - range.top + 1) * MAX_COLUMNS;
    case 'name':
      return range.cells;
  }
}

const count = (n: number) => n.toLocaleString('en-GB');
/** Messages quote a formula or a ref shortened, however long it is. */
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

const SHEET_PREFIX = new RegExp(`^${SHEET}`);

/** `Loans!B2:B9` -> `Loans!`: suggestions keep the sheet the range was on. */
function sheetPrefix(range: ReachedRange): string {
  return SHEET_PREFIX.exec(range.text)?.[0] ?? '';
}

/** The sheet a range names (`'Cash flow'!B:B` -> `Cash flow`), or undefined for its own sheet. */
export function sheetOfRange(range: ReachedRange): string | undefined {
  const prefix = sheetPrefix(range);
  if (prefix === '') return undefined;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** A block at (top, left), at most 26 columns wide, within the limit; its end on a round row. */
function boundedBlock(top: number, left: number, width: number): string {
  const shown = Math.min(width, 26);
  const rows = Math.floor(MAX_FORMULA_CELLS / shown);
  const rounded = Math.floor((top + rows) / 1000) * 1000;
  const lastRow = Math.min(MAX_ROWS, rounded > top ? rounded : top + rows);
  return `${columnLetters(left)}${top + 1}:${columnLetters(left + shown - 1)}${lastRow}`;
}

/** What to write instead of `range`: whole columns when they fit, else a bounded block. */
function suggestionFor(range: ReachedRange): string {
  const p = shorten(sheetPrefix(range));
  if (range.kind === 'cells' || range.kind === 'columns') {
    const width = range.right - range.left + 1;
    const [from, to] = [columnLetters(range.left), columnLetters(range.right)];
    if (width <= FITTING_COLUMNS) {
      const whole = width === 1 ? 'a whole column' : 'whole columns';
      return `${whole} such as ${p}${from}:${to}, or a smaller range`;
    }
    const top = range.kind === 'cells' ? range.top : 0;
    const fitting = columnLetters(range.left + FITTING_COLUMNS - 1);
    return (
      `a smaller range such as ${p}${boundedBlock(top, range.left, width)}, or at most ` +
      `${FITTING_COLUMNS} whole columns such as ${p}${from}:${fitting}`
    );
  }
  if (range.kind === 'rows') {
    const last = range.top + FITTING_ROWS;
    return (
      `at most ${FITTING_ROWS} whole rows such as ${p}${range.top + 1}:${last}, or a smaller ` +
      `range such as ${p}${boundedBlock(range.top, 0, MAX_COLUMNS)}`
    );
  }
  if (range.kind === 'offset') return 'a smaller height and width';
  return 'a name for a smaller range';
}

/**
 * Why a formula may not be written because it reaches too many cells, or undefined when
 * it may. The message quotes the formula (shortened) and suggests a bounded range.
 */
export function formulaReachProblem(formula: string, nameCells: NameCells): string | undefined {
  if (!formula.startsWith('=')) return undefined;
  const ranges = rangesInFormula(formula, nameCells);
  let total = 0;
  let largest: ReachedRange | undefined;
  for (const range of ranges) {
    const cells = cellsReached(range);
    total += cells;
    if (!largest || cells > cellsReached(largest)) largest = range;
  }
  if (total <= MAX_FORMULA_CELLS || !largest) return undefined;
  const shown = shorten(formula);
  const where =
    ranges.length > 1 ? ` (${shorten(largest.text)} alone is ${count(cellsReached(largest))})` : '';
  return (
    `the formula ${shown} covers ${count(total)} cells${where}; a formula may cover at most ` +
    `${count(MAX_FORMULA_CELLS)}. Use ${suggestionFor(largest)}.`
  );
}

/**
 * The first cell of a block written from `start` whose formula reaches too many cells,
 * as `C7: reason`; undefined when none does.
 */
export function blockReachProblem(
  rows: readonly (readonly unknown[])[],
  start: CellPosition,
  nameCells: NameCells,
): string | undefined {
  for (const [r, row] of rows.entries()) {
    for (const [c, content] of row.entries()) {
      if (typeof content !== 'string') continue;
      const problem = formulaReachProblem(content, nameCells);
      if (problem)
        return `${formatCellAddress({ row: start.row + r, col: start.col + c })}: ${problem}`;
    }
  }
  return undefined;
}

/** Why a name's ref covers too many cells to be used in a formula, or undefined. */
export function nameReachProblem(ref: string): string | undefined {
  const cells = cellsOfRef(ref);
  if (cells === undefined || cells <= MAX_FORMULA_CELLS) return undefined;
  return `"${shorten(ref)}" covers ${count(cells)} cells; a name may cover at most ${count(MAX_FORMULA_CELLS)}`;
}

/** The cells a name's ref covers (`Data!$B$2:$B$900` -> 899); undefined when it is not a range. */
export function cellsOfRef(ref: string): number | undefined {
  const ranges = rangesInFormula(`=${ref}`, () => undefined);
  if (ranges.length !== 1) return undefined;
  return cellsReached(ranges[0]!);
}
