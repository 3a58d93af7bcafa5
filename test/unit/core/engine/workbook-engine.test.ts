import { describe, expect, test, vi } from 'vitest';
import { WorkbookEngine, isCellError } from '../../../../src/core/engine';
import { ENGINE_CONFIG } from '../../../../src/core/engine/config';
import type { Workbook } from '../../../../src/core/file/schema';
import { parseCellAddress, type CellPosition, type RangeRef } from '../../../../src/core/document';

function at(a1: string): CellPosition {
  const position = parseCellAddress(a1);
  if (!position) throw new Error(`bad address ${a1}`);
  return position;
}
function range(a1: string): RangeRef {
  const [from, to] = a1.split(':');
  return { start: at(from!), end: at(to ?? from!) };
}

function model(): Workbook {
  return {
    format: 'library-finance-workbench',
    version: 1,
    meta: {
      title: 'Test',
      description: '',
      currency: 'GBP',
      createdAt: '2026-01-01T00:00:00Z',
      modifiedAt: '2026-01-01T00:00:00Z',
      sources: [],
    },
    sheets: [
      {
        name: 'Assumptions',
        cells: { A1: 'Rate', B3: 0.035, B4: 100 },
        formats: { B3: 'percent-1dp' },
      },
      {
        name: 'Calc',
        cells: {
          Z90: 5,
          Y90: '=Z90*2',
          A1: '=DiscountRate*2',
          B1: '=Assumptions!B4+1',
          C1: '=SUM(B1:B3)',
        },
        formats: { Y90: 'currency' },
      },
    ],
    names: [{ name: 'DiscountRate', ref: 'Assumptions!$B$3' }],
    inputs: [
      { ref: 'Assumptions!B3', label: 'Discount rate', unit: '%' },
      { ref: 'Assumptions!B4', label: 'Visits', unit: 'visits' },
    ],
    outputs: [
      { ref: 'Calc!B1', label: 'Visits plus one', unit: 'visits' },
      { ref: 'Assumptions!B4', label: 'Visits out', unit: 'visits' },
    ],
    scenarios: [{ id: 'low', name: 'Low', overrides: { 'Assumptions!B3': 0.05, 'Calc!Z90': 1 } }],
    charts: [{ id: 'c1', title: 'Chart', kind: 'bar', outputs: ['Calc!B1', 'Assumptions!B4'] }],
  };
}

const engine = () => WorkbookEngine.fromWorkbook(model());

describe('reading a workbook', () => {
  test('computes values across sheets and through named ranges', () => {
    const e = engine();
    expect(e.getValue('Calc', at('Y90'))).toBe(10);
    expect(e.getValue('Calc', at('A1'))).toBe(0.07);
    expect(e.getValue('Calc', at('B1'))).toBe(101);
    expect(e.getValue('Calc', at('C1'))).toBe(101);
    expect(e.getValue('Calc', at('D1'))).toBeNull();
  });

  test('gives back formulas as typed and plain values as values', () => {
    const e = engine();
    expect(e.getContent('Calc', at('Y90'))).toBe('=Z90*2');
    expect(e.isFormula('Calc', at('Y90'))).toBe(true);
    expect(e.getContent('Assumptions', at('B3'))).toBe(0.035);
    expect(e.isFormula('Assumptions', at('B3'))).toBe(false);
    expect(e.getContent('Assumptions', at('Z1'))).toBeUndefined();
  });

  test('knows formats, sheet order and sizes, and finds sheets case-insensitively', () => {
    const e = engine();
    expect(e.getFormat('Assumptions', at('B3'))).toBe('percent-1dp');
    expect(e.getFormat('Assumptions', at('B4'))).toBe('general');
    expect(e.sheetNames).toEqual(['Assumptions', 'Calc']);
    expect(e.findSheet('calc')).toBe('Calc');
    expect(e.findSheet('Nowhere')).toBeUndefined();
    expect(e.sheetSize('Calc')).toEqual({ rows: 90, cols: 26 });
  });

  test('reads ranges and evaluates a formula without storing it', () => {
    const e = engine();
    expect(e.getRangeValues({ sheet: 'Assumptions', ...range('B3:B4') })).toEqual([[0.035], [100]]);
    expect(e.calculate('=Assumptions!B4*3', 'Calc')).toBe(300);
  });

  test('turns back into the same document', () => {
    const original = model();
    const out = engine().toWorkbook(original.meta.modifiedAt);
    expect(out).toEqual(original);
    expect(WorkbookEngine.fromWorkbook(out).getValue('Calc', at('A1'))).toBe(0.07);
  });
});

