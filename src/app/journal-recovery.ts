// Recovery of edits that a tab journalled but did not live to save (see recovery.ts for
// the rules). Loaded with the engine when a workbook opens, not with the home screen.
import type { Workbook } from '../core/file/schema';
import {
  findJournals,
  removeJournal,
  type JournalMark,
  type JournalRecord,
  type TabPresence,
  type WorkbookRepository,
  type WorkbookSummary,
} from '../storage';
import { planRecovery } from './recovery';
import { describeStorageError } from './storage-errors';

export type Replay = (
  entries: unknown[],
) => { ok: true; workbook: Workbook } | { ok: false; reason: string };

export interface RecoveryContext {
  storage: Storage;
  presence: TabPresence;
  repository: WorkbookRepository;
  tell: (kind: 'error' | 'info', message: string) => void;
}

export interface StoredWorkbook {
  summary: WorkbookSummary;
  workbook: Workbook;
  journal?: JournalMark;
}

export interface Recovered {
  /** the stored document with the recovered edits, when there were some */
  workbook?: Workbook;
  /** those edits, to journal again until they are saved */
  entries: unknown[];
  /** the journal they came from, to remove once they are journalled again */
  from?: JournalRecord;
}

const edits = (count: number) => (count === 1 ? '1 edit' : `${count} edits`);

/**
 * Journals no living tab is writing: replayed onto the stored document, kept as copies
 * when the stored document moved on without them, or cleared when it holds them already.
 */
export async function recoverJournals(
  context: RecoveryContext,
  loaded: StoredWorkbook,
  replay: Replay,
): Promise<Recovered> {
  const { storage, presence } = context;
  const id = loaded.summary.id;
  const live = await presence.liveTabs();
  const orphans = findJournals(storage, id).filter(
    (journal) => journal.head.tab === presence.tab || !live?.has(journal.head.tab),
  );
  if (orphans.length === 0) return { entries: [] };
  const plan = planRecovery(
    { revision: loaded.summary.revision, ...(loaded.journal && { journal: loaded.journal }) },
    orphans,
  );
  for (const journal of plan.alreadySaved) removeJournal(storage, id, journal.session);
  for (const journal of plan.asCopies) await recoverAsCopy(context, loaded, journal, replay);
  if (!plan.inPlace) return { entries: [] };
  const { journal, entries } = plan.inPlace;
  const replayed = replay(entries);
  if (!replayed.ok) {
    context.tell(
      'error',
      `${edits(entries.length)} to “${loaded.summary.title}” that had not been saved could not be recovered: ${replayed.reason}`,
    );
    removeJournal(storage, id, journal.session);
    return { entries: [] };
  }
  context.tell(
    'info',
    `Recovered ${edits(entries.length)} made before this workbook was last closed, which had not been saved yet.`,
  );
  return { workbook: replayed.workbook, entries, from: journal };
}

async function recoverAsCopy(
  context: RecoveryContext,
  loaded: StoredWorkbook,
  journal: JournalRecord,
  replay: Replay,
): Promise<void> {
  const { storage, repository } = context;
  const replayed = replay(journal.entries.map((e) => e.entry));
  if (!replayed.ok) {
    context.tell(
      'error',
      `Edits to “${loaded.summary.title}” that had not been saved could not be recovered: ${replayed.reason}`,
    );
    removeJournal(storage, loaded.summary.id, journal.session);
    return;
  }
  const title = `${loaded.summary.title} (unsaved edits)`.slice(0, 200);
  try {
    const copy = await repository.create(
      { ...replayed.workbook, meta: { ...replayed.workbook.meta, title } },
      loaded.summary.template,
    );
    removeJournal(storage, loaded.summary.id, journal.session);
    context.tell(
      'info',
      `Edits to this workbook that had not been saved were kept as a copy, “${copy.title}”, because the workbook was changed elsewhere in the meantime.`,
    );
  } catch (error) {
    // The journal stays, to be recovered next time.
    context.tell(
      'error',
      `Edits that had not been saved could not be kept as a copy: ${describeStorageError(error)}`,
    );
  }
}
