// Excel's Ctrl+arrow: jump to the edge of the data. From a filled cell whose
// neighbour is filled, go to the last filled cell of that run; otherwise go to the
// next filled cell; with none, go to the edge of the sheet.
import type { CellPosition } from './address';

export interface Step {
  row: -1 | 0 | 1;
  col: -1 | 0 | 1;
}

export function dataEdge(
  from: CellPosition,
  step: Step,
  isFilled: (position: CellPosition) => boolean,
  bounds: { rows: number; cols: number },
): CellPosition {
  const inside = (p: CellPosition) =>
    p.row >= 0 && p.col >= 0 && p.row < bounds.rows && p.col < bounds.cols;
  const next = (p: CellPosition) => ({ row: p.row + step.row, col: p.col + step.col });
  let here = from;
  let ahead = next(here);
  if (!inside(ahead)) return here;
  if (isFilled(here) && isFilled(ahead)) {
    while (inside(ahead) && isFilled(ahead)) {
      here = ahead;
      ahead = next(here);
    }
    return here;
  }
  while (inside(ahead)) {
    here = ahead;
    if (isFilled(here)) return here;
    ahead = next(here);
  }
  return here;
}
