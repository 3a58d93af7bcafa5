import { describe, expect, test } from 'vitest';
import { sameChartData, sameChartShape, type ChartData } from '../../../../src/core/scenarios';

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

describe('sameChartShape', () => {
  test('new numbers keep the shape, so they can be swapped into the drawn chart', () => {
    expect(sameChartShape(chart([1, 2]), chart([7, null]))).toBe(true);
  });
  test('a renamed, added or removed scenario, or another year, changes the shape', () => {
    expect(sameChartShape(chart([1, 2]), chart([1, 2], 'Pessimistic'))).toBe(false);
    const twoSeries = {
      ...chart([1, 2]),
      series: [...chart([1, 2]).series, { name: 'Low', values: [0, 0] }],
    };
    expect(sameChartShape(chart([1, 2]), twoSeries)).toBe(false);
    expect(
      sameChartShape(chart([1, 2]), { ...chart([1, 2]), labels: ['Year 1', 'Year 2', 'Year 3'] }),
    ).toBe(false);
    expect(sameChartShape(chart([1, 2]), { ...chart([1, 2]), unit: '%' })).toBe(false);
  });
});
