// The write-ahead journal: every committed edit is written here, synchronously, before
// the call that made it returns, so it survives a reload, a closed tab or a crash in the
// ~300 ms before the IndexedDB save. localStorage is the only synchronous store a page
// has; it is small, so it holds the pending edits, not documents. Each open of a
// workbook writes its own journal (a head and one key per entry), cleared up to an
// entry once a save containing it has committed. See src/app/recovery.ts for replay.
const PREFIX = 'lfw-journal:';

export interface JournalHead {
  /** the page (browser tab) that wrote it: while that page lives, it is not an orphan */
  tab: string;
  /** the stored revision the pending entries apply to */
  baseRevision: number;
  /** when the last entry was written, for the message that recovers it */
  writtenAt: string;
}

export interface JournalRecord {
  workbookId: string;
  session: string;
  head: JournalHead;
  /** pending entries, oldest first */
  entries: { seq: number; entry: unknown }[];
}

const headKey = (workbookId: string, session: string) => `${PREFIX}${workbookId}:${session}`;
const entryKey = (workbookId: string, session: string, seq: number) =>
  `${headKey(workbookId, session)}#${seq}`;

export class EditJournal {
  #seq = 0;
  #head: JournalHead;

  constructor(
    private readonly storage: Storage,
    readonly workbookId: string,
    readonly session: string,
    tab: string,
    baseRevision: number,
  ) {
    this.#head = { tab, baseRevision, writtenAt: new Date().toISOString() };
  }

  /** the number of the last entry appended */
  get lastSeq(): number {
    return this.#seq;
  }

  /** Stores an entry now; its number, or undefined when the browser refused to store it. */
  append(entry: unknown): number | undefined {
    const seq = this.#seq + 1;
    try {
      this.#head = { ...this.#head, writtenAt: new Date().toISOString() };
      this.storage.setItem(entryKey(this.workbookId, this.session, seq), JSON.stringify(entry));
      this.storage.setItem(headKey(this.workbookId, this.session), JSON.stringify(this.#head));
    } catch {
      return undefined;
    }
    this.#seq = seq;
    return seq;
  }

  /** A save holding every entry up to `seq` committed as `revision`: those entries can go. */
  saved(seq: number, revision: number): void {
    this.#head = { ...this.#head, baseRevision: revision };
    try {
      for (let n = seq; n >= 1; n--) {
        const key = entryKey(this.workbookId, this.session, n);
        if (this.storage.getItem(key) === null) break;
        this.storage.removeItem(key);
      }
      if (seq === this.#seq) this.storage.removeItem(headKey(this.workbookId, this.session));
      else this.storage.setItem(headKey(this.workbookId, this.session), JSON.stringify(this.#head));
    } catch {
      // Clearing is housekeeping: entries left behind are recognised as saved by their numbers.
    }
  }

  /** Forgets every entry: they are in a document that is stored elsewhere (a copy). */
  discard(): void {
    removeJournal(this.storage, this.workbookId, this.session);
  }
}

/** Every journal left for a workbook, with its entries in order. Unreadable ones are skipped. */
export function findJournals(storage: Storage, workbookId: string): JournalRecord[] {
  const prefix = `${PREFIX}${workbookId}:`;
  const sessions = new Map<
    string,
    { head?: JournalHead; entries: { seq: number; entry: unknown }[] }
  >();
  for (const key of storageKeys(storage)) {
    if (!key.startsWith(prefix)) continue;
    const [session, seqText] = key.slice(prefix.length).split('#') as [string, string | undefined];
    const record = sessions.get(session) ?? { entries: [] };
    sessions.set(session, record);
    const value = parseJson(storage.getItem(key));
    if (seqText === undefined) record.head = isHead(value) ? value : undefined;
    else if (/^\d+$/.test(seqText) && value !== undefined)
      record.entries.push({ seq: Number(seqText), entry: value });
  }
  const journals: JournalRecord[] = [];
  for (const [session, { head, entries }] of sessions) {
    if (!head || entries.length === 0) continue;
    entries.sort((a, b) => a.seq - b.seq);
    journals.push({ workbookId, session, head, entries });
  }
  return journals;
}

export function removeJournal(storage: Storage, workbookId: string, session: string): void {
  const head = headKey(workbookId, session);
  removeKeys(storage, (key) => key === head || key.startsWith(`${head}#`));
}

/** Every journal of a workbook, readable or not: it has been deleted for good. */
export function removeAllJournals(storage: Storage, workbookId: string): void {
  const prefix = `${PREFIX}${workbookId}:`;
  removeKeys(storage, (key) => key.startsWith(prefix));
}

function removeKeys(storage: Storage, matches: (key: string) => boolean): void {
  try {
    for (const key of storageKeys(storage)) if (matches(key)) storage.removeItem(key);
  } catch {
    // A journal that cannot be removed is found again, and recognised as saved, next time.
  }
}

function storageKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isHead(value: unknown): value is JournalHead {
  if (typeof value !== 'object' || value === null) return false;
  const head = value as Record<string, unknown>;
  return (
    typeof head.tab === 'string' &&
    typeof head.baseRevision === 'number' &&
    typeof head.writtenAt === 'string'
  );
}
