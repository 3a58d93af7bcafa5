// Whole-column and whole-row references on the real engine: they evaluate over the
// rows in use, follow edits, shift as Excel shifts them, and a formula that covers too
// many cells is refused before the engine sees it.
import { describe, expect, test, vi } from 'vitest';
import { WorkbookEngine } from '../../../../src/core/engine';
import { createBlankWorkbook } from '../../../../src/core/file';
import type { CellContent, Workbook } from '../../../../src/core/file/schema';
import { parseCellAddress, type CellPosition, type RangeRef } from '../../../../src/core/document';

function at(a1: string): CellPosition {
  const position = parseCellAddress(a1);
  if (!position) throw new Error(`bad address ${a1}`);
  return position;
}
function range(a1: string): RangeRef {
  const [from, to] = a1.split(':');
  return { start: at(from!), end: at(to ?? from!) };
}

/** Loans: branch in A, loans in B, renewals in C, rows 2-4; a Summary sheet. */
function loansWorkbook(names: Workbook['names'] = []): Workbook {
  const loans: Record<string, CellContent> = {
    A1: 'Branch',
    B1: 'Loans',
    C1: 'Renewals',
    A2: 'Central',
    B2: 1200,
    C2: 300,
    A3: 'Northgate',
    B3: 800,
    C3: 150,
    A4: 'Central',
    B4: 400,
    C4: 90,
  };
  return {
    ...createBlankWorkbook('Loans'),
    sheets: [
      { name: 'Loans', cells: loans },
      { name: 'Summary', cells: {} },
    ],
    names,
  };
}

function write(e: WorkbookEngine, sheet: string, a1: string, content: CellContent) {
  const result = e.setCell(sheet, at(a1), content);
  if (!result.ok) throw new Error(result.message);
}

describe('whole columns and whole rows evaluate as in Excel', () => {
  test('B:B, B:D, Sheet!B:B and SUMIF over whole columns', () => {
    const e = WorkbookEngine.fromWorkbook(loansWorkbook());
    write(e, 'Summary', 'A1', '=SUM(Loans!B:B)');
    write(e, 'Summary', 'A2', '=SUM(Loans!B:C)');
    write(e, 'Summary', 'A3', '=SUMIF(Loans!A:A,"Central",Loans!B:B)');
    write(e, 'Summary', 'A4', '=COUNTA(Loans!$A:$A)');
    write(e, 'Loans', 'E1', '=SUM(B:B)');
    expect(e.getValue('Summary', at('A1'))).toBe(2400);
    expect(e.getValue('Summary', at('A2'))).toBe(2940);
    expect(e.getValue('Summary', at('A3'))).toBe(1600);
    expect(e.getValue('Summary', at('A4'))).toBe(4);
    expect(e.getValue('Loans', at('E1'))).toBe(2400);
    expect(e.getContent('Summary', at('A1'))).toBe('=SUM(Loans!B:B)');
  });

  test('a whole row sums across the columns in use', () => {
    const e = WorkbookEngine.fromWorkbook(loansWorkbook());
    write(e, 'Summary', 'A1', '=SUM(Loans!2:2)');
    write(e, 'Summary', 'A2', '=SUM(Loans!3:4)');
    expect(e.getValue('Summary', at('A1'))).toBe(1500);
    expect(e.getValue('Summary', at('A2'))).toBe(1440);
  });

  test('a value written below the rows in use, up to the last row, is counted', () => {
    const e = WorkbookEngine.fromWorkbook(loansWorkbook());
    write(e, 'Summary', 'A1', '=SUM(Loans!B:B)');
    write(e, 'Loans', 'B500', 100);
    expect(e.getValue('Summary', at('A1'))).toBe(2500);
    write(e, 'Loans', 'B65536', 1);
    expect(e.getValue('Summary', at('A1'))).toBe(2501);
    write(e, 'Loans', 'XFD3', 7);
    write(e, 'Summary', 'A2', '=SUM(Loans!3:3)');
    expect(e.getValue('Summary', at('A2'))).toBe(957);
  });
});

