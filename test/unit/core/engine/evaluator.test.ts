import { describe, expect, test } from 'vitest';
import { ScenarioEvaluator } from '../../../../src/core/engine';
import { libraryModel } from '../scenarios/library-model';

const C1 = { row: 0, col: 2 };

describe('ScenarioEvaluator', () => {
  test('switching between overrides restores every cell the last scenario changed', () => {
    const evaluator = ScenarioEvaluator.fromWorkbook(libraryModel());
    evaluator.useOverrides({ 'Assumptions!B1': 1000, 'Assumptions!B3': 0 });
    expect(evaluator.getValue('Cashflow', C1)).toBe(1000);
    evaluator.useOverrides({ 'Assumptions!B3': 2 });
    expect(evaluator.getValue('Cashflow', C1)).toBe(100100);
    evaluator.useOverrides({});
    expect(evaluator.getValue('Cashflow', C1)).toBe(101000);
    expect(evaluator.getValue('Assumptions', { row: 2, col: 1 })).toBe(20);
    evaluator.destroy();
  });

  test('sync writes edits in, keeping the overrides in place on top of them', () => {
    const workbook = libraryModel();
    const evaluator = ScenarioEvaluator.fromWorkbook(workbook);
    evaluator.useOverrides({ 'Assumptions!B1': 1000 });
    const edited = structuredClone(workbook);
    edited.sheets[0]!.cells.B1 = 5; // the overridden input's base changes
    edited.sheets[0]!.cells.B3 = 0;
    evaluator.sync(edited, { 'Assumptions!B1': 1000 });
    expect(evaluator.getValue('Cashflow', C1)).toBe(1000);
    evaluator.useOverrides({});
    expect(evaluator.getValue('Cashflow', C1)).toBe(5);
    delete edited.sheets[0]!.cells.B1;
    evaluator.sync(edited);
    expect(evaluator.getValue('Assumptions', { row: 0, col: 1 })).toBe(null);
    evaluator.destroy();
  });

  test('reads a range ref row by row, and nothing for a bad ref', () => {
    const evaluator = ScenarioEvaluator.fromWorkbook(libraryModel());
    expect(evaluator.getRefValues('Cashflow!C1:D1')).toEqual([[101000, expect.closeTo(111100, 6)]]);
    expect(evaluator.getRefValues('Nowhere!A1')).toBeUndefined();
    expect(evaluator.getRefValues('A1')).toBeUndefined();
    evaluator.destroy();
  });
});
