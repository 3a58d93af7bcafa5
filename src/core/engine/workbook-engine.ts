// The one adapter over HyperFormula. It is built from a Workbook document, answers
// every question about values, applies every edit, and turns itself back into a
// document for saving. One undo stack covers cell edits (the engine's own undo) and
// edits to the rest of the document (formats, sheet order, declarations).
import {
  HyperFormula,
  type RawCellContent,
  type SimpleCellAddress,
  type SimpleCellRange,
} from 'hyperformula';
import { ENGINE_CONFIG } from './config';
import { buildHyperFormula, toCellValue, workbookFrom } from './build';
import {
  EditHistory,
  PARTS_ONLY,
  STRUCTURE,
  type ContentChange,
  type ContentRanges,
} from './edit-history';

export type { ContentChange, ContentRanges };
import type { CellValue } from './cell-value';
import {
  mapSheet,
  withFormat,
  partsFromWorkbook,
  removeSheetFromParts,
  renameSheetInParts,
  type DocumentParts,
} from './document-parts';
import type { CellContent, NumberFormat, Workbook } from '../file/schema';
import { sheetNameSchema } from '../file/schema';
import {
  formatCellAddress,
  positionsIn,
  type CellPosition,
  type RangeRef,
} from '../document/address';

export type EditResult = { ok: true } | { ok: false; message: string };

export interface ClipboardContents {
  sheet: string;
  range: RangeRef;
  cut: boolean;
}

export type ChangeListener = () => void;

const FAIL = (message: string): EditResult => ({ ok: false, message });
const OK: EditResult = { ok: true };

