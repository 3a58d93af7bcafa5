// The write-ahead journal's entries: what an edit left behind, small enough to be
// stored synchronously before the edit returns (see src/storage/edit-journal.ts), and
// replayed onto the last saved document on the next open. A journal is read back from
// the browser's storage, so it is outside data like any file: its entries are checked
// here and the document they make goes through the one door (loadModel).
import { z } from 'zod/mini';
import {
  cellAddressSchema,
  cellContentSchema,
  numberFormatSchema,
  columnLettersSchema,
  workbookSchema,
  type Workbook,
} from './schema';
import { loadModel } from './load';
import type { LoadResult } from './load-result';
import { parseCellAddress, formatCellAddress } from '../document/address';

const sheetPartsSchema = z.strictObject({
  name: z.string(),
  formats: z.record(cellAddressSchema, numberFormatSchema),
  columnWidths: z.record(columnLettersSchema, z.number()),
});

/** The document parts an edit changed, each whole; sheets by name, only those that changed. */
const partsPatchSchema = z.strictObject({
  meta: z.optional(workbookSchema.shape.meta),
  inputs: z.optional(workbookSchema.shape.inputs),
  outputs: z.optional(workbookSchema.shape.outputs),
  scenarios: z.optional(workbookSchema.shape.scenarios),
  charts: z.optional(workbookSchema.shape.charts),
  /** an empty list: the model declares no checks (the file leaves the field out) */
  checks: workbookSchema.shape.checks,
  /** null: no scenario shown */
  activeScenarioId: z.optional(z.nullable(z.string())),
  sheets: z.optional(z.array(sheetPartsSchema)),
});

const journalEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('cells'),
    sheet: z.string(),
    /** the top left cell of `rows` */
    at: cellAddressSchema,
    /** the contents the cells hold after the edit; null is an empty cell */
    rows: z.array(z.array(z.nullable(cellContentSchema))),
    parts: z.optional(partsPatchSchema),
  }),
  z.strictObject({ kind: z.literal('parts'), parts: partsPatchSchema }),
  /** a change of sheets or a move of cells: the whole document after it */
  z.strictObject({ kind: z.literal('document'), workbook: z.unknown() }),
]);

export type PartsPatch = z.infer<typeof partsPatchSchema>;
export type JournalEntry =
  | Exclude<z.infer<typeof journalEntrySchema>, { kind: 'document' }>
  | { kind: 'document'; workbook: Workbook };

/** The document after the entries, through the same door as a file; or why it cannot be. */
export function replayJournal(saved: unknown, entries: readonly unknown[]): LoadResult {
  let document = structuredClone(saved) as Record<string, unknown>;
  for (const [index, data] of entries.entries()) {
    const parsed = journalEntrySchema.safeParse(data);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          kind: 'invalid',
          problems: [
            { path: `journal[${index}]`, message: 'is not an edit this version can replay' },
          ],
        },
      };
    }
    document = applyEntry(document, parsed.data);
  }
  return loadModel(document);
}

type SheetData = {
  name: unknown;
  cells?: Record<string, unknown>;
  formats?: unknown;
  columnWidths?: unknown;
};

function applyEntry(
  document: Record<string, unknown>,
  entry: z.infer<typeof journalEntrySchema>,
): Record<string, unknown> {
  if (entry.kind === 'document') return structuredClone(entry.workbook) as Record<string, unknown>;
  const sheets = Array.isArray(document.sheets) ? (document.sheets as SheetData[]) : [];
  if (entry.kind === 'cells') {
    const sheet = sheets.find((s) => s.name === entry.sheet);
    const at = parseCellAddress(entry.at);
    if (sheet && at) {
      const cells = (sheet.cells ??= {});
      entry.rows.forEach((row, r) =>
        row.forEach((content, c) => {
          const key = formatCellAddress({ row: at.row + r, col: at.col + c });
          if (content === null || content === '') delete cells[key];
          else cells[key] = content;
        }),
      );
    }
  }
  return entry.parts ? applyParts(document, sheets, entry.parts) : document;
}

function applyParts(
  document: Record<string, unknown>,
  sheets: SheetData[],
  patch: PartsPatch,
): Record<string, unknown> {
  const { sheets: sheetPatches, activeScenarioId, checks, ...whole } = patch;
  const next: Record<string, unknown> = { ...document, ...whole };
  if (checks?.length === 0) delete next.checks;
  else if (checks !== undefined) next.checks = checks;
  if (activeScenarioId === null) delete next.activeScenarioId;
  else if (activeScenarioId !== undefined) next.activeScenarioId = activeScenarioId;
  for (const update of sheetPatches ?? []) {
    const sheet = sheets.find((s) => s.name === update.name);
    if (!sheet) continue;
    if (Object.keys(update.formats).length > 0) sheet.formats = update.formats;
    else delete sheet.formats;
    if (Object.keys(update.columnWidths).length > 0) sheet.columnWidths = update.columnWidths;
    else delete sheet.columnWidths;
  }
  return next;
}
