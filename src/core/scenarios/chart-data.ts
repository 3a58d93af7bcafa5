// The numbers behind a chart, ready for any drawing library and for the chart's
// data table: one series per scenario, Base first.
import type { CellValue } from '../engine';
import { summaryFigure } from './comparison';
import type { ScenarioResults } from './results';

export interface ChartData {
  title: string;
  kind: 'line' | 'bar';
  unit: string;
  /** "Year 1".."Year N" for a series output; the output's label for a single one */
  labels: string[];
  /** x-axis title */
  axis: string;
  series: { name: string; values: (number | null)[] }[];
}

const asNumber = (value: CellValue): number | null => (typeof value === 'number' ? value : null);

/**
 * The labels of a series' points: the output's own (its `categories` cells), else
 * "Year 1".."Year N". Chart.js and the data table both need them distinct.
 */
function pointLabels(own: string[] | undefined, count: number): string[] {
  const labels =
    own?.length === count ? own : Array.from({ length: count }, (_, i) => `Year ${i + 1}`);
  return labels.map((label, i) => (labels.indexOf(label) === i ? label : `${label} (${i + 1})`));
}

/** Range outputs become a line over the years; single outputs a grouped bar across scenarios. */
export function chartDataFor(results: ScenarioResults, outputRef: string): ChartData | undefined {
  const index = results.outputs.findIndex((o) => o.ref === outputRef);
  const output = results.outputs[index];
  if (!output) return undefined;
  const first = results.columns[0]?.values[index];
  const title = output.unit ? `${output.label} (${output.unit})` : output.label;
  if (first?.kind === 'series') {
    return {
      title,
      kind: 'line',
      unit: output.unit,
      axis: output.categoryAxis ?? 'Year',
      labels: pointLabels(results.categories[index], first.values.length),
      series: results.columns.map((c) => {
        const value = c.values[index];
        return { name: c.name, values: value?.kind === 'series' ? value.values.map(asNumber) : [] };
      }),
    };
  }
  return {
    title,
    kind: 'bar',
    unit: output.unit,
    axis: 'Scenario',
    labels: [output.label],
    series: results.columns.map((c) => {
      const value = c.values[index];
      return {
        name: c.name,
        values: [value ? asNumber(summaryFigure(value, output.unit).value) : null],
      };
    }),
  };
}

const sameList = <T>(x: readonly T[], y: readonly T[]) =>
  x.length === y.length && x.every((item, i) => Object.is(item, y[i]));

/**
 * Whether two charts differ only in their numbers: same title, kind, unit, axis,
 * labels and series. Such a change can be drawn by swapping the numbers in place.
 */
export function sameChartShape(a: ChartData, b: ChartData): boolean {
  return (
    a.title === b.title &&
    a.kind === b.kind &&
    a.unit === b.unit &&
    a.axis === b.axis &&
    sameList(a.labels, b.labels) &&
    sameList(
      a.series.map((s) => s.name),
      b.series.map((s) => s.name),
    )
  );
}

/** Whether two charts would draw the same picture: a redraw of one the same is wasted work. */
export function sameChartData(a: ChartData, b: ChartData): boolean {
  return sameChartShape(a, b) && a.series.every((s, i) => sameList(s.values, b.series[i]!.values));
}
