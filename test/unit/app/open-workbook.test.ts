import { describe, expect, test, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { OpenWorkbook } from '../../../src/app/open-workbook.svelte';
import { admitStoredDocument, migrateStoredDocument } from '../../../src/app/stored-documents';
import { ChangeChannel, WorkbenchDatabase, WorkbookRepository } from '../../../src/storage';
import { WorkbookEngine } from '../../../src/core/engine';
import { createBlankWorkbook } from '../../../src/core/file';

async function twoTabs() {
  const repository = new WorkbookRepository(
    new WorkbenchDatabase(migrateStoredDocument, 'tabs-test', {
      indexedDB: new IDBFactory(),
      IDBKeyRange,
    }),
    admitStoredDocument,
  );
  const summary = await repository.create(createBlankWorkbook('Shared'));
  const open = async () => {
    const loaded = await repository.load(summary.id);
    if (!loaded.ok) throw new Error(loaded.message);
    return new OpenWorkbook(loaded.summary, WorkbookEngine.fromWorkbook(loaded.workbook), {
      repository,
      channel: new ChangeChannel(),
    });
  };
  return { repository, id: summary.id, first: await open(), second: await open() };
}

const A1 = { row: 0, col: 0 };
const storedA1 = async (repository: WorkbookRepository, id: string) => {
  const loaded = await repository.load(id);
  return loaded.ok ? loaded.workbook.sheets[0]!.cells.A1 : undefined;
};

describe('OpenWorkbook', () => {
  test('an edit is saved automatically, with a new revision', async () => {
    const { repository, id, first } = await twoTabs();
    first.engine.setCell('Sheet1', A1, 5);
    expect(first.saveState).toBe('unsaved');
    expect(await first.flush()).toBe('saved');
    expect(first.saveState).toBe('saved');
    expect(await storedA1(repository, id)).toBe(5);
    expect((await repository.getSummary(id))?.revision).toBe(2);
  });

  test('a tab whose copy went stale is told, and its next save does not overwrite the other tab', async () => {
    const { repository, id, first, second } = await twoTabs();
    second.engine.setCell('Sheet1', A1, 2);
    await second.flush();
    await vi.waitFor(() => expect(first.conflict).toBeDefined());
    first.engine.setCell('Sheet1', A1, 1);
    expect(await first.flush()).not.toBe('saved');
    expect(first.saveState).toBe('conflict');
    expect(await storedA1(repository, id)).toBe(2);
  });

  test('a stale tab that never heard the news still cannot overwrite: the revision check refuses', async () => {
    const { repository, id, first, second } = await twoTabs();
    first.close(); // stops listening, as if the message were lost
    const deaf = await repository.load(id);
    if (!deaf.ok) throw new Error();
    second.engine.setCell('Sheet1', A1, 2);
    await second.flush();
    const stale = new OpenWorkbook(
      { ...deaf.summary, revision: 1 },
      WorkbookEngine.fromWorkbook(deaf.workbook),
      { repository, channel: new ChangeChannel() },
    );
    stale.engine.setCell('Sheet1', A1, 9);
    expect(await stale.flush()).toBe('conflict');
    expect(await storedA1(repository, id)).toBe(2);
  });

  test('choosing to keep this version replaces the other tab’s', async () => {
    const { repository, id, first, second } = await twoTabs();
    second.engine.setCell('Sheet1', A1, 2);
    await second.flush();
    await vi.waitFor(() => expect(first.conflict).toBeDefined());
    first.engine.setCell('Sheet1', A1, 1);
    await first.overwrite();
    expect(first.conflict).toBeUndefined();
    expect(await storedA1(repository, id)).toBe(1);
  });
});
