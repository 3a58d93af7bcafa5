// The ag-grid instance behind one workbook view, as a small object the Svelte
// component drives: it shows one sheet at a time, grows with the sheet, repaints
// after engine changes and moves keyboard focus. It holds no cell data: each row
// object is only its index and every cell asks the engine (or the scenario's value
// source) what to show, so an edit repaints by refreshing cells, never by
// rebuilding row data.
import { createGrid, type Column, type GridApi } from 'ag-grid-community';
import type { CellValue, WorkbookEngine } from '../../core/engine';
import {
  columnIndex,
  columnLetters,
  formatCellRef,
  MAX_COLUMNS,
  MAX_ROWS,
  type CellPosition,
  type RangeRef,
} from '../../core/document';
import type { InputDeclaration } from '../../core/file/schema';
import type { DocumentParts } from '../../core/engine';
import type { WorkbookViewState } from './workbook-view.svelte';
import { buildColumnDefs, ROW_HEADER_ID, type GridCellSource, type GridRow } from './grid-columns';
import { gridTheme, registerGridModules } from './grid-setup';
import {
  editText,
  inputsOnSheet,
  positionKey,
  writeTypedInput,
  type CellWriteHooks,
} from './cell-input';
import type { ValueSource } from './value-source';

export interface SheetGridOptions {
  engine: WorkbookEngine;
  view: WorkbookViewState;
  valueSource: () => ValueSource | undefined;
  hooks: CellWriteHooks;
}

/** Excel shows at least this much empty sheet beyond the last used cell. */
const MIN_ROWS = 100;
const SPARE_ROWS = 50;
const MIN_COLS = 26;
const SPARE_COLS = 5;
const DEFAULT_WIDTH = 100;

export class SheetGrid {
  readonly #api: GridApi<GridRow>;
  readonly #engine: WorkbookEngine;
  readonly #view: WorkbookViewState;
  readonly #valueSource: () => ValueSource | undefined;
  /** what the column definitions read each cell from */
  readonly #source: GridCellSource;
  #rows: GridRow[] = [];
  #columnCount = 0;
  #inputs = new Map<string, InputDeclaration>();
  #shownSheet = '';
  #paintedParts: DocumentParts;
  /** a plain copy of the selection: the class rules read it for every rendered cell */
  #selection: RangeRef;
  /** a refused edit, reopened so the user can correct it rather than retype it */
  #refused: (CellPosition & { text: string }) | undefined;
  /** set while our own code moves ag-grid's focus */
  #movingFocus = false;

