import { afterEach, describe, expect, test } from 'vitest';
import { createBlankWorkbook, sheetToCsv, toCsv, type Workbook } from '../../../../src/core/file';
import { WorkbookEngine } from '../../../../src/core/engine';

describe('toCsv (RFC 4180)', () => {
  test('ends every record with CRLF and separates fields with commas', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });

  test('quotes fields holding a comma, a quote, CR or LF, doubling the quotes', () => {
    expect(toCsv([['1,5', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain']])).toBe(
      '"1,5","say ""hi""","two\nlines","cr\rhere",plain\r\n',
    );
  });

  test('no rows give an empty text; empty fields stay empty', () => {
    expect(toCsv([])).toBe('');
    expect(toCsv([['', 'x', '']])).toBe(',x,\r\n');
  });
});

describe('sheetToCsv', () => {
  let engine: WorkbookEngine | undefined;
  afterEach(() => engine?.destroy());

  function engineWith(
    cells: Workbook['sheets'][number]['cells'],
    formats: Workbook['sheets'][number]['formats'] = {},
  ): WorkbookEngine {
    const workbook = createBlankWorkbook('CSV', '2026-04-01T09:00:00.000Z');
    workbook.sheets = [{ name: 'Costs', cells, formats }];
    engine = WorkbookEngine.fromWorkbook(workbook);
    return engine;
  }

  test("'displayed' writes values as the grid shows them, with formats and error codes", () => {
    const e = engineWith(
      {
        A1: 'Item',
        B1: 'Cost',
        A2: 'Stock, adult',
        B2: 1234.5,
        C2: '=B2*2',
        A3: 'Ratio',
        B3: 0.035,
        C3: '=1/0',
        D3: true,
      },
      { B2: 'currency-2dp', C2: 'currency', B3: 'percent-1dp' },
    );
    expect(sheetToCsv(e, 'Costs', 'displayed')).toBe(
      'Item,Cost,,\r\n"Stock, adult","£1,234.50","£2,469",\r\nRatio,3.5%,#DIV/0!,TRUE\r\n',
    );
  });

  test("'raw' writes what was typed: formulas and unformatted numbers", () => {
    const e = engineWith({ A1: 1234.5, B1: '=A1*2', C1: false, A2: 'x' }, { A1: 'currency' });
    expect(sheetToCsv(e, 'Costs', 'raw')).toBe('1234.5,=A1*2,FALSE\r\nx,,\r\n');
  });

  test("'displayed' neutralises text that a spreadsheet would run as a formula", () => {
    const e = engineWith({
      A1: '+44 20 7946 0000',
      A2: '-minus',
      A3: '@SUM(1)',
      A4: '\tTabbed',
      A5: '="="&"cmd"',
      B1: '=HYPERLINK("http://example.com","Click")',
      A6: -5,
    });
    // A5 is a formula whose value is itself formula-like text: its displayed value is guarded too.
    expect(sheetToCsv(e, 'Costs', 'displayed').split('\r\n')).toEqual([
      "'+44 20 7946 0000,Click",
      "'-minus,",
      "'@SUM(1),",
      "'\tTabbed,",
      "'=cmd,",
      '-5,',
      '',
    ]);
  });

  test('an empty sheet gives an empty text', () => {
    expect(sheetToCsv(engineWith({}), 'Costs', 'displayed')).toBe('');
  });
});
