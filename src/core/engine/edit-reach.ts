// What the reach checks (range-reach.ts, reach-budget.ts) need to know of a live
// engine: the cells its names cover, and the rows and columns its sheets use.
import type { HyperFormula } from 'hyperformula';
import type { CellPosition, RangeRef } from '../document/address';
import { blockReachProblem, cellsOfRef, type NameCells } from './range-reach';
import { ReachBudget, blockBudgetProblem } from './reach-budget';
import { rangesWrittenBy } from './range-edits';

/** The sheets of a live workbook, as the budget sees them. */
export interface SheetLookup {
  findSheet(name: string): string | undefined;
  sheetSize(sheet: string): { rows: number; cols: number };
}

/**
 * The cells each named range covers: looked up ignoring case, as formulas use names,
 * and read from the engine only when a formula names something.
 */
function namedCellsOf(hf: HyperFormula): NameCells {
  let cells: Map<string, number | undefined> | undefined;
  return (name) => {
    cells ??= new Map(
      hf
        .getAllNamedExpressionsSerialized()
        .map((n) => [n.name.toLowerCase(), cellsOfRef(String(n.expression).replace(/^=/, ''))]),
    );
    return cells.get(name.toLowerCase());
  };
}

/**
 * A budget for one edit: whole columns counted at the rows in use, on the sheet written
 * to at least as far as the cells written.
 */
function editBudget(
  sheets: SheetLookup,
  names: NameCells,
  sheet: string,
  written: RangeRef,
): ReachBudget {
  const sizeOf = (name: string) => {
    const found = sheets.findSheet(name);
    const size = found === undefined ? { rows: 0, cols: 0 } : sheets.sheetSize(found);
    if (found !== sheet) return size;
    return {
      rows: Math.max(size.rows, written.end.row + 1),
      cols: Math.max(size.cols, written.end.col + 1),
    };
  };
  return new ReachBudget(sizeOf, names);
}

/**
 * Why a write of `rows` at `start` on `sheet` (each formula `copies` times, over the
 * cells `written`) would reach too many cells: one formula past its limit, or the
 * formulas together past the edit's; `C7: reason` for the first cell at fault.
 */
export function writeReachProblem(
  sheets: SheetLookup,
  hf: HyperFormula,
  sheet: string,
  start: CellPosition,
  rows: readonly (readonly unknown[])[],
  { copies = 1, written = rangesWrittenBy(start, rows).written } = {},
): string | undefined {
  const names = namedCellsOf(hf);
  const budget = editBudget(sheets, names, sheet, written);
  return (
    blockReachProblem(rows, start, names) ?? blockBudgetProblem(rows, start, sheet, budget, copies)
  );
}
