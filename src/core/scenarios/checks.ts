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

/** A case the checks are read under: Base or a scenario, by the name people see. */
export interface CheckCase {
  name: string;
  getValue: (sheet: string, position: CellPosition) => CellValue;
}

/** Each failing check with the cases it fails in, in the order of `cases` (the shown one first). */
export function checkFailures<Case extends CheckCase>(
  checks: readonly CheckDeclaration[],
  cases: readonly Case[],
): { check: CheckDeclaration; failsIn: Case[] }[] {
  const failing = cases.map((c) => new Set(failingChecks(checks, c.getValue)));
  return checks
    .map((check) => ({ check, failsIn: cases.filter((_, i) => failing[i]!.has(check)) }))
    .filter((failure) => failure.failsIn.length > 0);
}
