// From a Workbook document to a HyperFormula instance, and from the engine's values
// back to ours: shared by the user's engine and the scenario engines, so both read a
// document the same way.
import {
  DetailedCellError,
  HyperFormula,
  type ConfigParams,
  type RawCellContent,
} from 'hyperformula';
import type { CellValue, ErrorCode } from './cell-value';
import type { CellContent, Workbook } from '../file/schema';
import { parseCellAddress } from '../document/address';

/** Builds an engine holding the document's sheets and named ranges. */
export function buildHyperFormula(workbook: Workbook, config: Partial<ConfigParams>): HyperFormula {
  // fromEntries makes own properties, so a sheet named "__proto__" is a sheet, not a prototype.
  const sheets: Record<string, RawCellContent[][]> = Object.fromEntries(
    workbook.sheets.map((sheet) => [sheet.name, sheetToArray(sheet.cells)]),
  );
  const names = workbook.names.map((n) => ({ name: n.name, expression: `=${n.ref}` }));
  return HyperFormula.buildFromSheets(sheets, config, names);
}

/** A sparse sheet (`{ C7: 12 }`) as the dense rows the engine wants. */
export function sheetToArray(cells: Readonly<Record<string, CellContent>>): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (const [key, content] of Object.entries(cells)) {
    const position = parseCellAddress(key);
    if (!position) continue;
    const row = (rows[position.row] ??= []);
    row[position.col] = content;
  }
  for (let r = 0; r < rows.length; r++) {
    const row = (rows[r] ??= []);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  return rows;
}

/** An engine value as the UI's CellValue: errors become codes with their detail. */
export function toCellValue(value: unknown): CellValue {
  if (value instanceof DetailedCellError) {
    return { error: value.value as ErrorCode, detail: value.message };
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  return null;
}
