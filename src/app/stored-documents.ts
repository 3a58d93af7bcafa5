// Documents read back from IndexedDB were checked in full when they came in (import,
// template, blank); on the way out they only need migrating to the current format.
import type { Workbook } from '../core/file/schema';
import { CURRENT_VERSION, FORMAT_ID } from '../core/file/version';

export function migrateStoredDocument(data: unknown): Workbook | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== FORMAT_ID || version !== CURRENT_VERSION) return undefined;
  return data as Workbook;
}