  constructor(host: HTMLElement, options: SheetGridOptions) {
    registerGridModules();
    this.#engine = options.engine;
    this.#view = options.view;
    this.#valueSource = options.valueSource;
    this.#paintedParts = this.#engine.parts;
    this.#selection = this.#view.range;
    const source: GridCellSource = {
      value: (position) => this.valueAt(this.#view.sheet, position),
      format: (position) => this.#engine.getDisplayFormat(this.#view.sheet, position),
      editText: (position) =>
        this.#refused?.row === position.row && this.#refused.col === position.col
          ? this.#refused.text
          : editText(
              this.#engine.getContent(this.#view.sheet, position),
              this.#engine.getFormat(this.#view.sheet, position),
            ),
      commit: (position, typed) => {
        if (!writeTypedInput(this.#engine, this.#view.sheet, position, typed, options.hooks)) {
          this.#reopenEditor(position, typed);
        }
      },
      input: (position) =>
        this.#inputs.size === 0 ? undefined : this.#inputs.get(positionKey(position)),
      selection: () => this.#selection,
    };
    this.#api = createGrid<GridRow>(host, {
      theme: gridTheme,
      rowData: [],
      columnDefs: [],
      getRowId: (params) => String(params.data.r),
      // Excel's Enter: moves down when not editing, and commits then moves down when editing.
      enterNavigatesVertically: true,
      enterNavigatesVerticallyAfterEdit: true,
      stopEditingWhenCellsLoseFocus: true,
      suppressMovableColumns: true,
      animateRows: false,
      defaultColDef: { sortable: false, resizable: true, suppressHeaderMenuButton: true },
      // The grid is one stop in the Tab order, as an ARIA grid should be: Tab in lands on the
      // active cell, arrows move inside, Tab out leaves (never a walk through every header
      // and cell). While a cell is being edited, Tab commits and moves right, as in Excel.
      suppressHeaderFocus: true,
      tabToNextCell: (params) => (params.editing ? (params.nextCellPosition ?? true) : false),
      focusGridInnerElement: () => {
        this.focusActiveCell();
        return true;
      },
      // The grid is briefly empty while a sheet loads: no "No Rows To Show" in a live region.
      suppressNoRowsOverlay: true,
      // The editor is named by its cell ("Edit Summary!B5"), not ag-grid's "Input Editor".
      onCellEditingStarted: (event) => {
        const col = event.column.getColId();
        const row = event.rowIndex;
        if (row === null) return;
        const name = `Edit ${formatCellRef(this.#view.sheet, { row, col: columnIndex(col) })}`;
        queueMicrotask(() => {
          const editor = host.querySelector<HTMLInputElement>(
            `.ag-row[row-index="${row}"] .ag-cell[col-id="${col}"] input`,
          );
          if (!editor) return;
          editor.setAttribute('aria-label', name);
          // The formula bar follows the typing, live, as Excel's does.
          this.#view.showCellDraft(editor.value);
          editor.addEventListener('input', () => this.#view.showCellDraft(editor.value));
        });
      },
      onCellEditingStopped: () => this.#view.showCellDraft(undefined),
      onColumnResized: (event) => {
        if (!event.finished || event.source !== 'uiColumnResized' || !event.column) return;
        this.#engine.setColumnWidth(
          this.#view.sheet,
          event.column.getColId(),
          event.column.getActualWidth(),
        );
      },
    });
    this.#source = source;
    host.addEventListener('focusin', (event) => this.#onFocusIn(event));
    this.showSheet();
  }

  destroy(): void {
    this.#api.destroy();
  }

  valueAt(sheet: string, position: CellPosition): CellValue {
    const source = this.#valueSource();
    return source ? source.getValue(sheet, position) : this.#engine.getValue(sheet, position);
  }

  /** rows and columns the grid offers: the sheet's used area and room beyond it */
  bounds(): { rows: number; cols: number } {
    const size = this.#engine.sheetSize(this.#view.sheet);
    // The name box may go beyond the used area, as in Excel: the grid grows to reach it.
    const { end } = this.#view.range;
    return {
      rows: Math.min(
        MAX_ROWS,
        Math.max(MIN_ROWS, size.rows + SPARE_ROWS, end.row + 1 + SPARE_ROWS),
      ),
      cols: Math.min(
        MAX_COLUMNS,
        Math.max(MIN_COLS, size.cols + SPARE_COLS, end.col + 1 + SPARE_COLS),
      ),
    };
  }

  /** Shows the view's sheet if it is not the one shown. */
  showSheet(): void {
    const sheet = this.#view.sheet;
    if (sheet === this.#shownSheet || !this.#engine.hasSheet(sheet)) return;
    this.#shownSheet = sheet;
    this.#api.stopEditing(true);
    // ag-grid's focused cell belongs to the sheet that was shown.
    this.#api.clearFocusedCell();
    this.#api.setGridAriaProperty('label', `Sheet ${sheet}`);
    this.#inputs = inputsOnSheet(this.#engine, sheet);
    this.#fitToSheet();
    this.#applyColumnWidths();
    this.refresh(true);
    // The sheet's own selection, kept from when it was last shown, comes into view.
    this.#api.ensureIndexVisible(this.#view.active.row);
    this.#api.ensureColumnVisible(columnLetters(this.#view.active.col));
  }

  /**
   * After every engine change. ag-grid re-reads each rendered cell and redraws those
   * whose value changed; a change to formats or declarations (a new parts object)
   * redraws every rendered cell.
   */
  repaint(): void {
    if (!this.#engine.hasSheet(this.#view.sheet)) return;
    if (this.#view.sheet !== this.#shownSheet) {
      this.showSheet();
      return;
    }
    const partsChanged = this.#engine.parts !== this.#paintedParts;
    if (partsChanged) {
      this.#paintedParts = this.#engine.parts;
      this.#inputs = inputsOnSheet(this.#engine, this.#view.sheet);
      this.#applyColumnWidths();
    }
    this.#fitToSheet();
    this.refresh(partsChanged);
  }

  /** Redraws the selection (and everything, when forced). */
  refresh(force = false): void {
    this.#selection = this.#view.range;
    this.#api.refreshCells({ force });
  }

  /** Scrolls to the view's active cell and gives it keyboard focus. */
  focusActiveCell(): void {
    this.#fitToSheet();
    const { row, col } = this.#view.active;
    this.#api.ensureIndexVisible(row);
    this.#api.ensureColumnVisible(columnLetters(col));
    // Scrolling renders the new rows on the next animation frame; render them now so
    // the cell exists to take focus (otherwise the next key press goes nowhere).
    this.#api.flushAllAnimationFrames();
    this.#movingFocus = true;
    try {
      this.#api.setFocusedCell(row, columnLetters(col));
    } finally {
      this.#movingFocus = false;
    }
    this.refresh();
  }

  isEditing(): boolean {
    return this.#api.getEditingCells().length > 0;
  }

  /** The sheet cell under a DOM node (for mouse handling), if any. */
  positionAt(target: EventTarget | null): CellPosition | undefined {
    if (!(target instanceof Element)) return undefined;
    const cell = target.closest('.ag-cell');
    const row = cell?.closest('[row-index]')?.getAttribute('row-index');
    if (!cell || row === null || row === undefined) return undefined;
    return this.#position(Number(row), cell.getAttribute('col-id'));
  }

  #position(rowIndex: number | null, column: Column | string | null): CellPosition | undefined {
    if (rowIndex === null || column === null || Number.isNaN(rowIndex)) return undefined;
    const id = typeof column === 'string' ? column : column.getColId();
    if (id === ROW_HEADER_ID) return undefined;
    return { row: rowIndex, col: columnIndex(id) };
  }

  /**
   * As Excel does after refusing a formula: back to the cell, still editing, with
   * what was typed. Deferred because ag-grid finishes its own Enter (moving down)
   * after the commit returns.
   */
  #reopenEditor(position: CellPosition, text: string): void {
    setTimeout(() => {
      if (this.#api.isDestroyed()) return;
      this.#view.selectCell(position);
      this.focusActiveCell();
      this.#refused = { ...position, text };
      try {
        // 'F2' puts the caret at the end instead of selecting the text.
        this.#api.startEditingCell({
          rowIndex: position.row,
          colKey: columnLetters(position.col),
          key: 'F2',
        });
      } finally {
        this.#refused = undefined;
      }
    });
  }

