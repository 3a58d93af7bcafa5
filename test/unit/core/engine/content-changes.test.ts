import { describe, expect, test } from 'vitest';
import { WorkbookEngine } from '../../../../src/core/engine';
import { createBlankWorkbook } from '../../../../src/core/file';

function engine() {
  return WorkbookEngine.fromWorkbook(createBlankWorkbook('Changes'));
}
const at = (row: number, col: number) => ({ row, col });

describe('WorkbookEngine.contentChangesSince', () => {
  test('names the ranges that cell edits rewrote, in order', () => {
    const e = engine();
    const start = e.version;
    e.setCell('Sheet1', at(0, 0), 1);
    e.setCells('Sheet1', at(2, 1), [
      [1, 2],
      [3, 4],
    ]);
    expect(e.contentChangesSince(start)).toEqual([
      { sheet: 'Sheet1', range: { start: at(0, 0), end: at(0, 0) } },
      { sheet: 'Sheet1', range: { start: at(2, 1), end: at(3, 2) } },
    ]);
    expect(e.contentChangesSince(e.version)).toEqual([]);
  });

  test('format and declaration edits change no cells', () => {
    const e = engine();
    const start = e.version;
    e.setFormat('Sheet1', { start: at(0, 0), end: at(0, 0) }, 'currency');
    expect(e.contentChangesSince(start)).toEqual([]);
  });

  test('undo and redo report the cells of the edit they replay', () => {
    const e = engine();
    e.setCell('Sheet1', at(4, 4), 5);
    const before = e.version;
    e.undo();
    expect(e.contentChangesSince(before)).toEqual([
      { sheet: 'Sheet1', range: { start: at(4, 4), end: at(4, 4) } },
    ]);
  });

  test('a change of structure, or one older than the log, asks followers to rebuild', () => {
    const e = engine();
    const start = e.version;
    e.addSheet('Cashflow');
    expect(e.contentChangesSince(start)).toBeUndefined();
    const later = e.version;
    for (let i = 0; i < 100; i++) e.setCell('Sheet1', at(0, 0), i);
    expect(e.contentChangesSince(later)).toBeUndefined();
  });
});
