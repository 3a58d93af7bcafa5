// From a Workbook document to a HyperFormula instance and back, and from the
// engine's values to ours: shared by the user's engine and the scenario engines, so
// both read a document the same way.
import {
  DetailedCellError,
  HyperFormula,
  type ConfigParams,
  type RawCellContent,
} from 'hyperformula';
import type { CellValue, ErrorCode } from './cell-value';
import type { CellContent, Workbook } from '../file/schema';
import { CURRENT_VERSION, FORMAT_ID } from '../file/version';
import { formatCellAddress, parseCellAddress } from '../document/address';
import type { DocumentParts } from './document-parts';
import { toRawContent } from './cell-content';

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
    row[position.col] = toRawContent(content);
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

/** The document an engine and its parts stand for: what is saved and exported. */
export function workbookFrom(hf: HyperFormula, parts: DocumentParts, modifiedAt: string): Workbook {
  const workbook: Workbook = {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    meta: { ...parts.meta, modifiedAt },
    sheets: parts.sheets.map((sheet) => {
      const id = hf.getSheetId(sheet.name);
      if (id === undefined) throw new Error(`No sheet named ${sheet.name}`);
      const serialized: Workbook['sheets'][number] = {
        name: sheet.name,
        cells: arrayToCells(hf.getSheetSerialized(id)),
      };
      if (Object.keys(sheet.formats).length > 0) serialized.formats = { ...sheet.formats };
      if (Object.keys(sheet.columnWidths).length > 0)
        serialized.columnWidths = { ...sheet.columnWidths };
      return serialized;
    }),
    names: hf
      .getAllNamedExpressionsSerialized()
      .filter((n) => n.scope === undefined)
      .map((n) => ({ name: n.name, ref: String(n.expression).replace(/^=/, '') })),
    inputs: parts.inputs,
    outputs: parts.outputs,
    scenarios: parts.scenarios,
    charts: parts.charts,
  };
  if (parts.checks.length > 0) workbook.checks = parts.checks;
  if (parts.activeScenarioId !== undefined) workbook.activeScenarioId = parts.activeScenarioId;
  return workbook;
}

/** The engine's dense rows as a sparse sheet: empty cells are left out. */
function arrayToCells(rows: RawCellContent[][]): Record<string, CellContent> {
  const cells: Record<string, CellContent> = {};
  rows.forEach((row, r) =>
    row.forEach((raw, c) => {
      if (raw === null || raw === undefined || raw === '' || raw instanceof Date) return;
      cells[formatCellAddress({ row: r, col: c })] = raw as CellContent;
    }),
  );
  return cells;
}
