// Storage faults for the end-to-end tests, injected into the page before the app runs:
// the app is real, only the browser's storage is made to refuse, as a full disk or a
// locked-down browser would.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __lfwFailWrites?: boolean;
  }
}

/** IndexedDB writes throw QuotaExceededError while `window.__lfwFailWrites` is true. */
export async function allowWriteFailures(page: Page): Promise<void> {
  await page.addInitScript(() => {
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (window.__lfwFailWrites)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return (original as (...a: unknown[]) => IDBRequest).apply(this, args);
      } as never;
    }
  });
}

export async function setWritesFailing(page: Page, failing: boolean): Promise<void> {
  await page.evaluate((value) => (window.__lfwFailWrites = value), failing);
}

/** indexedDB.open throws, as in a browser with storage turned off for the site. */
export async function refuseIndexedDb(page: Page): Promise<void> {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('IndexedDB is not allowed here.', 'InvalidStateError');
    };
  });
}
