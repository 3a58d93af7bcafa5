import { expect, test } from 'vitest';
import { WorkbookEngine } from '../../../../src/core/engine';
import { createBlankWorkbook, parseModelText, serializeModel } from '../../../../src/core/file';

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
