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
  type Admitted,
  type SaveOptions,
} from './workbook-repository';
export { requestPersistentStorage, type PersistenceState } from './persistence';
export { ChangeChannel, type SavedMessage } from './change-channel';
export { Autosaver, type SaveOutcome } from './autosave';
export {
  EditJournal,
  findJournals,
  removeJournal,
  removeAllJournals,
  type JournalHead,
  type JournalRecord,
} from './edit-journal';
export { holdTabPresence, type TabPresence } from './tab-presence';
export { type JournalMark } from './database';
