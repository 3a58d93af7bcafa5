import { describe, expect, test } from 'vitest';
import {
  cellsOfRef,
  cellsReached,
  formulaReachProblem,
  MAX_FORMULA_CELLS,
  rangesInFormula,
  type NameCells,
} from '../../../../src/core/engine/range-reach';

const noNames: NameCells = () => undefined;
const reach = (formula: string, names: NameCells = noNames) =>
  rangesInFormula(formula, names).reduce((sum, range) => sum + cellsReached(range), 0);
const texts = (formula: string, names: NameCells = noNames) =>
  rangesInFormula(formula, names).map((range) => range.text);

describe('finding the ranges a formula reaches', () => {
  test('reads cells, ranges, whole columns and whole rows, with or without a sheet and $', () => {
    expect(texts('=SUM(B2:D5)+C7*$A$1')).toEqual(['B2:D5', 'C7', '$A$1']);
    expect(texts('=SUM(B:B)+SUM($B:$D)+SUM(3:3)+SUM($2:$14)')).toEqual([
      'B:B',
      '$B:$D',
      '3:3',
      '$2:$14',
    ]);
    expect(texts("=SUM(Loans!B:B)+'Cash flow'!B2+SUM('Bob''s sheet'!A1:A9)")).toEqual([
      'Loans!B:B',
      "'Cash flow'!B2",
      "'Bob''s sheet'!A1:A9",
    ]);
  });

  test('does not mistake text, numbers, functions or errors for references', () => {
    expect(texts('=SUMIF(A:A,"B2:XFD65536",B:B)&"3:3"')).toEqual(['A:A', 'B:B']);
    expect(texts('=LOG10(100)+1.5E3+0.5+ATAN2(1,2)')).toEqual([]);
    expect(texts('=IFERROR(#REF!,TRUE)')).toEqual([]);
  });

  test('counts whole columns at a full sheet of 65,536 rows and whole rows at 16,384 columns', () => {
    expect(reach('=SUM(B:B)')).toBe(65_536);
    expect(reach('=SUM(B:D)')).toBe(3 * 65_536);
    expect(reach('=SUM(3:3)')).toBe(16_384);
    expect(reach('=SUM(A10:XFD1048576)')).toBe(16_384 * 1_048_567);
  });

  test('counts a name by the cells of its ref, matched as the engine does, ignoring case', () => {
    const names: NameCells = (name) => (name.toLowerCase() === 'loans' ? 900 : undefined);
    expect(reach('=SUM(LOANS)+loans*2+Other', names)).toBe(1_800);
    expect(cellsOfRef('Data!$B$2:$C$451')).toBe(900);
  });

  test('counts OFFSET by its fixed height and width, as the engine reads it', () => {
    expect(reach('=SUM(OFFSET(A1,2,0,500,3))')).toBe(1_500);
    expect(reach('=OFFSET(Loans!B2,-1,+1)')).toBe(1);
  });

  test('a range with an OFFSET at either end spans both corners', () => {
    expect(reach('=SUM(A1:OFFSET(XFD65536,0,0))')).toBe(16_384 * 65_536);
    expect(reach('=SUM(OFFSET(A1,1,1):D10)')).toBe(9 * 3);
    expect(texts('=SUM(B2:OFFSET(B2,4,2,1,1))')).toEqual(['B2:OFFSET(B2,4,2,1,1)']);
  });
});

describe('the message for a formula that covers too many cells', () => {
  test('a whole-sheet range suggests a bounded range and whole columns', () => {
    expect(formulaReachProblem('=SUM(A10:XFD1048576)', noNames)).toBe(
      'the formula =SUM(A10:XFD1048576) covers 17,179,721,728 cells; a formula may cover at most 200,000. Use a smaller range such as A10:Z7000, or at most 3 whole columns such as A:C.',
    );
  });

  test('a tall single column suggests the whole column, on its sheet', () => {
    expect(formulaReachProblem('=SUM(Loans!B2:B1048576)', noNames)).toBe(
      'the formula =SUM(Loans!B2:B1048576) covers 1,048,575 cells; a formula may cover at most 200,000. Use a whole column such as Loans!B:B, or a smaller range.',
    );
  });

  test('too many whole columns or rows suggest fewer', () => {
    expect(formulaReachProblem('=SUM(A:Z)', noNames)).toBe(
      'the formula =SUM(A:Z) covers 1,703,936 cells; a formula may cover at most 200,000. Use a smaller range such as A1:Z7000, or at most 3 whole columns such as A:C.',
    );
    expect(formulaReachProblem('=SUM(2:100)', noNames)).toBe(
      'the formula =SUM(2:100) covers 1,622,016 cells; a formula may cover at most 200,000. Use at most 12 whole rows such as 2:13, or a smaller range such as A2:Z7000.',
    );
  });

  test('several medium ranges add up, and the message names the largest', () => {
    expect(formulaReachProblem('=SUM(B2:B150000)+SUM(C2:C60000)', noNames)).toBe(
      'the formula =SUM(B2:B150000)+SUM(C2:C60000) covers 209,998 cells (B2:B150000 alone is 149,999); a formula may cover at most 200,000. Use a whole column such as B:B, or a smaller range.',
    );
  });

  test('the limit itself is allowed: B:D, or an explicit range of exactly 200,000 cells', () => {
    expect(formulaReachProblem('=SUM(B:D)', noNames)).toBeUndefined();
    expect(formulaReachProblem('=SUMIFS(D:D,A:A,"x",B:B)', noNames)).toBeUndefined();
    expect(formulaReachProblem('=SUM(A1:T10000)', noNames)).toBeUndefined();
    expect(reach('=SUM(A1:T10000)')).toBe(MAX_FORMULA_CELLS);
    expect(formulaReachProblem('=SUM(A1:T10001)', noNames)).toMatch(/covers 200,020 cells/);
  });

  test('a long formula is quoted shortened', () => {
    const formula = `=SUM(A1:XFD65536)+${'1+'.repeat(40)}1`;
    expect(formulaReachProblem(formula, noNames)).toMatch(
      /^the formula =SUM\(A1:XFD65536\)(\+1){21}\+… covers 1,073,741,824 cells;/,
    );
  });

  test('text that is not a formula is never refused', () => {
    expect(formulaReachProblem('A1:XFD65536', noNames)).toBeUndefined();
  });
});