function toRaw(content: CellContent | undefined): RawCellContent {
  return content === undefined ? null : content;
}

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
    return formulaChecker().validateFormula(formula);
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
  /** the matching sheet name, compared as Excel does (case-insensitively) */
  findSheet(name: string): string | undefined {
    const lower = name.toLowerCase();
    return this.#parts.sheets.find((s) => s.name.toLowerCase() === lower)?.name;
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
    const raw = this.#hf.getCellSerialized(this.#address(sheet, position));
    return raw === null || raw === undefined || raw instanceof Date
      ? undefined
      : (raw as CellContent);
  }

  isFormula(sheet: string, position: CellPosition): boolean {
    return this.#hf.doesCellHaveFormula(this.#address(sheet, position));
  }

  getFormat(sheet: string, position: CellPosition): NumberFormat {
    return this.#sheetParts(sheet).formats[formatCellAddress(position)] ?? 'general';
  }

  getColumnWidth(sheet: string, columnLetters: string): number | undefined {
    return this.#sheetParts(sheet).columnWidths[columnLetters];
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

  #changed(change: ContentChange): void {
    this.#history.noteChange(change);
    for (const listener of this.#listeners) listener();
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

  /** Writes a block of cells as one undo step (a paste, a fill). */
  setCells(
    sheet: string,
    start: CellPosition,
    rows: (CellContent | undefined)[][],
    format?: NumberFormat,
  ): EditResult {
    if (!this.hasSheet(sheet)) return FAIL(`There is no sheet named "${sheet}".`);
    for (const [r, row] of rows.entries()) {
      for (const [c, content] of row.entries()) {
        const problem = this.#checkContent(content);
        if (problem) {
          const where = formatCellAddress({ row: start.row + r, col: start.col + c });
          return FAIL(`${where}: ${problem}`);
        }
      }
    }
    const raw = rows.map((row) => row.map(toRaw));
    const address = this.#address(sheet, start);
    if (!this.#hf.isItPossibleToSetCellContents(address)) {
      return FAIL('Those cells cannot be changed (outside the sheet).');
    }
    const width = Math.max(1, ...rows.map((r) => r.length));
    const written: RangeRef = {
      start,
      end: { row: start.row + Math.max(1, rows.length) - 1, col: start.col + width - 1 },
    };
    const formatted =
      format === undefined
        ? undefined
        : withFormat(
            this.#parts,
            sheet,
            {
              start,
              end: { row: start.row + rows.length - 1, col: start.col + width - 1 },
            },
            format,
          );
    this.#engineEdit(
      { kind: 'cells', sheet, range: written },
      () => void this.#hf.setCellContents(address, raw),
      formatted,
    );
    return OK;
  }

  clearRange(sheet: string, range: RangeRef): EditResult {
    const rows: undefined[][] = [];
    for (let r = range.start.row; r <= range.end.row; r++) {
      rows.push(new Array<undefined>(range.end.col - range.start.col + 1).fill(undefined));
    }
    return this.setCells(sheet, range.start, rows);
  }

  /** Excel's Ctrl+D / Ctrl+R: the first row (or column) of the range, references shifted. */
  fill(sheet: string, range: RangeRef, direction: 'down' | 'right'): EditResult {
    const source: RangeRef =
      direction === 'down'
        ? { start: range.start, end: { row: range.start.row, col: range.end.col } }
        : { start: range.start, end: { row: range.end.row, col: range.start.col } };
    const target: RangeRef =
      direction === 'down'
        ? { start: { row: range.start.row + 1, col: range.start.col }, end: range.end }
        : { start: { row: range.start.row, col: range.start.col + 1 }, end: range.end };
    if (target.start.row > target.end.row || target.start.col > target.end.col) return OK;
    const data = this.#hf.getFillRangeData(this.#range(sheet, source), this.#range(sheet, target));
    const address = this.#address(sheet, target.start);
    const formats = this.#sheetParts(sheet).formats;
    let parts = this.#parts;
    for (const position of positionsIn(target)) {
      const from =
        direction === 'down'
          ? { row: range.start.row, col: position.col }
          : { row: position.row, col: range.start.col };
      parts = withFormat(
        parts,
        sheet,
        { start: position, end: position },
        formats[formatCellAddress(from)] ?? 'general',
      );
    }
    this.#engineEdit(
      { kind: 'cells', sheet, range: target },
      () => void this.#hf.setCellContents(address, data),
      parts,
    );
    return OK;
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
    const rows = clip.range.end.row - clip.range.start.row + 1;
    const cols = clip.range.end.col - clip.range.start.col + 1;
    if (clip.cut) {
      const destination = this.#address(sheet, target.start);
      if (!this.#hf.isItPossibleToMoveCells(source, destination))
        return FAIL('Those cells cannot be moved there.');
      // A move rewrites the formulas that pointed at the cells: followers rebuild.
      this.#engineEdit(STRUCTURE, () => void this.#hf.moveCells(source, destination));
      return OK;
    }
    const targetRows = target.end.row - target.start.row + 1;
    const targetCols = target.end.col - target.start.col + 1;
    const tile = targetRows % rows === 0 && targetCols % cols === 0;
    const end = tile
      ? target.end
      : { row: target.start.row + rows - 1, col: target.start.col + cols - 1 };
    const sourceFormats = this.#sheetParts(clip.sheet).formats;
    let parts = this.#parts;
    for (const position of positionsIn({ start: target.start, end })) {
      const from = {
        row: clip.range.start.row + ((position.row - target.start.row) % rows),
        col: clip.range.start.col + ((position.col - target.start.col) % cols),
      };
      const format = sourceFormats[formatCellAddress(from)] ?? 'general';
      parts = withFormat(parts, sheet, { start: position, end: position }, format);
    }
    // The engine's copy/paste shifts relative references from each source cell to its
    // target cell. (getFillRangeData would not do for a paste: it aligns its pattern to
    // the source's own position, so a 3-row block pasted 2 rows lower came out rotated.)
    // Each tile is one paste and one step on the engine's stack (a batch cannot hold
    // a paste); the undo entry counts them, so Undo takes back the whole paste.
    let tiles = 0;
    this.#engineEdit(
      { kind: 'cells', sheet, range: { start: target.start, end } },
      () => {
        this.#hf.copy(source);
        for (let row = target.start.row; row <= end.row; row += rows) {
          for (let col = target.start.col; col <= end.col; col += cols) {
            this.#hf.paste(this.#address(sheet, { row, col }));
            tiles++;
          }
        }
        this.#hf.clearClipboard();
        return tiles;
      },
      parts,
    );
    return OK;
  }

  /** Contents of a range as the user typed them, for the system clipboard. */
  getRangeContents(sheet: string, range: RangeRef): (CellContent | undefined)[][] {
    return this.#hf
      .getRangeSerialized(this.#range(sheet, range))
      .map((row) =>
        row.map((raw) => (raw === null || raw instanceof Date ? undefined : (raw as CellContent))),
      );
  }

  // ---- formats and widths (document parts) ----------------------------------

  setFormat(sheet: string, range: RangeRef, format: NumberFormat): EditResult {
    if (!this.hasSheet(sheet)) return FAIL(`There is no sheet named "${sheet}".`);
    this.#partsEdit(withFormat(this.#parts, sheet, range, format));
    return OK;
  }

  setColumnWidth(sheet: string, columnLetters: string, width: number): void {
    const next = mapSheet(this.#parts, sheet, (s) => ({
      ...s,
      columnWidths: {
        ...s.columnWidths,
        [columnLetters]: Math.round(Math.min(2000, Math.max(10, width))),
      },
    }));
    this.#partsEdit(next);
  }

  /** Replaces the non-cell parts wholesale (declarations, scenarios, charts, meta). */
  updateParts(update: (parts: DocumentParts) => DocumentParts): void {
    this.#partsEdit(update(this.#parts));
  }

  // ---- sheets ---------------------------------------------------------------

  /** Why a sheet name is not acceptable, or undefined when it is. */
  checkSheetName(name: string, renaming?: string): string | undefined {
    const parsed = sheetNameSchema.safeParse(name);
    if (!parsed.success)
      return parsed.error.issues[0]?.message ?? 'That is not a valid sheet name.';
    const clash = this.findSheet(name);
    if (clash !== undefined && clash !== renaming)
      return `There is already a sheet named "${clash}".`;
    return undefined;
  }

  nextSheetName(): string {
    for (let n = this.#parts.sheets.length + 1; ; n++) {
      const name = `Sheet${n}`;
      if (!this.findSheet(name)) return name;
    }
  }

  addSheet(name = this.nextSheetName()): EditResult {
    const problem = this.checkSheetName(name);
    if (problem) return FAIL(problem);
    const next = {
      ...this.#parts,
      sheets: [...this.#parts.sheets, { name, formats: {}, columnWidths: {} }],
    };
    this.#engineEdit(STRUCTURE, () => void this.#hf.addSheet(name), next);
    return OK;
  }

  renameSheet(oldName: string, newName: string): EditResult {
    if (!this.hasSheet(oldName)) return FAIL(`There is no sheet named "${oldName}".`);
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
    const from = this.sheetNames.indexOf(name);
    if (from < 0) return FAIL(`There is no sheet named "${name}".`);
    const sheets = [...this.#parts.sheets];
    const [moved] = sheets.splice(from, 1);
    sheets.splice(Math.max(0, Math.min(sheets.length, toIndex)), 0, moved!);
    this.#partsEdit({ ...this.#parts, sheets }, STRUCTURE);
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
    const entry = this.#history.takeUndo();
    if (!entry) return false;
    for (let step = 0; step < entry.engine; step++) this.#hf.undo();
    this.#parts = entry.before;
    this.#changed(entry.change);
    return true;
  }

  redo(): boolean {
    const entry = this.#history.takeRedo();
    if (!entry) return false;
    for (let step = 0; step < entry.engine; step++) this.#hf.redo();
    this.#parts = entry.after;
    this.#changed(entry.change);
    return true;
  }

  // ---- back to a document --------------------------------------------------

  /** The whole document as it now stands, ready to save or export. */
  toWorkbook(modifiedAt: string = new Date().toISOString()): Workbook {
    return workbookFrom(this.#hf, this.#parts, modifiedAt);
  }

  // ---- private ------------------------------------------------------------------

  #checkContent(content: CellContent | undefined): string | undefined {
    if (typeof content === 'number' && !Number.isFinite(content)) return 'numbers must be finite.';
    if (typeof content === 'string' && content.startsWith('=') && content.length > 1) {
      if (!this.#hf.validateFormula(content)) {
        return `the formula ${content} cannot be read: check its brackets, commas and quotes.`;
      }
    }
    return undefined;
  }

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
    this.#changed(change);
  }

  #partsEdit(after: DocumentParts, change: ContentChange = PARTS_ONLY): void {
    if (after === this.#parts) return;
    this.#history.record({ engine: 0, before: this.#parts, after, change });
    this.#parts = after;
    this.#changed(change);
  }

  #sheetParts(sheet: string): DocumentParts['sheets'][number] {
    const found = this.#parts.sheets.find((s) => s.name === sheet);
    if (!found) throw new Error(`No sheet named ${sheet}`);
    return found;
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
    const id = this.#sheetId(sheet);
    return {
      start: { sheet: id, row: range.start.row, col: range.start.col },
      end: { sheet: id, row: range.end.row, col: range.end.col },
    };
  }
}

let checker: HyperFormula | undefined;
/** One idle engine instance, kept only to check formula grammar. */
function formulaChecker(): HyperFormula {
  checker ??= HyperFormula.buildEmpty(ENGINE_CONFIG);
  return checker;
}
