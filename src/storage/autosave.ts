// Saving is automatic: a change schedules a save shortly after the user pauses,
// and leaving the page flushes at once. Saves never overlap; a change made during a
// save schedules another. A save that fails (storage full, the browser refusing) is
// tried again, after a growing pause, and at once when `retryNow` is called (the next
// edit, the window regaining focus, the network coming back).
export type SaveOutcome = 'saved' | 'conflict' | 'failed';

/** Pauses before each retry of a failed save, in ms; the last repeats. */
export const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 30000] as const;

export class Autosaver {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running: Promise<SaveOutcome> | undefined;
  #pending = false;
  #failures = 0;

  constructor(
    private readonly save: () => Promise<SaveOutcome>,
    private readonly delayMs = 300,
    private readonly retryDelaysMs: readonly number[] = RETRY_DELAYS_MS,
  ) {}

  /** A change happened: save soon (at once if the last save failed: the user is waiting). */
  schedule(): void {
    this.#pending = true;
    this.#start(this.#failures > 0 ? 0 : this.delayMs);
  }

  /** a change is waiting for a save that has not started yet */
  get waiting(): boolean {
    return this.#pending;
  }

  /** the last save failed and another try is coming */
  get retrying(): boolean {
    return this.#failures > 0;
  }

  /** Tries a failed save again now, instead of after its pause. */
  retryNow(): void {
    if (this.#failures > 0 && this.#pending) this.#start(0);
  }

  /** Saves now if anything is waiting; resolves when saved. */
  async flush(): Promise<SaveOutcome> {
    clearTimeout(this.#timer);
    if (this.#running) await this.#running;
    if (!this.#pending) return 'saved';
    this.#pending = false;
    this.#running = this.save();
    let outcome: SaveOutcome = 'failed';
    try {
      outcome = await this.#running;
      return outcome;
    } finally {
      this.#running = undefined;
      this.#afterSave(outcome);
    }
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#pending = false;
    this.#failures = 0;
  }

  #afterSave(outcome: SaveOutcome): void {
    if (outcome !== 'failed') {
      this.#failures = 0;
      return;
    }
    // What failed to save is still waiting, with whatever came in meanwhile.
    this.#pending = true;
    const delays = this.retryDelaysMs;
    const pause = delays[Math.min(this.#failures, delays.length - 1)] ?? 1000;
    this.#failures++;
    this.#start(pause);
  }

  #start(afterMs: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), afterMs);
  }
}
