// The comparison's words and figures at their edges: empty series, Base of zero,
// percentage points, plurals, and values that are not numbers.
import { describe, expect, test } from 'vitest';
import {
  describeBasis,
  differenceFromBase,
  evaluateScenarios,
  formatDifference,
  formatFigure,
  sameChartData,
  summaryFigure,
  type ChartData,
} from '../../../../src/core/scenarios';
import { toOutputValue } from '../../../../src/core/scenarios/results';
import { libraryModel, PESSIMISTIC } from './library-model';

const three = summaryFigure({ kind: 'series', values: [1, 2, 3] }, '£');

describe('comparison figures at their edges', () => {
  test('an empty percent series averages to 0, not NaN', () => {
    expect(summaryFigure({ kind: 'series', values: [] }, '%')).toEqual({
      value: 0,
      basis: 'average',
      years: 0,
    });
  });

  test('a single figure has no words about its basis', () => {
    expect(describeBasis(summaryFigure({ kind: 'single', value: 5 }, '£'))).toBeUndefined();
  });

  test.each([
    [' Quarter ', 'total over 3 quarters'],
    ['  ', 'total over 3 years'],
    ['Branch', 'total over 3 branches'],
    ['Class', 'total over 3 classes'],
    ['Library', 'total over 3 libraries'],
    ['Day', 'total over 3 days'],
    ['Session', 'total over 3 sessions'],
  ])('points called %j read as "%s"', (pointsAre, words) => {
    expect(describeBasis(three, pointsAre)).toBe(words);
  });

  test('a difference from a Base of zero has no percentage, unless it is no change', () => {
    expect(differenceFromBase(5, 0)).toEqual({ absolute: 5, relative: undefined });
    expect(differenceFromBase(0, 0)).toEqual({ absolute: 0, relative: 0 });
    expect(differenceFromBase(-5, -10)).toEqual({ absolute: 5, relative: 0.5 });
    expect(formatDifference(differenceFromBase(5, 0), '£')).toBe('+£5');
    expect(formatDifference(undefined, '£')).toBe('');
  });

  test('percent outputs differ in points, without trailing zeros', () => {
    expect(formatDifference(differenceFromBase(0.135, 0.03), '%')).toBe('+10.5 pts (+350.0%)');
    expect(formatDifference(differenceFromBase(0.045, 0.03), '%')).toBe('+1.5 pts (+50.0%)');
    expect(formatDifference(differenceFromBase(0.02, 0.03), '%')).toBe('-1 pts (-33.3%)');
  });

  test('a figure that is empty or true/false shows as the sheet shows it', () => {
    expect(formatFigure(null, '£')).toBe('');
    expect(formatFigure(true, '£')).toBe('TRUE');
    expect(formatFigure(false, '£')).toBe('FALSE');
    expect(formatFigure('n/a', '£')).toBe('n/a');
  });
});

describe('output values', () => {
  test('nothing read is a #REF! error; a column of cells is a series, row by row', () => {
    expect(toOutputValue(undefined)).toMatchObject({ kind: 'single', value: { error: '#REF!' } });
    expect(toOutputValue([])).toMatchObject({ kind: 'single', value: { error: '#REF!' } });
    expect(toOutputValue([[1], [2], [3]])).toEqual({ kind: 'series', values: [1, 2, 3] });
    expect(toOutputValue([[1, 2]])).toEqual({ kind: 'series', values: [1, 2] });
    expect(toOutputValue([[7]])).toEqual({ kind: 'single', value: 7 });
  });

  test('point labels show their cells as formatted on their own sheet', () => {
    const model = libraryModel([PESSIMISTIC]);
    const cashflow = model.sheets[1]!;
    cashflow.cells = { ...cashflow.cells, C2: 46477, D2: 46843, E2: 47208 };
    cashflow.formats = { C2: 'date', D2: 'date', E2: 'date' };
    // The same cells on another sheet are unformatted: the labels' own sheet counts.
    model.sheets[2]!.formats = { C2: 'currency', D2: 'currency', E2: 'currency' };
    model.outputs[1] = { ...model.outputs[1]!, categories: 'Cashflow!C2:E2' };
    const results = evaluateScenarios(model);
    expect(results.categories[1]).toEqual(['31/03/2027', '31/03/2028', '31/03/2029']);
  });
});

describe('chart pictures', () => {
  test('a second series that differs is another picture', () => {
    const chart: ChartData = {
      title: 'T',
      kind: 'line',
      unit: '£',
      labels: ['Year 1'],
      axis: 'Year',
      series: [
        { name: 'Base', values: [1] },
        { name: 'Low', values: [2] },
      ],
    };
    const changed = { ...chart, series: [chart.series[0]!, { name: 'Low', values: [3] }] };
    expect(sameChartData(chart, changed)).toBe(false);
  });
});
