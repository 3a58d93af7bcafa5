// The journal at the level of the app's state, in Node with fake IndexedDB: what a tab
// journalled and never saved comes back on the next open, and is then saved for good.
import { describe, expect, test } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Workbench, type Durability } from '../../../src/app/workbench.svelte';
import { admitStoredDocument, migrateStoredDocument } from '../../../src/app/stored-documents';
import {
  ChangeChannel,
  WorkbenchDatabase,
  WorkbookRepository,
  findJournals,
} from '../../../src/storage';
import { createBlankWorkbook } from '../../../src/core/file';
import { MemoryStorage } from '../../support/memory-storage';

const A1 = { row: 0, col: 0 };

function browser() {
  const indexedDB = new IDBFactory();
  const storage = new MemoryStorage();
  /** A page of the app: its own tab id; pages that have gone are not in `alive`. */
  const alive = new Set<string>();
  const page = () => {
    const db = new WorkbenchDatabase(migrateStoredDocument, 'recovery-test', {
      indexedDB,
      IDBKeyRange,
    });
    const repository = new WorkbookRepository(db, admitStoredDocument);
    const channel = new ChangeChannel();
    alive.add(channel.tab);
    const durability: Durability = {
      journalStorage: storage,
      presence: { tab: channel.tab, liveTabs: async () => new Set(alive) },
    };
    const workbench = new Workbench(repository, channel, () => {}, durability);
    // The page dies: its autosave never runs, its journal stays behind.
    const close = () => {
      workbench.open?.close();
      alive.delete(channel.tab);
      channel.close();
    };
    return { workbench, repository, close };
  };
  return { storage, page };
}

describe('Workbench: edits journalled but never saved', () => {
  test('come back on the next open, are said to, and are then saved', async () => {
    const { storage, page } = browser();
    const first = page();
    const { id } = await first.repository.create(createBlankWorkbook('Budget'));
    await first.workbench.followRoute(`#/workbook/${id}`);
    first.workbench.open!.engine.setCell('Sheet1', A1, 42);
    // The tab goes before its autosave: nothing reached IndexedDB.
    first.close();
    const stored = await first.repository.load(id);
    expect(stored.ok && stored.workbook.sheets[0]!.cells).toEqual({});

    const second = page();
    await second.workbench.followRoute(`#/workbook/${id}`);
    expect(second.workbench.open!.engine.getValue('Sheet1', A1)).toBe(42);
    expect(second.workbench.notice).toEqual({
      kind: 'info',
      message:
        'Recovered 1 edit made before this workbook was last closed, which had not been saved yet.',
    });
    expect(await second.workbench.open!.flush()).toBe('saved');
    const saved = await second.repository.load(id);
    expect(saved.ok && saved.workbook.sheets[0]!.cells).toEqual({ A1: 42 });
    expect(findJournals(storage, id)).toEqual([]);
  });

  test('a journal a living tab is still writing is left to it', async () => {
    const { storage, page } = browser();
    const first = page();
    const { id } = await first.repository.create(createBlankWorkbook('Budget'));
    await first.workbench.followRoute(`#/workbook/${id}`);
    first.workbench.open!.engine.setCell('Sheet1', A1, 7);
    const second = page();
    await second.workbench.followRoute(`#/workbook/${id}`);
    expect(second.workbench.open!.engine.getValue('Sheet1', A1)).toBeNull();
    expect(findJournals(storage, id)).toHaveLength(1);
  });

  test('with storage refusing the journal, leaving is flagged as a risk until saved', async () => {
    const { storage, page } = browser();
    const first = page();
    const { id } = await first.repository.create(createBlankWorkbook('Budget'));
    await first.workbench.followRoute(`#/workbook/${id}`);
    storage.full = true;
    first.workbench.open!.engine.setCell('Sheet1', A1, 1);
    expect(first.workbench.open!.atRiskOnLeaving).toBe(true);
    expect(await first.workbench.open!.flush()).toBe('saved');
    expect(first.workbench.open!.atRiskOnLeaving).toBe(false);
  });

  test('deleting a workbook for good deletes its journalled edits too', async () => {
    const { storage, page } = browser();
    const first = page();
    const { id } = await first.repository.create(createBlankWorkbook('Budget'));
    await first.workbench.followRoute(`#/workbook/${id}`);
    first.workbench.open!.engine.setCell('Sheet1', A1, 3);
    first.close();
    const second = page();
    await second.workbench.purge(id);
    expect(findJournals(storage, id)).toEqual([]);
  });
});
