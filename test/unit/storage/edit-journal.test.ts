import { describe, expect, test } from 'vitest';
import { EditJournal, findJournals, removeJournal } from '../../../src/storage';
import { MemoryStorage } from '../../support/memory-storage';

describe('EditJournal', () => {
  test('entries are stored at once, numbered, and found again in order', () => {
    const storage = new MemoryStorage();
    const journal = new EditJournal(storage, 'wb', 'session-1', 'tab-1', 4);
    expect(journal.append({ n: 1 })).toBe(1);
    expect(journal.append({ n: 2 })).toBe(2);
    const [found] = findJournals(storage, 'wb');
    expect(found).toMatchObject({
      workbookId: 'wb',
      session: 'session-1',
      head: { tab: 'tab-1', baseRevision: 4 },
      entries: [
        { seq: 1, entry: { n: 1 } },
        { seq: 2, entry: { n: 2 } },
      ],
    });
  });

  test('a save clears the entries it holds and moves the base revision; later ones stay', () => {
    const storage = new MemoryStorage();
    const journal = new EditJournal(storage, 'wb', 's', 't', 1);
    journal.append('a');
    journal.append('b');
    journal.append('c');
    journal.saved(2, 2);
    expect(findJournals(storage, 'wb')[0]).toMatchObject({
      head: { baseRevision: 2 },
      entries: [{ seq: 3, entry: 'c' }],
    });
    journal.saved(3, 3);
    expect(findJournals(storage, 'wb')).toEqual([]);
    expect(storage.length).toBe(0);
  });

  test('a write the browser refuses is reported, not thrown', () => {
    const storage = new MemoryStorage();
    const journal = new EditJournal(storage, 'wb', 's', 't', 1);
    storage.full = true;
    expect(journal.append('x')).toBeUndefined();
    expect(journal.lastSeq).toBe(0);
  });

  test('journals of other workbooks and unreadable keys are left alone', () => {
    const storage = new MemoryStorage();
    new EditJournal(storage, 'wb', 's', 't', 1).append('mine');
    new EditJournal(storage, 'other', 's', 't', 1).append('theirs');
    storage.setItem('lfw-journal:wb:broken', '{not json');
    storage.setItem('lfw-journal:wb:s#x', '"bad seq"');
    expect(findJournals(storage, 'wb').map((j) => j.entries.map((e) => e.entry))).toEqual([
      ['mine'],
    ]);
    removeJournal(storage, 'wb', 's');
    expect(findJournals(storage, 'wb')).toEqual([]);
    expect(findJournals(storage, 'other')).toHaveLength(1);
  });
});
