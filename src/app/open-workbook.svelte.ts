// One open workbook: its engine, its save state, and the guard against another
// tab's changes. Every edit is journalled synchronously (EditJournal) before the
// engine call that made it returns; the IndexedDB save follows a moment later, and
// clears the journal up to what it holds. A failed save is retried; a save whose
// revision is stale is a conflict, which keeps both versions.
import type { WorkbookEngine } from '../core/engine';
import type { Workbook } from '../core/file/schema';
import {
  Autosaver,
  type ChangeChannel,
  type EditJournal,
  type SaveOutcome,
  type WorkbookRepository,
  type WorkbookSummary,
} from '../storage';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'retrying' | 'conflict';

export interface Conflict {
  /** when the other tab saved */
  modifiedAt: string;
}

export interface OpenWorkbookOptions {
  repository: WorkbookRepository;
  channel: ChangeChannel;
  /** where edits are journalled; without one, leaving with unsaved edits asks first */
  journal?: EditJournal;
  /** false: the workbook is only in memory until a save manages to store it */
  stored?: boolean;
  /** another tab saved this workbook while this tab had no edits of its own */
  onRemoteChange?: () => void;
  /** the workbook was stored for the first time (it had been kept in memory) */
  onStored?: () => void;
}

export class OpenWorkbook {
  readonly id: string;
  readonly engine: WorkbookEngine;
  #summary = $state.raw<WorkbookSummary>() as WorkbookSummary;
  #saveState = $state<SaveState>('saved');
  #conflict = $state.raw<Conflict | undefined>(undefined);
  #title = $state('');
  /** false until a save has managed to store a workbook that was kept in memory */
  #stored = true;
  #revision: number;
  /** the engine's version that the stored document holds */
  #savedVersion: number;
  /** an edit since the last save could not be journalled */
  #unjournalled = false;
  readonly #repository: WorkbookRepository;
  readonly #channel: ChangeChannel;
  readonly #journal: EditJournal | undefined;
  readonly #options: OpenWorkbookOptions;
  readonly #autosaver: Autosaver;
  readonly #stopListening: Array<() => void> = [];

  constructor(summary: WorkbookSummary, engine: WorkbookEngine, options: OpenWorkbookOptions) {
    this.id = summary.id;
    this.engine = engine;
    this.#summary = summary;
    this.#title = engine.parts.meta.title;
    this.#revision = summary.revision;
    this.#savedVersion = engine.version;
    this.#repository = options.repository;
    this.#channel = options.channel;
    this.#journal = options.journal;
    this.#stored = options.stored ?? true;
    this.#options = options;
    this.#autosaver = new Autosaver(() => this.#write(false));
    if (!this.#stored) this.#markUnsaved();
    this.#stopListening.push(
      engine.onChange((event) => {
        // First the journal, synchronously: from here on the edit survives a reload.
        const seq = this.#journal?.append(event.journalEntry());
        if (seq === undefined) this.#unjournalled = true;
        this.#title = engine.parts.meta.title;
        if (this.#conflict) return;
        this.#markUnsaved();
      }),
      this.#channel.listen((message) => {
        if (message.id === this.id && message.revision > this.#revision)
          void this.#noticeRemoteSave();
      }),
    );
  }

