// View state of the workbook screen: which sheet is showing and which cells are
// selected. ag-grid Community has no range selection, so the selection is ours:
// an anchor (where it started) and a focus (the active cell), as in Excel.
import type { CellPosition, RangeRef } from '../../core/document';
import { formatRangeRef } from '../../core/document';

export class WorkbookViewState {
  #sheet = $state('');
  #anchor = $state.raw<CellPosition>({ row: 0, col: 0 });
  #focus = $state.raw<CellPosition>({ row: 0, col: 0 });
  /** rises when the grid should move keyboard focus to the active cell */
  #focusRequest = $state(0);

  constructor(sheet: string) {
    this.#sheet = sheet;
  }

  get sheet(): string {
    return this.#sheet;
  }
  get anchor(): CellPosition {
    return this.#anchor;
  }
  /** the active cell: the one the formula bar shows and typing edits */
  get active(): CellPosition {
    return this.#focus;
  }
  get focusRequest(): number {
    return this.#focusRequest;
  }

  /** the selection as a normalised range (start top-left, end bottom-right) */
  readonly range: RangeRef = $derived.by(() => ({
    start: {
      row: Math.min(this.#anchor.row, this.#focus.row),
      col: Math.min(this.#anchor.col, this.#focus.col),
    },
    end: {
      row: Math.max(this.#anchor.row, this.#focus.row),
      col: Math.max(this.#anchor.col, this.#focus.col),
    },
  }));

  /** what the name box shows: `C7` or `C7:E9` */
  readonly reference: string = $derived(formatRangeRef(this.range));

  showSheet(sheet: string): void {
    if (sheet === this.#sheet) return;
    this.#sheet = sheet;
    this.selectCell({ row: 0, col: 0 });
  }

  /** The shown sheet under a new name (renamed, or a rename undone): the selection stays. */
  followSheet(sheet: string): void {
    this.#sheet = sheet;
  }

  selectCell(position: CellPosition): void {
    this.#anchor = position;
    this.#focus = position;
  }

  /** Shift+arrow, Shift+click, drag: the anchor stays, the active end moves. */
  extendTo(position: CellPosition): void {
    this.#focus = position;
  }

  /** As Excel's name box does: the top-left cell becomes the active one. */
  selectRange(range: RangeRef): void {
    this.#anchor = range.end;
    this.#focus = range.start;
  }

  /** Asks the grid to scroll to the active cell and give it keyboard focus. */
  requestFocus(): void {
    this.#focusRequest++;
  }
}
