// WCAG 2.2 AA, checked by axe-core in real Chromium on every screen a user meets.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openTemplate } from './fixtures';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// axe walks every node of a screen; a workbook's screen holds thousands, and on a busy
// 2-core machine one run has taken over a minute. The checks are the same, given time.
test.slow();

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`,
  );
}

test('the home screen meets WCAG 2.2 AA', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Start from a template' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a workbook with its scenarios and comparison meets WCAG 2.2 AA', async ({ page }) => {
  await openTemplate(page, 'Income generation');
  await expect(page.getByRole('table', { name: 'Scenario comparison' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the charts view meets WCAG 2.2 AA', async ({ page }) => {
  await openTemplate(page, 'Co-location');
  await page.getByRole('button', { name: 'Charts' }).click();
  await expect(page.locator('canvas').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the Keyboard shortcuts help meets WCAG 2.2 AA', async ({ page }) => {
  await openTemplate(page, 'Income generation');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
