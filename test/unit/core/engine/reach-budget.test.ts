// Many formulas written at once add up: a fill, a paste or a block of cells may cover
// at most 2,000,000 range cells in all, whole columns counted at the rows in use.
import { describe, expect, test } from 'vitest';
import { WorkbookEngine } from '../../../../src/core/engine';
import { MAX_EDIT_CELLS, ReachBudget } from '../../../../src/core/engine/reach-budget';
import { createBlankWorkbook } from '../../../../src/core/file';
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

/** Loans uses 20,000 rows (a value in B20000), so Loans!B:B covers 20,000 cells in use. */
function engine(): WorkbookEngine {
  return WorkbookEngine.fromWorkbook({
    ...createBlankWorkbook('Loans'),
    sheets: [
      { name: 'Loans', cells: { B1: 5, B20000: 7 } },
      { name: 'Summary', cells: { A1: '=SUM(Loans!B:B)' } },
    ],
  });
}

const OVER =
  'the formulas written together cover 2,020,000 cells in the rows in use; one import or one edit may cover at most 2,000,000. Write fewer formulas over whole columns at once, or use smaller ranges.';

describe('counting the cells many formulas cover', () => {
  const sizes = (name: string) =>
    name === 'Loans' ? { rows: 20_000, cols: 3 } : { rows: 0, cols: 0 };

  test('whole columns count the rows in use on their sheet, whole rows the columns in use', () => {
    const budget = new ReachBudget(sizes, () => undefined);
    budget.add('=SUM(Loans!B:C)+SUM(Loans!2:3)', 'Summary');
    expect(budget.total).toBe(2 * 20_000 + 2 * 3);
  });

  test('ranges count their cells, single cells nothing, and copies multiply', () => {
    const budget = new ReachBudget(sizes, () => undefined);
    budget.add('=SUM(B2:C11)+A1*$D$4', 'Summary', 3);
    budget.add(42, 'Summary');
    budget.add('Text: A1:B9', 'Summary');
    expect(budget.total).toBe(3 * 20);
  });

  test('the limit itself is within it', () => {
    const budget = new ReachBudget(sizes, () => undefined);
    expect(budget.add('=SUM(Loans!B:B)', 'Summary', MAX_EDIT_CELLS / 20_000)).toBe(true);
    expect(budget.add('=SUM(A1:A2)', 'Summary')).toBe(false);
  });
});

describe('an edit that writes too many such formulas at once is refused, and nothing changes', () => {
  test('a fill of =SUM(Loans!B:B) over 10 cells works; over 101 it is refused at the last', () => {
    const e = engine();
    expect(e.fill('Summary', range('A1:A102'), 'down')).toEqual({
      ok: false,
      message: `A102: ${OVER}`,
    });
    expect(e.getContent('Summary', at('A2'))).toBeUndefined();
    expect(e.canUndo).toBe(false);
    expect(e.fill('Summary', range('A1:A11'), 'down')).toEqual({ ok: true });
    expect(e.getValue('Summary', at('A11'))).toBe(12);
  });

  test('a paste tiled 101 times is refused, naming where it would land', () => {
    const e = engine();
    const clip = { sheet: 'Summary', range: range('A1'), cut: false };
    expect(e.pasteInternal(clip, 'Summary', range('B1:B101'))).toEqual({
      ok: false,
      message: `B1: ${OVER}`,
    });
    expect(e.getContent('Summary', at('B1'))).toBeUndefined();
  });

  test('a block pasted from outside with 101 such formulas is refused at the 101st', () => {
    const e = engine();
    const rows = Array.from({ length: 101 }, () => ['=SUM(Loans!B:B)']);
    expect(e.setCells('Summary', at('B1'), rows)).toEqual({ ok: false, message: `B101: ${OVER}` });
  });

  test('a running total filled down 2,000 rows adds up as 1 + 2 + ... + 2,000 cells', () => {
    const e = engine();
    e.setCell('Summary', at('D1'), '=SUM($A$1:A1)');
    const result = e.fill('Summary', range('D1:D2000'), 'down');
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/^D2000: the formulas written together cover 2,000,999 cells/),
    });
    expect(e.fill('Summary', range('D1:D1000'), 'down')).toEqual({ ok: true });
  });
});
