import { expect, test } from 'vitest';
import { WorkbookEngine } from '../../../../src/core/engine';
import type { Workbook } from '../../../../src/core/file/schema';

const wb: Workbook = {
  format: 'library-finance-workbench', version: 1,
  meta: { title: 't', description: '', currency: 'GBP', createdAt: '2026-01-01T00:00:00Z', modifiedAt: '2026-01-01T00:00:00Z', sources: [] },
  sheets: [{ name: 'Assumptions', cells: { B3: 0.035, A1: 'x' } }, { name: 'Calc', cells: { Z90: 5, Y90: '=Z90*2', A1: '=DiscountRate*2' } }],
  names: [{ name: 'DiscountRate', ref: 'Assumptions!$B$3' }], inputs: [{ ref: 'Assumptions!B3', label: 'Discount', unit: '%' }], outputs: [], scenarios: [], charts: [],
};
test('smoke', () => {
  const e = WorkbookEngine.fromWorkbook(wb);
  expect(e.getValue('Calc', { row: 89, col: 24 })).toBe(10);
  expect(e.getValue('Calc', { row: 0, col: 0 })).toBe(0.07);
  e.pasteInternal({ sheet: 'Calc', range: { start: { row: 89, col: 24 }, end: { row: 89, col: 24 } }, cut: false }, 'Calc', { start: { row: 90, col: 24 }, end: { row: 90, col: 24 } });
  expect(e.getContent('Calc', { row: 90, col: 24 })).toBe('=Z91*2');
  expect(e.setCell('Calc', { row: 0, col: 1 }, '=SUM(1,').ok).toBe(false);
  e.renameSheet('Assumptions', 'Inputs');
  const out = e.toWorkbook();
  expect(out.names[0]!.ref).toBe('Inputs!$B$3');
  expect(out.inputs[0]!.ref).toBe('Inputs!B3');
  e.undo();
  expect(e.toWorkbook().names[0]!.ref).toBe('Assumptions!$B$3');
  expect(e.sheetNames).toEqual(['Assumptions', 'Calc']);
  e.undo();
  expect(e.getContent('Calc', { row: 90, col: 24 })).toBeUndefined();
  e.setCell('Calc', { row: 0, col: 2 }, '=1/0');
  expect(e.getValue('Calc', { row: 0, col: 2 })).toMatchObject({ error: '#DIV/0!' });
  e.addSheet(); e.moveSheet('Sheet3', 0);
  expect(e.sheetNames).toEqual(['Sheet3', 'Assumptions', 'Calc']);
  e.undo(); e.undo();
  expect(e.sheetNames).toEqual(['Assumptions', 'Calc']);
  e.fill('Calc', { start: { row: 89, col: 24 }, end: { row: 92, col: 24 } }, 'down');
  expect(e.getContent('Calc', { row: 92, col: 24 })).toBe('=Z93*2');
});
