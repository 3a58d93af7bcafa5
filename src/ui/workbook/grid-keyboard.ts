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
  | { kind: 'moveSheet'; by: -1 | 1 };

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

/** The command a key press means when no cell is being edited, or undefined for ag-grid's own. */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  active: CellPosition,
  bounds: GridBounds,
  isFilled: (position: CellPosition) => boolean = () => false,
): GridCommand | undefined {
  const ctrl = event.ctrlKey || event.metaKey;
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
