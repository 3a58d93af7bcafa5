// Opening a workbook: read it through the one door, recover edits that a tab journalled
// and did not live to save, build the engine, and start journalling this tab's edits.
// Loaded with the engine when a workbook opens, not with the home screen.
import { WorkbookEngine } from '../core/engine';
import { describeLoadError, replayJournal } from '../core/file';
import type { Workbook } from '../core/file/schema';
import {
  EditJournal,
  removeJournal,
  type ChangeChannel,
  type WorkbookRepository,
  type WorkbookSummary,
} from '../storage';
import { recoverJournals, type Recovered } from './journal-recovery';
import { OpenWorkbook } from './open-workbook.svelte';
import { describeStorageError } from './storage-errors';
import type { Durability } from './workbench.svelte';

export interface OpeningContext {
  repository: WorkbookRepository;
  channel: ChangeChannel;
  durability: Durability;
  tell: (kind: 'error' | 'info', message: string) => void;
  /** another tab saved the workbook while this tab had no edits of its own */
  onRemoteChange: () => void;
}

export type Opened = { ok: true; open: OpenWorkbook } | { ok: false; message: string };

export async function openStoredWorkbook(context: OpeningContext, id: string): Promise<Opened> {
  const { repository, durability } = context;
  const loaded = await repository.load(id).catch((error: unknown) => ({
    ok: false as const,
    message: `The workbook could not be read: ${describeStorageError(error)}`,
  }));
  if (!loaded.ok) {
    const damaged = 'damaged' in loaded && loaded.damaged;
    return {
      ok: false,
      message: damaged
        ? `${loaded.message}\nIt is listed as damaged on the home screen, where you can export its raw data or delete it.`
        : loaded.message,
    };
  }
  const storage = durability.journalStorage;
  const recovered: Recovered = storage
    ? await recoverJournals(
        { storage, presence: durability.presence, repository, tell: context.tell },
        loaded,
        (entries) => {
          const replayed = replayJournal(loaded.workbook, entries);
          return replayed.ok ? replayed : { ok: false, reason: describeLoadError(replayed.error) };
        },
      )
    : { entries: [] };
  let engine: WorkbookEngine;
  try {
    engine = WorkbookEngine.fromWorkbook(recovered.workbook ?? loaded.workbook);
  } catch (error) {
    const reason = `the engine could not build it (${error instanceof Error ? error.message : String(error)}).`;
    await repository.markDamaged(id, reason).catch(() => {});
    return { ok: false, message: `“${loaded.summary.title}” cannot be opened: ${reason}` };
  }
  const journal = storage
    ? new EditJournal(
        storage,
        id,
        crypto.randomUUID(),
        durability.presence.tab,
        loaded.summary.revision,
      )
    : undefined;
  // The recovered edits are journalled again before their old journal goes.
  const rejournalled = recovered.entries.every((entry) => journal?.append(entry));
  if (recovered.from && rejournalled && storage) removeJournal(storage, id, recovered.from.session);
  const open = new OpenWorkbook(loaded.summary, engine, {
    repository,
    channel: context.channel,
    ...(journal && { journal }),
    onRemoteChange: context.onRemoteChange,
  });
  if (recovered.entries.length > 0) open.holdsRecoveredEdits();
  return { ok: true, open };
}

/** A workbook that could not be stored: open in this tab only, stored once a save manages it. */
export function openUnstoredWorkbook(
  context: Pick<OpeningContext, 'repository' | 'channel'>,
  id: string,
  unstored: { workbook: Workbook; template?: string },
  onStored: () => void,
): OpenWorkbook {
  const now = new Date().toISOString();
  const summary: WorkbookSummary = {
    id,
    title: unstored.workbook.meta.title,
    createdAt: now,
    modifiedAt: now,
    revision: 0,
    ...(unstored.template !== undefined && { template: unstored.template }),
  };
  return new OpenWorkbook(summary, WorkbookEngine.fromWorkbook(unstored.workbook), {
    repository: context.repository,
    channel: context.channel,
    stored: false,
    onStored,
  });
}
