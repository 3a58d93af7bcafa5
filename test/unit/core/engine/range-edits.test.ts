import { describe, expect, test } from 'vitest';
import {
  emptyRows,
  planFill,
  planPaste,
  rangesWrittenBy,
} from '../../../../src/core/engine/range-edits';
import {
  parseCellAddress,
  parseRangeRef,
  type CellPosition,
  type RangeRef,
} from '../../../../src/core/document';

const at = (a1: string): CellPosition => parseCellAddress(a1)!;
const range = (a1: string): RangeRef => parseRangeRef(a1)!;

describe('rangesWrittenBy', () => {
  test('covers the rows as wide as the widest', () => {
    const { written, formatted } = rangesWrittenBy(at('B2'), [[1], [2, 3, 4]]);
    expect(written).toEqual(range('B2:D3'));
    expect(formatted).toEqual(range('B2:D3'));
  });

  test('names one cell in the change log even when there are no rows, but formats none', () => {
    const { written, formatted } = rangesWrittenBy(at('B2'), []);
    expect(written).toEqual(range('B2'));
    expect(formatted.end.row).toBeLessThan(formatted.start.row);
  });
});

describe('emptyRows', () => {
  test('one empty cell for each cell of the range', () => {
    expect(emptyRows(range('A1:C2'))).toEqual([
      [undefined, undefined, undefined],
      [undefined, undefined, undefined],
    ]);
  });
});

describe('planFill', () => {
  test('down: the first row fills the rest, each cell from the top of its column', () => {
    const plan = planFill(range('B2:C5'), 'down');
    expect(plan?.source).toEqual(range('B2:C2'));
    expect(plan?.target).toEqual(range('B3:C5'));
    expect(plan?.sourceOf(at('C4'))).toEqual(at('C2'));
  });

  test('right: the first column fills the rest, each cell from the start of its row', () => {
    const plan = planFill(range('B2:D3'), 'right');
    expect(plan?.source).toEqual(range('B2:B3'));
    expect(plan?.target).toEqual(range('C2:D3'));
    expect(plan?.sourceOf(at('D3'))).toEqual(at('B3'));
  });

  test('a one-column fill down fills the rest of that column', () => {
    const plan = planFill(range('B2:B5'), 'down');
    expect(plan?.source).toEqual(range('B2'));
    expect(plan?.target).toEqual(range('B3:B5'));
  });

  test('a fill right over two columns fills the second one', () => {
    const plan = planFill(range('B2:C4'), 'right');
    expect(plan?.target).toEqual(range('C2:C4'));
    expect(plan?.sourceOf(at('C4'))).toEqual(at('B4'));
  });

  test('there is nothing to fill in a single row filled down', () => {
    expect(planFill(range('B2:D2'), 'down')).toBeUndefined();
  });
});

describe('planPaste', () => {
  test('tiles a target that is a whole multiple of the source', () => {
    const plan = planPaste(range('A1:A2'), range('C1:D4'));
    expect(plan.area).toEqual(range('C1:D4'));
    expect(plan.tileCorners).toEqual([at('C1'), at('D1'), at('C3'), at('D3')]);
    expect(plan.sourceOf(at('D4'))).toEqual(at('A2'));
  });

  test('a 2×3 paste target over a 2×2 copy gets one copy: its columns are not a multiple', () => {
    const plan = planPaste(range('A1:B2'), range('D1:F2'));
    expect(plan.area).toEqual(range('D1:E2'));
    expect(plan.tileCorners).toEqual([at('D1')]);
  });

  test('a 3×2 paste target over a 2×2 copy gets one copy: its rows are not a multiple', () => {
    const plan = planPaste(range('A1:B2'), range('D1:E3'));
    expect(plan.area).toEqual(range('D1:E2'));
    expect(plan.tileCorners).toEqual([at('D1')]);
  });

  test('puts one copy at the top left of any other target', () => {
    const plan = planPaste(range('A1:B2'), range('C5:E7'));
    expect(plan.area).toEqual(range('C5:D6'));
    expect(plan.tileCorners).toEqual([at('C5')]);
  });
});
