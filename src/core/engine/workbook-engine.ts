// The one adapter over HyperFormula. It is built from a Workbook document, answers
// every question about values, applies every edit, and turns itself back into a
// document for saving. One undo stack covers cell edits (the engine's own undo) and
// edits to the rest of the document (formats, sheet order, declarations).
import type { HyperFormula, SimpleCellAddress, SimpleCellRange } from 'hyperformula';
import { ENGINE_CONFIG } from './config';
import { buildHyperFormula, toCellValue, workbookFrom } from './build';
import {
  EditHistory,
  PARTS_ONLY,
  STRUCTURE,
  type ContentChange,
  type ContentRanges,
  type HistoryEntry,
} from './edit-history';

export type { ContentChange, ContentRanges };
import type { CellValue } from './cell-value';
import {
  blockContentProblem,
  fromSerializedContent,
  isFormulaReadable,
  toRawContent,
} from './cell-content';
import {
  partsFromWorkbook,
  sheetPartsOf,
  addSheetToParts,
  renameSheetInParts,
  removeSheetFromParts,
  moveSheetInParts,
  withFormat,
  withColumnWidth,
  type DocumentParts,
} from './document-parts';
import {
  rangesWrittenBy,
  emptyRows,
  planFill,
  planPaste,
  withCellFormats,
  withCopiedFormats,
} from './range-edits';
import { findSheetName, nextFreeSheetName, sheetNameProblem } from './sheet-names';
import { formulaOverInputProblem } from './input-guard';
import { fillUnitsWarning } from './fill-units';
import { journalEntryFor } from './journal-entry';
import type { JournalEntry } from '../file/journal';
import { writeReachProblem } from './edit-reach';
import type { CellContent, NumberFormat, Workbook } from '../file/schema';
import { formatCellAddress, type CellPosition, type RangeRef } from '../document/address';

/** A refusal says why; an edit that went through may still warn (a fill across units). */
export type EditResult = { ok: true; warning?: string } | { ok: false; message: string };

export interface ClipboardContents {
  sheet: string;
  range: RangeRef;
  cut: boolean;
}

/** What a change did; `journalEntry` is worked out only when a listener asks for it. */
export interface ChangeEvent {
  change: ContentChange;
  journalEntry: () => JournalEntry;
}

export type ChangeListener = (event: ChangeEvent) => void;

const FAIL = (message: string): EditResult => ({ ok: false, message });
const OK: EditResult = { ok: true };

export class WorkbookEngine {
  readonly #hf: HyperFormula;
  #parts: DocumentParts;
  readonly #history = new EditHistory(ENGINE_CONFIG.undoLimit ?? 100);
  readonly #listeners = new Set<ChangeListener>();

  private constructor(hf: HyperFormula, parts: DocumentParts) {
    this.#hf = hf;
    this.#parts = parts;
  }

  /** Builds the engine from a document that core/file has already validated. */
  static fromWorkbook(workbook: Workbook): WorkbookEngine {
    const hf = buildHyperFormula(workbook, ENGINE_CONFIG);
    // Loading is not an edit the user can undo.
    hf.clearUndoStack();
    return new WorkbookEngine(hf, partsFromWorkbook(workbook));
  }

  /** Checks a formula's grammar with the engine's own parser, without building a model. */
  static isFormulaValid(formula: string): boolean {
    return isFormulaReadable(formula);
  }

  destroy(): void {
    this.#hf.destroy();
    this.#listeners.clear();
  }

  // ---- reading -------------------------------------------------------------

