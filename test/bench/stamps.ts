// Times taken in the page itself, so the app and its baseline are measured at the same
// event and neither includes Playwright's round trip: the frame in which an element
// first shows, and the click that asked for it.
import type { Page } from '@playwright/test';

interface Stamps {
  /** performance.now() of the first frame with the watched element in the DOM */
  __shownAt?: number;
  /** performance.now() of the last click */
  __clickedAt?: number;
}

/**
 * Installed before any page script of each navigation: watches for `selector` and
 * stamps the frame that first shows it, and stamps every click.
 */
function installStamps(selector: string): void {
  const w = window as unknown as Stamps;
  window.addEventListener('click', () => (w.__clickedAt = performance.now()), { capture: true });
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => (w.__shownAt = performance.now()));
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

export async function watchFor(page: Page, selector: string): Promise<void> {
  // tsx keeps function names with a __name helper; the page needs it for evaluate().
  await page.addInitScript('window.__name = (f) => f');
  await page.addInitScript(installStamps, selector);
}

/** Navigation start to the frame that first showed the watched element. */
export async function shownSinceNavigation(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as Stamps).__shownAt !== undefined);
  return page.evaluate(() => (window as unknown as Stamps).__shownAt!);
}

/** The last click to the frame that first showed the watched element. */
export async function shownSinceClick(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as Stamps).__shownAt !== undefined);
  return page.evaluate(() => {
    const w = window as unknown as Stamps;
    return w.__shownAt! - w.__clickedAt!;
  });
}
