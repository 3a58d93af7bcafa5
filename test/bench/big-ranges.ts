// Big ranges (BENCH_ONLY=ranges): the app's engine in Chromium on 10,000 used rows,
// timing a formula's write (its first evaluation) and one recalculation it takes part
// in, beside the same edit with no such formula. Target: each under about a second.
import type { Browser } from '@playwright/test';
import { preview } from 'vite';
import { line, median, verdict } from './report';
import { buildBenchPage } from './sizes';

interface Timing {
  set: number[];
  recalc: number[];
}
interface RangeTimes {
  none: Timing;
  wholeColumn: Timing;
  wholeColumnSumif: Timing;
  largestExplicit: Timing;
  wholeColumnsFullSheet: Timing;
  manyAtEditLimit: Timing;
  refusal: number[];
}

// After the app and its two baselines (run.ts), from the same BENCH_PORT.
const PORT = Number(process.env.BENCH_PORT ?? 4290) + 3;

export async function benchBigRanges(browser: Browser): Promise<void> {
  const root = await buildBenchPage('ranges-page');
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: root },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  });
  const page = await browser.newPage();
  try {
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForFunction(() => '__rangeTimes' in window, null, { timeout: 300_000 });
    const times = await page.evaluate(
      () => (window as unknown as { __rangeTimes: RangeTimes }).__rangeTimes,
    );
    report(times);
  } finally {
    await page.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

function report(times: RangeTimes): void {
  line('ranges_recalc_10k_rows_no_range_ms', median(times.none.recalc), 'ms');
  const cases: [string, Timing][] = [
    ['sum_whole_column_10k_rows', times.wholeColumn],
    ['sumif_two_whole_columns_10k_rows', times.wholeColumnSumif],
    ['sum_largest_explicit_range_200k_cells', times.largestExplicit],
    ['sum_three_whole_columns_65536_rows', times.wholeColumnsFullSheet],
    ['sumif_whole_columns_in_100_cells_2m_cells', times.manyAtEditLimit],
  ];
  let worst = 0;
  for (const [name, timing] of cases) {
    const [set, recalc] = [median(timing.set), median(timing.recalc)];
    line(`${name}_write_ms`, set, 'ms');
    line(`${name}_recalc_ms`, recalc, 'ms');
    worst = Math.max(worst, set, recalc);
  }
  line('refuse_sum_a10_xfd1048576_ms', median(times.refusal), 'ms');
  verdict('big_ranges_within_about_1s', worst < 1_200, `worst ${worst.toFixed(0)} ms`);
}
