// npm run bench: builds, then prints `name: value` lines, each beside a baseline
// measured in this same run (a bare Vite page; the engine's own recalculation).
// Figures, not pass/fail timings in unit tests: these 2-core machines are shared.
import { chromium, type Browser, type Page } from '@playwright/test';
import { preview } from 'vite';
import { join } from 'node:path';
import { serializeModel } from '../../src/core/file';
import { bigSheetWorkbook } from './big-sheet';
import {
  buildBareVitePage,
  buildEngineBaselinePage,
  initialScripts,
  totalGzip,
  gzipBytes,
} from './sizes';
import { line, median, verdict } from './report';
import { benchScenarios } from './scenarios';
import { benchChartRedraw } from './chart-redraw';
import { benchJournal } from './journal';
import { benchBigRanges } from './big-ranges';

const DIST = join(process.cwd(), 'dist');
const RUNS = 5;
/** BENCH_ONLY=charts,edit runs just those parts (loads, edit, charts, scenarios, journal, ranges). */
const ONLY = process.env.BENCH_ONLY?.split(',').map((part) => part.trim());
const wanted = (part: string) => !ONLY || ONLY.includes(part);
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

async function serve(root: string, port: number) {
  return preview({
    root,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: root },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
}

/** JS files (gzip bytes) the page fetched while `action` ran. */
async function scriptsFetched(page: Page, action: () => Promise<void>): Promise<number> {
  const files = new Set<string>();
  const onResponse = (response: { url(): string }) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) files.add(path);
  };
  page.on('response', onResponse);
  await action();
  page.off('response', onResponse);
  return [...files].reduce((sum, path) => sum + gzipBytes(join(DIST, path)), 0);
}

async function measureLoads(browser: Browser, appUrl: string, bareUrl: string) {
  const bare: number[] = [];
  const reopen: number[] = [];
  const openTemplate: number[] = [];
  let workbookJs = 0;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(bareUrl);
    await page.waitForFunction(
      () => (window as unknown as { __ready?: number }).__ready !== undefined,
    );
    bare.push(await page.evaluate(() => (window as unknown as { __ready: number }).__ready));

    await page.goto(appUrl);
    const button = page.getByRole('button', { name: 'Open template Income generation' });
    await button.waitFor();
    const started = Date.now();
    const js = await scriptsFetched(page, async () => {
      await button.click();
      await page.locator('[role="grid"] .ag-cell[col-id="B"]').first().waitFor();
    });
    openTemplate.push(Date.now() - started);
    if (run === 0) workbookJs = js;

    // A returning user: reload straight into the saved workbook, navigation start to grid.
    await page.reload();
    await page.locator('[role="grid"] .ag-cell[col-id="B"]').first().waitFor();
    reopen.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return {
    bare: median(bare),
    reopen: median(reopen),
    openTemplate: median(openTemplate),
    workbookJs,
  };
}

/** Edit A1 of the 10,000-row sheet and time Enter -> the dependent F2 repainted on screen. */
async function measureEditToRepaint(browser: Browser, appUrl: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // tsx keeps function names with a __name helper; the page needs it for evaluate().
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(appUrl);
  await page.getByLabel('Model file', { exact: true }).setInputFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeModel(bigSheetWorkbook())),
  });
  await page.getByRole('link', { name: 'Edit benchmark (10,000 rows)' }).click();
  const f2 = page.locator('[role="grid"] .ag-row[row-index="1"] .ag-cell[col-id="F"]');
  await f2.waitFor({ timeout: 120_000 });
  const times: number[] = [];
  const saved = page.getByRole('status').filter({ hasText: 'Saved in this browser' });
  for (let i = 0; i < 7; i++) {
    // Each edit is timed on its own: the previous edit's autosave has finished.
    await saved.waitFor({ timeout: 120_000 });
    const nameBox = page.getByRole('textbox', { name: 'Cell reference' });
    await nameBox.fill('A1');
    await nameBox.press('Enter');
    await page.evaluate(() => {
      const w = window as unknown as { __edit?: Promise<number> };
      w.__edit = new Promise<number>((resolve) => {
        let t0 = 0;
        // Not `once`: the digit typed before Enter is a keydown too.
        const onKey = (e: KeyboardEvent) => {
          if (e.key !== 'Enter') return;
          t0 = performance.now();
          window.removeEventListener('keydown', onKey, { capture: true });
        };
        window.addEventListener('keydown', onKey, { capture: true });
        const cell = document.querySelector(
          '[role="grid"] .ag-row[row-index="1"] .ag-cell[col-id="F"]',
        )!;
        const before = cell.textContent;
        const observer = new MutationObserver(() => {
          const now = document.querySelector(
            '[role="grid"] .ag-row[row-index="1"] .ag-cell[col-id="F"]',
          );
          if (now && now.textContent !== before) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          }
        });
        observer.observe(document.querySelector('[role="grid"]')!, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
    });
    await page.keyboard.type(String(2 + i));
    await page.keyboard.press('Enter');
    times.push(
      await page.evaluate(() => (window as unknown as { __edit: Promise<number> }).__edit),
    );
  }
  await context.close();
  return times;
}

/** The engine alone, in the same browser: the same edit of A1 on the same 50,000 formulas. */
async function measureEngineRecalculation(browser: Browser, url: string): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => '__engineTimes' in window, null, {
    timeout: 120_000,
  });
  const times = await page.evaluate(
    () => (window as unknown as { __engineTimes: number[] }).__engineTimes,
  );
  await page.close();
  return times;
}

