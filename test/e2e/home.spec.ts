import { test, expect } from './fixtures';

test('the home screen lists the shipped templates with a description each', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Start from a template' })).toBeVisible();
  const open = page.getByRole('button', { name: /^Open template / });
  await expect(open.first()).toBeVisible();
  expect(await open.count()).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('button', { name: 'Open template Income generation' })).toBeVisible();
});

test('a new blank workbook opens, and comes back listed on the home screen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New blank workbook' }).click();
  await expect(page.getByRole('grid')).toBeVisible();
  await page.getByRole('button', { name: 'All workbooks' }).click();
  await expect(page.getByRole('link', { name: 'Untitled workbook' })).toBeVisible();
});
