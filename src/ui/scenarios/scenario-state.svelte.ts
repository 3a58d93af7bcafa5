// The scenario layer of an open workbook, shared by the Scenarios panel, the
// comparison table, the charts and the grid's scenario view. It follows the
// engine: the document parts update at once; the results (every output under every
// scenario) are re-evaluated at most once per animation frame, however fast the
// user types, so several edits in one frame cost one evaluation.
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
  #frame: number | undefined;
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
    if (this.#frame !== undefined) cancelFrame(this.#frame);
    this.#frame = undefined;
    this.#results = this.#live.results();
  }

  destroy(): void {
    this.#unsubscribe();
    if (this.#frame !== undefined) cancelFrame(this.#frame);
    this.#live.destroy();
  }

  #schedule(): void {
    this.#frame ??= requestFrame(() => {
      this.#frame = undefined;
      this.#results = this.#live.results();
    });
  }
}

// jsdom and workers may lack requestAnimationFrame; a 16 ms timer stands in.
function requestFrame(callback: () => void): number {
  return typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(callback)
    : (setTimeout(callback, 16) as unknown as number);
}
function cancelFrame(handle: number): void {
  if (typeof cancelAnimationFrame === 'function') cancelAnimationFrame(handle);
  else clearTimeout(handle);
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
