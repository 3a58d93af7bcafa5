export {
  WorkbenchDatabase,
  DATABASE_NAME,
  type WorkbookSummary,
  type StoredDocument,
} from './database';
export {
  WorkbookRepository,
  type SaveResult,
  type LoadedWorkbook,
  type AdmitDocument,
} from './workbook-repository';
export { requestPersistentStorage, type PersistenceState } from './persistence';
export { ChangeChannel, type SavedMessage } from './change-channel';
export { Autosaver, type SaveOutcome } from './autosave';
