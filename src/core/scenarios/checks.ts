// The checks a model makes on itself (shares sum to 100%, weights sum to 100%, ...), read
// under whichever scenario is shown: a check passes while its cell is TRUE or 1.
import type { CellValue } from '../engine';
import type { CellPosition } from '../document/address';
import { parseRangeRef } from '../document/address';
import type { CheckDeclaration } from '../file/schema';

/** TRUE or 1 passes; FALSE, 0, text, an error or an empty cell fails. */
export function checkPasses(value: CellValue): boolean {
  return value === true || value === 1;
}

/** The declared checks that fail, in the order the model declares them. */
export function failingChecks(
  checks: readonly CheckDeclaration[],
  getValue: (sheet: string, position: CellPosition) => CellValue,
): CheckDeclaration[] {
  return checks.filter((check) => {
    const range = parseRangeRef(check.ref);
    // Validation refuses a check that is not one cell on a sheet; a stale one fails loudly.
    if (!range?.sheet) return true;
    return !checkPasses(getValue(range.sheet, range.start));
  });
}