describe('errors are values', () => {
  test.each([
    ['=1/0', '#DIV/0!'],
    ['=NOSUCHFUNCTION(1)', '#NAME?'],
    ['=A9', '#CYCLE!'],
    ['="a"+1', '#VALUE!'],
  ])('%s shows %s', (formula, code) => {
    const e = engine();
    expect(e.setCell('Calc', at('A9'), formula).ok).toBe(true);
    const value = e.getValue('Calc', at('A9'));
    expect(isCellError(value) && value.error).toBe(code);
  });
});

describe('editing cells', () => {
  test('a malformed formula is refused with a message naming the cell, and nothing changes', () => {
    const e = engine();
    const listener = vi.fn();
    e.onChange(listener);
    const result = e.setCell('Calc', at('B2'), '=SUM(1,');
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('B2: the formula =SUM(1, cannot be read'),
    });
    expect(e.getContent('Calc', at('B2'))).toBeUndefined();
    expect(e.canUndo).toBe(false);
    expect(listener).not.toHaveBeenCalled();
  });

  test('a block with one bad formula is refused whole', () => {
    const e = engine();
    const result = e.setCells('Calc', at('A20'), [
      [1, 2],
      [3, '=('],
    ]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^B21:/);
    expect(e.getContent('Calc', at('A20'))).toBeUndefined();
  });

  test('writes a value, recalculates dependants and notifies listeners', () => {
    const e = engine();
    const listener = vi.fn();
    e.onChange(listener);
    const before = e.version;
    expect(e.setCell('Assumptions', at('B4'), 200).ok).toBe(true);
    expect(e.getValue('Calc', at('B1'))).toBe(201);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(e.version).toBe(before + 1);
  });

  test('a write with a format sets both, and one undo takes back both', () => {
    const e = engine();
    e.setCell('Calc', at('D4'), 1234, 'currency');
    expect(e.getFormat('Calc', at('D4'))).toBe('currency');
    e.undo();
    expect(e.getContent('Calc', at('D4'))).toBeUndefined();
    expect(e.getFormat('Calc', at('D4'))).toBe('general');
  });

  test('setCells writes a block as one undo step', () => {
    const e = engine();
    e.setCells('Calc', at('A20'), [
      [1, 2],
      [3, '=A20+A21'],
    ]);
    expect(e.getValue('Calc', at('B21'))).toBe(4);
    e.undo();
    expect(e.getRangeValues({ sheet: 'Calc', ...range('A20:B21') })).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(e.canUndo).toBe(false);
  });

  test('clearRange empties the block in one step', () => {
    const e = engine();
    e.clearRange('Calc', range('Y90:Z90'));
    expect(e.getContent('Calc', at('Y90'))).toBeUndefined();
    expect(e.getContent('Calc', at('Z90'))).toBeUndefined();
    e.undo();
    expect(e.getValue('Calc', at('Y90'))).toBe(10);
  });

  test('refuses non-finite numbers and unknown sheets', () => {
    const e = engine();
    expect(e.setCell('Calc', at('A1'), Number.NaN).ok).toBe(false);
    expect(e.setCell('Nowhere', at('A1'), 1)).toEqual({
      ok: false,
      message: 'There is no sheet named "Nowhere".',
    });
  });
});

