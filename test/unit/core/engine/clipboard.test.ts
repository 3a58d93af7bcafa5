import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseTsv, toTsv } from '../../../../src/core/engine/clipboard';

describe('clipboard text (Excel tab-separated)', () => {
  test('reads rows and columns, ignoring the trailing line break Excel adds', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  test('reads Unix and old Mac line breaks alike', () => {
    expect(parseTsv('1\n2\r3')).toEqual([['1'], ['2'], ['3']]);
  });

  test('keeps empty cells, including a trailing empty one', () => {
    expect(parseTsv('a\t\tc\r\n\tx\t\r\n')).toEqual([
      ['a', '', 'c'],
      ['', 'x', ''],
    ]);
  });

  test('a single value without a line break is one cell', () => {
    expect(parseTsv('£1,234')).toEqual([['£1,234']]);
  });

  test('empty text is no rows', () => {
    expect(parseTsv('')).toEqual([]);
  });

  test('a quoted field holds tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"line one\nline two"\t"a\tb"\t"say ""hi"""\r\n')).toEqual([
      ['line one\nline two', 'a\tb', 'say "hi"'],
    ]);
  });

  test('a quote that does not wrap the whole field is kept as typed', () => {
    expect(parseTsv('"5" high\t6" wide\r\n')).toEqual([['"5" high', '6" wide']]);
  });

  test('writes tabs between fields and CRLF after every row, as Excel does', () => {
    expect(
      toTsv([
        ['a', 'b'],
        ['1', ''],
      ]),
    ).toBe('a\tb\r\n1\t\r\n');
  });

  test('quotes a field with a tab, a line break or a quote', () => {
    expect(toTsv([['a\tb', 'x\ny', 'say "hi"', 'plain']])).toBe(
      '"a\tb"\t"x\ny"\t"say ""hi"""\tplain\r\n',
    );
  });

  test('what it writes it reads back unchanged', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '1', ' ', '\t', '\n', '\r', '"', '£') });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.array(field, { minLength: 1, maxLength: 12 }),
        (width, fields) => {
          const rows: string[][] = [];
          for (let i = 0; i < fields.length; i += width) rows.push(fields.slice(i, i + width));
          // A lone empty field on its own row is indistinguishable from no row, in Excel too.
          fc.pre(rows.every((row) => row.length > 1 || row[0] !== ''));
          expect(parseTsv(toTsv(rows))).toEqual(rows);
        },
      ),
    );
  });
});
