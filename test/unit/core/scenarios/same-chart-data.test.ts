import { describe, expect, test } from 'vitest';
import { sameChartData, type ChartData } from '../../../../src/core/scenarios';

const chart = (values: (number | null)[], name = 'Base'): ChartData => ({
  title: 'Surplus by year (£)',
  kind: 'line',
  unit: '£',
  labels: ['Year 1', 'Year 2'],
  axis: 'Year',
  series: [{ name, values }],
});

describe('sameChartData', () => {
  test('new objects with the same numbers draw the same chart', () => {
    expect(sameChartData(chart([1, 2]), chart([1, 2]))).toBe(true);
  });
  test('a changed number, series name or missing value is a different chart', () => {
    expect(sameChartData(chart([1, 2]), chart([1, 3]))).toBe(false);
    expect(sameChartData(chart([1, 2]), chart([1, 2], 'Pessimistic'))).toBe(false);
    expect(sameChartData(chart([1, 2]), chart([1, null]))).toBe(false);
  });
});
