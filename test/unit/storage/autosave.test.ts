import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Autosaver } from '../../../src/storage';

describe('Autosaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('a burst of changes makes one save after the pause', async () => {
    const save = vi.fn(async () => 'saved' as const);
    const autosaver = new Autosaver(save, 300);
    autosaver.schedule();
    autosaver.schedule();
    autosaver.schedule();
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('flush saves at once, and does nothing when nothing waits', async () => {
    const save = vi.fn(async () => 'saved' as const);
    const autosaver = new Autosaver(save, 300);
    autosaver.schedule();
    await autosaver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    await autosaver.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('a change made during a save is saved afterwards, never concurrently', async () => {
    let running = 0;
    let maxRunning = 0;
    const save = vi.fn(async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((resolve) => setTimeout(resolve, 100));
      running--;
      return 'saved' as const;
    });
    const autosaver = new Autosaver(save, 10);
    autosaver.schedule();
    await vi.advanceTimersByTimeAsync(20); // first save running
    autosaver.schedule();
    expect(autosaver.waiting).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(save).toHaveBeenCalledTimes(2);
    expect(maxRunning).toBe(1);
  });
});

describe('Autosaver after a failed save', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('a failed save is tried again after a pause that grows, until it succeeds', async () => {
    const outcomes = ['failed', 'failed', 'saved'] as const;
    const save = vi.fn(async () => outcomes[save.mock.calls.length - 1]!);
    const autosaver = new Autosaver(save, 300, [1000, 2000]);
    autosaver.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(1);
    expect(autosaver.retrying).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(save).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(3);
    expect(autosaver.retrying).toBe(false);
    expect(autosaver.waiting).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(3);
  });

  test('retryNow and the next edit try a failed save at once, not after the pause', async () => {
    const save = vi.fn(
      async () => (save.mock.calls.length === 1 ? 'failed' : 'saved') as 'failed' | 'saved',
    );
    const autosaver = new Autosaver(save, 300, [30_000]);
    autosaver.schedule();
    await vi.advanceTimersByTimeAsync(300);
    autosaver.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(2);

    save.mockImplementation(async () => 'failed');
    autosaver.schedule();
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledTimes(3);
    autosaver.schedule(); // an edit while failing
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(4);
  });

  test('a conflict is not retried: the user chooses', async () => {
    const save = vi.fn(async () => 'conflict' as const);
    const autosaver = new Autosaver(save, 300, [1000]);
    autosaver.schedule();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(autosaver.retrying).toBe(false);
  });
});
