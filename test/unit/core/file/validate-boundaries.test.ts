// The cross-field checks at their edges: each test sits exactly on a limit, where an
// off-by-one in the check would refuse a good file or let a bad one through.
import { describe, expect, test } from 'vitest';
import { loadModel, MAX_CELLS, type Problem, type Workbook } from '../../../../src/core/file';
import { findCellLimitProblem } from '../../../../src/core/file/validate';
import { goodData } from './fixtures';

function problemsAfter(edit: (workbook: Workbook) => void): Problem[] {
  const data = goodData() as unknown as Workbook;
  edit(data);
  const result = loadModel(data);
  if (result.ok) return [];
  if (result.error.kind !== 'invalid') throw new Error(`unexpected refusal: ${result.error.kind}`);
  return result.error.problems;
}

describe('cross-field checks at their limits', () => {
  // Straight at the count, not through loadModel: a million cells through every check
  // takes seconds, and this runs for each mutant of the count. A thousand sheets share
  // one thousand-cell object, so the million costs nothing to build.
  test('a workbook of exactly the cell limit passes the cell count, one more does not', () => {
    const thousand = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`A${i + 1}`, i]));
    const sheets = Array.from({ length: MAX_CELLS / 1000 }, () => ({ cells: thousand }));
    expect(findCellLimitProblem({ sheets })).toBeUndefined();
    sheets.push({ cells: { A1: 1 } });
    expect(findCellLimitProblem({ sheets })).toEqual({
      path: '',
      message: 'the workbook has 1,000,001 cells; the limit is 1,000,000',
    });
  });

  test('an input whose low equals its high loads (a fixed value is a range of one)', () => {
    expect(
      problemsAfter((w) => {
        w.inputs[1]!.low = 0.06;
        w.inputs[1]!.high = 0.06;
      }),
    ).toEqual([]);
  });

  test('fewer labels than points is refused at the categories', () => {
    expect(problemsAfter((w) => (w.outputs[1]!.categories = 'Cashflow!B1:C1'))).toEqual([
      {
        path: 'outputs[1].categories',
        message:
          '"Cashflow!B1:C1" has 2 cells but the output "Cashflow!B4:D4" has 3; each point needs one label',
      },
    ]);
  });

  test('more labels than points is refused at the categories', () => {
    expect(problemsAfter((w) => (w.outputs[1]!.categories = 'Cashflow!A1:D1'))[0]?.path).toBe(
      'outputs[1].categories',
    );
  });

  test('one label per point loads', () => {
    expect(problemsAfter((w) => (w.outputs[1]!.categories = 'Cashflow!B1:D1'))).toEqual([]);
  });
});
