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
  type CellEdit,
  type CellValue,
  type ContentRanges,
  type Overrides,
  type WorkbookEngine,
} from '../engine';
import type { CellPosition } from '../document/address';
import { formatCellAddress, parseRangeRef, positionsIn } from '../document/address';
import type { CellContent, Workbook } from '../file/schema';
import {
  readCategories,
  toOutputValue,
  type CellReader,
  type ScenarioOutputs,
  type ScenarioResults,
} from './results';
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
  /** the document at `version`, read only when an evaluator has to be built */
  workbook: () => Workbook;
  base: BaseCells;
  /** sheets and names: when they change, evaluators are rebuilt */
  structure: string;
}

/** Reads the document at most once, and only if asked. */
function lazily(read: () => Workbook): () => Workbook {
  let workbook: Workbook | undefined;
  return () => (workbook ??= read());
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
    const results = {
      outputs: parts.outputs,
      columns,
      categories: readCategories(parts.outputs, this.#base),
    };
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
      evaluator = ScenarioEvaluator.fromWorkbook(synced.workbook(), synced.base);
      evaluator.useOverrides(overrides);
      this.#dedicated.set(id, evaluator);
      return evaluator;
    }
    this.#shared ??= {
      evaluator: ScenarioEvaluator.fromWorkbook(synced.workbook(), synced.base),
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
    const previous = this.#synced;
    // Fast path: the engine names the ranges it rewrote, so only those cells are read.
    const ranges = previous ? this.#engine.contentChangesSince(previous.version) : undefined;
    const { next, edits } =
      previous && ranges
        ? this.#syncRanges(previous, ranges, version)
        : this.#syncWhole(previous, version);
    this.#synced = next;
    if (!edits) {
      this.destroy(); // rebuilt on demand from the new document
      return next;
    }
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

  /** Reads back the ranges the engine rewrote; the sheets and names are unchanged. */
  #syncRanges(
    previous: Synced,
    ranges: ContentRanges,
    version: number,
  ): { next: Synced; edits: CellEdit[] } {
    const base = new Map(previous.base);
    const edits: CellEdit[] = [];
    const copied = new Set<string>();
    for (const { sheet, range } of ranges) {
      if (!this.#engine.hasSheet(sheet)) continue;
      if (!copied.has(sheet)) {
        base.set(sheet, { ...(base.get(sheet) ?? {}) });
        copied.add(sheet);
      }
      const cells = base.get(sheet) as Record<string, CellContent>;
      const contents = this.#engine.getRangeContents(sheet, range);
      for (const position of positionsIn(range)) {
        const address = formatCellAddress(position);
        const content = contents[position.row - range.start.row]?.[position.col - range.start.col];
        if (content === undefined) delete cells[address];
        else cells[address] = content;
        edits.push({ sheet, address, content });
      }
    }
    const engine = this.#engine;
    const next = {
      version,
      base,
      workbook: lazily(() => engine.toWorkbook()),
      structure: previous.structure,
    };
    return { next, edits };
  }

  /** Reads the whole document; edits are undefined when its structure changed (rebuild). */
  #syncWhole(
    previous: Synced | undefined,
    version: number,
  ): { next: Synced; edits: CellEdit[] | undefined } {
    const workbook = this.#engine.toWorkbook();
    const next: Synced = {
      version,
      base: baseCellsOf(workbook),
      workbook: () => workbook,
      structure: structureOf(workbook),
    };
    const same = previous !== undefined && previous.structure === next.structure;
    return { next, edits: same ? diffCells(previous.base, next.base) : undefined };
  }

  /** Base's cells, read straight from the user's engine. */
  readonly #base: CellReader = {
    values: (ref) => {
      const range = parseRangeRef(ref);
      if (!range?.sheet || !this.#engine.hasSheet(range.sheet)) return undefined;
      return this.#engine.getRangeValues({ ...range, sheet: range.sheet });
    },
    format: (sheet, position) => this.#engine.getFormat(sheet, position),
  };

  #readBase(outputs: Workbook['outputs']): ScenarioOutputs['values'] {
    return outputs.map((output) => toOutputValue(this.#base.values(output.ref)));
  }
}
