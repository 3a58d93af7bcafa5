import { describe, expect, test } from 'vitest';
import { loadModel, MAX_CELLS, type Problem, type Workbook } from '../../../../src/core/file';
import { goodData } from './fixtures';

/** The branch-budget fixture, changed by `edit`, then loaded: its problems ([] when it loads). */
function problemsAfter(edit: (workbook: Workbook) => void): Problem[] {
  const data = goodData() as unknown as Workbook;
  edit(data);
  const result = loadModel(data);
  if (result.ok) return [];
  if (result.error.kind !== 'invalid') throw new Error(`unexpected refusal: ${result.error.kind}`);
  return result.error.problems;
}

describe('cross-field checks', () => {
  test('the unchanged fixture has no problems', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  test('a formula the engine cannot parse is refused at its cell', () => {
    expect(problemsAfter((w) => (w.sheets[1]!.cells.C7 = '=1+'))).toEqual([
      {
        path: 'sheets[1].cells.C7',
        message: 'the formula =1+ cannot be read: check its brackets, commas and quotes',
      },
    ]);
  });

  test('a lone "=" is text, as the engine treats it', () => {
    expect(problemsAfter((w) => (w.sheets[1]!.cells.C7 = '='))).toEqual([]);
  });

  test('sheet names must differ ignoring case', () => {
    expect(problemsAfter((w) => w.sheets.push({ name: 'ASSUMPTIONS', cells: {} }))).toEqual([
      {
        path: 'sheets[2].name',
        message:
          'sheets[0] is already called "Assumptions" (sheet names are compared ignoring case)',
      },
    ]);
  });

  test.each([
    ['names[0].ref', (w: Workbook) => (w.names[0]!.ref = 'Nowhere!$B$3')],
    ['inputs[0].ref', (w: Workbook) => (w.inputs[0]!.ref = 'Nowhere!B2')],
    ['outputs[0].ref', (w: Workbook) => (w.outputs[0]!.ref = 'Nowhere!B6')],
  ])('a ref to a sheet that does not exist is refused at %s', (path, edit) => {
    expect(problemsAfter(edit)[0]).toEqual({
      path,
      message: expect.stringContaining('refers to a sheet "Nowhere" that does not exist'),
    });
  });

  test('a ref whose sheet differs only in case gets a hint', () => {
    expect(problemsAfter((w) => (w.outputs[0]!.ref = 'cashflow!B6'))[0]!.message).toBe(
      '"cashflow!B6" refers to a sheet "cashflow" that does not exist (did you mean "Cashflow"? sheet names in refs must match exactly)',
    );
  });

  test('refs must name their sheet and be refs at all', () => {
    expect(
      problemsAfter((w) => {
        w.outputs[0]!.ref = 'B6';
        w.outputs[1]!.ref = 'Cashflow!total';
      }),
    ).toEqual([
      { path: 'outputs[0].ref', message: '"B6" must name its sheet, as in Assumptions!B3' },
      {
        path: 'outputs[1].ref',
        message: '"Cashflow!total" is not a reference such as Assumptions!B3 or Cashflow!B20:K20',
      },
      {
        path: 'charts[0].outputs[0]',
        message: '"Cashflow!B4:D4" is not one of the declared outputs (outputs[].ref)',
      },
    ]);
  });

  test('inputs and override keys must be single cells', () => {
    const problems = problemsAfter((w) => {
      w.inputs[2]!.ref = 'Assumptions!B4:B5';
      w.scenarios[0]!.overrides = { 'Assumptions!B3:B4': 1 };
    });
    expect(problems.map((p) => p.path)).toEqual([
      'inputs[2].ref',
      'scenarios[0].overrides["Assumptions!B3:B4"]',
      'scenarios[1].overrides["Assumptions!B4"]',
    ]);
    expect(problems[0]!.message).toBe('"Assumptions!B4:B5" must be a single cell, not a range');
  });

  test('an input may not point at a formula cell', () => {
    expect(problemsAfter((w) => (w.sheets[0]!.cells.B2 = '=180000+5000'))).toEqual([
      {
        path: 'inputs[0].ref',
        message:
          'Assumptions!B2 holds a formula (=180000+5000); an input must be a value people can change',
      },
    ]);
  });

  test('the same cell declared twice as an input is refused, even written with $', () => {
    expect(
      problemsAfter((w) => w.inputs.push({ ref: 'Assumptions!$B$3', label: 'Again', unit: '%' })),
    ).toEqual([
      { path: 'inputs[3].ref', message: 'Assumptions!B3 is already declared by inputs[1]' },
    ]);
  });

  test('an input whose low is above its high is refused', () => {
    expect(problemsAfter((w) => (w.inputs[1]!.low = 0.1))).toEqual([
      { path: 'inputs[1].low', message: 'is greater than high (0.1 > 0.06)' },
    ]);
  });

  test('scenario ids, chart ids and names must be unique', () => {
    const problems = problemsAfter((w) => {
      w.scenarios[1]!.id = 'pessimistic';
      w.charts.push({ ...w.charts[0]! });
      w.names.push({ name: 'payAWARD', ref: 'Assumptions!$B$4' });
    });
    expect(problems.map((p) => p.path)).toEqual([
      'names[1].name',
      'scenarios[1].id',
      'charts[1].id',
    ]);
  });

  test('names may not look like cells (Q1, AB12, Year2025, R1C1) nor be function names', () => {
    const problems = problemsAfter((w) => {
      w.names = ['Q1', 'AB12', 'Year2025', 'R1C1', 'NPV', 'irr'].map((name, i) => ({
        name,
        ref: `Assumptions!$B$${i + 2}`,
      }));
      w.sheets[1]!.cells.C2 = '=B2*1.03';
      w.sheets[1]!.cells.D2 = '=C2*1.03';
    });
    expect(problems.map((p) => p.message)).toEqual([
      '"Q1" looks like a cell address, so it cannot be a name',
      '"AB12" looks like a cell address, so it cannot be a name',
      '"Year2025" looks like a cell address, so it cannot be a name',
      '"R1C1" looks like a cell address, so it cannot be a name',
      '"NPV" is the name of a function, so it cannot be a name',
      '"irr" is the name of a function, so it cannot be a name',
    ]);
  });

  test('a name must point at fixed ($) cells, because the engine refuses relative ones', () => {
    expect(problemsAfter((w) => (w.names[0]!.ref = 'Assumptions!$B3'))).toEqual([
      {
        path: 'names[0].ref',
        message: '"Assumptions!$B3" must use fixed cells written with $, as in Assumptions!$B$3',
      },
    ]);
  });

  test('override keys must be declared inputs, written as declared', () => {
    expect(
      problemsAfter((w) => (w.scenarios[0]!.overrides = { 'Assumptions!$B$3': 0.06 })),
    ).toEqual([
      {
        path: 'scenarios[0].overrides["Assumptions!$B$3"]',
        message: '"Assumptions!$B$3" is not a declared input (add it to inputs first)',
      },
    ]);
  });

  test('an override written as a formula must parse', () => {
    expect(
      problemsAfter((w) => (w.scenarios[0]!.overrides['Assumptions!B3'] = '=0.05*('))[0]!.path,
    ).toBe('scenarios[0].overrides["Assumptions!B3"]');
  });

  test('the active scenario must exist', () => {
    expect(problemsAfter((w) => (w.activeScenarioId = 'gone'))).toEqual([
      { path: 'activeScenarioId', message: 'no scenario has the id "gone"' },
    ]);
  });

  test('a workbook over the cell limit is refused with one problem, without checking every formula', () => {
    const problems = problemsAfter((w) => {
      const cells: Record<string, number> = {};
      for (let row = 1; row <= MAX_CELLS + 1; row++) cells[`A${row}`] = row;
      w.sheets.push({ name: 'Big', cells });
    });
    // 28 cells in the fixture's own sheets, plus one more than the limit.
    expect(problems).toEqual([
      { path: '', message: 'the workbook has 1,000,029 cells; the limit is 1,000,000' },
    ]);
  });
});

describe('prototype keys', () => {
  test.each(['__proto__', 'constructor', 'prototype'])(
    'a %s key anywhere is refused with its path',
    (key) => {
      const text = JSON.stringify(goodData()).replace(
        '"overrides":{',
        `"overrides":{"${key}":{"polluted":true},`,
      );
      const result = loadModel(JSON.parse(text));
      expect(result).toEqual({
        ok: false,
        error: { kind: 'forbiddenKey', key, path: `scenarios[0].overrides.${key}` },
      });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  test('a __proto__ inside a version 0 cell list is refused before the migration can assign it', () => {
    const data = JSON.parse(
      '{"format":"library-finance-workbench","version":0,"sheets":[{"name":"S","cells":[{"address":"__proto__","value":{"polluted":true}}]}]}',
    );
    const result = loadModel(data);
    expect(result.ok === false && result.error.kind).toBe('forbiddenKey');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a deeply nested file is scanned quickly and without overflowing the stack', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const data = { ...goodData(), extra: JSON.parse(deep) as unknown };
    const started = performance.now();
    const result = loadModel(data);
    expect(result.ok === false && result.error.kind).toBe('invalid');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
