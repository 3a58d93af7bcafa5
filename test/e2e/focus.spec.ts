// Focus after navigation (WCAG 2.4.3): a keyboard user lands where the work is.
import { test, expect, openTemplate } from './fixtures';

test('opening a workbook puts focus on its active cell and says which workbook opened', async ({
  page,
}) => {
  await openTemplate(page, 'Income generation');
  await expect(
    page.locator('[role="grid"] .ag-cell[col-id="A"][aria-colindex]').first(),
  ).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const cell = document.activeElement?.closest('.ag-cell');
        return cell
          ? `${cell.getAttribute('col-id')}${cell.closest('.ag-row')?.getAttribute('row-index')}`
          : document.activeElement?.tagName;
      }),
    )
    .toBe('A0');
  await expect(page).toHaveTitle('Income generation: five ideas — Library Finance Workbench');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Opened the workbook “Income generation: five ideas”.' }),
  ).toBeAttached();
  // Typing goes straight into the cell, with no click first.
  await page.keyboard.type('Hello');
  await page.keyboard.press('Enter');
  await expect(
    page.locator('[role="grid"] .ag-row[row-index="0"] .ag-cell[col-id="A"]'),
  ).toHaveText('Hello');
});

test('going back home puts focus on the page heading', async ({ page }) => {
  await openTemplate(page, 'Income generation');
  await page.getByRole('button', { name: 'All workbooks' }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle('Library Finance Workbench');
});

test('the cell editor is named by its cell', async ({ page }) => {
  await openTemplate(page, 'Income generation');
  const nameBox = page.getByRole('textbox', { name: 'Cell reference' });
  await nameBox.fill('B7');
  await nameBox.press('Enter');
  await page.keyboard.press('F2');
  await expect(page.getByRole('textbox', { name: 'Edit Assumptions!B7' })).toBeFocused();
  await page.keyboard.press('Escape');
});

test('Excel’s Home, Ctrl+End, Ctrl+Home and Ctrl+PageDown move as in Excel', async ({ page }) => {
  await openTemplate(page, 'Income generation');
  const nameBox = page.getByRole('textbox', { name: 'Cell reference' });
  await nameBox.fill('C7');
  await nameBox.press('Enter');
  await page.keyboard.press('Home');
  await expect(nameBox).toHaveValue('A7');
  await page.keyboard.press('Control+End');
  await expect(nameBox).not.toHaveValue('A7');
  const last = await nameBox.inputValue();
  expect(last).toMatch(/^[A-Z]+\d+$/);
  await page.keyboard.press('Control+Home');
  await expect(nameBox).toHaveValue('A1');
  await page.keyboard.press('Control+PageDown');
  await expect(page.getByRole('tab', { selected: true })).not.toHaveText('Assumptions');
  await page.keyboard.press('Control+PageUp');
  await expect(page.getByRole('tab', { selected: true })).toHaveText('Assumptions');
});

test('the grid is one Tab stop: Tab in lands on the active cell, the next Tab leaves', async ({
  page,
}) => {
  await openTemplate(page, 'Income generation');
  const nameBox = page.getByRole('textbox', { name: 'Cell reference' });
  await nameBox.fill('B7');
  await nameBox.press('Enter');
  const formula = page.getByRole('textbox', { name: 'Formula' });
  await formula.focus();
  const where = () =>
    page.evaluate(() => {
      const cell = document.activeElement?.closest('.ag-cell');
      if (cell)
        return `cell ${cell.getAttribute('col-id')}${Number(cell.closest('.ag-row')?.getAttribute('row-index')) + 1}`;
      return (
        document.activeElement?.getAttribute('aria-label') ??
        document.activeElement?.textContent?.trim() ??
        ''
      );
    });
  await page.keyboard.press('Tab');
  await expect.poll(where).toBe('cell B7');
  await page.keyboard.press('Tab');
  await expect.poll(where).not.toMatch(/^cell /);
  await page.keyboard.press('Shift+Tab');
  await expect.poll(where).toBe('cell B7');
  await page.keyboard.press('Shift+Tab');
  await expect(formula).toBeFocused();
});

test('while typing in a cell, Tab still commits and moves right, as in Excel', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New blank workbook' }).click();
  await expect(page.getByRole('grid')).toBeVisible();
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(
    page.locator('[role="grid"] .ag-row[row-index="0"] .ag-cell[col-id="A"]'),
  ).toHaveText('1');
  await expect(
    page.locator('[role="grid"] .ag-row[row-index="0"] .ag-cell[col-id="B"]'),
  ).toHaveText('2');
});

test('the formula bar shows what is being typed in the cell, live', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New blank workbook' }).click();
  await expect(page.getByRole('grid')).toBeVisible();
  const formula = page.getByRole('textbox', { name: 'Formula' });
  await page.keyboard.type('=1+');
  await expect(formula).toHaveValue('=1+');
  await page.keyboard.type('2');
  await expect(formula).toHaveValue('=1+2');
  await page.keyboard.press('Escape');
  await expect(formula).toHaveValue('');
  await page.keyboard.type('=2*3');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await expect(formula).toHaveValue('=2*3');
});

test('F6 and Shift+F6 move between the grid, the formula bar, the sheet tabs and the panel', async ({
  page,
}) => {
  await openTemplate(page, 'Income generation');
  await expect(page.getByRole('button', { name: 'Add scenario' })).toBeVisible();
  const where = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      if (active?.closest('.ag-cell')) return 'grid';
      if (active?.getAttribute('role') === 'tab') return `tab ${active.textContent?.trim()}`;
      if (active?.closest('aside')) return 'panel';
      return active?.getAttribute('aria-label') ?? active?.tagName ?? '';
    });
  await expect.poll(where).toBe('grid');
  const stops: string[] = [];
  for (let press = 0; press < 4; press++) {
    await page.keyboard.press('F6');
    stops.push(await where());
  }
  expect(stops).toEqual(['Formula', 'tab Assumptions', 'panel', 'grid']);
  await page.keyboard.press('Shift+F6');
  await expect.poll(where).toBe('panel');
  // The active cell is where it was: F6 back to the grid does not move it.
  await page.keyboard.press('F6');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(
    page.locator('[role="grid"] .ag-row[row-index="0"] .ag-cell[col-id="A"]'),
  ).toHaveText('7');
});

test('the Keyboard shortcuts help opens with Ctrl+/, ? or its button, lists the keys, and gives focus back', async ({
  page,
}) => {
  await openTemplate(page, 'Income generation');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  // From the grid: Ctrl+/ (a ? here would be typed into the cell, as in Excel).
  await page.keyboard.press('Control+/');
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /F6 \/ Shift\+F6/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /Ctrl\+D \/ Ctrl\+R/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await page.keyboard.type('x');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Formula' })).toHaveValue(
    'Income generation: assumptions',
  );
  // From a button (not a text box): ?
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.focus();
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).click();
  await expect(button).toBeFocused();
  await button.click();
  await expect(help).toBeVisible();
});
