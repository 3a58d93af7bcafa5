// Scenario results that follow the user's edits. The user's WorkbookEngine stays on
// Base (its values are read directly). Each scenario, up to MAX_DEDICATED, keeps its
// own scratch evaluator with its overrides always in place, so after an edit each
// one recalculates only what the edit touches (as the user's engine does) instead
// of switching overrides back and forth; scenarios beyond that share one evaluator
// that switches. Changed cells are found once per edit and sent to every evaluator.
import {
  baseCellsOf,
  diffCells,
  ScenarioEvaluator,
  structureOf,
  type BaseCells,
  type CellValue,
  type Overrides,
  type WorkbookEngine,
} from '../engine';
import type { CellPosition } from '../document/address';
import { parseRangeRef } from '../document/address';
import type { Workbook } from '../file/schema';
import { toOutputValue, type ScenarioOutputs, type ScenarioResults } from './results';
import { readOutputs } from './evaluate';
import { BASE_NAME } from './operations';

/** What the grid reads when it shows a scenario instead of Base. */
export interface ScenarioValueSource {
  getValue(sheet: string, position: CellPosition): CellValue;
}

/** Each evaluator is a whole engine's worth of memory; past this many, scenarios share one. */
export const MAX_DEDICATED = 8;

interface Synced {
  version: number;
  workbook: Workbook;
  base: BaseCells;
  structure: string;
}

export class LiveScenarioEvaluation {
  readonly #engine: WorkbookEngine;
  readonly #dedicated = new Map<string, ScenarioEvaluator>();
  #shared: { evaluator: ScenarioEvaluator; showing: string | undefined } | undefined;
  #synced: Synced | undefined;
  #cached: { version: number; results: ScenarioResults } | undefined;

  constructor(engine: WorkbookEngine) {
    this.#engine = engine;
  }

  destroy(): void {
    for (const evaluator of this.#dedicated.values()) evaluator.destroy();
    this.#dedicated.clear();
    this.#shared?.evaluator.destroy();
    this.#shared = undefined;
  }

  /** Every output under Base and every scenario, as the document stands now. */
  results(): ScenarioResults {
    const version = this.#engine.version;
    if (this.#cached?.version === version) return this.#cached.results;
    const parts = this.#engine.parts;
    const columns: ScenarioOutputs[] = [
      { id: undefined, name: BASE_NAME, values: this.#readBase(parts.outputs) },
    ];
    for (const scenario of parts.scenarios) {
      columns.push({
        id: scenario.id,
        name: scenario.name,
        values: readOutputs(this.#evaluatorFor(scenario.id), parts.outputs),
      });
    }
    const results = { outputs: parts.outputs, columns };
    this.#cached = { version, results };
    return results;
  }

  /** Values under one scenario, for the grid; an unknown id reads Base. */
  valueSource(id: string): ScenarioValueSource {
    return {
      getValue: (sheet, position) => {
        if (!this.#engine.parts.scenarios.some((s) => s.id === id))
          return this.#engine.getValue(sheet, position);
        return this.#evaluatorFor(id).getValue(sheet, position);
      },
    };
  }

  /** An evaluator level with the document and showing scenario `id`. */
  #evaluatorFor(id: string): ScenarioEvaluator {
    const synced = this.#sync();
    const overrides = this.#overrides(id);
    let evaluator = this.#dedicated.get(id);
    if (evaluator) return evaluator;
    if (this.#dedicated.size < MAX_DEDICATED) {
      evaluator = ScenarioEvaluator.fromWorkbook(synced.workbook, synced.base);
      evaluator.useOverrides(overrides);
      this.#dedicated.set(id, evaluator);
      return evaluator;
    }
    this.#shared ??= {
      evaluator: ScenarioEvaluator.fromWorkbook(synced.workbook, synced.base),
      showing: undefined,
    };
    if (this.#shared.showing !== id) {
      this.#shared.evaluator.useOverrides(overrides);
      this.#shared.showing = id;
    }
    return this.#shared.evaluator;
  }

  #overrides(id: string | undefined): Overrides {
    return this.#engine.parts.scenarios.find((s) => s.id === id)?.overrides ?? {};
  }

  /** Finds what changed since the last sync (once) and sends it to every evaluator. */
  #sync(): Synced {
    const version = this.#engine.version;
    if (this.#synced?.version === version) return this.#synced;
    const workbook = this.#engine.toWorkbook();
    const next: Synced = {
      version,
      workbook,
      base: baseCellsOf(workbook),
      structure: structureOf(workbook),
    };
    const previous = this.#synced;
    this.#synced = next;
    if (!previous || previous.structure !== next.structure) {
      this.destroy(); // rebuilt on demand from the new document
      return next;
    }
    const edits = diffCells(previous.base, next.base);
    const ids = new Set(this.#engine.parts.scenarios.map((s) => s.id));
    for (const [id, evaluator] of this.#dedicated) {
      if (ids.has(id)) evaluator.applyEdits(edits, next.base, this.#overrides(id));
      else {
        evaluator.destroy();
        this.#dedicated.delete(id);
      }
    }
    if (this.#shared) {
      const showing =
        this.#shared.showing !== undefined && ids.has(this.#shared.showing)
          ? this.#shared.showing
          : undefined;
      this.#shared.evaluator.applyEdits(edits, next.base, this.#overrides(showing));
      this.#shared.showing = showing;
    }
    return next;
  }

  #readBase(outputs: Workbook['outputs']): ScenarioOutputs['values'] {
    return outputs.map((output) => {
      const range = parseRangeRef(output.ref);
      if (!range?.sheet || !this.#engine.hasSheet(range.sheet)) return toOutputValue(undefined);
      return toOutputValue(this.#engine.getRangeValues({ ...range, sheet: range.sheet }));
    });
  }
}
