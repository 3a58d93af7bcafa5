import { describe, expect, test } from 'vitest';
import { dateToSerial, parseCellInput, serialToDate } from '../../../../src/core/format';

describe('reading what the user typed', () => {
  test.each([
    ['1234', 1234, undefined],
    ['1,234', 1234, undefined],
    ['-12.5', -12.5, undefined],
    ['.5', 0.5, undefined],
    ['£1,234', 1234, 'currency'],
    ['£1,234.50', 1234.5, 'currency-2dp'],
    ['-£12', -12, 'currency'],
    ['£-12', -12, 'currency'],
    ['(1,234)', -1234, 'accounting'],
    ['(£1,234)', -1234, 'accounting'],
    ['3.5%', 0.035, 'percent-1dp'],
    ['4%', 0.04, 'percent'],
    ['31/03/2027', 46477, 'date'],
    ['1/4/27', 46478, 'date'],
    [' 31/03/2027 ', 46477, 'date'],
    ['1-Apr-2027', 46478, 'date'],
    ['1 April 2027', 46478, 'date'],
    ['31-mar-27', 46477, 'date'],
    ['5 Sept 2027', 46635, 'date'],
    ['£ 1,234', 1234, 'currency'],
  ] as const)('%s is the number %d', (typed, value, format) => {
    const parsed = parseCellInput(typed);
    expect(parsed.content).toBe(value);
    expect(parsed.impliedFormat).toBe(format);
  });

  test('a formula is kept as typed', () => {
    expect(parseCellInput('=SUM(A1:A3)')).toEqual({ content: '=SUM(A1:A3)' });
  });

  test('TRUE and FALSE are booleans in any case, spaces around them or not', () => {
    expect(parseCellInput('true').content).toBe(true);
    expect(parseCellInput(' TRUE ').content).toBe(true);
    expect(parseCellInput('FALSE').content).toBe(false);
  });

  test('a leading apostrophe forces text', () => {
    expect(parseCellInput("'1234").content).toBe('1234');
  });

  test('empty input clears the cell', () => {
    expect(parseCellInput('').content).toBeUndefined();
  });

  test('anything else is text, as typed', () => {
    expect(parseCellInput('Room hire').content).toBe('Room hire');
    expect(parseCellInput('12 sessions').content).toBe('12 sessions');
    expect(parseCellInput('1,23').content).toBe('1,23');
    // Brackets mean negative only around the whole number.
    expect(parseCellInput('5(12)').content).toBe('5(12)');
    expect(parseCellInput('(12)5').content).toBe('(12)5');
    expect(parseCellInput('=').content).toBe('=');
  });

  test('1234,567 is text: a thousands comma must follow one to three digits', () => {
    expect(parseCellInput('1234,567')).toEqual({ content: '1234,567' });
    expect(parseCellInput('1,234,567').content).toBe(1234567);
  });

  test('an impossible date is text', () => {
    expect(parseCellInput('31/02/2027').content).toBe('31/02/2027');
    // The year 50, not 1950: a date before the sheet's first day is no date.
    expect(parseCellInput('31/03/0050').content).toBe('31/03/0050');
  });

  test('dates convert to Excel serial numbers and back', () => {
    expect(dateToSerial(2027, 3, 31)).toBe(46477);
    expect(dateToSerial(2027, 2, 30)).toBeUndefined();
    expect(serialToDate(46477).toISOString().slice(0, 10)).toBe('2027-03-31');
  });

  test('a fractional date serial (a date with a time of day) is still that day', () => {
    // 46477.75 is 18:00 on 31 March 2027: rounding would make it 1 April.
    expect(serialToDate(46477.75).toISOString()).toBe('2027-03-31T00:00:00.000Z');
  });

  test('a day and a month name that are no date stay text', () => {
    expect(parseCellInput('31-Feb-2027')).toEqual({ content: '31-Feb-2027' });
    expect(parseCellInput('1-Foo-2027')).toEqual({ content: '1-Foo-2027' });
  });
});
