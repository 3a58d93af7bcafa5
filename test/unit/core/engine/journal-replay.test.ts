// The write-ahead journal's promise, on the real engine: replaying the entries of every
// edit onto the last saved document gives back exactly the document the engine holds,
// and that document passes the one door (so a recovered workbook always opens).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { WorkbookEngine, type ChangeEvent } from '../../../../src/core/engine';
import { replayJournal, type JournalEntry } from '../../../../src/core/file/journal';
import type { Workbook } from '../../../../src/core/file/schema';
import { readTemplate } from '../../models/template-engine';

const at = (row: number, col: number) => ({ row, col });
const MODIFIED = '2026-12-01T00:00:00.000Z';

/** An engine on a template, and the journal entries of every edit made to it. */
function journalled(template: string | Workbook) {
  const saved = typeof template === 'string' ? readTemplate(template) : template;
  const engine = WorkbookEngine.fromWorkbook(saved);
  const entries: JournalEntry[] = [];
  engine.onChange((event: ChangeEvent) =>
    entries.push(JSON.parse(JSON.stringify(event.journalEntry()))),
  );
  return { saved, engine, entries };
}

function replayed(saved: Workbook, entries: readonly JournalEntry[]): Workbook {
  const result = replayJournal(JSON.parse(JSON.stringify(saved)), entries);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { ...result.workbook, meta: { ...result.workbook.meta, modifiedAt: MODIFIED } };
}

/** The engine lists named ranges in an order of its own; their order means nothing. */
function namesSorted(workbook: Workbook): Workbook {
  return { ...workbook, names: [...workbook.names].sort((a, b) => a.name.localeCompare(b.name)) };
}

type Edit = (engine: WorkbookEngine) => void;

const edits: fc.Arbitrary<Edit>[] = [
  fc
    .tuple(
      fc.nat(30),
      fc.nat(6),
      fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.constant('=1+2')),
    )
    .map(
      ([row, col, value]) =>
        (e: WorkbookEngine) =>
          void e.setCell('Calc', at(row, col), value),
    ),
  fc.tuple(fc.nat(30), fc.nat(6)).map(
    ([row, col]) =>
      (e: WorkbookEngine) =>
        void e.setCell('Calc', at(row, col), 5, 'currency'),
  ),
  fc.tuple(fc.nat(20), fc.nat(4)).map(
    ([row, col]) =>
      (e: WorkbookEngine) =>
        void e.clearRange('Calc', { start: at(row, col), end: at(row + 2, col + 1) }),
  ),
  fc.tuple(fc.nat(20), fc.nat(4)).map(
    ([row, col]) =>
      (e: WorkbookEngine) =>
        void e.fill('Calc', { start: at(row, col), end: at(row + 3, col) }, 'down'),
  ),
  fc.tuple(fc.nat(20), fc.nat(4), fc.boolean()).map(
    ([row, col, cut]) =>
      (e: WorkbookEngine) =>
        void e.pasteInternal(
          { sheet: 'Calc', range: { start: at(row, col), end: at(row + 1, col + 1) }, cut },
          'Calc',
          { start: at(row + 3, col + 1), end: at(row + 4, col + 2) },
        ),
  ),
  fc
    .nat(20)
    .map(
      (row) => (e: WorkbookEngine) =>
        void e.setFormat('Calc', { start: at(row, 0), end: at(row, 2) }, 'percent'),
    ),
  fc.constant((e: WorkbookEngine) => void e.undo()),
  fc.constant((e: WorkbookEngine) => void e.redo()),
  fc.constant((e: WorkbookEngine) => void e.addSheet()),
  fc.constant((e: WorkbookEngine) => {
    const last = e.sheetNames.at(-1)!;
    if (last !== 'Calc') void e.renameSheet(last, `${last}x`.slice(0, 31));
  }),
  fc.constant((e: WorkbookEngine) => void e.moveSheet('Calc', 0)),
  fc.constant((e: WorkbookEngine) =>
    e.updateParts((parts) => ({
      ...parts,
      scenarios: [
        ...parts.scenarios,
        { id: `s${parts.scenarios.length}`, name: `S ${parts.scenarios.length}`, overrides: {} },
      ],
    })),
  ),
  fc.constant((e: WorkbookEngine) => e.setColumnWidth('Calc', 'B', 140)),
  fc.constant((e: WorkbookEngine) =>
    e.updateParts((parts) => ({
      ...parts,
      checks: parts.checks.length > 0 ? [] : [{ ref: 'Calc!B1', label: 'B1 is worked out' }],
    })),
  ),
];

