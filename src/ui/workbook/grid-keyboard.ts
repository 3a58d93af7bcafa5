// Excel's keyboard on top of ag-grid's own navigation. ag-grid moves the active
// cell with arrows, Tab, Enter, Home/End and the Page keys and starts editing on
// typing, F2 and double-click; this adds what Community lacks: extending the
// selection, clearing, fill, undo/redo and moving sheets.
import { dataEdge, type CellPosition, type Step } from '../../core/document';

export type GridCommand =
  | { kind: 'extend'; to: CellPosition }
  | { kind: 'jump'; to: CellPosition }
  | { kind: 'clear' }
  | { kind: 'fill'; direction: 'down' | 'right' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'moveSheet'; by: -1 | 1 }
  /** Ctrl+PageUp / Ctrl+PageDown: show the previous or next sheet */
  | { kind: 'switchSheet'; by: -1 | 1 };

const STEPS: Record<string, Step> = {
  ArrowUp: { row: -1, col: 0 },
  ArrowDown: { row: 1, col: 0 },
  ArrowLeft: { row: 0, col: -1 },
  ArrowRight: { row: 0, col: 1 },
};

export interface GridBounds {
  rows: number;
  cols: number;
}

/**
 * The command a key press means when no cell is being edited, or undefined for ag-grid's own.
 * `used` is the sheet's used area (rows and columns holding anything), for Ctrl+End.
 */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  active: CellPosition,
  bounds: GridBounds,
  isFilled: (position: CellPosition) => boolean = () => false,
  used: GridBounds = { rows: 1, cols: 1 },
): GridCommand | undefined {
  const ctrl = event.ctrlKey || event.metaKey;
  const home = homeAndEnd(event, ctrl, active, bounds, isFilled, used);
  if (home) return home;
  if (ctrl && !event.altKey && (event.key === 'PageUp' || event.key === 'PageDown'))
    return { kind: 'switchSheet', by: event.key === 'PageUp' ? -1 : 1 };
  const step = STEPS[event.key];
  // Ctrl+arrow jumps to the edge of the data, as in Excel; with Shift it selects to there.
  if (step && ctrl && !event.altKey) {
    const to = dataEdge(active, step, isFilled, bounds);
    return { kind: event.shiftKey ? 'extend' : 'jump', to };
  }
  if (step && event.altKey && event.shiftKey && step.row === 0)
    return { kind: 'moveSheet', by: step.col as -1 | 1 };
  if (step && event.shiftKey && !ctrl && !event.altKey) {
    return {
      kind: 'extend',
      to: {
        row: Math.min(bounds.rows - 1, Math.max(0, active.row + step.row)),
        col: Math.min(bounds.cols - 1, Math.max(0, active.col + step.col)),
      },
    };
  }
  if (event.key === 'Delete' && !ctrl && !event.altKey) return { kind: 'clear' };
  if (!ctrl || event.altKey) return undefined;
  switch (event.key.toLowerCase()) {
    case 'd':
      return { kind: 'fill', direction: 'down' };
    case 'r':
      return { kind: 'fill', direction: 'right' };
    case 'z':
      return event.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    case 'y':
      return { kind: 'redo' };
    default:
      return undefined;
  }
}

/**
 * Excel's Home and End: Home to column A of the row, Ctrl+Home to A1, Ctrl+End to the
 * last used cell, End to the row's last filled cell (with Shift, each selects to there).
 */
function homeAndEnd(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey'>,
  ctrl: boolean,
  active: CellPosition,
  bounds: GridBounds,
  isFilled: (position: CellPosition) => boolean,
  used: GridBounds,
): GridCommand | undefined {
  if (event.altKey || (event.key !== 'Home' && event.key !== 'End')) return undefined;
  let to: CellPosition;
  if (event.key === 'Home') to = ctrl ? { row: 0, col: 0 } : { row: active.row, col: 0 };
  else if (ctrl) to = { row: Math.max(0, used.rows - 1), col: Math.max(0, used.cols - 1) };
  else {
    let col = Math.min(bounds.cols, used.cols) - 1;
    while (col > 0 && !isFilled({ row: active.row, col })) col--;
    to = { row: active.row, col: Math.max(0, col) };
  }
  return { kind: event.shiftKey ? 'extend' : 'jump', to };
}
