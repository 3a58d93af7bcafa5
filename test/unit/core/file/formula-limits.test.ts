import { describe, expect, test } from 'vitest';
import {
  MAX_FORMULA_NESTING,
  MAX_FORMULA_OPERATORS,
  formulaLimitProblem,
  measureFormula,
} from '../../../../src/core/file/formula-limits';
import { WorkbookEngine } from '../../../../src/core/engine';
import { describeLoadError, loadModel, type Workbook } from '../../../../src/core/file';
import { goodData } from './fixtures';

const nested = (depth: number) => `=${'('.repeat(depth)}1${')'.repeat(depth)}`;
const nestedCalls = (depth: number) => `=${'IF(B1>0,'.repeat(depth)}1${',0)'.repeat(depth)}`;
const chain = (operators: number) => `=1${'+1'.repeat(operators)}`;

describe('measuring a formula without parsing it', () => {
  test('counts the deepest nesting of brackets and function calls', () => {
    expect(measureFormula('=SUM(A1,(B1+2)*3)').nesting).toBe(2);
    expect(measureFormula('={1,2;3,4}').nesting).toBe(1);
    expect(measureFormula(nested(130)).nesting).toBe(130);
  });

  test('skips brackets and operators inside text and quoted sheet names', () => {
    expect(measureFormula("=\"((((+-*\"&'It''s (1)'!A1").nesting).toBe(0);
    expect(measureFormula("=\"((((+-*\"&'It''s (1)'!A1").operators).toBe(1);
  });

  test('counts <=, >= and <> once, and an exponent sign as part of its number', () => {
    expect(measureFormula('=A1<=B1').operators).toBe(1);
    expect(measureFormula('=A1<>-B1').operators).toBe(2);
    expect(measureFormula('=1E-3+2.5e+10').operators).toBe(1);
    expect(measureFormula('=1E-3+2.5e+10').numbers).toEqual([
      { start: 1, end: 5 },
      { start: 6, end: 13 },
    ]);
  });

  test('does not take the digits of a reference or a name for a number', () => {
    expect(measureFormula('=A1+$B$2+Rate2025+Sheet1!C3').numbers).toEqual([]);
  });
});

describe('the limits', () => {
  test(`a formula nested ${MAX_FORMULA_NESTING} deep is allowed, one level more is refused`, () => {
    expect(formulaLimitProblem(nested(MAX_FORMULA_NESTING))).toBeUndefined();
    expect(formulaLimitProblem(nested(MAX_FORMULA_NESTING + 1))).toBe(
      'nests brackets and functions 65 deep; the limit is 64. Split it across several cells',
    );
  });

  test(`${MAX_FORMULA_OPERATORS} operators are allowed, one more is refused`, () => {
    expect(formulaLimitProblem(chain(MAX_FORMULA_OPERATORS))).toBeUndefined();
    expect(formulaLimitProblem(chain(MAX_FORMULA_OPERATORS + 1))).toBe(
      'has 501 operators; the limit is 500. Split it across several cells, or use SUM over a range',
    );
  });

  test('a number beyond 1E+308 is refused; 1E308 itself and tiny numbers are not', () => {
    expect(formulaLimitProblem('=1E308')).toBeUndefined();
    expect(formulaLimitProblem('=1E-320*2')).toBeUndefined();
    expect(formulaLimitProblem('=-1.1e308')).toBe(
      'writes the number 1.1e308, which is larger than the largest a cell can hold (1E+308)',
    );
  });

  test('a scan of a formula nested 100,000 deep returns (it does not recurse)', () => {
    expect(measureFormula(nested(100_000)).nesting).toBe(100_000);
  });
});

describe('formulas at the limits are safe in the engine', () => {
  // The limits are only worth stating if the engine handles everything within them.
  test.each([
    ['brackets', nested(MAX_FORMULA_NESTING)],
    ['function calls', nestedCalls(MAX_FORMULA_NESTING)],
    [
      'brackets around an operator chain',
      `=${'('.repeat(64)}1${'+1'.repeat(500)}${')'.repeat(64)}`,
    ],
    ['alternating brackets and operators', `=${'(1+-'.repeat(64)}1${')'.repeat(64)}`],
  ])('%s: loads, evaluates and saves', (_, formula) => {
    const data = goodData('minimal.json') as Workbook;
    data.sheets[0]!.cells.C1 = formula;
    const result = loadModel(data);
    if (!result.ok) throw new Error(describeLoadError(result.error));
    const engine = WorkbookEngine.fromWorkbook(result.workbook);
    expect(typeof engine.getValue('Sheet1', { row: 0, col: 2 })).toBe('number');
    expect(engine.toWorkbook().sheets[0]!.cells.C1).toMatch(/^=/);
    engine.destroy();
  });
});

describe('on import', () => {
  test('a formula nested 200 deep is refused with a message naming the cell', () => {
    const data = goodData('minimal.json') as Workbook;
    data.sheets[0]!.cells.D4 = nested(200);
    const result = loadModel(data);
    expect(result.ok === false && describeLoadError(result.error)).toBe(
      'The file cannot be opened: it has 1 problem.\n' +
        `- sheets[0].cells.D4: the formula ${nested(200).slice(0, 60)}… nests brackets and functions 200 deep; the limit is 64. Split it across several cells`,
    );
  });

  test('a scenario override that is a formula too deep is refused the same way', () => {
    const result = loadModel({
      ...goodData(),
      scenarios: [{ id: 'deep', name: 'Deep', overrides: { 'Assumptions!B3': nested(100) } }],
    });
    expect(result.ok === false && describeLoadError(result.error)).toContain(
      'nests brackets and functions 100 deep; the limit is 64',
    );
  });
});
