// The edit benchmark's baseline, in the browser: the engine alone applying the same
// edit of A1 on the same 10,000-row sheet, with no grid and no app around it.
import { WorkbookEngine } from '../../../src/core/engine';
import { bigSheetWorkbook } from '../big-sheet';

const engine = WorkbookEngine.fromWorkbook(bigSheetWorkbook());
const times: number[] = [];
for (let i = 0; i < 7; i++) {
  const started = performance.now();
  engine.setCell('Data', { row: 0, col: 0 }, 2 + i);
  times.push(performance.now() - started);
}
(window as unknown as { __engineTimes: number[] }).__engineTimes = times;
