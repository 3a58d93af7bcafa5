// Which outputs are charted, kept in the document's `charts` list so the choice is
// saved and exported with the workbook. The panel offers one chart per output.
import type { Workbook } from '../../core/file/schema';
import type { ChartData } from '../../core/scenarios';

type Charts = Workbook['charts'];

/** Output refs that some chart shows, in chart order, each once. */
export function chartedRefs(charts: Charts): string[] {
  return [...new Set(charts.flatMap((c) => c.outputs))];
}

/**
 * The chart as saved: a one-output chart's own title wins over the generated one,
 * and a series output may be saved as bars (grouped by year) instead of lines.
 */
export function asSaved(charts: Charts, ref: string, data: ChartData): ChartData {
  const own = charts.find((c) => c.outputs.length === 1 && c.outputs[0] === ref);
  if (!own) return data;
  const series = data.labels.length > 1 || data.kind === 'line';
  return { ...data, title: own.title, kind: series ? own.kind : data.kind };
}

export function withOutputCharted(
  charts: Charts,
  ref: string,
  data: ChartData,
  charted: boolean,
): Charts {
  if (!charted) {
    return charts
      .map((c) => ({ ...c, outputs: c.outputs.filter((r) => r !== ref) }))
      .filter((c) => c.outputs.length > 0);
  }
  if (chartedRefs(charts).includes(ref)) return charts;
  const ids = new Set(charts.map((c) => c.id));
  let n = charts.length + 1;
  while (ids.has(`chart-${n}`)) n++;
  return [
    ...charts,
    { id: `chart-${n}`, title: data.title.slice(0, 200), kind: data.kind, outputs: [ref] },
  ];
}
