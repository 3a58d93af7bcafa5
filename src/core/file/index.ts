// The facade of core/file: the model file format and the one door into the app
// (STYLE.md 1). Every model, whether imported, a template, loaded from IndexedDB or
// pasted, comes through parseModelText or loadModel:
// parse -> envelope -> refuse newer and prototype keys -> migrate -> schema -> cross-field checks.
export * from './schema';
export type { LoadError, LoadResult, Problem } from './load-result';
export { MAX_FILE_BYTES, MAX_CELLS } from './limits';
export { parseModelText, loadModel } from './load';
export { describeLoadError, describeProblem } from './messages';
export { migrateToCurrent, MIGRATIONS, type Migration, type MigrationResult } from './migrations';
export { serializeModel, createBlankWorkbook } from './serialize';
export { toCsv, sheetToCsv, type CsvMode } from './csv';
export { replayJournal, type JournalEntry, type PartsPatch } from './journal';
