// The app's state and its commands. Components read it and call its methods; they
// hold no business rules. Storage is injected so the state is testable without it.
import { createContext } from 'svelte';
import { MAX_FILE_BYTES } from '../core/file/limits';
import { cleanName, workbookTitleProblem } from '../core/file/name-text';
import { describeFileSize } from '../core/file/file-size';
import type { Workbook } from '../core/file/schema';
import {
  removeAllJournals,
  type ChangeChannel,
  type PersistenceState,
  type TabPresence,
  type WorkbookRepository,
  type WorkbookSummary,
} from '../storage';
import type { OpenWorkbook } from './open-workbook.svelte';
import { describeStorageError } from './storage-errors';
import { parseRoute, routeHash, type Route } from './routes';
import { TEMPLATES, type TemplateEntry } from './template-catalog';

export interface Notice {
  kind: 'error' | 'info';
  message: string;
  /** A refused edit: the next edit that succeeds clears it, so it never lingers over the grid. */
  clearsOnEdit?: boolean;
}

/** Where the workbench journals edits, and how it tells a living tab from a gone one. */
export interface Durability {
  /** the synchronous store for the edit journal (localStorage), if the browser allows one */
  journalStorage: Storage | undefined;
  presence: TabPresence;
}

/** A workbook kept only in this tab's memory, because storing it failed. */
interface UnstoredWorkbook {
  workbook: Workbook;
  template?: string;
}

export class Workbench {
  #route = $state.raw<Route>({ screen: 'home' });
  #workbooks = $state.raw<WorkbookSummary[]>([]);
  #deleted = $state.raw<WorkbookSummary[]>([]);
  #notice = $state.raw<Notice | undefined>(undefined);
  #open = $state.raw<OpenWorkbook | undefined>(undefined);
  #opening = $state(false);
  #persistence = $state<PersistenceState | undefined>(undefined);
  #loaded = $state(false);
  #storageProblem = $state<string | undefined>(undefined);
  /** news to show once the screen it is about has opened */
  #noticeAfterNavigation: Notice | undefined;
  #freshProblem: Notice | undefined;
  // Not view state: read only when a route is followed, so a plain Map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #unstored = new Map<string, UnstoredWorkbook>();
  readonly templates: readonly TemplateEntry[] = TEMPLATES;

  constructor(
    private readonly repository: WorkbookRepository,
    private readonly channel: ChangeChannel,
    private readonly navigate: (hash: string) => void = (hash) => {
      if (location.hash !== hash) location.hash = hash;
    },
    private readonly durability: Durability = {
      journalStorage: undefined,
      presence: { tab: channel.tab, liveTabs: async () => undefined },
    },
  ) {
    // Another tab's save changes what the home screen lists.
    channel.listen(() => void this.refreshList());
  }

  get route(): Route {
    return this.#route;
  }
  get workbooks(): WorkbookSummary[] {
    return this.#workbooks;
  }
  get deleted(): WorkbookSummary[] {
    return this.#deleted;
  }
  get notice(): Notice | undefined {
    return this.#notice;
  }
  get open(): OpenWorkbook | undefined {
    return this.#open;
  }
  get opening(): boolean {
    return this.#opening;
  }
  get persistence(): PersistenceState | undefined {
    return this.#persistence;
  }
  /** the saved list has been read at least once */
  get loaded(): boolean {
    return this.#loaded;
  }

  /** why this browser cannot store workbooks, when it cannot */
  get storageProblem(): string | undefined {
    return this.#storageProblem;
  }

  setPersistence(state: PersistenceState): void {
    this.#persistence = state;
  }

  /** IndexedDB could not be opened at all: say so, and keep working in memory. */
  setStorageUnavailable(error: unknown): void {
    this.#storageProblem = describeStorageError(error);
    this.#loaded = true;
  }

  showError(message: string): void {
    this.#notice = { kind: 'error', message };
  }
  showInfo(message: string): void {
    this.#notice = { kind: 'info', message };
  }
  dismissNotice(): void {
    this.#notice = undefined;
  }