  /**
   * A cell took keyboard focus: a plain move (click, arrows, Enter, Tab) selects it.
   * This listens to the DOM, not to ag-grid's cellFocused event, because ag-grid
   * can deliver that event late, after further key presses have moved on, and a
   * stale event would throw away a selection being extended.
   */
  #onFocusIn(event: FocusEvent): void {
    if (this.#movingFocus) return;
    const position = this.positionAt(event.target);
    if (!position) return;
    // Our own moves (extending, Shift+click, the name box) set the selection first.
    const { active } = this.#view;
    if (position.row === active.row && position.col === active.col) return;
    this.#view.selectCell(position);
    this.refresh();
  }

  /** Grows rows and columns as the sheet grows; row objects are reused, never rebuilt. */
  #fitToSheet(): void {
    const wanted = this.bounds();
    if (wanted.cols !== this.#columnCount) {
      this.#columnCount = wanted.cols;
      this.#api.setGridOption('columnDefs', buildColumnDefs(this.#columnCount, this.#source));
    }
    if (wanted.rows !== this.#rows.length) {
      const next = this.#rows.slice(0, wanted.rows);
      for (let r = next.length; r < wanted.rows; r++) next.push({ r });
      this.#rows = next;
      this.#api.setGridOption('rowData', this.#rows);
    }
  }

  #applyColumnWidths(): void {
    const widths = [];
    for (let col = 0; col < this.#columnCount; col++) {
      const letters = columnLetters(col);
      widths.push({
        key: letters,
        newWidth: this.#engine.getColumnWidth(this.#view.sheet, letters) ?? DEFAULT_WIDTH,
      });
    }
    this.#api.setColumnWidths(widths, true, 'api');
  }
}
