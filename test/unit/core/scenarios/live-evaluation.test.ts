import { describe, expect, test } from 'vitest';
import { WorkbookEngine } from '../../../../src/core/engine';
import {
  evaluateScenarios,
  LiveScenarioEvaluation,
  MAX_DEDICATED,
  setOverride,
} from '../../../../src/core/scenarios';
import { libraryModel, OPTIMISTIC, PESSIMISTIC } from './library-model';

function setup() {
  const engine = WorkbookEngine.fromWorkbook(libraryModel([PESSIMISTIC, OPTIMISTIC]));
  return { engine, live: new LiveScenarioEvaluation(engine) };
}

describe('LiveScenarioEvaluation', () => {
  test('agrees with evaluating the document afresh, after every kind of edit', () => {
    const { engine, live } = setup();
    const check = () => expect(live.results()).toEqual(evaluateScenarios(engine.toWorkbook()));
    check();
    engine.setCell('Assumptions', { row: 0, col: 1 }, 150000); // a base input
    check();
    engine.setCell('Assumptions', { row: 2, col: 1 }, 40); // an input a scenario overrides
    check();
    engine.setCell('Cashflow', { row: 0, col: 4 }, '=D1*2'); // a formula
    check();
    engine.updateParts((p) => {
      const edit = setOverride(p.scenarios, 'optimistic', 'Assumptions!B1', 1); // an override
      return edit.ok ? { ...p, scenarios: edit.scenarios } : p;
    });
    check();
    engine.renameSheet('Cashflow', 'Cash flow'); // a change of structure
    check();
    engine.undo();
    engine.undo();
    check();
  });

  test('the grid reads a scenario while the user engine stays on Base', () => {
    const { engine, live } = setup();
    const pessimistic = live.valueSource('pessimistic');
    expect(pessimistic.getValue('Assumptions', { row: 0, col: 1 })).toBe(90000);
    expect(pessimistic.getValue('Cashflow', { row: 0, col: 2 })).toBe(90500);
    expect(engine.getValue('Cashflow', { row: 0, col: 2 })).toBe(101000);
    // interleaving the comparison and the grid's reads changes neither
    live.results();
    expect(pessimistic.getValue('Cashflow', { row: 0, col: 2 })).toBe(90500);
    expect(live.valueSource('optimistic').getValue('Cashflow', { row: 0, col: 2 })).toBe(101000);
    expect(pessimistic.getValue('Assumptions', { row: 1, col: 1 })).toBe(0.1);
  });

  test('a base edit shows through a scenario that does not override it', () => {
    const { engine, live } = setup();
    const optimistic = live.valueSource('optimistic');
    expect(optimistic.getValue('Cashflow', { row: 0, col: 2 })).toBe(101000);
    engine.setCell('Assumptions', { row: 0, col: 1 }, 200000);
    expect(optimistic.getValue('Cashflow', { row: 0, col: 2 })).toBe(201000);
  });

  test('returns the same results object until the engine changes', () => {
    const { engine, live } = setup();
    const first = live.results();
    expect(live.results()).toBe(first);
    engine.setCell('Assumptions', { row: 0, col: 1 }, 1);
    expect(live.results()).not.toBe(first);
  });

  test('scenarios beyond those with an evaluator of their own share one, and still agree', () => {
    const many = Array.from({ length: MAX_DEDICATED + 3 }, (_, i) => ({
      id: `s${i}`,
      name: `Scenario ${i}`,
      overrides: { 'Assumptions!B1': 1000 * i, ...(i % 2 ? { 'Assumptions!B3': i } : {}) },
    }));
    const engine = WorkbookEngine.fromWorkbook(libraryModel(many));
    const live = new LiveScenarioEvaluation(engine);
    expect(live.results()).toEqual(evaluateScenarios(engine.toWorkbook()));
    expect(live.valueSource('s10').getValue('Assumptions', { row: 0, col: 1 })).toBe(10000);
    engine.setCell('Assumptions', { row: 1, col: 1 }, 0.5);
    expect(live.valueSource('s9').getValue('Cashflow', { row: 0, col: 3 })).toBe(
      (9000 + 9 * 50) * 1.5,
    );
    expect(live.results()).toEqual(evaluateScenarios(engine.toWorkbook()));
    live.destroy();
  });
});