describe('fill and paste', () => {
  test('fill down copies the first row with relative references shifted, and its formats', () => {
    const e = engine();
    e.fill('Calc', range('Y90:Y93'), 'down');
    expect(e.getContent('Calc', at('Y91'))).toBe('=Z91*2');
    expect(e.getContent('Calc', at('Y93'))).toBe('=Z93*2');
    expect(e.getFormat('Calc', at('Y93'))).toBe('currency');
    e.undo();
    expect(e.getContent('Calc', at('Y93'))).toBeUndefined();
    expect(e.getFormat('Calc', at('Y93'))).toBe('general');
  });

  test('fill right shifts columns', () => {
    const e = engine();
    e.fill('Calc', range('B1:D1'), 'right');
    expect(e.getContent('Calc', at('C1'))).toBe('=Assumptions!C4+1');
    expect(e.getContent('Calc', at('D1'))).toBe('=Assumptions!D4+1');
  });

  test('Ctrl+D from a % input over an input counted in visits fills, and warns of the units', () => {
    const e = engine();
    const result = e.fill('Assumptions', range('B3:B4'), 'down');
    expect(result).toEqual({
      ok: true,
      warning:
        'Check the units: Ctrl+D copied “Discount rate” (%) into an input of another unit: “Visits” (visits). Press Ctrl+Z to undo the fill.',
    });
    expect(e.getValue('Assumptions', at('B4'))).toBe(0.035);
  });

  test('a fill that copies into no input of another unit carries no warning', () => {
    const e = engine();
    expect(e.fill('Calc', range('Y90:Y93'), 'down')).toEqual({ ok: true });
  });

  test('a one-row fill changes nothing', () => {
    const e = engine();
    expect(e.fill('Calc', range('Y90:Z90'), 'down').ok).toBe(true);
    expect(e.canUndo).toBe(false);
  });

  test('pasting a copy shifts relative references: =Z90*2 from Y90 into Y91 is =Z91*2', () => {
    const e = engine();
    e.pasteInternal({ sheet: 'Calc', range: range('Y90'), cut: false }, 'Calc', range('Y91'));
    expect(e.getContent('Calc', at('Y91'))).toBe('=Z91*2');
    expect(e.getFormat('Calc', at('Y91'))).toBe('currency');
    expect(e.getContent('Calc', at('Y90'))).toBe('=Z90*2');
  });

  test('a pasted block keeps its row order wherever it lands', () => {
    const e = engine();
    e.setCells('Calc', at('A10'), [[1], [2], [3]]);
    e.pasteInternal({ sheet: 'Calc', range: range('A10:A12'), cut: false }, 'Calc', range('C14'));
    expect(e.getRangeValues({ sheet: 'Calc', ...range('C14:C16') })).toEqual([[1], [2], [3]]);
  });

  test('a target that is a whole multiple of the copy is tiled, and one undo takes it all back', () => {
    const e = engine();
    e.pasteInternal({ sheet: 'Calc', range: range('Y90'), cut: false }, 'Calc', range('Y91:Y93'));
    expect(e.getContent('Calc', at('Y93'))).toBe('=Z93*2');
    e.undo();
    expect(e.getContent('Calc', at('Y91'))).toBeUndefined();
    expect(e.getContent('Calc', at('Y93'))).toBeUndefined();
    expect(e.getContent('Calc', at('Y90'))).toBe('=Z90*2');
    e.redo();
    expect(e.getContent('Calc', at('Y92'))).toBe('=Z92*2');
  });

  test('pasting onto another sheet works', () => {
    const e = engine();
    e.pasteInternal(
      { sheet: 'Calc', range: range('Y90'), cut: false },
      'Assumptions',
      range('Y90'),
    );
    expect(e.getContent('Assumptions', at('Y90'))).toBe('=Z90*2');
  });

  test('a cut moves the cells and formulas that used them follow', () => {
    const e = engine();
    e.pasteInternal(
      { sheet: 'Assumptions', range: range('B4'), cut: true },
      'Assumptions',
      range('D4'),
    );
    expect(e.getContent('Assumptions', at('B4'))).toBeUndefined();
    expect(e.getValue('Assumptions', at('D4'))).toBe(100);
    expect(e.getContent('Calc', at('B1'))).toBe('=Assumptions!D4+1');
    e.undo();
    expect(e.getContent('Calc', at('B1'))).toBe('=Assumptions!B4+1');
  });

  test('contents of a range come back as typed, for the clipboard', () => {
    expect(engine().getRangeContents('Calc', range('Y90:Z90'))).toEqual([['=Z90*2', 5]]);
  });
});

describe('formats and widths', () => {
  test('setFormat formats a range and is undoable; general removes the format', () => {
    const e = engine();
    e.setFormat('Calc', range('A1:B2'), 'number-2dp');
    expect(e.getFormat('Calc', at('B2'))).toBe('number-2dp');
    e.setFormat('Calc', range('A1'), 'general');
    expect(e.toWorkbook().sheets[1]!.formats).toEqual({
      Y90: 'currency',
      B1: 'number-2dp',
      A2: 'number-2dp',
      B2: 'number-2dp',
    });
    e.undo();
    e.undo();
    expect(e.getFormat('Calc', at('B2'))).toBe('general');
  });

  test('a formula returning a date is shown as a date when its cell has no format of its own', () => {
    const e = engine();
    e.setCell('Calc', at('D1'), '=DATE(2027,3,31)');
    e.setCell('Calc', at('D2'), '=DATE(2027,3,31)');
    e.setFormat('Calc', range('D2'), 'number-2dp');
    e.setCell('Calc', at('D3'), '=46000+1');
    expect(e.getDisplayFormat('Calc', at('D1'))).toBe('date');
    expect(e.getDisplayFormat('Calc', at('D2'))).toBe('number-2dp');
    expect(e.getDisplayFormat('Calc', at('D3'))).toBe('general');
    expect(e.getFormat('Calc', at('D1'))).toBe('general');
  });

  test('column widths are kept within limits and undoable', () => {
    const e = engine();
    e.setColumnWidth('Calc', 'A', 5000);
    expect(e.getColumnWidth('Calc', 'A')).toBe(2000);
    e.undo();
    expect(e.getColumnWidth('Calc', 'A')).toBeUndefined();
  });
});

