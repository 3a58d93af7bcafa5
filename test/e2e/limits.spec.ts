// Inputs that once crashed or froze the tab are refused with their message, in the
// real browser, with no uncaught error, and what was saved stays as it was.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, waitForSaved } from './fixtures';
import { expectCellText, formulaBar, goTo, typeInto } from './grid-helpers';

const MINIMAL = new URL('../fixtures/good/minimal.json', import.meta.url);
const BAD = (name: string) => new URL(`../fixtures/bad/${name}`, import.meta.url);

/** Uncaught errors in the page: each test ends by checking there were none. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

async function importText(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('Model file', { exact: true })
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** A saved workbook with A1 = 42, then back to the home screen. */
async function oneSavedWorkbook(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New blank workbook' }).click();
  await typeInto(page, 'A1', '42');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'All workbooks' }).click();
  await expect(page.getByRole('link', { name: 'Untitled workbook' })).toHaveCount(1);
}

test('a deeply nested formula file and a duplicate-key file are refused with their message; saved workbooks are unchanged', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await oneSavedWorkbook(page);
  const expected = JSON.parse(await readFile(BAD('expectations.json'), 'utf8')) as Record<
    string,
    string
  >;

  for (const name of ['deep-formula.json', 'duplicate-keys.json', 'lone-surrogate.json']) {
    await importText(page, name, await readFile(BAD(name), 'utf8'));
    const alert = page.getByRole('alert');
    await expect(alert.locator('p')).toHaveText(
      `Problem: “${name}” was not imported. ${expected[name]}\nNothing was changed.`,
      { useInnerText: true },
    );
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  }

  await expect(page.getByRole('link', { name: 'Untitled workbook' })).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Minimal' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Untitled workbook' }).click();
  await expectCellText(page, 'A1', '42');
  expect(errors).toEqual([]);
});

test('a 4.5 MB field name gives a short message whose Dismiss button is on screen', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  const data = JSON.parse(await readFile(MINIMAL, 'utf8')) as Record<string, unknown>;
  data['x'.repeat(4_500_000)] = 1;
  await importText(page, 'huge-key.json', JSON.stringify(data));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('unknown field "xxxx');
  expect((await alert.innerText()).length).toBeLessThan(700);
  await expect(alert.getByRole('button', { name: 'Dismiss' })).toBeInViewport();
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
  expect(errors).toEqual([]);
});

test('a formula typed too deep shows a message and nothing changes; one at the limit works', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'New blank workbook' }).click();
  await typeInto(page, 'A1', '5');
  await waitForSaved(page);

  const deep = `=${'('.repeat(150)}A1${')'.repeat(150)}`;
  await goTo(page, 'B1');
  await formulaBar(page).fill(deep);
  await formulaBar(page).press('Enter');
  await expect(page.getByRole('alert')).toContainText(
    `B1: the formula ${deep.slice(0, 60)}… nests brackets and functions 150 deep; the limit is 64. Split it across several cells.`,
  );
  await goTo(page, 'B1');
  await expect(formulaBar(page)).toHaveValue('');
  await expectCellText(page, 'B1', '');

  // 64 levels, in the real browser's stack, and evaluated: the limit is safe to allow.
  const atLimit = `=${'IF(A1>0,'.repeat(64)}A1*2${',0)'.repeat(64)}`;
  await goTo(page, 'C1');
  await formulaBar(page).fill(atLimit);
  await formulaBar(page).press('Enter');
  await expectCellText(page, 'C1', '10');
  await typeInto(page, 'D1', '=1E308');
  await expectCellText(page, 'D1', '1E+308');
  expect(errors).toEqual([]);
});
