// Saves and loads workbooks. It does not compute: documents come in already built,
// and every document read back goes through the file format's one door (`admit`).
import type { JournalMark, WorkbenchDatabase, WorkbookSummary } from './database';
import type { Workbook } from '../core/file/schema';

export type SaveResult =
  | { ok: true; revision: number; modifiedAt: string }
  | { ok: false; conflict: { revision: number; modifiedAt: string } }
  | { ok: false; missing: true };

export type LoadedWorkbook =
  | { ok: true; summary: WorkbookSummary; workbook: Workbook; journal?: JournalMark }
  /** `damaged`: the record is there but its document cannot be opened (it is marked so) */
  | { ok: false; message: string; damaged?: boolean };

export type Admitted = { ok: true; workbook: Workbook } | { ok: false; message: string };

/** Turns stored data into a current Workbook through the file format's door, or says why not. */
export type AdmitDocument = (data: unknown) => Admitted | Promise<Admitted>;

/** Thrown inside a save's transaction to roll its writes back. */
class SaveRefused extends Error {
  constructor(readonly result: SaveResult) {
    super('save refused');
  }
}

export interface SaveOptions {
  /** replace whatever is stored, whoever saved it */
  force?: boolean;
  /** the journal entries this save holds */
  journal?: JournalMark;
  /** the summary as the caller knows it, so it can be written without reading it first */
  summary?: WorkbookSummary;
}

function newId(): string {
  return crypto.randomUUID();
}

export class WorkbookRepository {
  constructor(
    private readonly db: WorkbenchDatabase,
    private readonly admit: AdmitDocument,
  ) {}

  /** Saved workbooks, most recently changed first. */
  async list(): Promise<WorkbookSummary[]> {
    const all = await this.db.workbooks.orderBy('modifiedAt').reverse().toArray();
    return all.filter((w) => w.deletedAt === undefined);
  }

  async listDeleted(): Promise<WorkbookSummary[]> {
    const all = await this.db.workbooks.orderBy('modifiedAt').reverse().toArray();
    return all.filter((w) => w.deletedAt !== undefined);
  }

  /** Stores a new workbook (under `id` when given); it never overwrites an existing one. */
  async create(
    workbook: Workbook,
    templateTitle?: string,
    id: string = newId(),
  ): Promise<WorkbookSummary> {
    const now = new Date().toISOString();
    const document: Workbook = {
      ...workbook,
      meta: { ...workbook.meta, createdAt: now, modifiedAt: now },
    };
    const summary: WorkbookSummary = {
      id,
      title: document.meta.title,
      createdAt: now,
      modifiedAt: now,
      revision: 1,
    };
    if (templateTitle !== undefined) summary.template = templateTitle;
    await this.db.transaction('rw', this.db.workbooks, this.db.documents, async () => {
      await this.db.workbooks.add(summary);
      await this.db.documents.add({ id: summary.id, revision: 1, document });
    });
    return summary;
  }

  async load(id: string): Promise<LoadedWorkbook> {
    const [summary, stored] = await this.db.transaction(
      'r',
      this.db.workbooks,
      this.db.documents,
      () => Promise.all([this.db.workbooks.get(id), this.db.documents.get(id)]),
    );
    if (!summary || !stored || summary.deletedAt !== undefined) {
      return {
        ok: false,
        message: 'That workbook is not saved in this browser (it may have been deleted).',
      };
    }
    const admitted = await this.admit(stored.document);
    if (!admitted.ok) {
      await this.markDamaged(id, admitted.message);
      return {
        ok: false,
        damaged: true,
        message: `“${summary.title}” cannot be opened: ${admitted.message}`,
      };
    }
    const loaded: LoadedWorkbook = { ok: true, summary, workbook: admitted.workbook };
    if (stored.journal) loaded.journal = stored.journal;
    return loaded;
  }

  /** Remembers why a stored document cannot be opened, so the home screen can say so. */
  async markDamaged(id: string, reason: string): Promise<void> {
    await this.db.workbooks.update(id, { damaged: reason.slice(0, 2000) });
  }

