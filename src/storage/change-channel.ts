// Tells other tabs of this app that a workbook was saved, so a tab showing the
// same workbook learns at once that its copy is stale (and does not overwrite it).
export interface SavedMessage {
  id: string;
  revision: number;
  tab: string;
}

const CHANNEL = 'library-finance-workbench:saves';

export class ChangeChannel {
  readonly tab = crypto.randomUUID();
  readonly #channel: BroadcastChannel | undefined;

  constructor() {
    this.#channel =
      typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL);
  }

  announce(id: string, revision: number): void {
    this.#channel?.postMessage({ id, revision, tab: this.tab } satisfies SavedMessage);
  }

  /** Calls back for saves made by other tabs. */
  listen(callback: (message: SavedMessage) => void): () => void {
    const channel = this.#channel;
    if (!channel) return () => {};
    const handler = (event: MessageEvent<SavedMessage>) => {
      if (event.data.tab !== this.tab) callback(event.data);
    };
    channel.addEventListener('message', handler);
    return () => channel.removeEventListener('message', handler);
  }

  close(): void {
    this.#channel?.close();
  }
}
