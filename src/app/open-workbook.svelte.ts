// One open workbook: its engine, its save state, and the guard against another
// tab's changes. Saving is automatic; the revision number makes each save atomic
// and detects a tab that saved in between.
import type { WorkbookEngine } from '../core/engine';
import type { Workbook } from '../core/file/schema';
import {
  Autosaver,
  type ChangeChannel,
  type SaveOutcome,
  type WorkbookRepository,
  type WorkbookSummary,
} from '../storage';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

export interface Conflict {
  /** when the other tab saved */
  modifiedAt: string;
}

export class OpenWorkbook {
  readonly id: string;
  readonly engine: WorkbookEngine;
  #summary = $state.raw<WorkbookSummary>() as WorkbookSummary;
  #saveState = $state<SaveState>('saved');
  #conflict = $state.raw<Conflict | undefined>(undefined);
  #title = $state('');
  #revision: number;
  readonly #autosaver: Autosaver;
  readonly #stopListening: Array<() => void> = [];

  constructor(
    summary: WorkbookSummary,
    engine: WorkbookEngine,
    private readonly repository: WorkbookRepository,
    private readonly channel: ChangeChannel,
  ) {
    this.id = summary.id;
    this.engine = engine;
    this.#summary = summary;
    this.#title = engine.parts.meta.title;
    this.#revision = summary.revision;
    this.#autosaver = new Autosaver(() => this.#write(false));
    this.#stopListening.push(
      engine.onChange(() => {
        this.#title = engine.parts.meta.title;
        if (this.#conflict) return;
        this.#saveState = 'unsaved';
        this.#autosaver.schedule();
      }),
      channel.listen((message) => {
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

  /** Saves whatever is waiting, now (leaving the page, closing the workbook). */
  flush(): Promise<SaveOutcome> {
    // While another tab's version stands, nothing here is saved until the user chooses.
    if (this.#conflict) return Promise.resolve('conflict');
    return this.#autosaver.flush();
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

  /** The document as it now stands (for export, or a copy). */
  toWorkbook(): Workbook {
    return this.engine.toWorkbook();
  }

  async #noticeRemoteSave(): Promise<void> {
    const latest = await this.repository.getSummary(this.id);
    if (!latest || latest.revision <= this.#revision) return;
    this.#conflict = { modifiedAt: latest.modifiedAt };
    this.#saveState = 'conflict';
    this.#autosaver.cancel();
  }

  async #write(force: boolean): Promise<SaveOutcome> {
    if (this.#conflict && !force) return 'conflict';
    this.#saveState = 'saving';
    try {
      const workbook = this.engine.toWorkbook();
      const result = await this.repository.save(this.id, workbook, this.#revision, force);
      if (result.ok) {
        this.#revision = result.revision;
        this.#summary = {
          ...this.#summary,
          title: workbook.meta.title,
          modifiedAt: result.modifiedAt,
          revision: result.revision,
        };
        this.channel.announce(this.id, result.revision);
        // A change made while saving has scheduled another save already.
        this.#saveState = this.#autosaver.waiting ? 'unsaved' : 'saved';
        return 'saved';
      }
      if ('conflict' in result) {
        this.#conflict = { modifiedAt: result.conflict.modifiedAt };
        this.#saveState = 'conflict';
        return 'conflict';
      }
      this.#saveState = 'error';
      return 'failed';
    } catch {
      this.#saveState = 'error';
      return 'failed';
    }
  }
}
