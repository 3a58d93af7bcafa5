// Shared set-up for end-to-end tests: every test gets a fresh browser context (so a
// fresh, real IndexedDB) and fails if the app asks for anything beyond its own origin.
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{
  foreignRequests: string[];
  uncaughtErrors: string[];
  policyViolations: string[];
}>({
  // Every page of every test: an error nothing caught (an exception or a rejected
  // promise) fails the test, whatever the test itself checked.
  uncaughtErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      const watch = (page: Page) => page.on('pageerror', (error) => errors.push(error.message));
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(errors);
      expect(errors, 'the app must throw no uncaught error').toEqual([]);
    },
    { auto: true },
  ],
  // Every page of every test: anything the Content-Security-Policy refused (an eval, an
  // inline script or style, a foreign source) fails the test, even where it was caught.
  policyViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      // A refusal the page caught (zod probing for `new Function`) logs nothing by itself,
      // but the browser still fires securitypolicyviolation: say it on the console.
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(
            `Content Security Policy refused ${event.violatedDirective}: ${event.blockedURI}`,
          ),
        ),
      );
      const watch = (page: Page) =>
        page.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
            violations.push(message.text());
        });
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(violations);
      expect(violations, 'the app must do nothing its Content-Security-Policy refuses').toEqual([]);
    },
    { auto: true },
  ],
  foreignRequests: [
    async ({ page, baseURL }, use) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:') && !url.startsWith('blob:'))
          foreign.push(url);
      });
      await use(foreign);
      expect(foreign, 'the app must make no request beyond its own origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a template from the home screen and waits for its grid. */
export async function openTemplate(page: Page, title: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: `Open template ${title}` }).click();
  await expect(page.getByRole('grid')).toBeVisible();
}

/** Waits until autosave reports that everything is stored. */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Saved in this browser' })).toBeVisible();
}
