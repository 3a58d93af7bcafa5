// What to do, on opening a workbook, with journals that no living tab is writing: the
// edits of a tab that was reloaded, closed or crashed before its save committed.
// - The stored document holds some of a journal's entries (its save committed but the
//   page went before clearing them): the rest are replayed onto it.
// - The stored document is the one the journal started from: all entries are replayed.
// - Another tab has saved since: replaying onto its version would silently mix two
//   people's work, so the entries become a copy of their own, and both versions stay.
import type { JournalMark, JournalRecord } from '../storage';

export interface RecoveryPlan {
  /** entries to replay onto the stored document, in order */
  inPlace?: { journal: JournalRecord; entries: unknown[] };
  /** journals to keep as copies of the stored document with their edits */
  asCopies: JournalRecord[];
  /** journals whose every entry the stored document already holds */
  alreadySaved: JournalRecord[];
}

export function planRecovery(
  stored: { revision: number; journal?: JournalMark },
  journals: readonly JournalRecord[],
): RecoveryPlan {
  const plan: RecoveryPlan = { asCopies: [], alreadySaved: [] };
  // The newest first: if two journals could both go in place, the newest wins it.
  const newestFirst = [...journals].sort((a, b) =>
    b.head.writtenAt.localeCompare(a.head.writtenAt),
  );
  for (const journal of newestFirst) {
    const pending = pendingEntries(stored, journal);
    if (pending === undefined) plan.asCopies.push(journal);
    else if (pending.length === 0) plan.alreadySaved.push(journal);
    else if (plan.inPlace) plan.asCopies.push(journal);
    else plan.inPlace = { journal, entries: pending };
  }
  return plan;
}

/** The entries not yet in the stored document, or undefined when it moved on without them. */
function pendingEntries(
  stored: { revision: number; journal?: JournalMark },
  journal: JournalRecord,
): unknown[] | undefined {
  if (stored.journal?.session === journal.session) {
    const savedUpTo = stored.journal.seq;
    return journal.entries.filter((e) => e.seq > savedUpTo).map((e) => e.entry);
  }
  if (stored.revision === journal.head.baseRevision) return journal.entries.map((e) => e.entry);
  return undefined;
}
