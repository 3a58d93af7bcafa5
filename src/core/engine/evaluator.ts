// A scratch copy of a workbook for asking "what if": it holds ONE HyperFormula
// instance, switches between scenarios by writing only the cells whose content
// differs between the current and the next scenario (one batch, so one
// recalculation), and keeps the base contents it needs to undo every override.
// The user's WorkbookEngine is never touched, so overrides cannot leak into it.
import type { HyperFormula, SimpleCellAddress } from 'hyperformula';
import { ENGINE_CONFIG } from './config';
import { buildHyperFormula, toCellValue } from './build';
import { toRawContent } from './cell-content';
import type { CellValue } from './cell-value';
import type { CellContent, Workbook } from '../file/schema';
import {
  parseCellRef,
  parseRangeRef,
  formatCellAddress,
  type CellPosition,
} from '../document/address';

/** Overrides keyed by cell ref (`Assumptions!B3`), as a scenario stores them. */
export type Overrides = Readonly<Record<string, CellContent>>;

/** A document's cell contents, sheet by sheet; treated as immutable once made. */
export type BaseCells = ReadonlyMap<string, Readonly<Record<string, CellContent>>>;

/** One cell whose content differs between two versions of a document. */
export interface CellEdit {
  sheet: string;
  /** A1 address, as the document keys cells */
  address: string;
  content: CellContent | undefined;
}

/** Undo is useless on a scratch copy and would cost memory on every switch. */
const EVALUATOR_CONFIG = { ...ENGINE_CONFIG, undoLimit: 0 };

interface Written {
  sheet: string;
  address: SimpleCellAddress;
  content: CellContent | undefined;
}

/** The document's cells as BaseCells, without copying: the caller must not change them afterwards. */
export function baseCellsOf(workbook: Workbook): BaseCells {
  return new Map(workbook.sheets.map((s) => [s.name, s.cells]));
}

/** What forces a rebuild rather than cell writes: the sheets and the named ranges. */
export function structureOf(workbook: Workbook): string {
  return JSON.stringify([workbook.sheets.map((s) => s.name), workbook.names]);
}

/** The cells that differ between `before` and `after` (same sheets assumed). */
export function diffCells(before: BaseCells, after: BaseCells): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const [sheet, cells] of after) {
    const old = before.get(sheet) ?? {};
    if (old === cells) continue;
    for (const address of changedKeys(old, cells))
      edits.push({ sheet, address, content: cells[address] });
  }
  return edits;
}

export class ScenarioEvaluator {
  #hf: HyperFormula;
  /** the document's cell contents, sheet by sheet, as last synced */
  #cells: BaseCells;
  #structure: string;
  /** cells currently holding something other than their base content, keyed `sheet!A1` */
  #written = new Map<string, Written>();

  private constructor(workbook: Workbook, base: BaseCells) {
    this.#hf = buildHyperFormula(workbook, EVALUATOR_CONFIG);
    this.#cells = base;
    this.#structure = structureOf(workbook);
  }

  /**
   * A scratch copy of the document. Pass `base` (from baseCellsOf) only when the
   * caller promises never to change the document's cells; otherwise they are copied.
   */
  static fromWorkbook(workbook: Workbook, base?: BaseCells): ScenarioEvaluator {
    return new ScenarioEvaluator(workbook, base ?? copyCells(workbook));
  }

  destroy(): void {
    this.#hf.destroy();
  }