  /** The stored record exactly as it is, for "Export raw data" of a damaged workbook. */
  async rawRecord(
    id: string,
  ): Promise<{ summary: WorkbookSummary; document: unknown } | undefined> {
    const [summary, stored] = await Promise.all([
      this.db.workbooks.get(id),
      this.db.documents.get(id),
    ]);
    return summary && stored ? { summary, document: stored.document } : undefined;
  }

  async getSummary(id: string): Promise<WorkbookSummary | undefined> {
    return this.db.workbooks.get(id);
  }

  /**
   * Saves atomically (one transaction for summary and document) if nobody else has
   * saved since `baseRevision`; otherwise reports the conflict and changes nothing.
   * The writes are issued at once, beside the read that checks the revision, so the
   * transaction never waits on a read before it has asked to write (a page that is
   * closing may not live that long); a failed check rolls the writes back.
   */
  async save(
    id: string,
    workbook: Workbook,
    baseRevision: number,
    options: SaveOptions = {},
  ): Promise<SaveResult> {
    const revision = baseRevision + 1;
    const modifiedAt = workbook.meta.modifiedAt;
    const record = {
      id,
      revision,
      document: workbook,
      ...(options.journal && { journal: options.journal }),
    };
    try {
      return await this.db.transaction('rw', this.db.workbooks, this.db.documents, async () => {
        const read = this.db.workbooks.get(id);
        const written = Promise.all([
          this.db.documents.put(record),
          options.summary
            ? this.db.workbooks.put({
                ...options.summary,
                title: workbook.meta.title,
                modifiedAt,
                revision,
              })
            : this.db.workbooks.update(id, { title: workbook.meta.title, modifiedAt, revision }),
        ]);
        const summary = await read;
        if (!summary) throw new SaveRefused({ ok: false, missing: true });
        if (summary.revision !== baseRevision && !options.force) {
          throw new SaveRefused({
            ok: false,
            conflict: { revision: summary.revision, modifiedAt: summary.modifiedAt },
          });
        }
        await written;
        if (options.force && summary.revision !== baseRevision) {
          // Replacing another tab's save: the revision still rises past theirs.
          const past = summary.revision + 1;
          await this.db.documents.put({ ...record, revision: past });
          await this.db.workbooks.update(id, { revision: past });
          return { ok: true, revision: past, modifiedAt } satisfies SaveResult;
        }
        return { ok: true, revision, modifiedAt } satisfies SaveResult;
      });
    } catch (error) {
      if (error instanceof SaveRefused) return error.result;
      throw error;
    }
  }

  async rename(id: string, title: string): Promise<void> {
    await this.db.transaction('rw', this.db.workbooks, this.db.documents, async () => {
      const summary = await this.db.workbooks.get(id);
      const stored = await this.db.documents.get(id);
      if (!summary || !stored) return;
      const modifiedAt = new Date().toISOString();
      const revision = summary.revision + 1;
      const document = stored.document as Workbook;
      await this.db.workbooks.put({ ...summary, title, modifiedAt, revision });
      await this.db.documents.put({
        id,
        revision,
        document: { ...document, meta: { ...document.meta, title, modifiedAt } },
      });
    });
  }

  async duplicate(id: string): Promise<WorkbookSummary | undefined> {
    const loaded = await this.load(id);
    if (!loaded.ok) return undefined;
    const title = `Copy of ${loaded.workbook.meta.title}`.slice(0, 200);
    return this.create(
      { ...loaded.workbook, meta: { ...loaded.workbook.meta, title } },
      loaded.summary.template,
    );
  }

  /** Deleting is recoverable: the workbook moves to "Deleted workbooks". */
  async softDelete(id: string): Promise<void> {
    await this.db.workbooks.update(id, { deletedAt: new Date().toISOString() });
  }

  async restore(id: string): Promise<void> {
    const summary = await this.db.workbooks.get(id);
    if (!summary) return;
    const { deletedAt: _dropped, ...rest } = summary;
    await this.db.workbooks.put(rest);
  }

  /** Gone for good: only after the user confirms. */
  async purge(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.workbooks, this.db.documents, async () => {
      await this.db.workbooks.delete(id);
      await this.db.documents.delete(id);
    });
  }
}
