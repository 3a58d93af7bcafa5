// journal_edit_overhead_ms: the median time an edit spends being journalled, beside the
// edit's own median time (engine write and recalculation, journal included), on the
// income template in Chromium. Target: under 1 ms.
import type { Browser } from '@playwright/test';
import { preview } from 'vite';
import { line, median, verdict } from './report';
import { buildBenchPage } from './sizes';

// After the app, its two baselines (run.ts) and the ranges page, from the same BENCH_PORT.
const PORT = Number(process.env.BENCH_PORT ?? 4290) + 4;

export async function benchJournal(browser: Browser): Promise<void> {
  const outDir = await buildBenchPage('journal-page');
  const server = await preview({
    root: outDir,
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForFunction(() => '__journal' in window, null, { timeout: 120_000 });
    const { edits, journals } = await page.evaluate(
      () => (window as unknown as { __journal: { edits: number[]; journals: number[] } }).__journal,
    );
    await page.close();
    // The first edits warm the JIT; the figures are of the rest.
    const overhead = median(journals.slice(11));
    const edit = median(edits.slice(11));
    line('journal_edit_overhead_ms', overhead, 'ms');
    line('journal_edit_own_time_ms', edit, 'ms');
    line('journal_share_of_edit_ratio', overhead / edit, 'x');
    verdict('journal_edit_overhead_under_1ms', overhead < 1, `${overhead.toFixed(3)} ms`);
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
