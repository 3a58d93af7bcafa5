import { describe, expect, test } from 'vitest';
import { planRecovery } from '../../../src/app/recovery';
import type { JournalRecord } from '../../../src/storage';

const journal = (
  session: string,
  baseRevision: number,
  seqs: number[],
  writtenAt = '2026-12-01T10:00:00Z',
): JournalRecord => ({
  workbookId: 'wb',
  session,
  head: { tab: `tab-${session}`, baseRevision, writtenAt },
  entries: seqs.map((seq) => ({ seq, entry: `${session}${seq}` })),
});

describe('planRecovery', () => {
  test('a journal begun on the stored revision is replayed whole, in place', () => {
    expect(planRecovery({ revision: 3 }, [journal('a', 3, [1, 2])])).toEqual({
      inPlace: { journal: journal('a', 3, [1, 2]), entries: ['a1', 'a2'] },
      asCopies: [],
      alreadySaved: [],
    });
  });

  test('a journal whose save committed before the tab went replays only what came after', () => {
    const plan = planRecovery({ revision: 4, journal: { session: 'a', seq: 2 } }, [
      journal('a', 3, [1, 2, 3]),
    ]);
    expect(plan.inPlace?.entries).toEqual(['a3']);
  });

  test('a journal the stored document holds in full is only cleared', () => {
    const plan = planRecovery({ revision: 4, journal: { session: 'a', seq: 3 } }, [
      journal('a', 3, [1, 2, 3]),
    ]);
    expect(plan).toEqual({ asCopies: [], alreadySaved: [journal('a', 3, [1, 2, 3])] });
  });

  test('when another tab saved since the journal began, its edits become a copy', () => {
    const plan = planRecovery({ revision: 5, journal: { session: 'other', seq: 9 } }, [
      journal('a', 3, [1]),
    ]);
    expect(plan).toEqual({ asCopies: [journal('a', 3, [1])], alreadySaved: [] });
  });

  test('of two journals that could both go in place, the newest does and the other is a copy', () => {
    const older = journal('a', 3, [1], '2026-12-01T09:00:00Z');
    const newer = journal('b', 3, [1], '2026-12-01T11:00:00Z');
    const plan = planRecovery({ revision: 3 }, [older, newer]);
    expect(plan.inPlace?.journal.session).toBe('b');
    expect(plan.asCopies).toEqual([older]);
  });
});
