// How a chart looks, kept out of the component: the Okabe-Ito palette (safe for
// the common colour-vision deficiencies), and for lines a dash pattern and a
// point style per series as well, so no series is told apart by colour alone.
import type { ChartConfiguration, Plugin, PointStyle } from 'chart.js';
import type { ChartData } from '../../core/scenarios';
import { formatFigure } from '../../core/scenarios';

/** Okabe & Ito (2008). Base is black; yellow comes last, being faint on white. */
export const OKABE_ITO = [
  '#000000',
  '#E69F00',
  '#0072B2',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
];
const DASHES: number[][] = [
  [],
  [8, 4],
  [2, 3],
  [12, 4, 2, 4],
  [4, 4],
  [16, 6],
  [2, 6],
  [8, 3, 2, 3, 2, 3],
];
const POINTS: PointStyle[] = [
  'circle',
  'rect',
  'triangle',
  'rectRot',
  'crossRot',
  'star',
  'rectRounded',
  'cross',
];

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length]!;

/** The unit as an axis shows it: "£" or "%" or the unit's own words. */
function axisUnit(unit: string): string {
  return unit === '' ? 'Value' : unit;
}

/** PNGs get a white background; a canvas is transparent by default. */
export const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

export type ScenarioChartConfig = ChartConfiguration<'line' | 'bar', (number | null)[], string>;

/**
 * A line per scenario over the years; or, for a single-value output, one bar per
 * scenario with the scenario's name under it on the axis.
 */
export function chartConfig(data: ChartData): ScenarioChartConfig {
  const tick = (value: number | string) =>
    typeof value === 'number' ? formatFigure(value, data.unit) : value;
  const single = data.kind === 'bar' && data.labels.length === 1;
  const labels = single ? data.series.map((s) => s.name) : data.labels;
  const datasets = single
    ? [
        {
          label: data.labels[0]!,
          data: data.series.map((s) => s.values[0] ?? null),
          backgroundColor: data.series.map((_, i) => pick(OKABE_ITO, i)),
          borderColor: '#000000',
          borderWidth: 1,
        },
      ]
    : data.series.map((series, i) => ({
        label: series.name,
        data: series.values,
        borderColor: pick(OKABE_ITO, i),
        backgroundColor: pick(OKABE_ITO, i),
        borderDash: pick(DASHES, i),
        pointStyle: pick(POINTS, i),
        pointRadius: 4,
        borderWidth: 2,
      }));
  return {
    type: single ? 'bar' : data.kind,
    data: { labels, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        title: { display: true, text: data.title, font: { size: 15 } },
        legend: { display: !single, labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${tick(item.parsed.y ?? 0)}`,
          },
        },
      },
      scales: {
        x: { title: { display: true, text: single ? 'Scenario' : data.axis } },
        y: {
          title: { display: true, text: axisUnit(data.unit) },
          ticks: { callback: (value) => tick(value) },
        },
      },
    },
    plugins: [whiteBackground],
  };
}

/**
 * Puts new numbers into a drawn chart whose shape (labels, series, unit) is
 * unchanged. Its datasets stay the same objects, so Chart.js keeps the options it
 * has already resolved for them and the redraw costs less.
 */
export function swapNumbers(drawn: ScenarioChartConfig['data'], data: ChartData): void {
  chartConfig(data).data.datasets.forEach((dataset, i) => {
    const target = drawn.datasets[i];
    if (target) target.data = dataset.data;
  });
}

/** A file name from a title, without the characters file systems refuse. */
export function pngFileName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'chart'}.png`;
}