  /** rises on every change; the UI and autosave watch it */
  get version(): number {
    return this.#history.version;
  }
  get parts(): DocumentParts {
    return this.#parts;
  }
  get sheetNames(): string[] {
    return this.#parts.sheets.map((s) => s.name);
  }
  hasSheet(name: string): boolean {
    return this.#parts.sheets.some((s) => s.name === name);
  }
  /** The cells a workbook-level name stands for (`Assumptions!$B$3`), the name matched ignoring case. */
  namedRange(name: string): string | undefined {
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) return undefined;
    return this.#hf.getNamedExpressionFormula(name)?.replace(/^=/, '');
  }

  /** the matching sheet name, compared as Excel does (case-insensitively) */
  findSheet(name: string): string | undefined {
    return findSheetName(this.#parts, name);
  }

  sheetSize(sheet: string): { rows: number; cols: number } {
    const { height, width } = this.#hf.getSheetDimensions(this.#sheetId(sheet));
    return { rows: height, cols: width };
  }

  getValue(sheet: string, position: CellPosition): CellValue {
    return toCellValue(this.#hf.getCellValue(this.#address(sheet, position)));
  }

  /** What the user typed: a formula as text, or the plain value. */
  getContent(sheet: string, position: CellPosition): CellContent | undefined {
    return fromSerializedContent(this.#hf.getCellSerialized(this.#address(sheet, position)));
  }

  isFormula(sheet: string, position: CellPosition): boolean {
    return this.#hf.doesCellHaveFormula(this.#address(sheet, position));
  }

  getFormat(sheet: string, position: CellPosition): NumberFormat {
    return sheetPartsOf(this.#parts, sheet).formats[formatCellAddress(position)] ?? 'general';
  }

  /**
   * The format a cell is shown in: its own, or, when it has none, a date for a formula
   * that returns one (=DATE(2027,3,31)), as Excel shows it. The engine tags such values
   * NUMBER_DATE; asked only for cells with no format, so formatted cells cost nothing more.
   */
  getDisplayFormat(sheet: string, position: CellPosition): NumberFormat {
    const own = this.getFormat(sheet, position);
    if (own !== 'general') return own;
    const type = this.#hf.getCellValueDetailedType(this.#address(sheet, position));
    return type === 'NUMBER_DATE' ? 'date' : own;
  }

  getColumnWidth(sheet: string, columnLetters: string): number | undefined {
    return sheetPartsOf(this.#parts, sheet).columnWidths[columnLetters];
  }

  /** Values for a ref such as `Summary!B5` or `Cashflow!B20:K20`, row by row. */
  getRangeValues(range: RangeRef & { sheet: string }): CellValue[][] {
    return this.#hf
      .getRangeValues(this.#range(range.sheet, range))
      .map((row) => row.map(toCellValue));
  }

  /** Evaluates a formula in the context of a sheet without storing it. */
  calculate(formula: string, sheet: string): CellValue | CellValue[][] {
    const value = this.#hf.calculateFormula(formula, this.#sheetId(sheet));
    return Array.isArray(value) ? value.map((row) => row.map(toCellValue)) : toCellValue(value);
  }

  // ---- change notification -------------------------------------------------

  onChange(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(change: ContentChange, before: DocumentParts): void {
    this.#history.noteChange(change);
    const after = this.#parts;
    const event: ChangeEvent = {
      change,
      journalEntry: () =>
        journalEntryFor(change, {
          before,
          after,
          contents: (sheet, range) => this.getRangeContents(sheet, range),
          document: () => this.toWorkbook(),
        }),
    };
    for (const listener of this.#listeners) listener(event);
  }

  /**
   * The cell ranges whose contents changed since `version`, or undefined when a
   * follower must rebuild from toWorkbook() (see EditHistory).
   */
  contentChangesSince(version: number): ContentRanges | undefined {
    return this.#history.contentChangesSince(version);
  }

  // ---- editing cells -------------------------------------------------------

  /** Writes one cell. A malformed formula is refused and nothing changes. */
  setCell(
    sheet: string,
    position: CellPosition,
    content: CellContent | undefined,
    format?: NumberFormat,
  ): EditResult {
    return this.setCells(sheet, position, [[content]], format);
  }

  /**
   * Writes a block of cells as one undo step (a paste, a fill). `format` sets one format
   * on the whole block, or, as rows beside `rows`, each cell's own (undefined: unchanged).
   */
  setCells(
    sheet: string,
    start: CellPosition,
    rows: (CellContent | undefined)[][],
    format?: NumberFormat | (NumberFormat | undefined)[][],
  ): EditResult {
    if (!this.hasSheet(sheet)) return FAIL(`There is no sheet named "${sheet}".`);
    const problem =
      blockContentProblem(rows, start, (f) => this.#hf.validateFormula(f)) ??
      writeReachProblem(this, this.#hf, sheet, start, rows);
    if (problem) return FAIL(problem);
    const { written, formatted } = rangesWrittenBy(start, rows);
    const overInput = formulaOverInputProblem(
      this.#parts,
      sheet,
      written,
      (p) => rows[p.row - start.row]?.[p.col - start.col],
    );
    if (overInput) return FAIL(overInput);
    const raw = rows.map((row) => row.map(toRawContent));
    const address = this.#address(sheet, start);
    if (!this.#hf.isItPossibleToSetCellContents(address)) {
      return FAIL('Those cells cannot be changed (outside the sheet).');
    }
    this.#engineEdit(
      { kind: 'cells', sheet, range: written },
      () => void this.#hf.setCellContents(address, raw),
      typeof format === 'string'
        ? withFormat(this.#parts, sheet, formatted, format)
        : format && withCellFormats(this.#parts, sheet, start, format),
    );
    return OK;
  }

  clearRange(sheet: string, range: RangeRef): EditResult {
    return this.setCells(sheet, range.start, emptyRows(range));
  }

  /** Excel's Ctrl+D / Ctrl+R: the first row (or column) of the range, references shifted. */
  fill(sheet: string, range: RangeRef, direction: 'down' | 'right'): EditResult {
    const plan = planFill(range, direction);
    if (!plan) return OK;
    const { source, target, sourceOf } = plan;
    const data = this.#hf.getFillRangeData(this.#range(sheet, source), this.#range(sheet, target));
    const overInput = formulaOverInputProblem(this.#parts, sheet, target, (p) =>
      fromSerializedContent(data[p.row - target.start.row]?.[p.col - target.start.col] ?? null),
    );
    if (overInput) return FAIL(overInput);
    const tooMuch = writeReachProblem(this, this.#hf, sheet, target.start, data);
    if (tooMuch) return FAIL(tooMuch);
    const address = this.#address(sheet, target.start);
    const formats = sheetPartsOf(this.#parts, sheet).formats;
    const parts = withCopiedFormats(this.#parts, sheet, target, formats, sourceOf);
    this.#engineEdit(
      { kind: 'cells', sheet, range: target },
      () => void this.#hf.setCellContents(address, data),
      parts,
    );
    const warning = fillUnitsWarning(this.#parts.inputs, sheet, target, sourceOf, direction);
    return warning ? { ok: true, warning } : OK;
  }

  /**
   * Pastes a copy made in this workbook: formulas keep their relative meaning
   * (`=Z90*2` copied from Y90 to Y91 becomes `=Z91*2`). A cut moves the cells, and
   * formulas that pointed at them follow. The target is tiled when it is a whole
   * multiple of the source, as in Excel.
   */
  pasteInternal(clip: ClipboardContents, sheet: string, target: RangeRef): EditResult {
    if (!this.hasSheet(clip.sheet))
      return FAIL(`The copied sheet "${clip.sheet}" no longer exists.`);
    const source = this.#range(clip.sheet, clip.range);
    const copied = this.getRangeContents(clip.sheet, clip.range);
    const copiedAt = (p: CellPosition) =>
      copied[p.row - clip.range.start.row]?.[p.col - clip.range.start.col];
    if (clip.cut) {
      // A move lands one copy at the target's top left (a one-cell target never tiles).
      const moved = planPaste(clip.range, { start: target.start, end: target.start });
      const overInput = formulaOverInputProblem(this.#parts, sheet, moved.area, (p) =>
        copiedAt(moved.sourceOf(p)),
      );
      if (overInput) return FAIL(overInput);
      const destination = this.#address(sheet, target.start);
      if (!this.#hf.isItPossibleToMoveCells(source, destination))
        return FAIL('Those cells cannot be moved there.');
      // A move rewrites the formulas that pointed at the cells: followers rebuild.
      this.#engineEdit(STRUCTURE, () => void this.#hf.moveCells(source, destination));
      return OK;
    }
    const { area, tileCorners, sourceOf } = planPaste(clip.range, target);
    // A pasted formula keeps its shape, so the copied content says whether one lands.
    const overInput = formulaOverInputProblem(this.#parts, sheet, area, (p) =>
      copiedAt(sourceOf(p)),
    );
    if (overInput) return FAIL(overInput);
    // Each tile copies the source's formulas, shifted: each covers as many cells.
    const copies = { copies: tileCorners.length, written: area };
    const tooMuch = writeReachProblem(this, this.#hf, sheet, area.start, copied, copies);
    if (tooMuch) return FAIL(tooMuch);
    const sourceFormats = sheetPartsOf(this.#parts, clip.sheet).formats;
    const parts = withCopiedFormats(this.#parts, sheet, area, sourceFormats, sourceOf);
    // The engine's copy/paste shifts relative references from each source cell to its
    // target cell. (getFillRangeData would not do for a paste: it aligns its pattern to
    // the source's own position, so a 3-row block pasted 2 rows lower came out rotated.)
    // Each tile is one paste and one step on the engine's stack (a batch cannot hold
    // a paste); the undo entry counts them, so Undo takes back the whole paste.
    this.#engineEdit(
      { kind: 'cells', sheet, range: area },
      () => {
        this.#hf.copy(source);
        for (const corner of tileCorners) this.#hf.paste(this.#address(sheet, corner));
        this.#hf.clearClipboard();
        return tileCorners.length;
      },
      parts,
    );
    return OK;
  }

  /** Contents of a range as the user typed them, for the system clipboard. */
  getRangeContents(sheet: string, range: RangeRef): (CellContent | undefined)[][] {
    return this.#hf
      .getRangeSerialized(this.#range(sheet, range))
      .map((row) => row.map(fromSerializedContent));
  }

  // ---- formats and widths (document parts) ----------------------------------

  setFormat(sheet: string, range: RangeRef, format: NumberFormat): EditResult {
    if (!this.hasSheet(sheet)) return FAIL(`There is no sheet named "${sheet}".`);
    this.#partsEdit(withFormat(this.#parts, sheet, range, format));
    return OK;
  }

  setColumnWidth(sheet: string, columnLetters: string, width: number): void {
    this.#partsEdit(withColumnWidth(this.#parts, sheet, columnLetters, width));
  }

  /** Replaces the non-cell parts wholesale (declarations, scenarios, charts, meta). */
  updateParts(update: (parts: DocumentParts) => DocumentParts): void {
    this.#partsEdit(update(this.#parts));
  }

  // ---- sheets ---------------------------------------------------------------

  /** Why a sheet name is not acceptable, or undefined when it is. */
  checkSheetName(name: string, renaming?: string): string | undefined {
    return sheetNameProblem(this.#parts, name.normalize('NFC'), renaming);
  }

  nextSheetName(): string {
    return nextFreeSheetName(this.#parts);
  }

  addSheet(typed = this.nextSheetName()): EditResult {
    // Kept as keyboards type it (NFC), so a formula typed later names the same sheet.
    const name = typed.normalize('NFC');
    const problem = this.checkSheetName(name);
    if (problem) return FAIL(problem);
    const next = addSheetToParts(this.#parts, name);
    this.#engineEdit(STRUCTURE, () => void this.#hf.addSheet(name), next);
    return OK;
  }

  renameSheet(oldName: string, typed: string): EditResult {
    if (!this.hasSheet(oldName)) return FAIL(`There is no sheet named "${oldName}".`);
    const newName = typed.normalize('NFC');
    if (oldName === newName) return OK;
    const problem = this.checkSheetName(newName, oldName);
    if (problem) return FAIL(problem);
    const next = renameSheetInParts(this.#parts, oldName, newName);
    this.#engineEdit(STRUCTURE, () => this.#hf.renameSheet(this.#sheetId(oldName), newName), next);
    return OK;
  }

  removeSheet(name: string): EditResult {
    if (!this.hasSheet(name)) return FAIL(`There is no sheet named "${name}".`);
    if (this.#parts.sheets.length === 1) return FAIL('A workbook needs at least one sheet.');
    const next = removeSheetFromParts(this.#parts, name);
    this.#engineEdit(STRUCTURE, () => void this.#hf.removeSheet(this.#sheetId(name)), next);
    return OK;
  }

  moveSheet(name: string, toIndex: number): EditResult {
    if (!this.hasSheet(name)) return FAIL(`There is no sheet named "${name}".`);
    this.#partsEdit(moveSheetInParts(this.#parts, name, toIndex), STRUCTURE);
    return OK;
  }

  // ---- undo / redo ------------------------------------------------------------

  get canUndo(): boolean {
    return this.#history.canUndo;
  }
  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  undo(): boolean {
    return this.#replay(this.#history.takeUndo(), 'before', () => this.#hf.undo());
  }

  redo(): boolean {
    return this.#replay(this.#history.takeRedo(), 'after', () => this.#hf.redo());
  }

  // ---- back to a document --------------------------------------------------

  /** The whole document as it now stands, ready to save or export. */
  toWorkbook(modifiedAt: string = new Date().toISOString()): Workbook {
    return workbookFrom(this.#hf, this.#parts, modifiedAt);
  }

  // ---- private ------------------------------------------------------------------

  /** Runs an engine edit; the operation may say how many engine undo steps it took. */
  #engineEdit(
    change: ContentChange,
    operation: () => number | void,
    after: DocumentParts = this.#parts,
  ): void {
    const before = this.#parts;
    const steps = operation() ?? 1;
    this.#parts = after;
    this.#history.record({ engine: steps, before, after, change });
    this.#changed(change, before);
  }

  #partsEdit(after: DocumentParts, change: ContentChange = PARTS_ONLY): void {
    if (after === this.#parts) return;
    const before = this.#parts;
    this.#history.record({ engine: 0, before, after, change });
    this.#parts = after;
    this.#changed(change, before);
  }

  /** Undoes or redoes an entry: as many engine steps as it took, then its parts on that side. */
  #replay(
    entry: HistoryEntry | undefined,
    side: 'before' | 'after',
    engineStep: () => unknown,
  ): boolean {
    if (!entry) return false;
    for (let step = 0; step < entry.engine; step++) engineStep();
    const before = this.#parts;
    this.#parts = entry[side];
    this.#changed(entry.change, before);
    return true;
  }

  #sheetId(sheet: string): number {
    const id = this.#hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`No sheet named ${sheet}`);
    return id;
  }

  #address(sheet: string, position: CellPosition): SimpleCellAddress {
    return { sheet: this.#sheetId(sheet), row: position.row, col: position.col };
  }

  #range(sheet: string, range: RangeRef): SimpleCellRange {
    return { start: this.#address(sheet, range.start), end: this.#address(sheet, range.end) };
  }
}
