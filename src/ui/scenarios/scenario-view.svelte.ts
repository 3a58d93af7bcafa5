// Wires the grid to the scenario it shows: while a scenario is shown, the grid reads
// that scenario's values and typing into a declared input edits the scenario's
// override, not the base. Create it during the workbook screen's initialisation:
//   const scenarioView = new ScenarioView(engine);
//   <WorkbookView valueSource={scenarioView.valueSource} onEditInputs={scenarioView.onEditInputs} />
import type { WorkbookEngine } from '../../core/engine';
import { setOverrides, type InputChange, type ScenarioValueSource } from '../../core/scenarios';
import { ScenarioState, useScenarioState } from './scenario-state.svelte';

export class ScenarioView {
  readonly state: ScenarioState;
  readonly #onAlert: (message: string) => void;

  /** undefined while Base is shown; otherwise where the grid reads the scenario's values */
  readonly valueSource: ScenarioValueSource | undefined;
  /** the name of the scenario the grid shows, for a banner beside the grid */
  readonly shownName: string;

  /** From an engine during component initialisation (sharing its ScenarioState), or from a ScenarioState. */
  constructor(
    source: WorkbookEngine | ScenarioState,
    onAlert: (message: string) => void = () => {},
  ) {
    const state = source instanceof ScenarioState ? source : useScenarioState(source);
    this.state = state;
    this.#onAlert = onAlert;
    this.valueSource = $derived(
      state.activeId === undefined ? undefined : state.valueSource(state.activeId),
    );
    this.shownName = $derived(
      state.parts.scenarios.find((s) => s.id === state.activeId)?.name ?? 'Base',
    );
  }

  /**
   * Edits of declared inputs while a scenario is shown become its overrides, as one
   * undoable step (a paste over several inputs included). true when taken or refused
   * (the grid then leaves the cells alone); false while Base is shown.
   */
  readonly onEditInputs = (changes: readonly InputChange[]): boolean => {
    const id = this.state.activeId;
    if (id === undefined) return false;
    const problem = this.state.edit((scenarios) => setOverrides(scenarios, id, changes));
    if (problem) this.#onAlert(problem);
    return true;
  };
}
