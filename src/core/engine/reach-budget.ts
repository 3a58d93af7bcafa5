// The cells that many formulas written together make the engine read. One formula is
// bounded by MAX_FORMULA_CELLS (range-reach.ts), but a thousand of them are not: in
// Node, writing =SUM(B:B) into 1,000 cells over 10,000 used rows took 5.5 s, and
// 1,000 SUMIFs over two whole columns 9.3 s. So an import, and each edit that writes
// many cells at once (a paste, a fill), may cover at most MAX_EDIT_CELLS cells in all,
// counted where the work is: whole columns at the rows in use today, whole rows at the
// columns in use. Single cells are not counted (they cost the engine no range).
import {
  cellsReached,
  rangesInFormula,
  sheetOfRange,
  type NameCells,
  type ReachedRange,
} from './range-reach';
import { formatCellAddress, parseCellAddress, type CellPosition } from '../document/address';

/** The most range cells one import or one edit may cover (about 1 s of engine work). */
export const MAX_EDIT_CELLS = 2_000_000;

/** The rows and columns in use on a sheet, by its name; zero for a sheet that is not there. */
export type SheetSize = (sheet: string) => { rows: number; cols: number };

const count = (n: number) => n.toLocaleString('en-GB');

/** Adds up the range cells of formulas as they are written, until the limit is passed. */
export class ReachBudget {
  #total = 0;
  readonly #sheetSize: SheetSize;
  readonly #nameCells: NameCells;

  constructor(sheetSize: SheetSize, nameCells: NameCells) {
    this.#sheetSize = sheetSize;
    this.#nameCells = nameCells;
  }

  get total(): number {
    return this.#total;
  }

  /**
   * Counts `copies` of a formula written on `sheet`; true while the total stays within
   * the limit. Whatever is not a formula costs nothing.
   */
  add(content: unknown, sheet: string, copies = 1): boolean {
    if (typeof content !== 'string' || !content.startsWith('=')) return this.withinLimit;
    for (const range of rangesInFormula(content, this.#nameCells)) {
      this.#total += this.#cellsInUse(range, sheet) * copies;
    }
    return this.withinLimit;
  }

  get withinLimit(): boolean {
    return this.#total <= MAX_EDIT_CELLS;
  }

  /** Why the formulas counted are too many, for the place that pushed the total over. */
  problem(): string {
    return (
      `the formulas written together cover ${count(this.#total)} cells in the rows in use; ` +
      `one import or one edit may cover at most ${count(MAX_EDIT_CELLS)}. ` +
      'Write fewer formulas over whole columns at once, or use smaller ranges.'
    );
  }

  #cellsInUse(range: ReachedRange, sheet: string): number {
    const cells = cellsReached(range);
    if (cells <= 1) return 0;
    if (range.kind !== 'columns' && range.kind !== 'rows') return cells;
    const size = this.#sheetSize(sheetOfRange(range) ?? sheet);
    return range.kind === 'columns'
      ? (range.right - range.left + 1) * size.rows
      : (range.bottom - range.top + 1) * size.cols;
  }
}

/**
 * The first cell of a block written from `start` on `sheet` at which the block's
 * formulas, each written `copies` times, pass the limit, as `C7: reason`; undefined
 * when the block stays within it.
 */
export function blockBudgetProblem(
  rows: readonly (readonly unknown[])[],
  start: CellPosition,
  sheet: string,
  budget: ReachBudget,
  copies = 1,
): string | undefined {
  for (const [r, row] of rows.entries()) {
    for (const [c, content] of row.entries()) {
      if (!budget.add(content, sheet, copies)) {
        return `${formatCellAddress({ row: start.row + r, col: start.col + c })}: ${budget.problem()}`;
      }
    }
  }
  return undefined;
}

/** The rows and columns each sheet of a file uses, read from its cell addresses (ignoring case). */
export function fileSheetSizes(
  sheets: readonly { name: string; cells: Readonly<Record<string, unknown>> }[],
): SheetSize {
  let sizes: Map<string, { rows: number; cols: number }> | undefined;
  return (name) => {
    sizes ??= new Map(sheets.map((sheet) => [sheet.name.toLowerCase(), usedSize(sheet.cells)]));
    return sizes.get(name.toLowerCase()) ?? { rows: 0, cols: 0 };
  };
}

function usedSize(cells: Readonly<Record<string, unknown>>): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const address of Object.keys(cells)) {
    const position = parseCellAddress(address);
    if (!position) continue;
    rows = Math.max(rows, position.row + 1);
    cols = Math.max(cols, position.col + 1);
  }
  return { rows, cols };
}
