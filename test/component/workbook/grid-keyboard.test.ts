import { describe, expect, test } from 'vitest';
import { commandForKey } from '../../../src/ui/workbook/grid-keyboard';

const key = (
  k: string,
  mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const bounds = { rows: 100, cols: 26 };

describe('Excel keys on the grid', () => {
  test('Shift+arrows extend the selection from the active cell, within the sheet', () => {
    expect(commandForKey(key('ArrowDown', { shiftKey: true }), { row: 2, col: 1 }, bounds)).toEqual(
      {
        kind: 'extend',
        to: { row: 3, col: 1 },
      },
    );
    expect(commandForKey(key('ArrowLeft', { shiftKey: true }), { row: 0, col: 0 }, bounds)).toEqual(
      {
        kind: 'extend',
        to: { row: 0, col: 0 },
      },
    );
    expect(
      commandForKey(key('ArrowDown', { shiftKey: true }), { row: 99, col: 0 }, bounds),
    ).toEqual({
      kind: 'extend',
      to: { row: 99, col: 0 },
    });
  });

  test('plain arrows, Enter, Tab, Page keys and typing are left to the grid', () => {
    for (const k of ['ArrowDown', 'Enter', 'Tab', 'a', 'F2', 'PageDown']) {
      expect(commandForKey(key(k), { row: 0, col: 0 }, bounds)).toBeUndefined();
    }
  });

  test('Delete clears; Ctrl+D and Ctrl+R fill; Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z undo and redo', () => {
    const at = { row: 0, col: 0 };
    expect(commandForKey(key('Delete'), at, bounds)).toEqual({ kind: 'clear' });
    expect(commandForKey(key('d', { ctrlKey: true }), at, bounds)).toEqual({
      kind: 'fill',
      direction: 'down',
    });
    expect(commandForKey(key('r', { ctrlKey: true }), at, bounds)).toEqual({
      kind: 'fill',
      direction: 'right',
    });
    expect(commandForKey(key('z', { ctrlKey: true }), at, bounds)).toEqual({ kind: 'undo' });
    expect(commandForKey(key('y', { ctrlKey: true }), at, bounds)).toEqual({ kind: 'redo' });
    expect(commandForKey(key('Z', { ctrlKey: true, shiftKey: true }), at, bounds)).toEqual({
      kind: 'redo',
    });
    expect(commandForKey(key('z', { metaKey: true }), at, bounds)).toEqual({ kind: 'undo' });
  });

  test('Alt+Shift+Left and Right move the sheet', () => {
    const at = { row: 0, col: 0 };
    expect(commandForKey(key('ArrowLeft', { altKey: true, shiftKey: true }), at, bounds)).toEqual({
      kind: 'moveSheet',
      by: -1,
    });
    expect(commandForKey(key('ArrowRight', { altKey: true, shiftKey: true }), at, bounds)).toEqual({
      kind: 'moveSheet',
      by: 1,
    });
  });

  test('Ctrl+C, Ctrl+X and Ctrl+V are left to the clipboard events', () => {
    for (const k of ['c', 'x', 'v'])
      expect(commandForKey(key(k, { ctrlKey: true }), { row: 0, col: 0 }, bounds)).toBeUndefined();
  });

  test('Home goes to column A of the row, Ctrl+Home to A1, as in Excel', () => {
    expect(commandForKey(key('Home'), { row: 7, col: 4 }, bounds)).toEqual({
      kind: 'jump',
      to: { row: 7, col: 0 },
    });
    expect(commandForKey(key('Home', { ctrlKey: true }), { row: 7, col: 4 }, bounds)).toEqual({
      kind: 'jump',
      to: { row: 0, col: 0 },
    });
    expect(commandForKey(key('Home', { shiftKey: true }), { row: 7, col: 4 }, bounds)).toEqual({
      kind: 'extend',
      to: { row: 7, col: 0 },
    });
  });

  test('Ctrl+End goes to the last used cell; End to the last filled cell of the row', () => {
    const used = { rows: 40, cols: 6 };
    const filled = (p: { row: number; col: number }) => p.row === 3 && (p.col === 0 || p.col === 2);
    expect(
      commandForKey(key('End', { ctrlKey: true }), { row: 3, col: 0 }, bounds, filled, used),
    ).toEqual({ kind: 'jump', to: { row: 39, col: 5 } });
    expect(commandForKey(key('End'), { row: 3, col: 0 }, bounds, filled, used)).toEqual({
      kind: 'jump',
      to: { row: 3, col: 2 },
    });
    expect(commandForKey(key('End'), { row: 9, col: 3 }, bounds, filled, used)).toEqual({
      kind: 'jump',
      to: { row: 9, col: 0 },
    });
  });

  test('Ctrl+PageUp and Ctrl+PageDown show the previous and next sheet', () => {
    expect(commandForKey(key('PageDown', { ctrlKey: true }), { row: 0, col: 0 }, bounds)).toEqual({
      kind: 'switchSheet',
      by: 1,
    });
    expect(commandForKey(key('PageUp', { ctrlKey: true }), { row: 0, col: 0 }, bounds)).toEqual({
      kind: 'switchSheet',
      by: -1,
    });
    expect(commandForKey(key('PageDown'), { row: 0, col: 0 }, bounds)).toBeUndefined();
  });
});
