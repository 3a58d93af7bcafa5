// Where a write, a clear, a fill or a paste lands, worked out before the engine is
// touched: the cells each one covers and, for a fill or a paste, the source cell each
// target cell copies. The engine copies the contents; the number formats, which live
// in the document parts, are copied here.
import type { NumberFormat } from '../file/schema';
import {
  formatCellAddress,
  positionsIn,
  type CellPosition,
  type RangeRef,
} from '../document/address';
import { withFormat, type DocumentParts } from './document-parts';

/** The source cell that a target cell of a fill or a paste copies. */
export type SourceOf = (target: CellPosition) => CellPosition;

/**
 * The cells a block of rows written at `start` covers, as wide as its widest row:
 * `written`, named in the change log, is at least one cell even for no rows;
 * `formatted`, where a format given with the write goes, is the rows alone.
 */
export function rangesWrittenBy(
  start: CellPosition,
  rows: readonly (readonly unknown[])[],
): { written: RangeRef; formatted: RangeRef } {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return {
    written: blockRange(start, Math.max(1, rows.length), width),
    formatted: blockRange(start, rows.length, width),
  };
}

function blockRange(start: CellPosition, rowCount: number, width: number): RangeRef {
  return { start, end: { row: start.row + rowCount - 1, col: start.col + width - 1 } };
}

/** Rows of empty cells covering a range: written over it, they clear it. */
export function emptyRows(range: RangeRef): undefined[][] {
  const rows: undefined[][] = [];
  for (let r = range.start.row; r <= range.end.row; r++) {
    rows.push(new Array<undefined>(range.end.col - range.start.col + 1).fill(undefined));
  }
  return rows;
}

export interface FillPlan {
  source: RangeRef;
  target: RangeRef;
  sourceOf: SourceOf;
}

/**
 * Excel's Ctrl+D / Ctrl+R: the first row (or column) of the range is copied over the
 * rest. Undefined when there is no rest to fill.
 */
export function planFill(range: RangeRef, direction: 'down' | 'right'): FillPlan | undefined {
  const source: RangeRef =
    direction === 'down'
      ? { start: range.start, end: { row: range.start.row, col: range.end.col } }
      : { start: range.start, end: { row: range.end.row, col: range.start.col } };
  const target: RangeRef =
    direction === 'down'
      ? { start: { row: range.start.row + 1, col: range.start.col }, end: range.end }
      : { start: { row: range.start.row, col: range.start.col + 1 }, end: range.end };
  if (target.start.row > target.end.row || target.start.col > target.end.col) return undefined;
  const sourceOf: SourceOf = (position) =>
    direction === 'down'
      ? { row: range.start.row, col: position.col }
      : { row: position.row, col: range.start.col };
  return { source, target, sourceOf };
}

export interface PastePlan {
  /** the cells the paste writes */
  area: RangeRef;
  /** the top left of each copy of the source, row by row */
  tileCorners: CellPosition[];
  sourceOf: SourceOf;
}

/**
 * A paste of `source` at `target`: the target is tiled when it is a whole multiple of
 * the source, as in Excel; otherwise one copy goes at its top left.
 */
export function planPaste(source: RangeRef, target: RangeRef): PastePlan {
  const rows = source.end.row - source.start.row + 1;
  const cols = source.end.col - source.start.col + 1;
  const targetRows = target.end.row - target.start.row + 1;
  const targetCols = target.end.col - target.start.col + 1;
  const tile = targetRows % rows === 0 && targetCols % cols === 0;
  const end = tile
    ? target.end
    : { row: target.start.row + rows - 1, col: target.start.col + cols - 1 };
  const tileCorners: CellPosition[] = [];
  for (let row = target.start.row; row <= end.row; row += rows) {
    for (let col = target.start.col; col <= end.col; col += cols) tileCorners.push({ row, col });
  }
  const sourceOf: SourceOf = (position) => ({
    row: source.start.row + ((position.row - target.start.row) % rows),
    col: source.start.col + ((position.col - target.start.col) % cols),
  });
  return { area: { start: target.start, end }, tileCorners, sourceOf };
}

/**
 * The parts with each cell of `target` (on `sheet`) given the number format of the
 * cell it copies, looked up in `sourceFormats`; an unformatted source clears it.
 */
export function withCopiedFormats(
  parts: DocumentParts,
  sheet: string,
  target: RangeRef,
  sourceFormats: Readonly<Record<string, NumberFormat>>,
  sourceOf: SourceOf,
): DocumentParts {
  let copied = parts;
  for (const position of positionsIn(target)) {
    const format = sourceFormats[formatCellAddress(sourceOf(position))] ?? 'general';
    copied = withFormat(copied, sheet, { start: position, end: position }, format);
  }
  return copied;
}

/** The parts with each cell from `start` given its own format, where one is given. */
export function withCellFormats(
  parts: DocumentParts,
  sheet: string,
  start: CellPosition,
  formats: readonly (readonly (NumberFormat | undefined)[])[],
): DocumentParts {
  let formatted = parts;
  formats.forEach((row, r) =>
    row.forEach((format, c) => {
      if (format === undefined) return;
      const position = { row: start.row + r, col: start.col + c };
      formatted = withFormat(formatted, sheet, { start: position, end: position }, format);
    }),
  );
  return formatted;
}
