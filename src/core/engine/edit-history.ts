// The engine's memory of edits: one undo stack over cell edits (the engine's own
// undo steps) and document-part edits, and a short log of what each change did to
// cell contents, so followers (the scenario engines) can mirror edits cheaply.
import type { RangeRef } from '../document/address';
import type { DocumentParts } from './document-parts';

/** What an edit did to cell contents. */
export type ContentChange =
  | { kind: 'cells'; sheet: string; range: RangeRef }
  /** formats, declarations, scenarios: no cell content changed */
  | { kind: 'parts' }
  /** sheets added, renamed, removed or reordered, or cells moved: followers rebuild */
  | { kind: 'structure' };

/** Cell ranges whose contents changed, sheet by sheet. */
export type ContentRanges = { sheet: string; range: RangeRef }[];

export const PARTS_ONLY: ContentChange = { kind: 'parts' };
export const STRUCTURE: ContentChange = { kind: 'structure' };

export interface HistoryEntry {
  /** how many steps the engine's own undo stack holds for this entry (0 for parts only) */
  engine: number;
  before: DocumentParts;
  after: DocumentParts;
  /** undoing or redoing touches the same cells as doing */
  change: ContentChange;
}

/** How many recent changes followers can ask about before they must rebuild. */
const CHANGE_LOG_LENGTH = 64;

export class EditHistory {
  readonly #undo: HistoryEntry[] = [];
  readonly #redo: HistoryEntry[] = [];
  readonly #log: { version: number; change: ContentChange }[] = [];
  #version = 0;

  /** `engineStepLimit`: the engine's own undo limit, which this stack must not outgrow. */
  constructor(private readonly engineStepLimit: number) {}

  /** rises with every change */
  get version(): number {
    return this.#version;
  }
  get canUndo(): boolean {
    return this.#undo.length > 0;
  }
  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** A new edit: it can be undone, and nothing can be redone any more. */
  record(entry: HistoryEntry): void {
    this.#undo.push(entry);
    // The engine trims its own stack at its limit in steps; ours must trim alike or they drift apart.
    const limit = this.engineStepLimit;
    while (this.#undo.length > limit || this.#undo.reduce((sum, e) => sum + e.engine, 0) > limit)
      this.#undo.shift();
    this.#redo.length = 0;
  }

  /** The entry to undo, moved to the redo stack. */
  takeUndo(): HistoryEntry | undefined {
    const entry = this.#undo.pop();
    if (entry) this.#redo.push(entry);
    return entry;
  }

  /** The entry to redo, moved back to the undo stack. */
  takeRedo(): HistoryEntry | undefined {
    const entry = this.#redo.pop();
    if (entry) this.#undo.push(entry);
    return entry;
  }

  /** Counts a change and remembers what it did to cells. */
  noteChange(change: ContentChange): void {
    this.#version++;
    this.#log.push({ version: this.#version, change });
    if (this.#log.length > CHANGE_LOG_LENGTH) this.#log.shift();
  }

  /**
   * The cell ranges whose contents changed since `version`, or undefined when a
   * follower must rebuild: the structure changed, or the change is too old to be in the log.
   */
  contentChangesSince(version: number): ContentRanges | undefined {
    if (version === this.#version) return [];
    const first = this.#log[0];
    if (!first || first.version > version + 1 || version > this.#version) return undefined;
    const ranges: ContentRanges = [];
    for (const { version: at, change } of this.#log) {
      if (at <= version) continue;
      if (change.kind === 'structure') return undefined;
      if (change.kind === 'cells') ranges.push({ sheet: change.sheet, range: change.range });
    }
    return ranges;
  }
}
