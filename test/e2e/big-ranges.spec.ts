// Big ranges never freeze the tab: whole columns work as Excel users write them, and a
// formula that covers too many cells is refused at once, typed or in a model file.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { cell, expectCellText, formulaBar, goTo, typeInto } from './grid-helpers';

async function newBlank(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New blank workbook' }).click();
  await expect(page.getByRole('grid')).toBeVisible();
}

/** How long the page takes to answer a round trip: long if its main thread is busy. */
async function roundTripMs(page: Page): Promise<number> {
  const started = Date.now();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
  return Date.now() - started;
}

test('=SUM(B:B) sums the whole column and follows a value typed further down', async ({ page }) => {
  await newBlank(page);
  await typeInto(page, 'B1', '1200');
  await typeInto(page, 'B2', '800');
  await typeInto(page, 'D1', '=SUM(B:B)');
  await expectCellText(page, 'D1', '2000');
  await goTo(page, 'D1');
  await expect(formulaBar(page)).toHaveValue('=SUM(B:B)');
  await typeInto(page, 'B40', '400');
  await goTo(page, 'D1');
  await expectCellText(page, 'D1', '2400');
  // Ctrl+R fills it right, the column shifting as in Excel.
  await typeInto(page, 'C1', '7');
  await goTo(page, 'D1');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+r');
  await goTo(page, 'E1');
  await expect(formulaBar(page)).toHaveValue('=SUM(C:C)');
  await expectCellText(page, 'E1', '7');
  // Typed into the formula bar, a whole row works too.
  await goTo(page, 'D2');
  await formulaBar(page).fill('=SUM(1:1)-D1-E1');
  await formulaBar(page).press('Enter');
  await expectCellText(page, 'D2', '1207');
});

test('=SUM(A10:XFD1048576) is refused at once with the limit, and the tab stays responsive', async ({
  page,
}) => {
  await newBlank(page);
  await typeInto(page, 'B2', '5');
  await goTo(page, 'C7');
  await page.keyboard.type('=SUM(A10:XFD1048576)');
  const started = Date.now();
  await page.keyboard.press('Enter');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'C7: the formula =SUM(A10:XFD1048576) covers 17,179,721,728 cells; a formula may cover at most 200,000. Use a smaller range such as A10:Z7000, or at most 3 whole columns such as A:C.',
  );
  const refusedAfter = Date.now() - started;
  // Before the limit the renderer froze for 53 s and crashed; the refusal is a parse.
  expect(refusedAfter).toBeLessThan(2_000);
  expect(await roundTripMs(page)).toBeLessThan(1_000);
  // As for a formula that cannot be read, the editor stays open to correct it; Escape
  // leaves the cell as it was.
  await page.keyboard.press('Escape');
  await expect(cell(page, 'C7')).toHaveText('');
  // The workbook goes on working: the next edit lands and calculates.
  await typeInto(page, 'C8', '=B2*2');
  await expectCellText(page, 'C8', '10');
});

test('a model file with huge ranges is refused at import, naming each cell', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New blank workbook' })).toBeVisible();
  await page
    .getByLabel('Model file', { exact: true })
    .setInputFiles(join(process.cwd(), 'test/fixtures/bad/huge-ranges.json'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The file cannot be opened: it has 5 problems.');
  await expect(alert).toContainText(
    'sheets[1].cells.C7: the formula =SUM(Loans!A10:XFD1048576) covers 17,179,721,728 cells',
  );
  await expect(alert).toContainText('Use a whole column such as Loans!B:B, or a smaller range.');
  await expect(alert).toContainText('Nothing was changed');
  expect(await roundTripMs(page)).toBeLessThan(1_000);
  await expect(page.getByRole('link', { name: 'Loans by branch' })).toHaveCount(0);
});

test('a model file that sums whole columns opens and shows the sums', async ({ page }) => {
  await page.goto('/');
  await page
    .getByLabel('Model file', { exact: true })
    .setInputFiles(join(process.cwd(), 'test/fixtures/good/whole-columns.json'));
  await page.getByRole('link', { name: 'Loans, summed by whole columns' }).click();
  await page.getByRole('tab', { name: 'Summary' }).click();
  await expectCellText(page, 'B1', '2400');
  await expectCellText(page, 'B2', '2940');
  await expectCellText(page, 'B3', '1600');
});
