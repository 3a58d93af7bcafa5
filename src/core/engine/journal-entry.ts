// What an edit left behind, as a journal entry (core/file/journal.ts): the contents of
// the cells it wrote and the document parts it replaced, not the whole document, so
// journalling an edit costs little more than the edit. A change of sheets or a move of
// cells rewrites formulas everywhere; for those the entry is the whole document.
import type { JournalEntry, PartsPatch } from '../file/journal';
import type { CellContent, Workbook } from '../file/schema';
import { formatCellAddress, type RangeRef } from '../document/address';
import type { DocumentParts, SheetParts } from './document-parts';
import type { ContentChange } from './edit-history';

/** The parts that differ between two versions (the engine replaces what it changes). */
export function partsPatch(before: DocumentParts, after: DocumentParts): PartsPatch | undefined {
  if (before === after) return undefined;
  const patch: PartsPatch = {};
  if (before.meta !== after.meta) patch.meta = after.meta;
  if (before.inputs !== after.inputs) patch.inputs = after.inputs;
  if (before.outputs !== after.outputs) patch.outputs = after.outputs;
  if (before.scenarios !== after.scenarios) patch.scenarios = after.scenarios;
  if (before.charts !== after.charts) patch.charts = after.charts;
  if (before.checks !== after.checks) patch.checks = after.checks;
  if (before.activeScenarioId !== after.activeScenarioId)
    patch.activeScenarioId = after.activeScenarioId ?? null;
  if (before.sheets !== after.sheets) {
    const changed = after.sheets.filter((sheet) => !before.sheets.includes(sheet));
    if (changed.length > 0) patch.sheets = changed.map(plainSheetParts);
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}

function plainSheetParts(sheet: SheetParts): NonNullable<PartsPatch['sheets']>[number] {
  return {
    name: sheet.name,
    formats: { ...sheet.formats },
    columnWidths: { ...sheet.columnWidths },
  };
}

export interface EntrySources {
  before: DocumentParts;
  after: DocumentParts;
  contents: (sheet: string, range: RangeRef) => (CellContent | undefined)[][];
  document: () => Workbook;
}

export function journalEntryFor(change: ContentChange, sources: EntrySources): JournalEntry {
  if (change.kind === 'structure') return { kind: 'document', workbook: sources.document() };
  const parts = partsPatch(sources.before, sources.after);
  if (change.kind === 'parts') return { kind: 'parts', parts: parts ?? {} };
  const rows = sources
    .contents(change.sheet, change.range)
    .map((row) => row.map((content) => content ?? null));
  const entry: JournalEntry = {
    kind: 'cells',
    sheet: change.sheet,
    at: formatCellAddress(change.range.start),
    rows,
  };
  if (parts) entry.parts = parts;
  return entry;
}
