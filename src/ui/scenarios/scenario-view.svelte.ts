// Wires the grid to the scenario it shows: while a scenario is shown, the grid reads
// that scenario's values and typing into a declared input edits the scenario's
// override, not the base. Create it during the workbook screen's initialisation:
//   const scenarioView = new ScenarioView(engine);
//   <WorkbookView valueSource={scenarioView.valueSource} onEditInput={scenarioView.onEditInput} />
import type { WorkbookEngine } from '../../core/engine';
import type { CellContent } from '../../core/file/schema';
import { clearOverride, setOverride, type ScenarioValueSource } from '../../core/scenarios';
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

  /** true when the edit went to the shown scenario (the grid then leaves the cell alone) */
  readonly onEditInput = (ref: string, content: CellContent | undefined): boolean => {
    const id = this.state.activeId;
    if (id === undefined) return false;
    const problem = this.state.edit((scenarios) =>
      content === undefined
        ? clearOverride(scenarios, id, ref)
        : setOverride(scenarios, id, ref, content),
    );
    if (problem) this.#onAlert(problem);
    return true;
  };
}
