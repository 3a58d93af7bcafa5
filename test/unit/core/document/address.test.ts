import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  columnIndex,
  columnLetters,
  formatCellAddress,
  formatCellRef,
  formatRangeRef,
  parseCellAddress,
  parseCellRef,
  parseRangeRef,
  positionsIn,
  quoteSheetName,
  rangeSize,
} from '../../../../src/core/document';

describe('A1 addresses', () => {
  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %d is %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
    expect(columnIndex(letters.toLowerCase())).toBe(index);
  });

  test('letters and indexes convert both ways for every column', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 16383 }),
        (col) => columnIndex(columnLetters(col)) === col,
      ),
    );
  });

  test('reads C7, $C$7 and c7 alike', () => {
    for (const text of ['C7', '$C$7', 'c7', ' C7 '])
      expect(parseCellAddress(text)).toEqual({ row: 6, col: 2 });
  });

  test('refuses what is not a cell within a sheet’s limits (column XFD, row 65536)', () => {
    for (const text of ['C0', '7C', 'C', '', 'XFE1', 'A65537', 'A1048576', 'C7:D8', 'C-1']) {
      expect(parseCellAddress(text)).toBeUndefined();
    }
    expect(parseCellAddress('XFD65536')).toEqual({ row: 65535, col: 16383 });
  });

  test('formats a position as A1', () => {
    expect(formatCellAddress({ row: 89, col: 24 })).toBe('Y90');
  });

  test('reads sheet-qualified references, quoted or not', () => {
    expect(parseCellRef('Cashflow!C7')).toEqual({ sheet: 'Cashflow', row: 6, col: 2 });
    expect(parseCellRef("'Cash flow'!$C$7")).toEqual({ sheet: 'Cash flow', row: 6, col: 2 });
    expect(parseCellRef("'Bob''s sheet'!A1")).toEqual({ sheet: "Bob's sheet", row: 0, col: 0 });
    expect(parseCellRef('C7')).toEqual({ row: 6, col: 2 });
    expect(parseCellRef('Cashflow!')).toBeUndefined();
  });

  test('quotes sheet names only when Excel would', () => {
    expect(quoteSheetName('Cashflow')).toBe('Cashflow');
    expect(quoteSheetName('Cash flow')).toBe("'Cash flow'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
    expect(formatCellRef('Cash flow', { row: 0, col: 1 })).toBe("'Cash flow'!B1");
  });

  test('reads ranges in either order and normalises them', () => {
    expect(parseRangeRef('E9:C7')).toEqual({ start: { row: 6, col: 2 }, end: { row: 8, col: 4 } });
    expect(parseRangeRef('Cashflow!B20:K20')).toEqual({
      sheet: 'Cashflow',
      start: { row: 19, col: 1 },
      end: { row: 19, col: 10 },
    });
    expect(parseRangeRef('B2')).toEqual({ start: { row: 1, col: 1 }, end: { row: 1, col: 1 } });
    expect(parseRangeRef('A1:B2:C3')).toBeUndefined();
    expect(parseRangeRef('A1:')).toBeUndefined();
  });

  test('writes a one-cell range as a cell and a block with a colon', () => {
    expect(formatRangeRef({ start: { row: 6, col: 2 }, end: { row: 6, col: 2 } })).toBe('C7');
    expect(
      formatRangeRef({ sheet: 'Cash flow', start: { row: 6, col: 2 }, end: { row: 8, col: 4 } }),
    ).toBe("'Cash flow'!C7:E9");
  });

  test('a formatted range reads back as itself', () => {
    const position = fc.record({
      row: fc.integer({ min: 0, max: 5000 }),
      col: fc.integer({ min: 0, max: 700 }),
    });
    fc.assert(
      fc.property(
        position,
        position,
        fc.constantFrom('Cashflow', 'Cash flow', "Bob's"),
        (a, b, sheet) => {
          const range = {
            sheet,
            start: { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) },
            end: { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) },
          };
          expect(parseRangeRef(formatRangeRef(range))).toEqual(range);
        },
      ),
    );
  });

  test('lists the positions of a range row by row and knows its size', () => {
    const range = { start: { row: 0, col: 0 }, end: { row: 1, col: 2 } };
    expect([...positionsIn(range)].map(formatCellAddress)).toEqual([
      'A1',
      'B1',
      'C1',
      'A2',
      'B2',
      'C2',
    ]);
    expect(rangeSize(range)).toEqual({ rows: 2, cols: 3 });
  });
});
