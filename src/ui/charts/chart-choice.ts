// Which outputs are charted, kept in the document's `charts` list so the choice is
// saved and exported with the workbook. The panel offers one chart per output.
import type { Workbook } from '../../core/file/schema';
import type { ChartData } from '../../core/scenarios';

type Charts = Workbook['charts'];

/** Output refs that some chart shows, in chart order, each once. */
export function chartedRefs(charts: Charts): string[] {
  return [...new Set(charts.flatMap((c) => c.outputs))];
}

/** Whether an output runs over years (and so may be drawn as lines or as bars). */
export function isSeries(data: ChartData): boolean {
  return data.labels.length > 1 || data.kind === 'line';
}

/**
 * The chart as saved: a series output is drawn as its chart says (lines, or bars
 * grouped by year), and a one-output chart's own title wins over the generated one.
 */
export function asSaved(charts: Charts, ref: string, data: ChartData): ChartData {
  const saved = charts.find((c) => c.outputs.includes(ref));
  if (!saved) return data;
  const kind = isSeries(data) ? saved.kind : data.kind;
  const title = saved.outputs.length === 1 ? saved.title : data.title;
  return { ...data, title, kind };
}

/** `chart-N`, for the first N not taken (and takes it). */
function nextChartId(taken: Set<string>): string {
  let n = taken.size + 1;
  while (taken.has(`chart-${n}`)) n++;
  taken.add(`chart-${n}`);
  return `chart-${n}`;
}

/**
 * Draws one series output as lines or bars. An output charted on its own changes
 * its chart; one sharing a chart with others moves to a chart of its own, in the
 * same place in the list, so the others keep their look and their order.
 */
export function withChartKind(
  charts: Charts,
  ref: string,
  data: ChartData,
  kind: 'line' | 'bar',
): Charts {
  const index = charts.findIndex((c) => c.outputs.includes(ref));
  const saved = charts[index];
  if (!saved || saved.kind === kind) return charts;
  if (saved.outputs.length === 1) return charts.map((c, i) => (i === index ? { ...c, kind } : c));
  const taken = new Set(charts.map((c) => c.id));
  const at = saved.outputs.indexOf(ref);
  const before = saved.outputs.slice(0, at);
  const after = saved.outputs.slice(at + 1);
  const own = { id: nextChartId(taken), title: data.title.slice(0, 200), kind, outputs: [ref] };
  const split = [
    ...(before.length > 0 ? [{ ...saved, outputs: before }] : []),
    own,
    ...(after.length > 0
      ? [{ ...saved, id: before.length > 0 ? nextChartId(taken) : saved.id, outputs: after }]
      : []),
  ];
  return [...charts.slice(0, index), ...split, ...charts.slice(index + 1)];
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
  const id = nextChartId(new Set(charts.map((c) => c.id)));
  return [...charts, { id, title: data.title.slice(0, 200), kind: data.kind, outputs: [ref] }];
}
