// The numbers behind a chart, beyond the common case: every field of its shape, a
// unitless title, values that are not numbers, and a single output's bar per scenario.
import { describe, expect, test } from 'vitest';
import {
  chartDataFor,
  evaluateScenarios,
  sameChartData,
  sameChartShape,
  type ChartData,
} from '../../../../src/core/scenarios';
import { libraryModel, PESSIMISTIC } from './library-model';

const chart: ChartData = {
  title: 'Surplus by year (£)',
  kind: 'line',
  unit: '£',
  labels: ['Year 1', 'Year 2'],
  axis: 'Year',
  series: [{ name: 'Base', values: [1, 2] }],
};

describe('chart shape', () => {
  test.each([
    ['title', { title: 'Income by year (£)' }],
    ['kind', { kind: 'bar' as const }],
    ['axis', { axis: 'Financial year' }],
    ['a label', { labels: ['Year 1', 'Year 3'] }],
  ])('another %s is another shape, and another picture', (_, change) => {
    expect(sameChartShape(chart, { ...chart, ...change })).toBe(false);
    expect(sameChartData(chart, { ...chart, ...change })).toBe(false);
  });

  test('the same shape with the same numbers is the same picture', () => {
    expect(sameChartShape(chart, structuredClone(chart))).toBe(true);
    expect(sameChartData(chart, structuredClone(chart))).toBe(true);
  });
});

describe('chartDataFor', () => {
  test('a single output is one bar per scenario, labelled by the output, over the scenarios', () => {
    const results = evaluateScenarios(libraryModel([PESSIMISTIC]));
    const base = results.columns[0]!.values[0]!;
    const pessimistic = results.columns[1]!.values[0]!;
    expect(chartDataFor(results, 'Summary!B1')).toEqual({
      title: 'Total income (£)',
      kind: 'bar',
      unit: '£',
      axis: 'Scenario',
      labels: ['Total income'],
      series: [
        { name: 'Base', values: [base.kind === 'single' ? base.value : undefined] },
        {
          name: 'Pessimistic',
          values: [pessimistic.kind === 'single' ? pessimistic.value : undefined],
        },
      ],
    });
  });

  test('a range output with no axis of its own is over "Year", and a unitless title has no brackets', () => {
    const model = libraryModel([PESSIMISTIC]);
    model.outputs[1] = { ...model.outputs[1]!, unit: '' };
    const line = chartDataFor(evaluateScenarios(model), 'Cashflow!C1:E1')!;
    expect(line.title).toBe('Income');
    expect(line.axis).toBe('Year');
    expect(line.unit).toBe('');
  });

  test('a point that is not a number (text, an error) is a gap, not a zero', () => {
    const model = libraryModel([PESSIMISTIC]);
    model.sheets[1]!.cells = { ...model.sheets[1]!.cells, D1: 'n/a', E1: '=1/0' };
    const line = chartDataFor(evaluateScenarios(model), 'Cashflow!C1:E1')!;
    expect(line.series[0]!.values.slice(1)).toEqual([null, null]);
    expect(typeof line.series[0]!.values[0]).toBe('number');
  });

  test('labels of the wrong count are replaced by Year 1..N', () => {
    const results = evaluateScenarios(libraryModel([PESSIMISTIC]));
    const wrong = { ...results, categories: results.categories.map(() => ['Only one']) };
    expect(chartDataFor(wrong, 'Cashflow!C1:E1')!.labels).toEqual(['Year 1', 'Year 2', 'Year 3']);
  });
});