async function main(): Promise<void> {
  const bareDist = await buildBareVitePage();
  const bareJs = totalGzip(initialScripts(bareDist));
  const homeJs = totalGzip(initialScripts(DIST));
  line('bare_vite_page_js_gzip_kb', bareJs / 1024, 'KB');
  line('home_initial_js_gzip_kb', homeJs / 1024, 'KB');
  line('home_initial_js_vs_bare_ratio', homeJs / bareJs, 'x');

  const app = await serve(DIST, 4290);
  const bare = await serve(bareDist, 4291);
  const enginePage = await serve(await buildEngineBaselinePage(), 4292);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    if (wanted('loads')) await benchLoads(browser, homeJs);
    if (wanted('edit')) await benchEdit(browser);
    if (wanted('charts')) await benchChartRedraw(browser, 'http://127.0.0.1:4290/');
    if (wanted('scenarios')) await benchScenarios();
    if (wanted('journal')) await benchJournal(browser);
    if (wanted('ranges')) await benchBigRanges(browser);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
    await new Promise<void>((resolve) => bare.httpServer.close(() => resolve()));
    await new Promise<void>((resolve) => enginePage.httpServer.close(() => resolve()));
  }
}

async function benchLoads(browser: Browser, homeJs: number): Promise<void> {
  const loads = await measureLoads(browser, 'http://127.0.0.1:4290/', 'http://127.0.0.1:4291/');
  line('workbook_js_gzip_kb', (homeJs + loads.workbookJs) / 1024, 'KB');
  verdict('home_js_under_100kb', homeJs < 100 * 1024, `${(homeJs / 1024).toFixed(1)} KB`);
  verdict(
    'workbook_js_under_500kb',
    homeJs + loads.workbookJs < 500 * 1024,
    `${((homeJs + loads.workbookJs) / 1024).toFixed(1)} KB`,
  );
  line('bare_vite_page_load_ms', loads.bare, 'ms');
  line('income_workbook_load_to_grid_ms', loads.reopen, 'ms');
  line('income_workbook_load_vs_bare_ratio', loads.reopen / loads.bare, 'x');
  line('income_template_click_to_grid_ms', loads.openTemplate, 'ms');
}

async function benchEdit(browser: Browser): Promise<void> {
  const engineTimes = await measureEngineRecalculation(browser, 'http://127.0.0.1:4292/');
  const editTimes = await measureEditToRepaint(browser, 'http://127.0.0.1:4290/');
  const engineMs = median(engineTimes);
  const editMs = median(editTimes);
  line('engine_alone_recalc_50k_formulas_in_browser_ms', engineMs, 'ms');
  line('edit_to_repaint_50k_formulas_ms', editMs, 'ms');
  line('edit_to_repaint_vs_engine_ratio', editMs / engineMs, 'x');
  verdict(
    'edit_to_repaint_within_2x_engine',
    editMs <= 2 * engineMs,
    `${(editMs / engineMs).toFixed(2)}x`,
  );
}

await main();
