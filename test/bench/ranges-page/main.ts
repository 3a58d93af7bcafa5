// The big-ranges benchmark, in the browser: the app's engine (with its reach check)
// on a sheet of 10,000 used rows, timing the write of a formula (its first evaluation)
// and an edit it depends on (one recalculation), for a whole column, for the largest
// explicit range allowed, and for whole columns on a sheet used to its last row.
import { WorkbookEngine } from '../../../src/core/engine';
import { createBlankWorkbook } from '../../../src/core/file';
import type { CellContent } from '../../../src/core/file/schema';
import { parseCellAddress } from '../../../src/core/document';

const USED_ROWS = 10_000;
const RUNS = 5;

function at(a1: string) {
  const position = parseCellAddress(a1);
  if (!position) throw new Error(a1);
  return position;
}

function engineWithRows(lastRow?: number): WorkbookEngine {
  const cells: Record<string, CellContent> = {};
  for (let r = 1; r <= USED_ROWS; r++) {
    cells[`A${r}`] = r % 3 === 0 ? 'Central' : 'Branch';
    cells[`B${r}`] = r;
  }
  if (lastRow !== undefined) cells[`B${lastRow}`] = 1;
  const workbook = createBlankWorkbook('Big ranges');
  return WorkbookEngine.fromWorkbook({ ...workbook, sheets: [{ name: 'Data', cells }] });
}

function timed(action: () => unknown): number {
  const started = performance.now();
  action();
  return performance.now() - started;
}

function write(engine: WorkbookEngine, a1: string, content: CellContent): void {
  const result = engine.setCell('Data', at(a1), content);
  if (!result.ok) throw new Error(result.message);
}

/** Times writing `formula` (into `copies` cells down from H1) on a fresh engine, then editing B5, which it reads. */
function measure(formula: string | undefined, lastRow?: number, copies = 1) {
  const set: number[] = [];
  const recalc: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const engine = engineWithRows(lastRow);
    const rows = Array.from({ length: copies }, () => [formula]);
    if (formula !== undefined)
      set.push(
        timed(() => {
          const result = engine.setCells('Data', at('H1'), rows);
          if (!result.ok) throw new Error(result.message);
        }),
      );
    recalc.push(timed(() => write(engine, 'B5', 1000 + run)));
    engine.destroy();
  }
  return { set, recalc };
}

function measureRefusal(formula: string): number[] {
  const engine = engineWithRows();
  const times = Array.from({ length: RUNS }, () =>
    timed(() => {
      if (engine.setCell('Data', at('H1'), formula).ok) throw new Error('not refused');
    }),
  );
  engine.destroy();
  return times;
}

const results = {
  none: measure(undefined),
  wholeColumn: measure('=SUM(B:B)'),
  wholeColumnSumif: measure('=SUMIF(A:A,"Central",B:B)'),
  largestExplicit: measure('=SUM(B1:E50000)'),
  wholeColumnsFullSheet: measure('=SUM(B:D)', 65_536),
  // 100 SUMIFs over two whole columns of 10,000 rows: 2,000,000 cells, the edit limit.
  manyAtEditLimit: measure('=SUMIF(A:A,"Central",B:B)', undefined, 100),
  refusal: measureRefusal('=SUM(A10:XFD1048576)'),
};
(window as unknown as { __rangeTimes: typeof results }).__rangeTimes = results;