  /**
   * Brings the scratch copy level with the document. Cell edits are written in
   * (in the same batch as `overrides`); a change of sheets or names rebuilds the
   * copy, which is rare and costs one build.
   */
  sync(workbook: Workbook, overrides: Overrides = {}): void {
    if (structureOf(workbook) !== this.#structure) {
      this.#hf.destroy();
      this.#hf = buildHyperFormula(workbook, EVALUATOR_CONFIG);
      this.#written.clear();
      this.#cells = copyCells(workbook);
      this.#structure = structureOf(workbook);
      this.useOverrides(overrides);
      return;
    }
    // Copies, so a caller changing its document afterwards cannot fool the next diff.
    const base = copyCells(workbook);
    this.applyEdits(diffCells(this.#cells, base), base, overrides);
  }

  /**
   * Writes cell edits already found by diffCells (the sheets being unchanged), with
   * the switch to `overrides`, as one batch; `base` is the document after the edits.
   */
  applyEdits(edits: readonly CellEdit[], base: BaseCells, overrides: Overrides): void {
    this.#cells = base;
    const writes: Written[] = [];
    for (const edit of edits) {
      const position = parseCellRef(edit.address);
      const sheetId = this.#hf.getSheetId(edit.sheet);
      if (!position || sheetId === undefined) continue;
      writes.push({
        sheet: edit.sheet,
        address: { sheet: sheetId, row: position.row, col: position.col },
        content: edit.content,
      });
    }
    this.#transition(overrides, writes);
  }

  /** Shows a scenario: overridden cells take the scenario's value, all others their base content. */
  useOverrides(overrides: Overrides): void {
    this.#transition(overrides, []);
  }

  getValue(sheet: string, position: CellPosition): CellValue {
    const id = this.#hf.getSheetId(sheet);
    if (id === undefined) return null;
    return toCellValue(this.#hf.getCellValue({ sheet: id, row: position.row, col: position.col }));
  }

  /** Values of a ref such as `Summary!B5` or `Cashflow!C20:L20`, row by row; undefined for a bad ref. */
  getRefValues(ref: string): CellValue[][] | undefined {
    const range = parseRangeRef(ref);
    const id = range?.sheet === undefined ? undefined : this.#hf.getSheetId(range.sheet);
    if (!range || id === undefined) return undefined;
    return this.#hf
      .getRangeValues({
        start: { sheet: id, row: range.start.row, col: range.start.col },
        end: { sheet: id, row: range.end.row, col: range.end.col },
      })
      .map((row) => row.map(toCellValue));
  }

  // ---- private ------------------------------------------------------------------

  /**
   * Writes, in one batch, the document's own edits and whatever differs between
   * the overrides now in place and the wanted ones.
   */
  #transition(overrides: Overrides, edits: Written[]): void {
    const wanted = new Map<string, Written>();
    for (const [ref, content] of Object.entries(overrides)) {
      const cell = parseCellRef(ref);
      const sheetId = cell?.sheet === undefined ? undefined : this.#hf.getSheetId(cell.sheet);
      if (!cell || cell.sheet === undefined || sheetId === undefined) continue;
      const key = `${cell.sheet}!${formatCellAddress(cell)}`;
      wanted.set(key, {
        sheet: cell.sheet,
        address: { sheet: sheetId, row: cell.row, col: cell.col },
        content,
      });
    }
    const writes: Written[] = [];
    // Edits first: an overridden cell keeps its override, which is re-applied below.
    for (const edit of edits) if (!this.#written.has(keyOf(edit))) writes.push(edit);
    for (const [key, current] of this.#written) {
      if (wanted.has(key)) continue;
      writes.push({ ...current, content: this.#baseContent(current) });
      this.#written.delete(key);
    }
    for (const [key, next] of wanted) {
      const current = this.#written.get(key);
      if (current && current.content === next.content) continue;
      if (!current && this.#baseContent(next) === next.content) continue;
      writes.push(next);
      this.#written.set(key, next);
    }
    if (writes.length === 0) return;
    // One batch, so one recalculation however many cells change.
    this.#hf.batch(() => {
      for (const w of writes) this.#hf.setCellContents(w.address, [[toRawContent(w.content)]]);
    });
  }

  #baseContent(cell: Written): CellContent | undefined {
    return this.#cells.get(cell.sheet)?.[formatCellAddress(cell.address)];
  }
}

function keyOf(cell: Written): string {
  return `${cell.sheet}!${formatCellAddress(cell.address)}`;
}

function changedKeys(
  before: Readonly<Record<string, CellContent>>,
  after: Readonly<Record<string, CellContent>>,
): string[] {
  const keys: string[] = [];
  const afterKeys = Object.keys(after);
  const beforeKeys = Object.keys(before);
  // Documents from toWorkbook() list cells in the same order every time, so after a
  // value edit the keys line up and a walk in step avoids a hash lookup per cell.
  if (afterKeys.length === beforeKeys.length) {
    const afterValues = Object.values(after);
    const beforeValues = Object.values(before);
    let aligned = true;
    for (let i = 0; i < afterKeys.length; i++) {
      if (afterKeys[i] !== beforeKeys[i]) {
        aligned = false;
        break;
      }
      if (afterValues[i] !== beforeValues[i]) keys.push(afterKeys[i]!);
    }
    if (aligned) return keys;
    keys.length = 0;
  }
  for (const key of afterKeys) if (before[key] !== after[key]) keys.push(key);
  for (const key of beforeKeys) if (after[key] === undefined) keys.push(key);
  return keys;
}

function copyCells(workbook: Workbook): BaseCells {
  return new Map(workbook.sheets.map((s) => [s.name, { ...s.cells }]));
}
