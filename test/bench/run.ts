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
import { shownSinceClick, shownSinceNavigation, watchFor } from './stamps';
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
/** BENCH_PORT=4390 serves the app there and its baselines on the next two ports. */
const FIRST_PORT = Number(process.env.BENCH_PORT ?? 4290);
const PORT_OF = { app: FIRST_PORT, bare: FIRST_PORT + 1, engine: FIRST_PORT + 2 };
const URL_OF = {
  app: `http://127.0.0.1:${PORT_OF.app}`,
  bare: `http://127.0.0.1:${PORT_OF.bare}`,
  engine: `http://127.0.0.1:${PORT_OF.engine}`,
};
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

/** Every JS file the page fetches from now on, over navigations and reloads, once each. */
function trackScripts(page: Page): () => number {
  const files = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) files.add(path);
  });
  return () => [...files].reduce((sum, path) => sum + gzipBytes(join(DIST, path)), 0);
}

const GRID_CELL = '[role="grid"] .ag-cell[col-id="B"]';
const FIRST_CHART = '[role="img"][aria-label^="Chart of "] canvas';

/**
 * Page loads and the template click, each beside the bare page doing the least that
 * compares: every time is stamped in the page at the frame that first shows the awaited
 * element (stamps.ts), from navigation start or from the click.
 */
async function measureLoads(browser: Browser, appUrl: string, bareUrl: string) {
  const bare: number[] = [];
  const bareClick: number[] = [];
  const reopen: number[] = [];
  const openTemplate: number[] = [];
  let toGridJs = 0;
  let allPartsJs = 0;
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const barePage = await context.newPage();
    await watchFor(barePage, '#ready');
    await barePage.goto(bareUrl);
    bare.push(await shownSinceNavigation(barePage));
    await barePage.close();

    const bareClickPage = await context.newPage();
    await watchFor(bareClickPage, '#shown');
    await bareClickPage.goto(bareUrl);
    await bareClickPage.locator('#ready').waitFor();
    await bareClickPage.getByRole('button', { name: 'Open' }).click();
    bareClick.push(await shownSinceClick(bareClickPage));
    await bareClickPage.close();

    const page = await context.newPage();
    await watchFor(page, GRID_CELL);
    const scriptsSoFar = trackScripts(page);
    await page.goto(appUrl);
    await page.getByRole('button', { name: 'Open template Income generation' }).click();
    openTemplate.push(await shownSinceClick(page));
    if (run === 0) toGridJs = scriptsSoFar();

    // A returning user: reload straight into the saved workbook, navigation start to grid.
    await page.reload();
    reopen.push(await shownSinceNavigation(page));

    // The rest of the workbook's parts: the Charts view, drawn.
    if (run === 0) {
      await page.getByRole('button', { name: 'Charts' }).click();
      // The canvas is in the page before Chart.js has loaded: wait until it is drawn.
      await page.waitForFunction((selector) => {
        const canvas = document.querySelector<HTMLCanvasElement>(selector);
        return canvas !== null && canvas.toDataURL().length > 5000;
      }, FIRST_CHART);
      await page.waitForLoadState('networkidle');
      allPartsJs = scriptsSoFar();
    }
    await context.close();
  }
  return {
    bare: median(bare),
    bareClick: median(bareClick),
    reopen: median(reopen),
    openTemplate: median(openTemplate),
    toGridJs,
    allPartsJs,
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
  verdict('home_js_under_100kb', homeJs < 100 * 1024, `${(homeJs / 1024).toFixed(1)} KB`);

  const app = await serve(DIST, PORT_OF.app);
  const bare = await serve(bareDist, PORT_OF.bare);
  const enginePage = await serve(await buildEngineBaselinePage(), PORT_OF.engine);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    if (wanted('loads')) await benchLoads(browser);
    if (wanted('edit')) await benchEdit(browser);
    if (wanted('charts')) await benchChartRedraw(browser, `${URL_OF.app}/`);
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

/** The budget of what a workbook loads, charts included: it is split, see the README. */
const BUDGET_TO_GRID_KB = 500;
/** what comes after the first grid: the side panel (fetched once the grid has painted) and Chart.js */
const BUDGET_AFTER_GRID_KB = 70;

async function benchLoads(browser: Browser): Promise<void> {
  const loads = await measureLoads(browser, `${URL_OF.app}/`, `${URL_OF.bare}/`);
  const kb = (bytes: number) => bytes / 1024;
  const chartsJs = loads.allPartsJs - loads.toGridJs;
  line('workbook_js_gzip_kb', kb(loads.allPartsJs), 'KB');
  line('workbook_js_to_first_grid_gzip_kb', kb(loads.toGridJs), 'KB');
  line('workbook_after_grid_js_gzip_kb', kb(chartsJs), 'KB');
  verdict(
    `workbook_js_to_first_grid_under_${BUDGET_TO_GRID_KB}kb`,
    kb(loads.toGridJs) < BUDGET_TO_GRID_KB,
    `${kb(loads.toGridJs).toFixed(1)} KB: home, grid, engine, file format`,
  );
  verdict(
    `workbook_after_grid_js_under_${BUDGET_AFTER_GRID_KB}kb`,
    kb(chartsJs) < BUDGET_AFTER_GRID_KB,
    `${kb(chartsJs).toFixed(1)} KB: the side panel, once the grid has painted, and Chart.js, when the Charts view opens`,
  );
  line('bare_vite_page_load_ms', loads.bare, 'ms');
  line('income_workbook_load_to_grid_ms', loads.reopen, 'ms');
  line('income_workbook_load_vs_bare_ratio', loads.reopen / loads.bare, 'x');
  line('bare_vite_click_to_lazy_chunk_shown_ms', loads.bareClick, 'ms');
  line('income_template_click_to_grid_ms', loads.openTemplate, 'ms');
  line('income_template_click_vs_bare_ratio', loads.openTemplate / loads.bareClick, 'x');
}

async function benchEdit(browser: Browser): Promise<void> {
  const engineTimes = await measureEngineRecalculation(browser, `${URL_OF.engine}/`);
  const editTimes = await measureEditToRepaint(browser, `${URL_OF.app}/`);
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