describe('sheets', () => {
  test('adds a sheet with the next free name and refuses a clash, in any case', () => {
    const e = engine();
    expect(e.nextSheetName()).toBe('Sheet3');
    e.addSheet();
    expect(e.sheetNames).toEqual(['Assumptions', 'Calc', 'Sheet3']);
    expect(e.addSheet('calc')).toEqual({
      ok: false,
      message: 'There is already a sheet named "Calc".',
    });
    expect(e.addSheet('Bad/name').ok).toBe(false);
  });

  test('renaming a sheet carries formulas, names and every declaration with it', () => {
    const e = engine();
    expect(e.renameSheet('Assumptions', 'Inputs').ok).toBe(true);
    const out = e.toWorkbook();
    expect(out.sheets.map((s) => s.name)).toEqual(['Inputs', 'Calc']);
    expect(out.sheets[1]!.cells.B1).toBe('=Inputs!B4+1');
    expect(out.names[0]!.ref).toBe('Inputs!$B$3');
    expect(out.inputs.map((i) => i.ref)).toEqual(['Inputs!B3', 'Inputs!B4']);
    expect(out.outputs.map((o) => o.ref)).toEqual(['Calc!B1', 'Inputs!B4']);
    expect(Object.keys(out.scenarios[0]!.overrides)).toEqual(['Inputs!B3', 'Calc!Z90']);
    expect(out.charts[0]!.outputs).toEqual(['Calc!B1', 'Inputs!B4']);
    expect(e.getFormat('Inputs', at('B3'))).toBe('percent-1dp');
    expect(e.getValue('Calc', at('A1'))).toBe(0.07);
  });

  test('a rename to a name with a space quotes it in references', () => {
    const e = engine();
    e.renameSheet('Assumptions', 'My inputs');
    expect(e.toWorkbook().inputs[0]!.ref).toBe("'My inputs'!B3");
    expect(e.getContent('Calc', at('B1'))).toBe("='My inputs'!B4+1");
  });

  test('undoing a rename restores the old name everywhere', () => {
    const e = engine();
    e.renameSheet('Assumptions', 'Inputs');
    e.undo();
    const out = e.toWorkbook(model().meta.modifiedAt);
    expect(out).toEqual(model());
  });

  test('removing a sheet drops its declarations and breaks formulas that used it, until undone', () => {
    const e = engine();
    expect(e.removeSheet('Assumptions').ok).toBe(true);
    const out = e.toWorkbook();
    expect(out.sheets.map((s) => s.name)).toEqual(['Calc']);
    expect(out.inputs).toEqual([]);
    expect(out.outputs.map((o) => o.ref)).toEqual(['Calc!B1']);
    expect(out.scenarios[0]!.overrides).toEqual({ 'Calc!Z90': 1 });
    expect(out.charts[0]!.outputs).toEqual(['Calc!B1']);
    const value = e.getValue('Calc', at('B1'));
    expect(isCellError(value) && value.error).toBe('#REF!');
    e.undo();
    expect(e.toWorkbook(model().meta.modifiedAt)).toEqual(model());
    expect(e.getValue('Calc', at('B1'))).toBe(101);
  });

  test('the last sheet cannot be removed', () => {
    const e = engine();
    e.removeSheet('Calc');
    expect(e.removeSheet('Assumptions')).toEqual({
      ok: false,
      message: 'A workbook needs at least one sheet.',
    });
  });

  test('moving a sheet changes the tab order in the saved document, and undo puts it back', () => {
    const e = engine();
    e.addSheet('Summary');
    e.moveSheet('Summary', 0);
    expect(e.sheetNames).toEqual(['Summary', 'Assumptions', 'Calc']);
    expect(e.toWorkbook().sheets.map((s) => s.name)).toEqual(['Summary', 'Assumptions', 'Calc']);
    e.moveSheet('Summary', 99);
    expect(e.sheetNames).toEqual(['Assumptions', 'Calc', 'Summary']);
    e.undo();
    e.undo();
    expect(e.sheetNames).toEqual(['Assumptions', 'Calc', 'Summary']);
    e.undo();
    expect(e.sheetNames).toEqual(['Assumptions', 'Calc']);
  });
});

