// Saves and loads workbooks. It does not compute: documents come in already built,
// and every document read back goes through the file format's one door (`admit`).
import type { WorkbenchDatabase, WorkbookSummary } from './database';
import type { Workbook } from '../core/file/schema';

export type SaveResult =
  | { ok: true; revision: number; modifiedAt: string }
  | { ok: false; conflict: { revision: number; modifiedAt: string } }
  | { ok: false; missing: true };

export type LoadedWorkbook =
  { ok: true; summary: WorkbookSummary; workbook: Workbook } | { ok: false; message: string };

/** Turns stored data into a current Workbook, or says why it cannot. */
export type AdmitDocument = (
  data: unknown,
) => { ok: true; workbook: Workbook } | { ok: false; message: string };

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

  /** Stores a new workbook; it never overwrites an existing one. */
  async create(workbook: Workbook, templateTitle?: string): Promise<WorkbookSummary> {
    const now = new Date().toISOString();
    const document: Workbook = {
      ...workbook,
      meta: { ...workbook.meta, createdAt: now, modifiedAt: now },
    };
    const summary: WorkbookSummary = {
      id: newId(),
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
    const admitted = this.admit(stored.document);
    if (!admitted.ok)
      return { ok: false, message: `The saved workbook cannot be opened: ${admitted.message}` };
    return { ok: true, summary, workbook: admitted.workbook };
  }

  async getSummary(id: string): Promise<WorkbookSummary | undefined> {
    return this.db.workbooks.get(id);
  }

  /**
   * Saves atomically (one transaction for summary and document) if nobody else has
   * saved since `baseRevision`; otherwise reports the conflict and changes nothing.
   */
  async save(
    id: string,
    workbook: Workbook,
    baseRevision: number,
    force = false,
  ): Promise<SaveResult> {
    return this.db.transaction(
      'rw',
      this.db.workbooks,
      this.db.documents,
      async (): Promise<SaveResult> => {
        const summary = await this.db.workbooks.get(id);
        if (!summary) return { ok: false, missing: true };
        if (summary.revision !== baseRevision && !force) {
          return {
            ok: false,
            conflict: { revision: summary.revision, modifiedAt: summary.modifiedAt },
          };
        }
        const revision = summary.revision + 1;
        const modifiedAt = workbook.meta.modifiedAt;
        await this.db.workbooks.put({
          ...summary,
          title: workbook.meta.title,
          modifiedAt,
          revision,
        });
        await this.db.documents.put({ id, revision, document: workbook });
        return { ok: true, revision, modifiedAt };
      },
    );
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
