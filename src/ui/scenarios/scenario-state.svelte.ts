// The scenario layer of an open workbook, shared by the Scenarios panel, the
// comparison table, the charts and the grid's scenario view. It follows the
// engine: the document parts update at once; the results (every output under every
// scenario) are re-evaluated once per burst of changes (an undo of many steps, a
// paste) in a microtask, so the charts and the comparison repaint in the same frame
// as the grid rather than a frame later.
import { createContext, onDestroy } from 'svelte';
import type { DocumentParts, WorkbookEngine } from '../../core/engine';
import {
  LiveScenarioEvaluation,
  type ScenarioEdit,
  type ScenarioResults,
  type ScenarioValueSource,
  type Scenarios,
} from '../../core/scenarios';

export class ScenarioState {
  readonly engine: WorkbookEngine;
  readonly #live: LiveScenarioEvaluation;
  #parts = $state.raw<DocumentParts>() as DocumentParts;
  #results = $state.raw<ScenarioResults>() as ScenarioResults;
  /** rises on every engine change, so views of cell values know to re-read */
  #version = $state(0);
  #pending = false;
  readonly #unsubscribe: () => void;

  constructor(engine: WorkbookEngine) {
    this.engine = engine;
    this.#live = new LiveScenarioEvaluation(engine);
    this.#parts = engine.parts;
    this.#results = this.#live.results();
    this.#unsubscribe = engine.onChange(() => {
      this.#parts = engine.parts;
      this.#version = engine.version;
      this.#schedule();
    });
  }

  get parts(): DocumentParts {
    return this.#parts;
  }
  get version(): number {
    return this.#version;
  }
  get results(): ScenarioResults {
    return this.#results;
  }
  /** the scenario the grid shows; undefined for Base (or a scenario since deleted) */
  readonly activeId: string | undefined = $derived.by(() => {
    const id = this.#parts.activeScenarioId;
    return this.#parts.scenarios.some((s) => s.id === id) ? id : undefined;
  });

  /** Applies a scenario edit as one undoable step; returns the refusal, if any. */
  edit(change: (scenarios: Scenarios) => ScenarioEdit): string | undefined {
    const result = change(this.engine.parts.scenarios);
    if (!result.ok) return result.message;
    if (result.scenarios !== this.engine.parts.scenarios) {
      this.engine.updateParts((parts) => {
        const stillThere = result.scenarios.some((s) => s.id === parts.activeScenarioId);
        return {
          ...parts,
          scenarios: result.scenarios,
          activeScenarioId: stillThere ? parts.activeScenarioId : undefined,
        };
      });
    }
    return undefined;
  }

  show(id: string | undefined): void {
    if (this.engine.parts.activeScenarioId === id) return;
    this.engine.updateParts((parts) => ({ ...parts, activeScenarioId: id }));
  }

  valueSource(id: string): ScenarioValueSource {
    return this.#live.valueSource(id);
  }

  /** Re-evaluates now instead of at the next frame (tests, and before export). */
  flush(): void {
    this.#pending = false;
    this.#results = this.#live.results();
  }

  destroy(): void {
    this.#unsubscribe();
    this.#pending = false;
    this.#destroyed = true;
    this.#live.destroy();
  }

  #destroyed = false;

  #schedule(): void {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      if (!this.#pending || this.#destroyed) return;
      this.flush();
    });
  }
}

const [getScenarioContext, setScenarioContext, hasScenarioContext] = createContext<ScenarioState>();

/**
 * The shared ScenarioState for this engine, or a new one owned by the calling
 * component (destroyed with it) and offered to its children. Call during component
 * initialisation.
 */
export function useScenarioState(engine: WorkbookEngine): ScenarioState {
  if (hasScenarioContext()) {
    const shared = getScenarioContext();
    if (shared.engine === engine) return shared;
  }
  const state = new ScenarioState(engine);
  setScenarioContext(state);
  onDestroy(() => state.destroy());
  return state;
}
