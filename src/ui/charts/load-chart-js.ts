// Chart.js is loaded on first use, so it stays out of the home screen's bundle,
// and only the parts our charts use are registered.
import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | undefined;

export function loadChartJs(): Promise<typeof Chart> {
  loading ??= import('chart.js').then((module) => {
    module.Chart.register(
      module.LineController,
      module.BarController,
      module.LineElement,
      module.PointElement,
      module.BarElement,
      module.CategoryScale,
      module.LinearScale,
      module.Legend,
      module.Title,
      module.Tooltip,
    );
    return module.Chart;
  });
  return loading;
}
