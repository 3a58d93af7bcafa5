// View state of the workbook screen: which sheet is showing and which cells are
// selected. ag-grid Community has no range selection, so the selection is ours:
// an anchor (where it started) and a focus (the active cell), as in Excel. As in
// Excel too, each sheet keeps its own selection while another sheet is shown.
import type { CellPosition, RangeRef } from '../../core/document';
import { formatRangeRef } from '../../core/document';

export class WorkbookViewState {
  #sheet = $state('');
  #anchor = $state.raw<CellPosition>({ row: 0, col: 0 });
  #focus = $state.raw<CellPosition>({ row: 0, col: 0 });
  /** rises when the grid should move keyboard focus to the active cell */
  #focusRequest = $state(0);
  /** what is being typed in the cell editor, while one is open: the formula bar shows it */
  #cellDraft = $state<string | undefined>(undefined);
  /** the selection each sheet had when it was left, by sheet name in lower case */
  // Not state: nothing displays it; showSheet reads it once, then sets the state above.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #left = new Map<string, { anchor: CellPosition; focus: CellPosition }>();

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

  /** Shows another sheet with the selection it had when it was left (A1 at first). */
  showSheet(sheet: string): void {
    if (sheet === this.#sheet) return;
    this.#left.set(this.#sheet.toLowerCase(), { anchor: this.#anchor, focus: this.#focus });
    this.#sheet = sheet;
    const kept = this.#left.get(sheet.toLowerCase());
    this.#anchor = kept?.anchor ?? { row: 0, col: 0 };
    this.#focus = kept?.focus ?? { row: 0, col: 0 };
  }

  /** The shown sheet under a new name (renamed, or a rename undone): the selection stays. */
  followSheet(sheet: string): void {
    this.#sheet = sheet;
  }

  /** Forgets what a sheet had selected: it was deleted, or a new one took its name. */
  forgetSheet(sheet: string): void {
    this.#left.delete(sheet.toLowerCase());
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

  get cellDraft(): string | undefined {
    return this.#cellDraft;
  }

  /** The in-cell editor's text as it is typed (undefined once it closes), as Excel shows it. */
  showCellDraft(text: string | undefined): void {
    this.#cellDraft = text;
  }
}
