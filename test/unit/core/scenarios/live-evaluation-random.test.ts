// The live evaluation against evaluating the document afresh, over a seeded run of
// mixed edits: inputs, formulas, clears, overrides, scenarios added and deleted,
// sheets added and renamed, undo and redo. More scenarios than have an evaluator of
// their own, so the shared one switches too. Any step where they disagree is a bug.
import { describe, expect, test } from 'vitest';
import { WorkbookEngine } from '../../../../src/core/engine';
import {
  addScenario,
  deleteScenario,
  evaluateScenarios,
  LiveScenarioEvaluation,
  MAX_DEDICATED,
  setOverride,
} from '../../../../src/core/scenarios';
import type { DocumentParts } from '../../../../src/core/engine';
import { libraryModel } from './library-model';

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INPUTS = ['Assumptions!B1', 'Assumptions!B2', 'Assumptions!B3'];

describe('LiveScenarioEvaluation over a seeded run of edits', () => {
  test.each([1, 3])('agrees with a fresh evaluation after every step (seed %i)', (seed) => {
    const next = random(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const scenarios = Array.from({ length: MAX_DEDICATED + 2 }, (_, i) => ({
      id: `s${i}`,
      name: `Scenario ${i}`,
      overrides: { [INPUTS[i % 3]!]: i + 1 },
    }));
    const engine = WorkbookEngine.fromWorkbook(libraryModel(scenarios));
    const live = new LiveScenarioEvaluation(engine);
    const parts = (edit: (p: DocumentParts) => DocumentParts) => engine.updateParts(edit);
    let added = 0;
    const steps: Record<string, () => void> = {
      input: () =>
        engine.setCell(
          'Assumptions',
          { row: Math.floor(next() * 3), col: 1 },
          Math.round(next() * 1000),
        ),
      formula: () =>
        engine.setCell('Cashflow', { row: 0, col: 4 }, pick(['=D1*2', '=D1+C1', '=1/0'])),
      clear: () =>
        engine.clearRange(pick(engine.sheetNames), {
          start: { row: 0, col: 3 },
          end: { row: 0, col: 4 },
        }),
      override: () =>
        parts((p) => {
          const scenario = p.scenarios.length ? pick(p.scenarios) : undefined;
          const edit =
            scenario &&
            setOverride(p.scenarios, scenario.id, pick(INPUTS), Math.round(next() * 500));
          return edit?.ok ? { ...p, scenarios: edit.scenarios } : p;
        }),
      add: () =>
        parts((p) => {
          const edit = addScenario(p.scenarios, `Added ${++added}`, { [pick(INPUTS)]: 7 });
          return edit.ok ? { ...p, scenarios: edit.scenarios } : p;
        }),
      remove: () =>
        parts((p) => {
          if (p.scenarios.length === 0) return p;
          const edit = deleteScenario(p.scenarios, pick(p.scenarios).id);
          return edit.ok ? { ...p, scenarios: edit.scenarios } : p;
        }),
      sheet: () => engine.addSheet(),
      rename: () =>
        engine.renameSheet(
          engine.sheetNames.includes('Summary') ? 'Summary' : 'Totals',
          engine.sheetNames.includes('Summary') ? 'Totals' : 'Summary',
        ),
      undo: () => engine.undo(),
      redo: () => engine.redo(),
    };
    const kinds = Object.keys(steps);
    const done: string[] = [];
    for (let step = 0; step < 16; step++) {
      const kind = pick(kinds);
      steps[kind]!();
      done.push(kind);
      const fresh = evaluateScenarios(engine.toWorkbook());
      expect(live.results(), `after ${done.join(', ')}`).toEqual(fresh);
      // The grid's reads of a scenario agree too, whichever evaluator holds it.
      const column = fresh.columns.length > 1 ? pick(fresh.columns.slice(1)) : undefined;
      if (column === undefined) continue;
      const income = column.values[1]!;
      const shown = live.valueSource(column.id!).getValue('Cashflow', { row: 0, col: 2 });
      expect(
        income.kind === 'series' ? income.values[0] : income.value,
        `after ${done.join(', ')}`,
      ).toEqual(shown);
    }
    // Every kind of step was taken at least once in this run.
    expect(new Set(done).size).toBeGreaterThanOrEqual(kinds.length - 2);
    live.destroy();
  });
});
