// Copy, cut and paste through the system clipboard. What goes out is what the
// cells show, tab-separated as Excel writes it; what comes back is compared with
// our own last copy, so a copy inside the workbook pastes formulas with their
// references shifted, while text from Excel or elsewhere is read cell by cell.
import {
  parseTsv,
  toTsv,
  type CellValue,
  type EditResult,
  type WorkbookEngine,
} from '../../core/engine';
import { positionsIn, rangeSize, type CellPosition, type RangeRef } from '../../core/document';
import type { NumberFormat } from '../../core/file/schema';
import { parseCellInput } from '../../core/format';
import { displayText } from './grid-columns';

/** The last copy or cut made in this workbook. */
export interface InternalCopy {
  sheet: string;
  range: RangeRef;
  cut: boolean;
  text: string;
}

export interface DisplaySource {
  value(sheet: string, position: CellPosition): CellValue;
  format(sheet: string, position: CellPosition): NumberFormat;
}

export function copyRange(
  source: DisplaySource,
  sheet: string,
  range: RangeRef,
  cut: boolean,
): InternalCopy {
  const { rows, cols } = rangeSize(range);
  const grid: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill(''));
  for (const position of positionsIn(range)) {
    const row = grid[position.row - range.start.row]!;
    row[position.col - range.start.col] = displayText(
      source.value(sheet, position),
      source.format(sheet, position),
    );
  }
  return { sheet, range: { start: range.start, end: range.end }, cut, text: toTsv(grid) };
}

/** Line endings change on their way through some clipboards; compare without them. */
function sameText(a: string, b: string): boolean {
  const normal = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  return normal(a) === normal(b);
}

export interface PasteOutcome {
  result: EditResult;
  /** a cut is pasted once; afterwards the clipboard is plain text again */
  consumed: boolean;
  /** what ended up selected: the pasted block */
  pasted?: RangeRef;
}

export function pasteText(
  engine: WorkbookEngine,
  sheet: string,
  target: RangeRef,
  text: string,
  last: InternalCopy | undefined,
): PasteOutcome {
  if (last && sameText(text, last.text) && engine.hasSheet(last.sheet)) {
    const result = engine.pasteInternal(
      { sheet: last.sheet, range: last.range, cut: last.cut },
      sheet,
      target,
    );
    const size = rangeSize(last.range);
    const targetSize = rangeSize(target);
    const tiled =
      !last.cut && targetSize.rows % size.rows === 0 && targetSize.cols % size.cols === 0;
    const end = tiled
      ? target.end
      : { row: target.start.row + size.rows - 1, col: target.start.col + size.cols - 1 };
    return { result, consumed: last.cut, pasted: { start: target.start, end } };
  }
  // Each pasted field is read as typing it would be: 31/03/2027 a date shown as a date,
  // £1,234 pounds, 3.5% a percentage, each with the format the typing implies.
  const parsed = parseTsv(text).map((row) => row.map((field) => parseCellInput(field)));
  if (parsed.length === 0) return { result: { ok: true }, consumed: false };
  const rows = parsed.map((row) => row.map((field) => field.content));
  const formats = parsed.map((row) => row.map((field) => field.impliedFormat));
  const width = Math.max(...rows.map((row) => row.length));
  const result = engine.setCells(sheet, target.start, rows, formats);
  return {
    result,
    consumed: false,
    pasted: {
      start: target.start,
      end: { row: target.start.row + rows.length - 1, col: target.start.col + width - 1 },
    },
  };
}
