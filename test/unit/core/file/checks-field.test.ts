// The optional `checks` field: a model's checks on itself, validated like inputs and carried
// through the engine (export, rename, delete) like every other declaration.
import { describe, expect, test } from 'vitest';
import { loadModel, type Problem, type Workbook } from '../../../../src/core/file';
import { WorkbookEngine } from '../../../../src/core/engine';
import { goodData } from './fixtures';

function withChecks(checks: unknown): Record<string, unknown> {
  const data = goodData();
  const sheets = data.sheets as Workbook['sheets'];
  sheets[1]!.cells.F1 = '=B1=1';
  return { ...data, checks };
}

function problems(data: Record<string, unknown>): Problem[] {
  const result = loadModel(data);
  if (result.ok) return [];
  if (result.error.kind !== 'invalid') throw new Error(`unexpected refusal: ${result.error.kind}`);
  return result.error.problems;
}

const CHECK = { ref: 'Cashflow!F1', label: 'Year 1 comes first' };

describe('the checks field', () => {
  test('a file without checks loads with none, and a file with them keeps them', () => {
    const without = loadModel(goodData());
    expect(without.ok && without.workbook.checks).toBeUndefined();
    const loaded = loadModel(withChecks([CHECK]));
    expect(loaded.ok && loaded.workbook.checks).toEqual([CHECK]);
  });

  test('a check must be one cell on a sheet that exists, named with its sheet', () => {
    expect(
      problems(
        withChecks([
          { ref: 'Nowhere!A1', label: 'a' },
          { ref: 'F1', label: 'b' },
          { ref: 'Cashflow!A1:B2', label: 'c' },
        ]),
      ),
    ).toEqual([
      {
        path: 'checks[0].ref',
        message: '"Nowhere!A1" refers to a sheet "Nowhere" that does not exist',
      },
      { path: 'checks[1].ref', message: '"F1" must name its sheet, as in Assumptions!B3' },
      { path: 'checks[2].ref', message: '"Cashflow!A1:B2" must be a single cell, not a range' },
    ]);
  });

  test('a check needs a label in words, and no other fields', () => {
    expect(problems(withChecks([{ ref: 'Cashflow!F1', label: '' }])).map((p) => p.path)).toEqual([
      'checks[0].label',
    ]);
    expect(
      problems(withChecks([{ ...CHECK, severity: 'high' }])).map((p) => p.path).length,
    ).toBeGreaterThan(0);
  });

  test('the engine exports the checks, follows a renamed sheet and drops a deleted one', () => {
    const loaded = loadModel(withChecks([CHECK]));
    if (!loaded.ok) throw new Error('fixture does not load');
    const engine = WorkbookEngine.fromWorkbook(loaded.workbook);
    expect(engine.toWorkbook().checks).toEqual([CHECK]);
    engine.renameSheet('Cashflow', 'Cash flow');
    expect(engine.toWorkbook().checks).toEqual([{ ...CHECK, ref: "'Cash flow'!F1" }]);
    engine.removeSheet('Cash flow');
    expect(engine.toWorkbook().checks).toBeUndefined();
    engine.destroy();
  });
});
