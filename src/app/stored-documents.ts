// Documents read back from IndexedDB come in through the same door as files (STYLE.md 1):
// migrated, then checked in full by core/file. A document that fails is damaged, and
// the home screen says so rather than letting the engine stumble over it.
// The migration steps need neither the schema library nor the engine, so the Dexie
// upgrade stays in the home screen's small first download; the checks load with the engine.
import type { Admitted } from '../storage';
import { migrateToCurrent } from '../core/file/migrations';

/** For the Dexie upgrade: a document that cannot be migrated is kept as it was. */
export function migrateStoredDocument(data: unknown): unknown {
  const result = migrateToCurrent(data);
  return result.ok ? result.data : data;
}

/** For reading a workbook: the current document, or why it cannot be opened. */
export async function admitStoredDocument(data: unknown): Promise<Admitted> {
  const { loadModel, describeLoadError, describeProblem } = await import('../core/file');
  const result = loadModel(data);
  if (result.ok) return { ok: true, workbook: result.workbook };
  if (result.error.kind !== 'invalid')
    return { ok: false, message: describeLoadError(result.error) };
  // The importer's words speak of "the file"; here it is the data saved in the browser.
  const { problems } = result.error;
  const shown = problems.slice(0, 10).map((problem) => `- ${describeProblem(problem)}`);
  const more = problems.length - shown.length;
  return {
    ok: false,
    message: [
      `its saved data has ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}:`,
      ...shown,
      ...(more > 0 ? [`…and ${more} more.`] : []),
    ].join('\n'),
  };
}
