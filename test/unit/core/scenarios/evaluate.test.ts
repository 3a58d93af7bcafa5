import { describe, expect, test } from 'vitest';
import { evaluateScenarios, type OutputValue } from '../../../../src/core/scenarios';
import { libraryModel, OPTIMISTIC, PESSIMISTIC } from './library-model';

const income = (contract: number, parties: number, growth: number) => {
  const y1 = contract + parties * 50;
  return [y1, y1 * (1 + growth), y1 * (1 + growth) ** 2];
};
const single = (value: number): OutputValue => ({ kind: 'single', value });

describe('evaluateScenarios', () => {
  test('returns every output under Base and every scenario, Base first', () => {
    const results = evaluateScenarios(libraryModel([PESSIMISTIC, OPTIMISTIC]));
    expect(results.columns.map((c) => [c.id, c.name])).toEqual([
      [undefined, 'Base'],
      ['pessimistic', 'Pessimistic'],
      ['optimistic', 'Optimistic'],
    ]);
    const [base, pessimistic, optimistic] = results.columns;
    const baseRow = income(100000, 20, 0.1);
    expect(base!.values[1]).toEqual({
      kind: 'series',
      values: baseRow.map((v) => expect.closeTo(v, 6)),
    });
    expect(base!.values[0]).toEqual({
      kind: 'single',
      value: expect.closeTo(
        baseRow.reduce((a, b) => a + b),
        6,
      ),
    });
    expect(pessimistic!.values[1]).toEqual({
      kind: 'series',
      values: income(90000, 10, 0.1).map((v) => expect.closeTo(v, 6)),
    });
    expect(optimistic!.values[2]).toEqual(single(0.2));
  });

  test('a scenario inherits every input it does not override', () => {
    const results = evaluateScenarios(libraryModel([PESSIMISTIC]));
    expect(results.columns[1]!.values[2]).toEqual(single(0.1));
  });

  test('overrides never leak into Base or into another scenario, in any order', () => {
    const orders = [
      [PESSIMISTIC, OPTIMISTIC],
      [OPTIMISTIC, PESSIMISTIC],
      [PESSIMISTIC, { id: 'empty', name: 'Empty', overrides: {} }, OPTIMISTIC],
    ];
    const base = evaluateScenarios(libraryModel()).columns[0]!.values;
    for (const scenarios of orders) {
      const results = evaluateScenarios(libraryModel(scenarios));
      // Every scenario has its column, in order, even one that overrides nothing.
      expect(results.columns.map((c) => c.id)).toEqual([undefined, ...scenarios.map((s) => s.id)]);
      expect(results.columns[0]!.values).toEqual(base);
      const byId = new Map(results.columns.map((c) => [c.id, c.values]));
      expect(byId.get('optimistic')).toEqual(
        evaluateScenarios(libraryModel([OPTIMISTIC])).columns[1]!.values,
      );
      expect(byId.get('pessimistic')).toEqual(
        evaluateScenarios(libraryModel([PESSIMISTIC])).columns[1]!.values,
      );
    }
  });

  test('a scenario that overrides nothing shows Base’s values in its own column', () => {
    const empty = { id: 'empty', name: 'Empty', overrides: {} };
    const results = evaluateScenarios(libraryModel([PESSIMISTIC, empty]));
    expect(results.columns[2]).toEqual({
      id: 'empty',
      name: 'Empty',
      values: results.columns[0]!.values,
    });
  });

  test('leaves the document it was given unchanged', () => {
    const workbook = libraryModel([PESSIMISTIC]);
    const before = structuredClone(workbook);
    evaluateScenarios(workbook);
    expect(workbook).toEqual(before);
  });

  test('an output pointing at a missing sheet reads as a #REF! error', () => {
    const workbook = libraryModel();
    workbook.outputs.push({ ref: 'Gone!A1', label: 'Lost', unit: '£' });
    expect(evaluateScenarios(workbook).columns[0]!.values[3]).toMatchObject({
      kind: 'single',
      value: { error: '#REF!' },
    });
  });

  test('an override of a cell on a missing sheet is ignored', () => {
    const stray = { id: 'stray', name: 'Stray', overrides: { 'Gone!B1': 5 } };
    const results = evaluateScenarios(libraryModel([stray]));
    expect(results.columns[1]!.values).toEqual(results.columns[0]!.values);
  });
});
