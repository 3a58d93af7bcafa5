// Which pages of this app are alive, so a journal left by a closed or crashed tab can be
// told from one that another open tab is still writing. Each page holds a Web Lock
// named by its tab id for as long as it lives; the browser releases it when the page goes.
const LOCK_PREFIX = 'lfw-tab:';

export interface TabPresence {
  /** this page's id */
  readonly tab: string;
  /** the ids of the pages alive now, or undefined when the browser cannot say */
  liveTabs(): Promise<Set<string> | undefined>;
}

export function holdTabPresence(
  tab: string,
  locks: LockManager | undefined = globalThis.navigator?.locks,
): TabPresence {
  // The callback's promise never settles: the lock is held until the page is gone.
  void locks?.request(`${LOCK_PREFIX}${tab}`, () => new Promise<never>(() => {})).catch(() => {});
  return {
    tab,
    async liveTabs() {
      if (!locks) return undefined;
      try {
        const { held = [] } = await locks.query();
        return new Set(
          held
            .map((lock) => lock.name ?? '')
            .filter((name) => name.startsWith(LOCK_PREFIX))
            .map((name) => name.slice(LOCK_PREFIX.length)),
        );
      } catch {
        return undefined;
      }
    },
  };
}