describe('whole columns and rows shift on copy, paste and fill as in Excel', () => {
  test('fill right moves a relative column and keeps a fixed one', () => {
    const e = WorkbookEngine.fromWorkbook(loansWorkbook());
    write(e, 'Summary', 'B1', '=SUM(Loans!B:B)+COUNT(Loans!$B:$B)');
    e.fill('Summary', range('B1:C1'), 'right');
    expect(e.getContent('Summary', at('C1'))).toBe('=SUM(Loans!C:C)+COUNT(Loans!$B:$B)');
    expect(e.getValue('Summary', at('C1'))).toBe(543);
  });

  test('fill down keeps a whole column and moves a whole row', () => {
    const e = WorkbookEngine.fromWorkbook(loansWorkbook());
    write(e, 'Summary', 'A2', '=SUM(Loans!B:B)-SUM(Loans!2:2)');
    e.fill('Summary', range('A2:A3'), 'down');
    expect(e.getContent('Summary', at('A3'))).toBe('=SUM(Loans!B:B)-SUM(Loans!3:3)');
    expect(e.getValue('Summary', at('A3'))).toBe(2400 - 950);
  });

  test('a pasted copy shifts whole columns and rows by the distance moved', () => {
    const e = WorkbookEngine.fromWorkbook(loansWorkbook());
    write(e, 'Summary', 'F2', '=SUM(Loans!B:B)+SUM(Loans!2:2)');
    e.pasteInternal({ sheet: 'Summary', range: range('F2'), cut: false }, 'Summary', range('G3'));
    expect(e.getContent('Summary', at('G3'))).toBe('=SUM(Loans!C:C)+SUM(Loans!3:3)');
    expect(e.getValue('Summary', at('G3'))).toBe(540 + 950);
  });
});

describe('a formula that covers too many cells is refused, and nothing changes', () => {
  test('typed =SUM(A10:XFD1048576) is refused with a message naming the cell', () => {
    const e = WorkbookEngine.fromWorkbook(loansWorkbook());
    const listener = vi.fn();
    e.onChange(listener);
    expect(e.setCell('Summary', at('C7'), '=SUM(A10:XFD1048576)')).toEqual({
      ok: false,
      message:
        'C7: the formula =SUM(A10:XFD1048576) covers 17,179,721,728 cells; a formula may cover at most 200,000. Use a smaller range such as A10:Z7000, or at most 3 whole columns such as A:C.',
    });
    expect(e.getContent('Summary', at('C7'))).toBeUndefined();
    expect(e.canUndo).toBe(false);
    expect(listener).not.toHaveBeenCalled();
  });

  test('=SUM(B2:B1048576) is refused with B:B offered instead', () => {
    const e = WorkbookEngine.fromWorkbook(loansWorkbook());
    expect(e.setCell('Loans', at('E2'), '=SUM(B2:B1048576)')).toEqual({
      ok: false,
      message:
        'E2: the formula =SUM(B2:B1048576) covers 1,048,575 cells; a formula may cover at most 200,000. Use a whole column such as B:B, or a smaller range.',
    });
  });

  test('a pasted block with one such formula is refused whole, naming that cell', () => {
    const e = WorkbookEngine.fromWorkbook(loansWorkbook());
    const result = e.setCells('Summary', at('A1'), [['=SUM(Loans!B:B)', '=SUM(Loans!A:Z)']]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^B1: the formula =SUM\(Loans!A:Z\) covers/);
    expect(e.getContent('Summary', at('A1'))).toBeUndefined();
  });

  test('a name counts the cells of its ref', () => {
    const names = [{ name: 'AllLoans', ref: 'Loans!$B$2:$E$37501' }];
    const e = WorkbookEngine.fromWorkbook(loansWorkbook(names));
    write(e, 'Summary', 'A1', '=SUM(AllLoans)');
    expect(e.getValue('Summary', at('A1'))).toBe(2940);
    expect(e.setCell('Summary', at('A2'), '=SUM(allloans)+SUM(Loans!C:C)')).toEqual({
      ok: false,
      message: expect.stringContaining(
        'A2: the formula =SUM(allloans)+SUM(Loans!C:C) covers 215,536 cells',
      ),
    });
  });

  test('an OFFSET that covers too many cells is refused', () => {
    const e = WorkbookEngine.fromWorkbook(loansWorkbook());
    expect(e.setCell('Summary', at('A1'), '=SUM(OFFSET(Loans!A1,0,0,65536,16))')).toEqual({
      ok: false,
      message: expect.stringContaining('covers 1,048,576 cells'),
    });
    expect(e.setCell('Summary', at('A3'), '=SUM(A4:OFFSET(XFD65536,0,0))').ok).toBe(false);
    write(e, 'Summary', 'A2', '=SUM(OFFSET(Loans!B2,0,0,3,1))');
    expect(e.getValue('Summary', at('A2'))).toBe(2400);
  });
});
