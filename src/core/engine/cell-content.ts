// A cell's content as the user typed it, on its way into and out of the engine, and
// the contents refused before they reach it: a write that would break the sheet
// (a formula the engine cannot read, a number that is not finite) changes nothing.
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { ENGINE_CONFIG } from './config';
import type { CellContent } from '../file/schema';
import { formatCellAddress, type CellPosition } from '../document/address';
import { formulaLimitProblem, measureFormula } from '../file/formula-limits';
import { clipText } from '../file/clip';

/** Our content as the engine's raw content: an empty cell is null. */
export function toRawContent(content: CellContent | undefined): RawCellContent {
  if (content === undefined) return null;
  return typeof content === 'string' ? toEngineFormula(content) : content;
}

/**
 * A formula as the engine must read it. Excel writes exponents as 1E+308; the engine's
 * number pattern only knows a lower-case e, and read `1E308` as 1 next to cell E308
 * (a formula it cannot read). So the E of each number is lowered on the way in.
 */
export function toEngineFormula(content: string): string {
  if (!content.startsWith('=') || !/[0-9.]E/.test(content)) return content;
  let text = '';
  let from = 0;
  for (const { start, end } of measureFormula(content).numbers) {
    text += content.slice(from, start) + content.slice(start, end).replace('E', 'e');
    from = end;
  }
  return text + content.slice(from);
}

/**
 * The engine's serialized content as ours: an empty cell is undefined, and so is a
 * Date, which CellContent cannot hold.
 */
export function fromSerializedContent(raw: RawCellContent): CellContent | undefined {
  return raw === null || raw === undefined || raw instanceof Date
    ? undefined
    : (raw as CellContent);
}

let checker: HyperFormula | undefined;

/** Checks a formula's grammar with the engine's own parser, on an idle engine kept for that. */
export function isFormulaReadable(formula: string): boolean {
  checker ??= HyperFormula.buildEmpty(ENGINE_CONFIG);
  return (
    formulaLimitProblem(formula) === undefined && checker.validateFormula(toEngineFormula(formula))
  );
}

/**
 * Why a block of rows written from `start` would be refused, as `C7: reason` for the
 * first cell at fault; undefined when every cell can be written.
 */
export function blockContentProblem(
  rows: readonly (readonly (CellContent | undefined)[])[],
  start: CellPosition,
  isFormulaValid: (formula: string) => boolean,
): string | undefined {
  for (const [r, row] of rows.entries()) {
    for (const [c, content] of row.entries()) {
      const problem = contentProblem(content, isFormulaValid);
      if (problem) {
        const where = formatCellAddress({ row: start.row + r, col: start.col + c });
        return `${where}: ${problem}`;
      }
    }
  }
  return undefined;
}

function contentProblem(
  content: CellContent | undefined,
  isFormulaValid: (formula: string) => boolean,
): string | undefined {
  if (typeof content === 'number' && !Number.isFinite(content)) return 'numbers must be finite.';
  if (typeof content === 'string' && content.startsWith('=') && content.length > 1) {
    // The limits first: past them the engine's parser would overflow the stack.
    const beyond = formulaLimitProblem(content);
    if (beyond) return `the formula ${clipText(content, 60)} ${beyond}.`;
    if (!isFormulaValid(toEngineFormula(content))) {
      return `the formula ${clipText(content, 60)} cannot be read: check its brackets, commas and quotes.`;
    }
  }
  return undefined;
}
