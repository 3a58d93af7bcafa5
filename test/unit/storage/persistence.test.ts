import { describe, expect, test, vi } from 'vitest';
import { requestPersistentStorage } from '../../../src/storage';

function storage(persisted: boolean, grants: boolean) {
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => grants),
  } as unknown as StorageManager & { persist: ReturnType<typeof vi.fn> };
}

describe('requestPersistentStorage', () => {
  test('asks the browser to keep the storage, and reports when it agrees', async () => {
    const manager = storage(false, true);
    expect(await requestPersistentStorage(manager)).toBe('persisted');
    expect(manager.persist).toHaveBeenCalledTimes(1);
  });
  test('reports best-effort when the browser declines, so the app can warn', async () => {
    expect(await requestPersistentStorage(storage(false, false))).toBe('best-effort');
  });
  test('does not ask again once storage is persistent', async () => {
    const manager = storage(true, true);
    expect(await requestPersistentStorage(manager)).toBe('persisted');
    expect(manager.persist).not.toHaveBeenCalled();
  });
  test('a browser without the API is reported, not a crash', async () => {
    expect(await requestPersistentStorage({} as StorageManager)).toBe('unsupported');
  });
});
