// Asks the browser not to evict our storage under pressure: a council's models
// live only here unless exported.
export type PersistenceState = 'persisted' | 'best-effort' | 'unsupported';

export async function requestPersistentStorage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}