  /** A problem with something the user just typed or did on the workbook screen. */
  showEditProblem(message: string): void {
    const notice: Notice = { kind: 'error', message, clearsOnEdit: true };
    this.#notice = notice;
    this.#freshProblem = notice;
    // A paste that is partly refused changes the workbook in the same task that reports
    // the refusal; only an edit in a later task is "the next" one.
    setTimeout(() => {
      if (this.#freshProblem === notice) this.#freshProblem = undefined;
    }, 0);
  }

  /** An edit went in: a refused-edit problem shown before it has been dealt with. */
  editSucceeded(): void {
    const notice = this.#notice;
    if (notice?.clearsOnEdit && notice !== this.#freshProblem) this.#notice = undefined;
  }

  async refreshList(): Promise<void> {
    try {
      const [workbooks, deleted] = await Promise.all([
        this.repository.list(),
        this.repository.listDeleted(),
      ]);
      this.#workbooks = workbooks;
      this.#deleted = deleted;
    } catch (error) {
      this.#storageProblem = describeStorageError(error);
    }
    this.#loaded = true;
  }

  /** Follows the address bar (hash changes, Back and Forward). */
  async followRoute(hash: string): Promise<void> {
    const route = parseRoute(hash);
    if (route.screen === 'workbook' && this.#open?.id === route.id) return;
    // News of the last screen ("Imported …") does not follow the user; problems stay until dismissed.
    if (this.#notice?.kind === 'info') this.#notice = undefined;
    const news = this.#noticeAfterNavigation;
    this.#noticeAfterNavigation = undefined;
    if (news) this.#notice = news;
    await this.#closeOpen();
    this.#route = route;
    if (route.screen === 'home') {
      await this.refreshList();
      return;
    }
    await this.#load(route.id);
  }

  goHome(): void {
    this.navigate(routeHash({ screen: 'home' }));
  }

  openWorkbook(id: string): void {
    this.dismissNotice();
    this.navigate(routeHash({ screen: 'workbook', id }));
  }

  /** A template becomes a new saved workbook; the template itself never changes. */
  async openTemplate(template: TemplateEntry): Promise<void> {
    const [text, { parseModelText, describeLoadError }] = await Promise.all([
      template.load(),
      loadFileFormat(),
    ]);
    const result = parseModelText(text);
    if (!result.ok) {
      this.showError(
        `The template “${template.title}” could not be opened. ${describeLoadError(result.error)}`,
      );
      return;
    }
    await this.#createAndOpen(result.workbook, template.title);
  }

  async createBlank(): Promise<void> {
    const { createBlankWorkbook } = await loadFileFormat();
    await this.#createAndOpen(createBlankWorkbook(this.#untitled()));
  }

  /** A model file from the user's disk: refused whole, or a new workbook. */
  async importModelFile(file: File): Promise<boolean> {
    if (file.size > MAX_FILE_BYTES) {
      this.showError(
        `“${file.name}” was not imported: the file is too large (${describeFileSize(file.size, MAX_FILE_BYTES)}). Nothing was changed.`,
      );
      return false;
    }
    const [text, { parseModelText, describeLoadError }] = await Promise.all([
      file.text(),
      loadFileFormat(),
    ]);
    const result = parseModelText(text);
    if (!result.ok) {
      this.showError(
        `“${file.name}” was not imported. ${describeLoadError(result.error)}\nNothing was changed.`,
      );
      return false;
    }
    let summary: WorkbookSummary;
    try {
      summary = await this.repository.create(result.workbook);
    } catch (error) {
      // Storing failed: the model is still good, so open it here rather than lose it.
      this.#openInMemory(result.workbook, undefined, error);
      return true;
    }
    await this.refreshList();
    this.showInfo(`Imported “${summary.title}” as a new workbook.`);
    return true;
  }

  async rename(id: string, title: string): Promise<boolean> {
    const clean = cleanName(title);
    const problem = workbookTitleProblem(clean);
    if (problem) {
      this.showError(problem);
      return false;
    }
    if (!(await this.#storing('renamed', () => this.repository.rename(id, clean)))) return false;
    await this.refreshList();
    return true;
  }

  async duplicate(id: string): Promise<void> {
    const copy = (await this.#storing('duplicated', () => this.repository.duplicate(id)))?.value;
    await this.refreshList();
    if (copy) this.showInfo(`Made “${copy.title}”.`);
  }

  async delete(id: string): Promise<void> {
    if (!(await this.#storing('deleted', () => this.repository.softDelete(id)))) return;
    await this.refreshList();
    this.showInfo('Moved the workbook to Deleted workbooks. You can restore it from there.');
  }

  async restore(id: string): Promise<void> {
    await this.#storing('restored', () => this.repository.restore(id));
    await this.refreshList();
  }

  async purge(id: string): Promise<void> {
    const purged = await this.#storing('deleted', () => this.repository.purge(id));
    // Gone for good: so are any unsaved edits journalled for it.
    const storage = this.durability.journalStorage;
    if (purged && storage) removeAllJournals(storage, id);
    await this.refreshList();
  }

  /** A change to stored workbooks; a refusal by the browser is said, not thrown. */
  async #storing<T>(what: string, action: () => Promise<T>): Promise<{ value: T } | undefined> {
    try {
      return { value: await action() };
    } catch (error) {
      this.showError(`The workbook could not be ${what}: ${describeStorageError(error)}`);
      return undefined;
    }
  }

  /** Another tab changed this workbook: load its version, dropping this tab's edits. */
  async reloadOpen(): Promise<void> {
    const id = this.#open?.id;
    if (!id) return;
    this.#open?.discardJournal();
    this.#open?.close();
    this.#open = undefined;
    await this.#load(id);
  }

  /** Another tab changed this workbook: keep this tab's version as a new workbook. */
  async saveOpenAsCopy(): Promise<void> {
    const open = this.#open;
    if (!open) return;
    const copy = await this.#saveAsCopy(open);
    if (!copy) return;
    // This tab's version lives on as the copy: the original is closed, not copied again.
    open.close();
    this.#open = undefined;
    this.openWorkbook(copy.id);
    // Said on the copy's screen, so it is still there to be read.
    this.#noticeAfterNavigation = {
      kind: 'info',
      message: `Saved your version as “${copy.title}”.`,
    };
  }

  /** "Export raw data" of a damaged workbook: the stored record exactly as it is. */
  async rawData(id: string): Promise<{ title: string; text: string } | undefined> {
    const record = await this.repository.rawRecord(id);
    if (!record) return undefined;
    return { title: record.summary.title, text: JSON.stringify(record.document, null, 2) };
  }

  /** This tab's version of a workbook in conflict, stored as a new workbook; its journal goes. */
  async #saveAsCopy(open: OpenWorkbook): Promise<WorkbookSummary | undefined> {
    const workbook: Workbook = open.toWorkbook();
    try {
      const copy = await this.repository.create(
        {
          ...workbook,
          meta: { ...workbook.meta, title: `${workbook.meta.title} (my copy)`.slice(0, 200) },
        },
        open.summary.template,
      );
      open.discardJournal();
      return copy;
    } catch (error) {
      this.showError(
        `Your version could not be saved as a copy: ${describeStorageError(error)} Use Export model to keep it.`,
      );
      return undefined;
    }
  }

  async #load(id: string): Promise<void> {
    this.#opening = true;
    try {
      const opening = await import('./open-stored-workbook');
      const context = { repository: this.repository, channel: this.channel };
      const unstored = this.#unstored.get(id);
      if (unstored) {
        this.#open = opening.openUnstoredWorkbook(context, id, unstored, () => {
          this.#unstored.delete(id);
          this.showInfo(`“${unstored.workbook.meta.title}” is now saved in this browser.`);
        });
        return;
      }
      const opened = await opening.openStoredWorkbook(
        {
          ...context,
          durability: this.durability,
          tell: (kind, message) => (this.#notice = { kind, message }),
          onRemoteChange: () => void this.#showRemoteVersion(),
        },
        id,
      );
      if (opened.ok) this.#open = opened.open;
      else this.#backHome(opened.message);
    } finally {
      this.#opening = false;
    }
  }

  /** Another tab saved while this tab had no edits of its own: show its version. */
  async #showRemoteVersion(): Promise<void> {
    await this.reloadOpen();
    this.showInfo('This workbook was changed in another tab, so this tab now shows that version.');
  }

  /** Stores a new workbook and opens it; if storing fails, opens it in memory and says so. */
  async #createAndOpen(workbook: Workbook, template?: string): Promise<void> {
    let id: string;
    try {
      id = (await this.repository.create(workbook, template)).id;
    } catch (error) {
      this.#openInMemory(workbook, template, error);
      return;
    }
    this.openWorkbook(id);
  }

  #openInMemory(workbook: Workbook, template: string | undefined, error: unknown): void {
    const id = crypto.randomUUID();
    this.#unstored.set(id, template === undefined ? { workbook } : { workbook, template });
    this.openWorkbook(id);
    this.showError(
      `“${workbook.meta.title}” could not be saved in this browser: ${describeStorageError(error)}\nIt is open here, in this tab only; use Export model to keep a copy. The workbench keeps trying to save it.`,
    );
  }

  #backHome(message: string): void {
    this.showError(message);
    this.#route = { screen: 'home' };
    this.navigate(routeHash({ screen: 'home' }));
    void this.refreshList();
  }

  async #closeOpen(): Promise<void> {
    const open = this.#open;
    if (!open) return;
    const outcome = await open.flush();
    // Leaving a workbook in conflict: this tab's edits become a copy, never lost.
    if (outcome === 'conflict' && open.hasUnsavedEdits) {
      const copy = await this.#saveAsCopy(open);
      if (copy)
        this.showInfo(
          `Your edits were not saved over the other tab's version; they were kept as “${copy.title}”.`,
        );
    }
    open.close();
    this.#open = undefined;
  }

  #untitled(): string {
    const titles = this.#workbooks.map((w) => w.title);
    for (let n = 1; ; n++) {
      const title = n === 1 ? 'Untitled workbook' : `Untitled workbook ${n}`;
      if (!titles.includes(title)) return title;
    }
  }
}

/**
 * The file format checks formulas with the engine's parser, so it is loaded with the
 * engine, when first needed, and stays out of the home screen's first download.
 */
function loadFileFormat() {
  return import('../core/file');
}

export const [useWorkbench, setWorkbench] = createContext<Workbench>();
