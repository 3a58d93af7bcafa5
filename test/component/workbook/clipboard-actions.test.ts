import { describe, expect, test } from 'vitest';
import {
  copyRange,
  pasteText,
  type DisplaySource,
} from '../../../src/ui/workbook/clipboard-actions';
import { smallEngine } from './workbook-fixture';
import type { WorkbookEngine } from '../../../src/core/engine';

const shown = (engine: WorkbookEngine): DisplaySource => ({
  value: (sheet, position) => engine.getValue(sheet, position),
  format: (sheet, position) => engine.getFormat(sheet, position),
});
const cellRange = (row: number, col: number, toRow = row, toCol = col) => ({
  start: { row, col },
  end: { row: toRow, col: toCol },
});

describe('copy and paste through the system clipboard', () => {
  test('a copy puts the displayed values on the clipboard, tab-separated, errors as their codes', () => {
    const engine = smallEngine();
    const copy = copyRange(shown(engine), 'Cashflow', cellRange(0, 1, 1, 3), false);
    expect(copy.text).toBe('\t\t#DIV/0!\r\n30\t\t\r\n');
    const percent = copyRange(shown(engine), 'Assumptions', cellRange(3, 1), false);
    expect(percent.text).toBe('3.5%\r\n');
  });

  test('pasting our own copy pastes formulas with references shifted', () => {
    const engine = smallEngine();
    const copy = copyRange(shown(engine), 'Cashflow', cellRange(1, 1), false);
    const outcome = pasteText(engine, 'Cashflow', cellRange(2, 1), copy.text, copy);
    expect(outcome.result.ok).toBe(true);
    expect(engine.getContent('Cashflow', { row: 2, col: 1 })).toBe('=Assumptions!B4*2');
    expect(outcome.pasted).toEqual(cellRange(2, 1));
    expect(outcome.consumed).toBe(false);
  });

  test('our own copy is recognised even when the clipboard changed its line endings', () => {
    const engine = smallEngine();
    const copy = copyRange(shown(engine), 'Cashflow', cellRange(1, 1), false);
    pasteText(engine, 'Cashflow', cellRange(2, 1), '30\n', copy);
    expect(engine.getContent('Cashflow', { row: 2, col: 1 })).toBe('=Assumptions!B4*2');
  });

  test('a cut moves the cells once; the clipboard is then plain text', () => {
    const engine = smallEngine();
    const cut = copyRange(shown(engine), 'Cashflow', cellRange(6, 2), true);
    const outcome = pasteText(engine, 'Cashflow', cellRange(8, 4), cut.text, cut);
    expect(outcome.consumed).toBe(true);
    expect(engine.getContent('Cashflow', { row: 6, col: 2 })).toBeUndefined();
    expect(engine.getContent('Cashflow', { row: 8, col: 4 })).toBe(42);
  });

  test('text from elsewhere is read cell by cell as if typed, in one undo step', () => {
    const engine = smallEngine();
    const outcome = pasteText(
      engine,
      'Cashflow',
      cellRange(10, 0, 12, 3),
      'Fablab\t£1,200\r\n"two\nlines"\t3.5%\r\n',
      undefined,
    );
    expect(outcome.result.ok).toBe(true);
    expect(outcome.pasted).toEqual(cellRange(10, 0, 11, 1));
    expect(engine.getRangeContents('Cashflow', cellRange(10, 0, 11, 1))).toEqual([
      ['Fablab', 1200],
      ['two\nlines', 0.035],
    ]);
    engine.undo();
    expect(engine.getContent('Cashflow', { row: 10, col: 0 })).toBeUndefined();
  });

  test('pasted text takes the format its typing implies: a date shows as a date, pounds as pounds', () => {
    const engine = smallEngine();
    pasteText(
      engine,
      'Cashflow',
      cellRange(20, 0, 20, 3),
      '31/03/2027\t£1,234\t3.5%\t1-Apr-2027\r\n',
      undefined,
    );
    const at = (col: number) => ({ row: 20, col });
    expect([0, 1, 2, 3].map((col) => engine.getFormat('Cashflow', at(col)))).toEqual([
      'date',
      'currency',
      'percent-1dp',
      'date',
    ]);
    expect(engine.getContent('Cashflow', at(3))).toBe(46478);
    engine.undo();
    expect(engine.getFormat('Cashflow', at(0))).toBe('general');
  });

  test('text that differs from our last copy is pasted as text, not as the copy', () => {
    const engine = smallEngine();
    const copy = copyRange(shown(engine), 'Cashflow', cellRange(1, 1), false);
    pasteText(engine, 'Cashflow', cellRange(2, 1), '7', copy);
    expect(engine.getContent('Cashflow', { row: 2, col: 1 })).toBe(7);
  });

  test('a pasted malformed formula is refused and nothing changes', () => {
    const engine = smallEngine();
    const outcome = pasteText(engine, 'Cashflow', cellRange(10, 0), '1\t=SUM(1,\r\n', undefined);
    expect(outcome.result.ok).toBe(false);
    expect(engine.getContent('Cashflow', { row: 10, col: 0 })).toBeUndefined();
  });
});
