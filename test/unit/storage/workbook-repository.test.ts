import { describe, expect, test } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie from 'dexie';
import { WorkbenchDatabase, WorkbookRepository, type AdmitDocument } from '../../../src/storage';
import { createBlankWorkbook } from '../../../src/core/file';
import type { Workbook } from '../../../src/core/file/schema';

const admitAsIs: AdmitDocument = (data) => ({ ok: true, workbook: data as Workbook });

function freshRepository(migrate: (d: unknown) => unknown = (d) => d) {
  const indexedDB = new IDBFactory();
  const db = new WorkbenchDatabase(migrate, 'test', { indexedDB, IDBKeyRange });
  return { db, indexedDB, repository: new WorkbookRepository(db, admitAsIs) };
}

function withCell(workbook: Workbook, value: number): Workbook {
  return { ...workbook, sheets: [{ name: 'Sheet1', cells: { A1: value } }] };
}

describe('WorkbookRepository', () => {
  test('a created workbook is listed and loads back cell for cell', async () => {
    const { repository } = freshRepository();
    const created = await repository.create(
      withCell(createBlankWorkbook('Budget'), 42),
      'Income generation',
    );
    const list = await repository.list();
    expect(list.map((w) => [w.title, w.template, w.revision])).toEqual([
      ['Budget', 'Income generation', 1],
    ]);
    const loaded = await repository.load(created.id);
    expect(loaded.ok && loaded.workbook.sheets[0]!.cells).toEqual({ A1: 42 });
  });

  test('a save names the revision it started from and raises it by one', async () => {
    const { repository } = freshRepository();
    const created = await repository.create(createBlankWorkbook('Budget'));
    const first = await repository.save(created.id, withCell(createBlankWorkbook('Budget'), 1), 1);
    expect(first).toMatchObject({ ok: true, revision: 2 });
    const second = await repository.save(created.id, withCell(createBlankWorkbook('Budget'), 2), 2);
    expect(second).toMatchObject({ ok: true, revision: 3 });
  });

  test('a save from a stale revision is refused and the stored workbook is unchanged', async () => {
    const { repository } = freshRepository();
    const created = await repository.create(createBlankWorkbook('Budget'));
    await repository.save(created.id, withCell(createBlankWorkbook('Budget'), 1), 1); // the other tab
    const stale = await repository.save(created.id, withCell(createBlankWorkbook('Budget'), 99), 1);
    expect(stale).toMatchObject({ ok: false, conflict: { revision: 2 } });
    const loaded = await repository.load(created.id);
    expect(loaded.ok && loaded.workbook.sheets[0]!.cells).toEqual({ A1: 1 });
  });

  test('forcing a save after a conflict replaces the other version', async () => {
    const { repository } = freshRepository();
    const created = await repository.create(createBlankWorkbook('Budget'));
    await repository.save(created.id, withCell(createBlankWorkbook('Budget'), 1), 1);
    expect(
      await repository.save(created.id, withCell(createBlankWorkbook('Budget'), 7), 1, {
        force: true,
      }),
    ).toMatchObject({ ok: true, revision: 3 });
    const loaded = await repository.load(created.id);
    expect(loaded.ok && loaded.workbook.sheets[0]!.cells).toEqual({ A1: 7 });
  });

  test('rename changes the title in the list and in the document', async () => {
    const { repository } = freshRepository();
    const created = await repository.create(createBlankWorkbook('Budget'));
    await repository.rename(created.id, 'Fablab plan');
    expect((await repository.list())[0]!.title).toBe('Fablab plan');
    const loaded = await repository.load(created.id);
    expect(loaded.ok && loaded.workbook.meta.title).toBe('Fablab plan');
  });

  test('duplicate makes an independent copy titled "Copy of …"', async () => {
    const { repository } = freshRepository();
    const created = await repository.create(withCell(createBlankWorkbook('Budget'), 5));
    const copy = await repository.duplicate(created.id);
    expect(copy?.title).toBe('Copy of Budget');
    await repository.save(copy!.id, withCell(createBlankWorkbook('Copy of Budget'), 6), 1);
    const original = await repository.load(created.id);
    expect(original.ok && original.workbook.sheets[0]!.cells).toEqual({ A1: 5 });
  });

  test('a deleted workbook leaves the list, can be restored, and is gone only when purged', async () => {
    const { repository } = freshRepository();
    const created = await repository.create(createBlankWorkbook('Budget'));
    await repository.softDelete(created.id);
    expect(await repository.list()).toEqual([]);
    expect((await repository.listDeleted()).map((w) => w.title)).toEqual(['Budget']);
    await repository.restore(created.id);
    expect((await repository.list()).map((w) => w.title)).toEqual(['Budget']);
    await repository.purge(created.id);
    expect(await repository.list()).toEqual([]);
    expect(await repository.load(created.id)).toMatchObject({ ok: false });
  });
});

describe('WorkbenchDatabase upgrade', () => {
  test('documents stored by an older database version are migrated on upgrade', async () => {
    const indexedDB = new IDBFactory();
    // The database as version 1 of the app left it, holding an old-format document.
    const old = new Dexie('upgrade-test', { indexedDB, IDBKeyRange });
    old.version(1).stores({ workbooks: 'id, modifiedAt, deletedAt', documents: 'id' });
    await old.table('workbooks').add({
      id: 'w1',
      title: 'Old',
      createdAt: '2026-01-01T00:00:00.000Z',
      modifiedAt: '2026-01-01T00:00:00.000Z',
      revision: 1,
    });
    await old
      .table('documents')
      .add({ id: 'w1', revision: 1, document: { version: 0, title: 'Old' } });
    old.close();

    const seen: unknown[] = [];
    const db = new WorkbenchDatabase(
      (doc) => {
        seen.push(doc);
        return { migrated: true, from: doc };
      },
      'upgrade-test',
      { indexedDB, IDBKeyRange },
    );
    const stored = await db.documents.get('w1');
    expect(seen).toEqual([{ version: 0, title: 'Old' }]);
    expect(stored?.document).toEqual({ migrated: true, from: { version: 0, title: 'Old' } });
    db.close();
  });
});