describe('the edit journal', () => {
  test('replaying every edit onto the saved document gives the engine’s document, which opens', () => {
    // A small model (the property runs many scripts): inputs, names, scenarios, formulas.
    const small = readTemplate('income-generation');
    const withCalcSheet: Workbook = {
      ...small,
      sheets: [
        {
          name: 'Assumptions',
          cells: { A1: 'Price', B1: 10, A2: 'Volume', B2: 4 },
          formats: { B1: 'currency' },
        },
        {
          name: 'Calc',
          cells: { A1: 1, B1: '=A1*2', A2: 'text', B2: '=SUM(A1:A5)', C3: '=Price*Assumptions!B2' },
        },
      ],
      names: [{ name: 'Price', ref: 'Assumptions!$B$1' }],
      inputs: [
        { ref: 'Assumptions!B1', label: 'Price', unit: '£', low: 5, high: 20 },
        { ref: 'Assumptions!B2', label: 'Volume', unit: 'items' },
      ],
      outputs: [{ ref: 'Calc!C3', label: 'Income', unit: '£' }],
      scenarios: [{ id: 'high', name: 'High', overrides: { 'Assumptions!B1': 15 } }],
      charts: [{ id: 'c', title: 'Income', kind: 'bar', outputs: ['Calc!C3'] }],
    };
    delete withCalcSheet.activeScenarioId;
    delete withCalcSheet.checks;
    fc.assert(
      fc.property(fc.array(fc.oneof(...edits), { minLength: 1, maxLength: 25 }), (script) => {
        const { saved, engine, entries } = journalled(withCalcSheet);
        for (const edit of script) edit(engine);
        expect(namesSorted(replayed(saved, entries))).toEqual(
          namesSorted(engine.toWorkbook(MODIFIED)),
        );
      }),
      { numRuns: 100 },
    );
  });

  test('a typed value journals only the cells it wrote, not the document', () => {
    const { engine, entries } = journalled('income-generation');
    engine.setCell('Assumptions', at(5, 1), 12);
    expect(entries).toEqual([{ kind: 'cells', sheet: 'Assumptions', at: 'B6', rows: [[12]] }]);
  });

  test('a scenario override journals only the scenarios', () => {
    const { engine, entries } = journalled('income-generation');
    engine.updateParts((parts) => ({ ...parts, scenarios: [] }));
    expect(entries).toEqual([{ kind: 'parts', parts: { scenarios: [] } }]);
  });

  test('a malformed journal entry is refused with its place, not replayed', () => {
    const saved = readTemplate('income-generation');
    const result = replayJournal(saved, [
      { kind: 'cells', sheet: 'Assumptions', at: 'B6', rows: [[{}]] },
    ]);
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'invalid',
        problems: [{ path: 'journal[0]', message: 'is not an edit this version can replay' }],
      },
    });
  });

  test('a journal that would break the document is refused by the one door', () => {
    const saved = readTemplate('income-generation');
    const input = saved.inputs[0]!.ref.split('!')[1]!;
    const result = replayJournal(saved, [
      { kind: 'cells', sheet: 'Assumptions', at: input, rows: [['=1+1']] },
    ]);
    expect(result.ok).toBe(false);
  });
});

describe('inputs keep values', () => {
  test('a formula typed into an input cell is refused with the input named', () => {
    const { engine } = journalled('income-generation');
    const input = engine.parts.inputs[0]!;
    const [sheet, cell] = input.ref.split('!') as [string, string];
    const before = engine.toWorkbook(MODIFIED);
    const result = engine.setCell(
      sheet,
      { row: Number(cell.slice(1)) - 1, col: cell.charCodeAt(0) - 65 },
      '=1+1',
    );
    expect(result).toEqual({
      ok: false,
      message: `${input.ref} is an input (“${input.label}”): it holds a value people can change, so a formula cannot go there.`,
    });
    expect(engine.toWorkbook(MODIFIED)).toEqual(before);
  });

  test('a fill or paste that would carry a formula onto an input is refused', () => {
    const { engine } = journalled('income-generation');
    const input = engine.parts.inputs[0]!;
    const cell = input.ref.split('!')[1]!;
    const position = { row: Number(cell.slice(1)) - 1, col: cell.charCodeAt(0) - 65 };
    engine.setCell('Assumptions', { row: position.row - 1, col: 20 }, '=1+1');
    expect(engine.setCell('Assumptions', { row: position.row - 1, col: position.col }, 1).ok).toBe(
      true,
    );
    // a formula above the input, filled down over it
    engine.setCell('Assumptions', { row: position.row - 1, col: position.col }, 1);
    const filled = engine.fill(
      'Assumptions',
      { start: { row: position.row - 1, col: 20 }, end: { row: position.row, col: 20 } },
      'down',
    );
    expect(filled.ok).toBe(true);
    const pasted = engine.pasteInternal(
      {
        sheet: 'Assumptions',
        range: {
          start: { row: position.row - 1, col: 20 },
          end: { row: position.row - 1, col: 20 },
        },
        cut: false,
      },
      'Assumptions',
      { start: position, end: position },
    );
    expect(pasted.ok).toBe(false);
    const moved = engine.pasteInternal(
      {
        sheet: 'Assumptions',
        range: {
          start: { row: position.row - 1, col: 20 },
          end: { row: position.row - 1, col: 20 },
        },
        cut: true,
      },
      'Assumptions',
      { start: position, end: position },
    );
    expect(moved.ok).toBe(false);
  });
});
