// The parts of a Workbook document that are not cell contents. The engine holds the
// cells; these travel beside them and are versioned by the same undo stack.
import type { CheckDeclaration, NumberFormat, Workbook } from '../file/schema';
import {
  formatCellAddress,
  formatRangeRef,
  parseRangeRef,
  positionsIn,
  type RangeRef,
} from '../document/address';

export interface SheetParts {
  name: string;
  formats: Readonly<Record<string, NumberFormat>>;
  columnWidths: Readonly<Record<string, number>>;
}

export interface DocumentParts {
  meta: Workbook['meta'];
  /** sheets in tab order; the engine's own ids do not carry order */
  sheets: readonly SheetParts[];
  inputs: Workbook['inputs'];
  outputs: Workbook['outputs'];
  scenarios: Workbook['scenarios'];
  charts: Workbook['charts'];
  /** the model's checks on itself; none when the file declares none */
  checks: CheckDeclaration[];
  activeScenarioId: string | undefined;
}

export function partsFromWorkbook(workbook: Workbook): DocumentParts {
  return {
    meta: workbook.meta,
    sheets: workbook.sheets.map((sheet) => ({
      name: sheet.name,
      formats: sheet.formats ?? {},
      columnWidths: sheet.columnWidths ?? {},
    })),
    inputs: workbook.inputs,
    outputs: workbook.outputs,
    scenarios: workbook.scenarios,
    charts: workbook.charts,
    checks: workbook.checks ?? [],
    activeScenarioId: workbook.activeScenarioId,
  };
}

/** Rewrites `Old!B3` as `New!B3`; leaves refs to other sheets alone. */
export function renameSheetInRef(ref: string, oldName: string, newName: string): string {
  const range = parseRangeRef(ref);
  if (!range || range.sheet !== oldName) return ref;
  return formatRangeRef({ ...range, sheet: newName });
}

export function refSheet(ref: string): string | undefined {
  return parseRangeRef(ref)?.sheet;
}

/** Every declaration that names a sheet follows it when it is renamed. */
export function renameSheetInParts(
  parts: DocumentParts,
  oldName: string,
  newName: string,
): DocumentParts {
  const rename = (ref: string) => renameSheetInRef(ref, oldName, newName);
  return {
    ...parts,
    sheets: parts.sheets.map((s) => (s.name === oldName ? { ...s, name: newName } : s)),
    inputs: parts.inputs.map((i) => ({ ...i, ref: rename(i.ref) })),
    outputs: parts.outputs.map((o) => ({ ...o, ref: rename(o.ref) })),
    scenarios: parts.scenarios.map((s) => ({
      ...s,
      overrides: Object.fromEntries(Object.entries(s.overrides).map(([k, v]) => [rename(k), v])),
    })),
    charts: parts.charts.map((c) => ({ ...c, outputs: c.outputs.map(rename) })),
    checks: parts.checks.map((c) => ({ ...c, ref: rename(c.ref) })),
  };
}

/** The parts with a new, empty sheet at the end of the tab order. */
export function addSheetToParts(parts: DocumentParts, name: string): DocumentParts {
  return { ...parts, sheets: [...parts.sheets, { name, formats: {}, columnWidths: {} }] };
}

/** The parts with a sheet moved to `toIndex` in the tab order (held within the ends). */
export function moveSheetInParts(
  parts: DocumentParts,
  name: string,
  toIndex: number,
): DocumentParts {
  const sheets = [...parts.sheets];
  const from = sheets.findIndex((s) => s.name === name);
  if (from < 0) return parts;
  const [moved] = sheets.splice(from, 1);
  sheets.splice(Math.max(0, Math.min(sheets.length, toIndex)), 0, moved!);
  return { ...parts, sheets };
}

/** Declarations on a deleted sheet go with it, so the document stays valid. */
export function removeSheetFromParts(parts: DocumentParts, name: string): DocumentParts {
  const keep = (ref: string) => refSheet(ref) !== name;
  return {
    ...parts,
    sheets: parts.sheets.filter((s) => s.name !== name),
    inputs: parts.inputs.filter((i) => keep(i.ref)),
    outputs: parts.outputs.filter((o) => keep(o.ref)),
    scenarios: parts.scenarios.map((s) => ({
      ...s,
      overrides: Object.fromEntries(Object.entries(s.overrides).filter(([k]) => keep(k))),
    })),
    charts: parts.charts.map((c) => ({ ...c, outputs: c.outputs.filter(keep) })),
    checks: parts.checks.filter((c) => keep(c.ref)),
  };
}

/** One sheet's parts; a sheet that is not there is a bug in the caller. */
export function sheetPartsOf(parts: DocumentParts, sheet: string): SheetParts {
  const found = parts.sheets.find((s) => s.name === sheet);
  if (!found) throw new Error(`No sheet named ${sheet}`);
  return found;
}

/** The parts with one sheet's parts replaced. */
export function mapSheet(
  parts: DocumentParts,
  sheet: string,
  update: (s: SheetParts) => SheetParts,
): DocumentParts {
  return { ...parts, sheets: parts.sheets.map((s) => (s.name === sheet ? update(s) : s)) };
}

/** The parts with a number format set on a range ('general' clears it). */
export function withFormat(
  parts: DocumentParts,
  sheet: string,
  range: RangeRef,
  format: NumberFormat,
): DocumentParts {
  return mapSheet(parts, sheet, (s) => {
    const formats = { ...s.formats };
    for (const position of positionsIn(range)) {
      const key = formatCellAddress(position);
      if (format === 'general') delete formats[key];
      else formats[key] = format;
    }
    return { ...s, formats };
  });
}

/** The parts with a column's width set, in whole pixels from 10 to 2000. */
export function withColumnWidth(
  parts: DocumentParts,
  sheet: string,
  columnLetters: string,
  width: number,
): DocumentParts {
  return mapSheet(parts, sheet, (s) => ({
    ...s,
    columnWidths: {
      ...s.columnWidths,
      [columnLetters]: Math.round(Math.min(2000, Math.max(10, width))),
    },
  }));
}
