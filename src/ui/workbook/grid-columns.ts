// Column definitions for the ag-grid view of one sheet. The grid holds no data:
// each row object is just its index, and every cell asks the engine (or a scenario's
// value source) what to show, so an edit repaints by refreshing cells, never by
// rebuilding row data.
import type {
  CellClassParams,
  ColDef,
  ICellRendererParams,
  ValueFormatterParams,
  ValueGetterParams,
} from 'ag-grid-community';
import { isCellError, type CellValue } from '../../core/engine';
import { columnLetters, type CellPosition, type RangeRef } from '../../core/document';
import type { InputDeclaration, NumberFormat } from '../../core/file/schema';
import { formatValue } from '../../core/format';

export interface GridRow {
  r: number;
}

/** What the columns need to know, read fresh on every paint. */
export interface GridCellSource {
  value(position: CellPosition): CellValue;
  format(position: CellPosition): NumberFormat;
  /** the text the in-cell editor starts with (the raw content) */
  editText(position: CellPosition): string;
  /** what the user typed into a cell, committed by Enter, Tab or a click away */
  commit(position: CellPosition, typed: string): void;
  input(position: CellPosition): InputDeclaration | undefined;
  selection(): RangeRef;
}

export const ROW_HEADER_ID = 'row-number';

export function displayText(value: CellValue, format: NumberFormat): string {
  return isCellError(value) ? value.error : formatValue(value, format);
}

function positionOf(
  params: { node: { rowIndex: number | null } | null; data?: GridRow | undefined },
  col: number,
): CellPosition {
  return { row: params.data?.r ?? params.node?.rowIndex ?? 0, col };
}

function renderCell(
  params: ICellRendererParams<GridRow, CellValue>,
  col: number,
  source: GridCellSource,
): HTMLElement {
  const span = document.createElement('span');
  const value = params.value ?? null;
  const text = params.valueFormatted ?? '';
  const cell = params.eGridCell;
  if (isCellError(value)) {
    // A marker besides colour: the warning sign and the code itself.
    const mark = document.createElement('span');
    mark.className = 'wb-error-mark';
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '⚠';
    span.append(mark, text);
  } else {
    span.textContent = text;
  }
  const input = source.input(positionOf(params, col));
  if (input) {
    const name = `${input.label} (input${input.unit ? `, ${input.unit}` : ''}): ${text || 'empty'}`;
    cell.setAttribute('aria-label', name);
    // On the content: ag-grid manages the cell's own title attribute.
    span.title = `Input: ${input.label}${input.unit ? ` (${input.unit})` : ''}`;
  } else if (cell.hasAttribute('aria-label')) {
    cell.removeAttribute('aria-label');
  }
  return span;
}

export function buildColumnDefs(count: number, source: GridCellSource): ColDef<GridRow>[] {
  const rowHeader: ColDef<GridRow> = {
    colId: ROW_HEADER_ID,
    headerName: '',
    pinned: 'left',
    width: 56,
    editable: false,
    resizable: false,
    suppressNavigable: true,
    valueGetter: (params) => (params.data?.r ?? 0) + 1,
    cellClass: 'wb-row-header',
  };
  const columns: ColDef<GridRow>[] = [rowHeader];
  for (let col = 0; col < count; col++) {
    const letters = columnLetters(col);
    columns.push({
      colId: letters,
      headerName: letters,
      editable: true,
      width: 100,
      // The file format allows widths from 10px (a spacer column). ag-grid resizes a
      // batch all-or-nothing, so one width under the theme's minimum would cancel them all.
      minWidth: 10,
      valueGetter: (params: ValueGetterParams<GridRow>) => source.value(positionOf(params, col)),
      valueFormatter: (params: ValueFormatterParams<GridRow, CellValue>) =>
        displayText(params.value ?? null, source.format(positionOf(params, col))),
      // No data type, so ag-grid neither converts nor checks what was typed: it is the engine's.
      cellDataType: false,
      // Called inside ag-grid's own commit, so the engine has the edit before that key
      // press ends and the grid never paints the old value in between (ag-grid's
      // cellEditRequest event would arrive in a later task). Returning false tells
      // ag-grid that its row data (only the row index) did not change.
      valueSetter: (params) => {
        const typed =
          params.newValue === null || params.newValue === undefined ? '' : String(params.newValue);
        source.commit(positionOf(params, col), typed);
        return false;
      },
      cellEditorParams: (params: { data?: GridRow; node: { rowIndex: number | null } | null }) => ({
        value: source.editText(positionOf(params, col)),
      }),
      cellRenderer: (params: ICellRendererParams<GridRow, CellValue>) =>
        renderCell(params, col, source),
      cellClassRules: {
        'wb-number': (p: CellClassParams<GridRow, CellValue>) => typeof p.value === 'number',
        'wb-error': (p: CellClassParams<GridRow, CellValue>) => isCellError(p.value ?? null),
        'wb-input': (p: CellClassParams<GridRow, CellValue>) =>
          source.input(positionOf(p, col)) !== undefined,
        ...selectionClassRules(col, source),
      },
    });
  }
  return columns;
}

type SelectionRule = (p: CellClassParams<GridRow, CellValue>) => boolean;

/** The selection is tinted and outlined, so it does not rely on colour alone. */
function selectionClassRules(col: number, source: GridCellSource): Record<string, SelectionRule> {
  const inside = (row: number, range: RangeRef) =>
    row >= range.start.row &&
    row <= range.end.row &&
    col >= range.start.col &&
    col <= range.end.col;
  const rule =
    (edge: (row: number, range: RangeRef) => boolean): SelectionRule =>
    (p) => {
      const row = positionOf(p, col).row;
      const range = source.selection();
      return inside(row, range) && edge(row, range);
    };
  return {
    'wb-selected': rule(() => true),
    'wb-sel-top': rule((row, range) => row === range.start.row),
    'wb-sel-bottom': rule((row, range) => row === range.end.row),
    'wb-sel-left': rule((_, range) => col === range.start.col),
    'wb-sel-right': rule((_, range) => col === range.end.col),
  };
}
