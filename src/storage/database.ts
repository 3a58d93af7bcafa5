// The browser's IndexedDB, through Dexie. Two tables so the home screen can list
// workbooks without reading whole documents: a small summary and the document itself.
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Workbook } from '../core/file/schema';

export interface WorkbookSummary {
  id: string;
  title: string;
  /** the template's title it came from, if any */
  template?: string;
  createdAt: string;
  modifiedAt: string;
  /** rises by one with every save; a save names the revision it started from */
  revision: number;
  /** set when the user deletes it: deleted workbooks can be restored */
  deletedAt?: string;
  /** why the stored document cannot be opened, once an open found out */
  damaged?: string;
}

/** Which journal entries a stored document already holds (see edit-journal.ts). */
export interface JournalMark {
  session: string;
  seq: number;
}

export interface StoredDocument {
  id: string;
  revision: number;
  /** a Workbook as saved; may be of an older format version until migrated */
  document: unknown;
  /** the journal entries this save included, when it was an autosave of journalled edits */
  journal?: JournalMark;
}

export const DATABASE_NAME = 'library-finance-workbench';

/**
 * Dexie versions. Version 2 is the first to carry the model-format migration step:
 * every stored document is brought up to the current format version once, on upgrade.
 * A later format bump adds a Dexie version with the same upgrade.
 */
export class WorkbenchDatabase extends Dexie {
  workbooks!: EntityTable<WorkbookSummary, 'id'>;
  documents!: EntityTable<StoredDocument, 'id'>;

  constructor(
    migrateDocument: (document: unknown) => unknown,
    name: string = DATABASE_NAME,
    options?: ConstructorParameters<typeof Dexie>[1],
  ) {
    super(name, options);
    this.version(1).stores({ workbooks: 'id, modifiedAt, deletedAt', documents: 'id' });
    this.version(2)
      .stores({ workbooks: 'id, modifiedAt, deletedAt', documents: 'id' })
      .upgrade((tx: Transaction) =>
        tx
          .table<StoredDocument, string>('documents')
          .toCollection()
          .modify((record) => {
            record.document = migrateDocument(record.document);
          }),
      );
  }
}

export type { Workbook };