  get summary(): WorkbookSummary {
    return this.#summary;
  }
  get saveState(): SaveState {
    return this.#saveState;
  }
  get conflict(): Conflict | undefined {
    return this.#conflict;
  }
  get title(): string {
    return this.#title;
  }
  /** edits made here that the stored document does not hold yet */
  get hasUnsavedEdits(): boolean {
    return this.engine.version !== this.#savedVersion || !this.#stored;
  }
  /** leaving now could lose an edit: it is neither saved nor journalled */
  get atRiskOnLeaving(): boolean {
    return this.hasUnsavedEdits && (this.#unjournalled || !this.#journal || !this.#stored);
  }

  /**
   * Edits recovered from a journal are in the engine but not yet stored: save them.
   * (The caller has written them into this workbook's journal already.)
   */
  holdsRecoveredEdits(): void {
    this.#savedVersion = -1;
    this.#markUnsaved();
  }

  /** Saves whatever is waiting, now (leaving the page, closing the workbook). */
  flush(): Promise<SaveOutcome> {
    // While another tab's version stands, nothing here is saved until the user chooses.
    if (this.#conflict) return Promise.resolve('conflict');
    return this.#autosaver.flush();
  }

  /** Tries a failed save again now (the window has focus again, the network is back). */
  retrySave(): void {
    this.#autosaver.retryNow();
  }

  rename(title: string): void {
    this.engine.updateParts((parts) => ({ ...parts, meta: { ...parts.meta, title } }));
  }

  /** The user chose to keep this tab's version: it replaces the other tab's. */
  async overwrite(): Promise<void> {
    const outcome = await this.#write(true);
    if (outcome === 'saved') this.#conflict = undefined;
  }

  /** Stops saving here, for good: the tab is about to load the other version or a copy. */
  close(): void {
    this.#autosaver.cancel();
    for (const stop of this.#stopListening) stop();
    this.engine.destroy();
  }

  /** This tab's edits are kept elsewhere now (a copy) or dropped by choice: forget them. */
  discardJournal(): void {
    this.#journal?.discard();
  }

  /** The document as it now stands (for export, or a copy). */
  toWorkbook(): Workbook {
    return this.engine.toWorkbook();
  }

  #markUnsaved(): void {
    this.#saveState = this.#autosaver.retrying ? 'retrying' : 'unsaved';
    this.#autosaver.schedule();
  }

  async #noticeRemoteSave(): Promise<void> {
    const latest = await this.#repository.getSummary(this.id);
    if (!latest || latest.revision <= this.#revision) return;
    if (!this.hasUnsavedEdits && this.#options.onRemoteChange) {
      // Nothing of this tab's own would be lost: just show the other version.
      this.#autosaver.cancel();
      this.#options.onRemoteChange();
      return;
    }
    this.#conflict = { modifiedAt: latest.modifiedAt };
    this.#saveState = 'conflict';
    this.#autosaver.cancel();
  }

  async #write(force: boolean): Promise<SaveOutcome> {
    if (this.#conflict && !force) return 'conflict';
    this.#saveState = 'saving';
    const version = this.engine.version;
    const seq = this.#journal?.lastSeq ?? 0;
    try {
      const workbook = this.engine.toWorkbook();
      const revision = await this.#store(workbook, force, seq);
      if (revision === 'conflict') return 'conflict';
      this.#revision = revision;
      this.#savedVersion = version;
      this.#journal?.saved(seq, revision);
      if (this.engine.version === version) this.#unjournalled = false;
      this.#summary = {
        ...this.#summary,
        title: workbook.meta.title,
        modifiedAt: workbook.meta.modifiedAt,
        revision,
      };
      this.#channel.announce(this.id, revision);
      // A change made while saving has scheduled another save already.
      this.#saveState = this.#autosaver.waiting ? 'unsaved' : 'saved';
      return 'saved';
    } catch {
      this.#saveState = 'retrying';
      return 'failed';
    }
  }

  /** Writes the document; the stored revision, or 'conflict'. Throws when storage fails. */
  async #store(workbook: Workbook, force: boolean, seq: number): Promise<number | 'conflict'> {
    if (this.#stored) {
      const journal = this.#journal && { session: this.#journal.session, seq };
      const result = await this.#repository.save(this.id, workbook, this.#revision, {
        force,
        summary: this.#summary,
        ...(journal && { journal }),
      });
      if (result.ok) return result.revision;
      if ('conflict' in result) {
        this.#conflict = { modifiedAt: result.conflict.modifiedAt };
        this.#saveState = 'conflict';
        return 'conflict';
      }
      // Gone from storage (deleted for good in another tab) while open here: keep it.
    }
    await this.#repository.create(workbook, this.#summary.template, this.id);
    if (!this.#stored) {
      this.#stored = true;
      this.#options.onStored?.();
    }
    return 1;
  }
}
