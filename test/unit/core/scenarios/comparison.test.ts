import { describe, expect, test } from 'vitest';
import {
  chartDataFor,
  describeBasis,
  differenceFromBase,
  evaluateScenarios,
  formatDifference,
  formatFigure,
  LiveScenarioEvaluation,
  summaryFigure,
  type OutputValue,
} from '../../../../src/core/scenarios';
import { WorkbookEngine } from '../../../../src/core/engine';
import type { Workbook } from '../../../../src/core/file/schema';
import { libraryModel, PESSIMISTIC } from './library-model';

describe('comparison figures', () => {
  test('a money series is summarised as its total, a percent series as its average', () => {
    const series: OutputValue = { kind: 'series', values: [1, 2, 3] };
    expect(summaryFigure(series, '£')).toEqual({ value: 6, basis: 'total', years: 3 });
    expect(summaryFigure(series, '%')).toEqual({ value: 2, basis: 'average', years: 3 });
    expect(describeBasis(summaryFigure(series, '£'))).toBe('total over 3 years');
    expect(describeBasis(summaryFigure(series, '£'), 'Month')).toBe('total over 3 months');
    expect(describeBasis(summaryFigure(series, '%'), 'Financial year')).toBe(
      'average over 3 financial years',
    );
    expect(describeBasis(summaryFigure(series, 'score'), 'Delivery option')).toBe(
      'total over 3 delivery options',
    );
  });

  test('a one-point series is described as over "1 year", not "1 years"', () => {
    const one: OutputValue = { kind: 'series', values: [7] };
    expect(describeBasis(summaryFigure(one, '£'))).toBe('total over 1 year');
    expect(describeBasis(summaryFigure(one, '£', 'last'), 'Month')).toBe('at the end of 1 month');
  });

  test('a balance (cumulative cash, closing reserves) is its last value, not a sum', () => {
    const cash: OutputValue = { kind: 'series', values: [-500, -200, 300] };
    const figure = summaryFigure(cash, '£', 'last');
    expect(figure).toEqual({ value: 300, basis: 'last', years: 3 });
    expect(describeBasis(figure, 'Month')).toBe('at the end of 3 months');
    expect(summaryFigure(cash, '£', 'average').value).toBeCloseTo(-400 / 3);
    expect(
      summaryFigure({ kind: 'series', values: [1, { error: '#DIV/0!', detail: '' }] }, '£').value,
    ).toMatchObject({ error: '#DIV/0!' });
  });

  test('differences are in money and percent of Base, or points for a rate', () => {
    expect(formatDifference(differenceFromBase(110, 100), '£')).toBe('+£10 (+10.0%)');
    expect(formatDifference(differenceFromBase(-50, -100), '£')).toBe('+£50 (+50.0%)');
    expect(formatDifference(differenceFromBase(90, 100), '£')).toBe('-£10 (-10.0%)');
    expect(formatDifference(differenceFromBase(0.05, 0.04), '%')).toBe('+1 pts (+25.0%)');
    expect(formatDifference(differenceFromBase(5, 0), '£')).toBe('+£5');
    expect(formatDifference(differenceFromBase(7, 7), '£')).toBe('no change');
    expect(differenceFromBase('text', 1)).toBeUndefined();
  });

  test('figures are formatted by unit', () => {
    expect(formatFigure(1234.4, '£')).toBe('£1,234');
    expect(formatFigure(0.035, '%')).toBe('3.5%');
    expect(formatFigure(12000, 'visits')).toBe('12,000');
    expect(formatFigure({ error: '#REF!', detail: '' }, '£')).toBe('#REF!');
  });
});

describe('chart data', () => {
  const results = evaluateScenarios(libraryModel([PESSIMISTIC]));

  test('a range output is a line over the years with one series per scenario', () => {
    const chart = chartDataFor(results, 'Cashflow!C1:E1')!;
    expect(chart).toMatchObject({
      kind: 'line',
      title: 'Income (£)',
      labels: ['Year 1', 'Year 2', 'Year 3'],
    });
    expect(chart.series.map((s) => s.name)).toEqual(['Base', 'Pessimistic']);
    expect(chart.series[1]!.values[0]).toBe(90500);
  });

  test('a single output is a bar per scenario', () => {
    const chart = chartDataFor(results, 'Summary!B1')!;
    expect(chart).toMatchObject({ kind: 'bar', labels: ['Total income'] });
    expect(chart.series).toHaveLength(2);
    expect(chartDataFor(results, 'Nope!A1')).toBeUndefined();
  });
});

describe('chart labels from the sheet', () => {
  /** The income row labelled by the financial years written above it (C2:E2 by formula). */
  function labelled(): Workbook {
    const model = libraryModel([PESSIMISTIC]);
    const cashflow = model.sheets[1]!;
    cashflow.cells = {
      ...cashflow.cells,
      C2: '2027/28',
      D2: '2028/29',
      E2: '="20"&(28+1)&"/"&(29+1)',
    };
    model.outputs[1] = {
      ...model.outputs[1]!,
      categories: 'Cashflow!C2:E2',
      categoryAxis: 'Financial year',
    };
    return model;
  }

  test('a range output with categories is labelled by those cells, under its own axis title', () => {
    const chart = chartDataFor(evaluateScenarios(labelled()), 'Cashflow!C1:E1')!;
    expect(chart.labels).toEqual(['2027/28', '2028/29', '2029/30']);
    expect(chart.axis).toBe('Financial year');
  });

  test('the live evaluation reads the same labels and follows an edit of them', () => {
    const engine = WorkbookEngine.fromWorkbook(labelled());
    const live = new LiveScenarioEvaluation(engine);
    expect(chartDataFor(live.results(), 'Cashflow!C1:E1')!.labels).toEqual([
      '2027/28',
      '2028/29',
      '2029/30',
    ]);
    engine.setCell('Cashflow', { row: 1, col: 2 }, 'Opening year');
    expect(chartDataFor(live.results(), 'Cashflow!C1:E1')!.labels[0]).toBe('Opening year');
    live.destroy();
  });

  test('repeated or blank labels are made distinct, so every point can be told apart', () => {
    const model = labelled();
    model.sheets[1]!.cells = { ...model.sheets[1]!.cells, D2: '2027/28', E2: '2027/28' };
    const chart = chartDataFor(evaluateScenarios(model), 'Cashflow!C1:E1')!;
    expect(chart.labels).toEqual(['2027/28', '2027/28 (2)', '2027/28 (3)']);
  });
});
