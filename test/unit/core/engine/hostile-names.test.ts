import { expect, test } from 'vitest';
import { WorkbookEngine } from '../../../../src/core/engine';
import { createBlankWorkbook, parseModelText, serializeModel } from '../../../../src/core/file';
import { evaluateScenarios } from '../../../../src/core/scenarios';

test('a sheet named __proto__ is an ordinary sheet, not an object prototype', () => {
  const blank = createBlankWorkbook('Hostile');
  const text = serializeModel({
    ...blank,
    sheets: [{ name: '__proto__', cells: { A1: 2, A2: '=A1*3' } }],
  });
  const loaded = parseModelText(text);
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  const engine = WorkbookEngine.fromWorkbook(loaded.workbook);
  expect(engine.sheetNames).toEqual(['__proto__']);
  expect(engine.getValue('__proto__', { row: 1, col: 0 })).toBe(6);
  expect(engine.toWorkbook().sheets[0]!.cells).toEqual({ A1: 2, A2: '=A1*3' });
});

test('scenario engines also treat a sheet named __proto__ as a sheet', () => {
  const blank = createBlankWorkbook('Hostile');
  const workbook = {
    ...blank,
    sheets: [{ name: '__proto__', cells: { A1: 2, A2: '=A1*3' } }],
    inputs: [{ ref: '__proto__!A1', label: 'Driver', unit: '' }],
    outputs: [{ ref: '__proto__!A2', label: 'Result', unit: '' }],
    scenarios: [{ id: 'high', name: 'High', overrides: { '__proto__!A1': 5 } }],
  };
  const results = evaluateScenarios(workbook);
  expect(results.columns.map((c) => c.values[0])).toEqual([
    { kind: 'single', value: 6 },
    { kind: 'single', value: 15 },
  ]);
});