describe('one undo stack over every kind of edit', () => {
  test('undoes cell, format, sheet and declaration edits in reverse order, and redoes them', () => {
    const e = engine();
    e.setCell('Calc', at('A5'), 1);
    e.setFormat('Calc', range('A5'), 'currency');
    e.addSheet('Extra');
    e.renameSheet('Extra', 'Spare');
    e.updateParts((parts) => ({ ...parts, outputs: [] }));
    expect(e.toWorkbook().outputs).toEqual([]);

    e.undo();
    expect(e.toWorkbook().outputs).toHaveLength(2);
    e.undo();
    expect(e.sheetNames).toContain('Extra');
    e.undo();
    expect(e.sheetNames).not.toContain('Extra');
    e.undo();
    expect(e.getFormat('Calc', at('A5'))).toBe('general');
    expect(e.getValue('Calc', at('A5'))).toBe(1);
    e.undo();
    expect(e.getContent('Calc', at('A5'))).toBeUndefined();
    expect(e.canUndo).toBe(false);
    expect(e.undo()).toBe(false);

    while (e.redo());
    expect(e.getValue('Calc', at('A5'))).toBe(1);
    expect(e.getFormat('Calc', at('A5'))).toBe('currency');
    expect(e.sheetNames).toEqual(['Assumptions', 'Calc', 'Spare']);
    expect(e.toWorkbook().outputs).toEqual([]);
  });

  test('a new edit clears the redo stack', () => {
    const e = engine();
    e.setCell('Calc', at('A5'), 1);
    e.undo();
    expect(e.canRedo).toBe(true);
    e.setCell('Calc', at('A6'), 2);
    expect(e.canRedo).toBe(false);
  });

  test('undo and redo notify listeners', () => {
    const e = engine();
    e.setCell('Calc', at('A5'), 1);
    const listener = vi.fn();
    e.onChange(listener);
    e.undo();
    e.redo();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  test('a long session stays in step with the engine past the undo limit', () => {
    const e = engine();
    // 150 rounds of a paste (one engine step) and a format (none): 300 entries.
    for (let i = 0; i < 150; i++) {
      e.pasteInternal({ sheet: 'Calc', range: range('Y90'), cut: false }, 'Calc', range('Y91:Y92'));
      e.setFormat('Calc', range('A1'), i % 2 ? 'currency' : 'number');
    }
    let undone = 0;
    while (e.undo()) undone++;
    // The undo limit (200) keeps the last 100 rounds; the first 50 are trimmed.
    expect(undone).toBe(ENGINE_CONFIG.undoLimit);
    // The oldest surviving state is round 49's: the paste it made stays written and
    // its format (odd round: currency) stays set.
    expect(e.getContent('Calc', at('Y91'))).toBe('=Z91*2');
    expect(e.getContent('Calc', at('Y92'))).toBe('=Z92*2');
    expect(e.getFormat('Calc', at('A1'))).toBe('currency');
  });

  test('exactly the undo limit of edits can all be undone, back to the file as loaded', () => {
    const e = engine();
    const limit = ENGINE_CONFIG.undoLimit!;
    for (let i = 1; i <= limit; i++) e.setCell('Calc', at('A5'), i);
    let undone = 0;
    while (e.undo()) undone++;
    expect(undone).toBe(limit);
    expect(e.getContent('Calc', at('A5'))).toBeUndefined();
  });

  test('one edit past the undo limit loses only the oldest edit', () => {
    const e = engine();
    const limit = ENGINE_CONFIG.undoLimit!;
    for (let i = 1; i <= limit + 1; i++) e.setCell('Calc', at('A5'), i);
    let undone = 0;
    while (e.undo()) undone++;
    expect(undone).toBe(limit);
    expect(e.getContent('Calc', at('A5'))).toBe(1);
  });

  test('loading is not an undoable edit', () => {
    expect(engine().canUndo).toBe(false);
  });
});

describe('formula grammar check', () => {
  test('accepts good formulas and refuses broken ones without a workbook', () => {
    expect(WorkbookEngine.isFormulaValid('=SUM(A1:A3)*2')).toBe(true);
    expect(WorkbookEngine.isFormulaValid('=SUM(A1:A3')).toBe(false);
  });
});
