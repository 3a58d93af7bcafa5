// Documents read back from IndexedDB were checked in full when they came in (import,
// template, blank); on the way out they only need migrating to the current format.
// The migration steps need neither the schema library nor the engine, so this stays
// in the home screen's small first download.
import type { Workbook } from '../core/file/schema';
import { migrateToCurrent } from '../core/file/migrations';

/** For the Dexie upgrade: a document that cannot be migrated is kept as it was. */
export function migrateStoredDocument(data: unknown): unknown {
  const result = migrateToCurrent(data);
  return result.ok ? result.data : data;
}

/** For reading a workbook: the current document, or why it cannot be opened. */
export function admitStoredDocument(
  data: unknown,
): { ok: true; workbook: Workbook } | { ok: false; message: string } {
  const result = migrateToCurrent(data);
  return result.ok
    ? { ok: true, workbook: result.data as Workbook }
    : { ok: false, message: 'it was saved in a format this version of the workbench cannot read.' };
}
