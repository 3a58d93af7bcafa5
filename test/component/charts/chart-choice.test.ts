import { describe, expect, test } from 'vitest';
import type { Workbook } from '../../../src/core/file/schema';
import type { ChartData } from '../../../src/core/scenarios';
import { asSaved, chartedRefs, withChartKind } from '../../../src/ui/charts/chart-choice';

const byYear = (title: string): ChartData => ({
  title,
  kind: 'line',
  unit: '£',
  axis: 'Year',
  labels: ['Year 1', 'Year 2'],
  series: [{ name: 'Base', values: [1, 2] }],
});
const single: ChartData = { ...byYear('Total (£)'), kind: 'bar', labels: ['Total'] };

const shared: Workbook['charts'] = [
  {
    id: 'by-idea',
    title: 'Surplus by idea',
    kind: 'bar',
    outputs: ['A!C1:D1', 'A!C2:D2', 'A!C3:D3'],
  },
  { id: 'cash', title: 'Cash', kind: 'line', outputs: ['A!C9:D9'] },
];

describe('how a charted output is drawn', () => {
  test('a series output takes its chart kind, shared or not; the title only when alone', () => {
    expect(asSaved(shared, 'A!C2:D2', byYear('Room hire (£)'))).toMatchObject({
      kind: 'bar',
      title: 'Room hire (£)',
    });
    expect(asSaved(shared, 'A!C9:D9', byYear('Cash (£)'))).toMatchObject({
      kind: 'line',
      title: 'Cash',
    });
  });

  test('a single-value output stays a grouped bar whatever its chart says', () => {
    const charts: Workbook['charts'] = [{ id: 'c', title: 'T', kind: 'line', outputs: ['A!B1'] }];
    expect(asSaved(charts, 'A!B1', single).kind).toBe('bar');
  });

  test('switching an output charted alone changes its chart', () => {
    const next = withChartKind(shared, 'A!C9:D9', byYear('Cash (£)'), 'bar');
    expect(next[1]).toEqual({ ...shared[1], kind: 'bar' });
    expect(next[0]).toBe(shared[0]);
  });

  test('switching an output that shares a chart gives it its own, in the same place', () => {
    const next = withChartKind(shared, 'A!C2:D2', byYear('Room hire (£)'), 'line');
    expect(next).toEqual([
      { id: 'by-idea', title: 'Surplus by idea', kind: 'bar', outputs: ['A!C1:D1'] },
      { id: 'chart-3', title: 'Room hire (£)', kind: 'line', outputs: ['A!C2:D2'] },
      { id: 'chart-4', title: 'Surplus by idea', kind: 'bar', outputs: ['A!C3:D3'] },
      shared[1],
    ]);
    expect(chartedRefs(next)).toEqual(chartedRefs(shared));
    expect(new Set(next.map((c) => c.id)).size).toBe(next.length);
  });

  test('the kind it already has changes nothing', () => {
    expect(withChartKind(shared, 'A!C1:D1', byYear('x'), 'bar')).toBe(shared);
  });
});
