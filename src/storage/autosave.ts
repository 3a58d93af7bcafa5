// Saving is automatic: a change schedules a save shortly after the user pauses,
// and leaving the page flushes at once. Saves never overlap; a change made during a
// save schedules another.
export type SaveOutcome = 'saved' | 'conflict' | 'failed';

export class Autosaver {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<SaveOutcome> | undefined;
  #pending = false;

  constructor(
    private readonly save: () => Promise<SaveOutcome>,
    private readonly delayMs = 300,
  ) {}

  /** A change happened: save soon. */
  schedule(): void {
    this.#pending = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** a change is waiting for a save that has not started yet */
  get waiting(): boolean {
    return this.#pending;
  }

  /** Saves now if anything is waiting; resolves when saved. */
  async flush(): Promise<SaveOutcome> {
    clearTimeout(this.#timer);
    if (this.#running) await this.#running;
    if (!this.#pending) return 'saved';
    this.#pending = false;
    this.#running = this.save();
    try {
      return await this.#running;
    } finally {
      this.#running = undefined;
    }
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#pending = false;
  }
}
