// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { flushSync } from 'svelte';
import { WorkbookEngine } from '../../../src/core/engine';
import { ScenarioView } from '../../../src/ui/scenarios/scenario-view.svelte';
import { ScenarioState } from '../../../src/ui/scenarios/scenario-state.svelte';
import { libraryModel, PESSIMISTIC } from '../../unit/core/scenarios/library-model';

const states: ScenarioState[] = [];
afterEach(() => states.splice(0).forEach((s) => s.destroy()));

function setup() {
  const engine = WorkbookEngine.fromWorkbook(libraryModel([PESSIMISTIC]));
  const onAlert = vi.fn<(message: string) => void>();
  const state = new ScenarioState(engine);
  states.push(state);
  return { engine, onAlert, view: new ScenarioView(state, onAlert) };
}

const CONTRACT = { row: 0, col: 1 };
const INCOME_Y1 = { row: 0, col: 2 };

describe('ScenarioView', () => {
  test('reads Base from the engine (no value source) until a scenario is shown', () => {
    const { view } = setup();
    expect(view.valueSource).toBeUndefined();
    expect(view.onEditInputs([{ ref: 'Assumptions!B1', content: 5 }])).toBe(false);
  });

  test('while a scenario is shown the grid reads its values and says so', () => {
    const { engine, view } = setup();
    view.state.show('pessimistic');
    flushSync();
    expect(view.valueSource?.getValue('Cashflow', INCOME_Y1)).toBe(90500);
    expect(engine.getValue('Cashflow', INCOME_Y1)).toBe(101000);
    expect(view.shownName).toBe('Pessimistic');
  });

  test('editing an input while a scenario is shown edits its override, not the base', () => {
    const { engine, view } = setup();
    view.state.show('pessimistic');
    flushSync();
    expect(view.onEditInputs([{ ref: 'Assumptions!B1', content: 50000 }])).toBe(true);
    expect(engine.parts.scenarios[0]!.overrides['Assumptions!B1']).toBe(50000);
    expect(engine.getValue('Assumptions', CONTRACT)).toBe(100000);
    expect(view.valueSource?.getValue('Cashflow', INCOME_Y1)).toBe(50500);
    // clearing the cell clears the override, so the scenario inherits the base again
    expect(view.onEditInputs([{ ref: 'Assumptions!B1', content: undefined }])).toBe(true);
    expect(engine.parts.scenarios[0]!.overrides).not.toHaveProperty('Assumptions!B1');
    expect(view.valueSource?.getValue('Assumptions', CONTRACT)).toBe(100000);
  });

  test('a refused override is explained and the cell is left alone', () => {
    const { engine, onAlert, view } = setup();
    view.state.show('pessimistic');
    flushSync();
    expect(view.onEditInputs([{ ref: 'Assumptions!B1', content: '=1+1' }])).toBe(true);
    expect(onAlert).toHaveBeenCalledWith(expect.stringContaining('not a formula'));
    expect(engine.getContent('Assumptions', CONTRACT)).toBe(100000);
  });
});
