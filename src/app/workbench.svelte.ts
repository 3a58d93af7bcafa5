// The app's state and its commands. Components read it and call its methods; they
// hold no business rules. Storage is injected so the state is testable without it.
import { createContext } from 'svelte';
import { MAX_FILE_BYTES } from '../core/file/limits';
import { cleanName, workbookTitleProblem } from '../core/file/name-text';
import { describeFileSize } from '../core/file/file-size';
import type { Workbook } from '../core/file/schema';
import type {
  ChangeChannel,
  PersistenceState,
  WorkbookRepository,
  WorkbookSummary,
} from '../storage';
import { OpenWorkbook } from './open-workbook.svelte';
import { parseRoute, routeHash, type Route } from './routes';
import { TEMPLATES, type TemplateEntry } from './template-catalog';

export interface Notice {
  kind: 'error' | 'info';
  message: string;
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
  readonly templates: readonly TemplateEntry[] = TEMPLATES;

  constructor(
    private readonly repository: WorkbookRepository,
    private readonly channel: ChangeChannel,
    private readonly navigate: (hash: string) => void = (hash) => {
      if (location.hash !== hash) location.hash = hash;
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

  setPersistence(state: PersistenceState): void {
    this.#persistence = state;
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

  async refreshList(): Promise<void> {
    const [workbooks, deleted] = await Promise.all([
      this.repository.list(),
      this.repository.listDeleted(),
    ]);
    this.#workbooks = workbooks;
    this.#deleted = deleted;
    this.#loaded = true;
  }

  /** Follows the address bar (hash changes, Back and Forward). */
  async followRoute(hash: string): Promise<void> {
    const route = parseRoute(hash);
    if (route.screen === 'workbook' && this.#open?.id === route.id) return;
    // News of the last screen ("Imported …") does not follow the user; problems stay until dismissed.
    if (this.#notice?.kind === 'info') this.#notice = undefined;
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
    const summary = await this.repository.create(result.workbook, template.title);
    this.openWorkbook(summary.id);
  }

  async createBlank(): Promise<void> {
    const { createBlankWorkbook } = await loadFileFormat();
    const summary = await this.repository.create(createBlankWorkbook(this.#untitled()));
    this.openWorkbook(summary.id);
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
    const summary = await this.repository.create(result.workbook);
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
    await this.repository.rename(id, clean);
    await this.refreshList();
    return true;
  }

  async duplicate(id: string): Promise<void> {
    const copy = await this.repository.duplicate(id);
    await this.refreshList();
    if (copy) this.showInfo(`Made “${copy.title}”.`);
  }

  async delete(id: string): Promise<void> {
    await this.repository.softDelete(id);
    await this.refreshList();
    this.showInfo('Moved the workbook to Deleted workbooks. You can restore it from there.');
  }

  async restore(id: string): Promise<void> {
    await this.repository.restore(id);
    await this.refreshList();
  }

  async purge(id: string): Promise<void> {
    await this.repository.purge(id);
    await this.refreshList();
  }

  /** Another tab changed this workbook: load its version, dropping this tab's edits. */
  async reloadOpen(): Promise<void> {
    const id = this.#open?.id;
    if (!id) return;
    this.#open?.close();
    this.#open = undefined;
    await this.#load(id);
  }

  /** Another tab changed this workbook: keep this tab's version as a new workbook. */
  async saveOpenAsCopy(): Promise<void> {
    const open = this.#open;
    if (!open) return;
    const workbook: Workbook = open.toWorkbook();
    const copy = await this.repository.create(
      {
        ...workbook,
        meta: { ...workbook.meta, title: `${workbook.meta.title} (my copy)`.slice(0, 200) },
      },
      open.summary.template,
    );
    this.showInfo(`Saved your version as “${copy.title}”.`);
    this.openWorkbook(copy.id);
  }

  async #load(id: string): Promise<void> {
    this.#opening = true;
    try {
      const [loaded, { WorkbookEngine }] = await Promise.all([
        this.repository.load(id),
        import('../core/engine'),
      ]);
      if (!loaded.ok) {
        this.showError(loaded.message);
        this.#route = { screen: 'home' };
        this.navigate(routeHash({ screen: 'home' }));
        await this.refreshList();
        return;
      }
      const engine = WorkbookEngine.fromWorkbook(loaded.workbook);
      this.#open = new OpenWorkbook(loaded.summary, engine, this.repository, this.channel);
    } finally {
      this.#opening = false;
    }
  }

  async #closeOpen(): Promise<void> {
    const open = this.#open;
    if (!open) return;
    await open.flush();
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
