import { describe, expect, test } from 'vitest';
import { WorkbookViewState } from '../../../src/ui/workbook/workbook-view.svelte';

describe('the selection of each sheet', () => {
  test('a sheet shows the selection it had when it was left, as in Excel', () => {
    const view = new WorkbookViewState('Assumptions');
    view.selectCell({ row: 6, col: 2 });
    view.extendTo({ row: 8, col: 4 });
    view.showSheet('Cashflow');
    expect(view.reference).toBe('A1');
    view.selectCell({ row: 1, col: 1 });
    view.showSheet('assumptions'); // the name box may write the sheet in any case
    expect(view.reference).toBe('C7:E9');
    expect(view.active).toEqual({ row: 8, col: 4 });
    view.showSheet('Cashflow');
    expect(view.reference).toBe('B2');
  });

  test('a forgotten sheet (deleted, or its name reused) starts again at A1', () => {
    const view = new WorkbookViewState('Assumptions');
    view.showSheet('Sheet2');
    view.selectCell({ row: 4, col: 4 });
    view.showSheet('Assumptions');
    view.forgetSheet('Sheet2');
    view.showSheet('Sheet2');
    expect(view.reference).toBe('A1');
  });
});
