import { describe, expect, test } from 'vitest';
import { dataEdge } from '../../../../src/core/document';

// A column of cells: rows 0-3 filled, 4-6 empty, 7-8 filled, the rest empty (20 rows).
const filled = new Set([0, 1, 2, 3, 7, 8]);
const isFilled = (p: { row: number; col: number }) => p.col === 0 && filled.has(p.row);
const bounds = { rows: 20, cols: 5 };
const down = { row: 1, col: 0 } as const;
const up = { row: -1, col: 0 } as const;

describe('dataEdge (Ctrl+arrow)', () => {
  test('inside a run of data it stops at the run’s last cell', () => {
    expect(dataEdge({ row: 0, col: 0 }, down, isFilled, bounds)).toEqual({ row: 3, col: 0 });
  });
  test('at the end of a run it jumps over the gap to the next data', () => {
    expect(dataEdge({ row: 3, col: 0 }, down, isFilled, bounds)).toEqual({ row: 7, col: 0 });
  });
  test('with no data ahead it goes to the edge of the sheet', () => {
    expect(dataEdge({ row: 8, col: 0 }, down, isFilled, bounds)).toEqual({ row: 19, col: 0 });
    expect(dataEdge({ row: 0, col: 2 }, { row: 0, col: 1 }, isFilled, bounds)).toEqual({
      row: 0,
      col: 4,
    });
  });
  test('from an empty cell it goes to the next filled one, going up as well', () => {
    expect(dataEdge({ row: 12, col: 0 }, up, isFilled, bounds)).toEqual({ row: 8, col: 0 });
  });
  test('Ctrl+Down from an empty cell next to data stops at the first filled cell', () => {
    // Row 6 is empty and rows 7-8 are filled: Excel goes to 7, not to the end of the run.
    expect(dataEdge({ row: 6, col: 0 }, down, isFilled, bounds)).toEqual({ row: 7, col: 0 });
  });
  test('Ctrl+Left with no data to the left stops at column A', () => {
    expect(dataEdge({ row: 5, col: 3 }, { row: 0, col: -1 }, isFilled, bounds)).toEqual({
      row: 5,
      col: 0,
    });
  });
  test('at the edge it stays put', () => {
    expect(dataEdge({ row: 0, col: 0 }, up, isFilled, bounds)).toEqual({ row: 0, col: 0 });
  });
});
