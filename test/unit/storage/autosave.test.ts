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
