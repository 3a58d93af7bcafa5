import { describe, expect, test } from 'vitest';
import { formatNumber, formatValue, FORMAT_LABELS } from '../../../../src/core/format';

describe('number display (en-GB)', () => {
  test.each([
    ['general', 1234.5, '1234.5'],
    ['general', 0.1 + 0.2, '0.3'],
    ['general', 123456789012.5, '1.23457E+11'],
    ['general', 1.5e-10, '1.5E-10'],
    ['general', 1e12, '1000000000000'],
    ['general', 999999999999999, '999999999999999'],
    ['general', 1e15, '1E+15'],
    ['general', 2e15, '2E+15'],
    ['general', 1.5e-7, '1.5E-7'],
    ['general', 1e-9, '1E-9'],
    ['general', 1.23456789e-10, '1.23457E-10'],
    ['general', -2e15, '-2E+15'],
    ['general', -999999999999999, '-999999999999999'],
    ['number', 1234.5, '1,235'],
    ['number-2dp', 1234.5, '1,234.50'],
    ['currency', 1234.4, '£1,234'],
    ['currency', -1234, '-£1,234'],
    ['currency-2dp', 1234.5, '£1,234.50'],
    ['accounting', -1234, '(£1,234)'],
    ['accounting', 1234, '£1,234'],
    ['accounting', -0.4, '£0'],
    ['percent', 0.04, '4%'],
    ['percent-1dp', 0.035, '3.5%'],
    ['date', 46477, '31/03/2027'],
    ['date', 1, '31/12/1899'],
    ['date', 46477.75, '31/03/2027'],
    ['date', 46478, '01/04/2027'],
    ['date', 1e20, '1E+20'],
    ['text', 12, '12'],
  ] as const)('%s shows %d as %s', (format, value, shown) => {
    expect(formatNumber(value, format)).toBe(shown);
  });

  test('text, booleans and empty cells show as Excel shows them', () => {
    expect(formatValue('Fablab', 'currency')).toBe('Fablab');
    expect(formatValue(true, 'general')).toBe('TRUE');
    expect(formatValue(false, 'general')).toBe('FALSE');
    expect(formatValue(null, 'currency')).toBe('');
  });

  test('every format has a label with an example for the picker', () => {
    for (const label of Object.values(FORMAT_LABELS)) expect(label.length).toBeGreaterThan(3);
    expect(Object.keys(FORMAT_LABELS)).toContain('accounting');
  });
});
