import { describe, expect, test } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Workbench } from '../../../src/app/workbench.svelte';
import { admitStoredDocument, migrateStoredDocument } from '../../../src/app/stored-documents';
import { ChangeChannel, WorkbenchDatabase, WorkbookRepository } from '../../../src/storage';
import { createBlankWorkbook, serializeModel, MAX_FILE_BYTES } from '../../../src/core/file';

function setUp() {
  const db = new WorkbenchDatabase(migrateStoredDocument, 'app-test', {
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  const repository = new WorkbookRepository(db, admitStoredDocument);
  const hashes: string[] = [];
  const workbench = new Workbench(repository, new ChangeChannel(), (hash) => hashes.push(hash));
  return { workbench, repository, hashes };
}

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

describe('Workbench: importing model files', () => {
  test('a valid file becomes a new workbook beside the existing ones', async () => {
    const { workbench, repository } = setUp();
    await repository.create(createBlankWorkbook('Budget'));
    const ok = await workbench.importModelFile(
      file('budget.json', serializeModel(createBlankWorkbook('Budget'))),
    );
    expect(ok).toBe(true);
    expect(workbench.workbooks.map((w) => w.title)).toEqual(['Budget', 'Budget']);
    expect(workbench.notice).toEqual({
      kind: 'info',
      message: 'Imported “Budget” as a new workbook.',
    });
  });

  test.each([
    ['not JSON', '{ nope', 'not valid JSON'],
    ['empty', '', 'empty'],
    [
      'another application',
      '{"name":"app","version":"1.0.0"}',
      'not a Library Finance Workbench model',
    ],
    [
      'a newer version',
      '{"format":"library-finance-workbench","version":7}',
      'made by a newer version of the workbench',
    ],
  ])(
    'a file that is %s is refused, says why, and changes nothing saved',
    async (_kind, text, why) => {
      const { workbench, repository } = setUp();
      const existing = await repository.create(createBlankWorkbook('Keep me'));
      const ok = await workbench.importModelFile(file('bad.json', text));
      expect(ok).toBe(false);
      expect(workbench.notice?.kind).toBe('error');
      expect(workbench.notice?.message).toContain(why);
      expect(workbench.notice?.message).toContain('Nothing was changed');
      expect((await repository.list()).map((w) => [w.id, w.title, w.revision])).toEqual([
        [existing.id, 'Keep me', 1],
      ]);
    },
  );

  test('an oversized file is refused before it is read', async () => {
    const { workbench, repository } = setUp();
    const huge = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'huge.json');
    expect(await workbench.importModelFile(huge)).toBe(false);
    expect(workbench.notice?.message).toBe(
      '“huge.json” was not imported: the file is too large (5.01 MB; the limit is 5 MB). Nothing was changed.',
    );
    expect(await repository.list()).toEqual([]);
  });
});

describe('Workbench: the saved list', () => {
  test('a blank workbook gets a title no other workbook has, and opens', async () => {
    const { workbench, hashes } = setUp();
    await workbench.refreshList();
    await workbench.createBlank();
    await workbench.refreshList();
    await workbench.createBlank();
    await workbench.refreshList();
    expect(workbench.workbooks.map((w) => w.title).sort()).toEqual([
      'Untitled workbook',
      'Untitled workbook 2',
    ]);
    expect(hashes.at(-1)).toMatch(/^#\/workbook\/[0-9a-f-]+$/);
  });

  test('an empty or overlong title is refused with a message', async () => {
    const { workbench, repository } = setUp();
    const created = await repository.create(createBlankWorkbook('Budget'));
    expect(await workbench.rename(created.id, '   ')).toBe(false);
    expect(await workbench.rename(created.id, 'x'.repeat(201))).toBe(false);
    expect(workbench.notice?.message).toContain('between 1 and 200 characters');
    expect((await repository.list())[0]!.title).toBe('Budget');
  });

  test('a title with a zero-width space is refused, naming the character; one in NFD is composed', async () => {
    const { workbench, repository } = setUp();
    const created = await repository.create(createBlankWorkbook('Budget'));
    expect(await workbench.rename(created.id, 'Budget\u200B')).toBe(false);
    expect(workbench.notice?.message).toBe(
      'The workbook title contains U+200B (zero-width space) at character 7; names and titles cannot hold invisible, control or text-direction characters.',
    );
    expect(await workbench.rename(created.id, 'Cafe\u0301')).toBe(true);
    expect((await repository.list())[0]!.title).toBe('Caf\u00e9');
  });

  test('opening a workbook that is not saved here goes home with a message', async () => {
    const { workbench } = setUp();
    await workbench.followRoute('#/workbook/no-such-id');
    expect(workbench.route).toEqual({ screen: 'home' });
    expect(workbench.notice?.message).toContain('not saved in this browser');
  });
});

describe('Workbench: a refused edit does not linger over the grid', () => {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  test('the next successful edit clears a refused-edit problem', async () => {
    const { workbench } = setUp();
    workbench.showEditProblem('Cell B5 is an input: type a number.');
    await tick();
    workbench.editSucceeded();
    expect(workbench.notice).toBeUndefined();
  });

  test('an edit in the same task as the refusal (a partly refused paste) keeps it shown', () => {
    const { workbench } = setUp();
    workbench.showEditProblem('2 pasted cells were refused.');
    workbench.editSucceeded();
    expect(workbench.notice?.message).toBe('2 pasted cells were refused.');
  });

  test('a storage problem is not cleared by an edit', async () => {
    const { workbench } = setUp();
    workbench.showError('The workbook could not be saved: the disk is full.');
    await tick();
    workbench.editSucceeded();
    expect(workbench.notice?.kind).toBe('error');
  });
});
