import { readFileSync, readdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Workbook } from '../../src/core/file/schema';

const templates = readdirSync('models')
  .filter((file) => file.endsWith('.json'))
  .map((file) => (JSON.parse(readFileSync(`models/${file}`, 'utf8')) as Workbook).meta);

test('the home screen lists the shipped templates with a description each', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Start from a template' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Start from a template' });
  // Every template in models/, each once, in a card of its title, description and button.
  await expect(section.getByRole('button', { name: /^Open template / })).toHaveCount(
    templates.length,
  );
  expect(templates.length).toBeGreaterThanOrEqual(5); // the five the README lists: never a vacuous loop
  for (const { title, description } of templates) {
    expect(description.length).toBeGreaterThan(20);
    const card = section
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
    await expect(card).toHaveCount(1);
    await expect(card.getByText(description, { exact: true })).toBeVisible();
    await expect(card.getByRole('button', { name: `Open template ${title}` })).toBeVisible();
  }
});

test('a new blank workbook opens, and comes back listed on the home screen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New blank workbook' }).click();
  await expect(page.getByRole('grid')).toBeVisible();
  await page.getByRole('button', { name: 'All workbooks' }).click();
  await expect(page.getByRole('link', { name: 'Untitled workbook' })).toBeVisible();
});
