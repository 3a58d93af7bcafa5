import { createBlankWorkbook } from '../../../src/core/file';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { WorkbenchDatabase, WorkbookRepository } from '../../../src/storage';
import { admitStoredDocument, migrateStoredDocument } from '../../../src/app/stored-documents';
import { CURRENT_VERSION } from '../../../src/core/file';

const fixture = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));

test('a workbook stored in format version 0 by an older app is migrated on upgrade and opens', async () => {
  const indexedDB = new IDBFactory();
  const old = new Dexie('stored-v0', { indexedDB, IDBKeyRange });
  old.version(1).stores({ workbooks: 'id, modifiedAt, deletedAt', documents: 'id' });
  const v0 = fixture('v0/branch-budget.json');
  await old.table('workbooks').add({
    id: 'w1',
    title: 'Old model',
    createdAt: '2025-01-01T00:00:00.000Z',
    modifiedAt: '2025-01-01T00:00:00.000Z',
    revision: 1,
  });
  await old.table('documents').add({ id: 'w1', revision: 1, document: v0 });
  old.close();

  const db = new WorkbenchDatabase(migrateStoredDocument, 'stored-v0', { indexedDB, IDBKeyRange });
  const stored = await db.documents.get('w1');
  expect((stored?.document as { version: number }).version).toBe(CURRENT_VERSION);

  const loaded = await new WorkbookRepository(db, admitStoredDocument).load('w1');
  expect(loaded.ok).toBe(true);
  // Version 0 had no template or notes; everything else carries over.
  const current = fixture('good/branch-budget.json') as { meta: Record<string, unknown> };
  delete current.meta.template;
  delete current.meta.notes;
  expect(loaded.ok && loaded.workbook).toEqual(current);
  db.close();
});

test('a stored document the app cannot read is refused with a message, not a crash', async () => {
  expect(await admitStoredDocument({ format: 'something-else' })).toMatchObject({
    ok: false,
    message: expect.stringContaining('not a Library Finance Workbench model'),
  });
  expect(migrateStoredDocument('not a model')).toBe('not a model');
});

test.each([
  ['without sheets', (d: Record<string, unknown>) => delete d.sheets, 'sheets'],
  [
    'with cells: null',
    (d: Record<string, unknown>) => ((d.sheets as { cells: unknown }[])[0]!.cells = null),
    'sheets[0].cells',
  ],
  ['without meta', (d: Record<string, unknown>) => delete d.meta, 'meta'],
])(
  'a stored document %s is refused by the importer’s checks, naming the place',
  async (_, damage, place) => {
    const document = JSON.parse(JSON.stringify(createBlankWorkbook('Damaged'))) as Record<
      string,
      unknown
    >;
    damage(document);
    const admitted = await admitStoredDocument(document);
    expect(admitted).toMatchObject({ ok: false, message: expect.stringContaining(place) });
  },
);
