// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { cleanup, render, screen } from '@testing-library/svelte';
import { WorkbookEngine } from '../../../src/core/engine';
import { ScenarioView } from '../../../src/ui/scenarios/scenario-view.svelte';
import { ScenarioState } from '../../../src/ui/scenarios/scenario-state.svelte';
import CheckAlert from '../../../src/ui/shell/CheckAlert.svelte';
import { libraryModel, PESSIMISTIC } from '../../unit/core/scenarios/library-model';

const LABEL = 'At least 15 parties a month';
const states: ScenarioState[] = [];
afterEach(() => {
  cleanup();
  states.splice(0).forEach((s) => s.destroy());
});

function setup() {
  const workbook = libraryModel([PESSIMISTIC]);
  workbook.sheets[2]!.cells.B3 = '=Assumptions!B3>=15';
  workbook.checks = [{ ref: 'Summary!B3', label: LABEL }];
  const engine = WorkbookEngine.fromWorkbook(workbook);
  const state = new ScenarioState(engine);
  states.push(state);
  const view = new ScenarioView(state);
  render(CheckAlert, { props: { engine, view } });
  return { engine, view };
}

const alert = () => screen.queryByRole('alert');

describe('CheckAlert', () => {
  test('says nothing while every check passes, names one that fails, and goes when it passes again', () => {
    const { engine } = setup();
    engine.updateParts((parts) => ({ ...parts, scenarios: [] }));
    flushSync();
    expect(alert()).toBeNull();
    engine.setCell('Assumptions', { row: 2, col: 1 }, 5);
    flushSync();
    expect(alert()?.textContent).toContain(`“${LABEL}”`);
    engine.setCell('Assumptions', { row: 2, col: 1 }, 20);
    flushSync();
    expect(alert()).toBeNull();
  });

  test('reads the checks under Base and every scenario, and says where each fails', () => {
    const { engine, view } = setup();
    // Pessimistic has 10 parties: the check fails there, not under Base.
    flushSync();
    expect(alert()?.textContent).toContain('A check fails in another scenario');
    expect(alert()?.textContent).toContain(`“${LABEL}” (in “Pessimistic”)`);
    view.state.show('pessimistic');
    flushSync();
    expect(alert()?.textContent).toContain('A check fails in “Pessimistic”');
    engine.setCell('Assumptions', { row: 2, col: 1 }, 5); // now Base fails too
    flushSync();
    expect(alert()?.textContent).toContain(`“${LABEL}” (also in “Base”)`);
  });
});
