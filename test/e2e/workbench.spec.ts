import { allowWriteFailures, setWritesFailing } from './storage-faults';
import { test, expect, openTemplate, waitForSaved } from './fixtures';
import { cell, expectCellText, formulaBar, goTo, typeInto } from './grid-helpers';

async function newBlank(page: import('@playwright/test').Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New blank workbook' }).click();
  await expect(page.getByRole('grid')).toBeVisible();
}

test.describe('working in a workbook as in Excel', () => {
  test('the name box selects a typed cell and gives it keyboard focus', async ({ page }) => {
    await newBlank(page);
    await goTo(page, 'C7');
    await expect(cell(page, 'C7')).toBeFocused();
    await page.keyboard.type('42');
    await page.keyboard.press('Enter');
    await expectCellText(page, 'C7', '42');
    await expect(page.getByRole('textbox', { name: 'Cell reference' })).toHaveValue('C8');
  });

  test('a reference to another sheet switches to that sheet', async ({ page }) => {
    await newBlank(page);
    await page.getByRole('button', { name: 'Add sheet' }).click();
    await expect(page.getByRole('tab', { name: 'Sheet2' })).toBeVisible();
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await goTo(page, 'Sheet2!B3');
    await expect(page.getByRole('tab', { name: 'Sheet2' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(cell(page, 'B3')).toBeFocused();
  });

  test('formulas calculate, the formula bar shows and edits the raw content', async ({ page }) => {
    await newBlank(page);
    await typeInto(page, 'A1', '1200');
    await typeInto(page, 'A2', '=A1*1.02');
    await expectCellText(page, 'A2', '1224');
    await goTo(page, 'A2');
    await expect(formulaBar(page)).toHaveValue('=A1*1.02');
    await formulaBar(page).fill('=A1*2');
    await formulaBar(page).press('Enter');
    await expectCellText(page, 'A2', '2400');
  });

  test('a malformed formula is refused with a clear message and nothing changes', async ({
    page,
  }) => {
    await newBlank(page);
    await typeInto(page, 'B2', '5');
    await goTo(page, 'B2');
    await formulaBar(page).fill('=SUM(1,');
    await formulaBar(page).press('Enter');
    await expect(page.getByRole('alert')).toContainText('cannot be read');
    await expectCellText(page, 'B2', '5');
  });

  test('Enter, Tab and a click away each commit, and the old value never shows again', async ({
    page,
  }) => {
    await newBlank(page);
    await typeInto(page, 'B2', '5');
    await goTo(page, 'B2');
    await page.keyboard.type('7');
    // Every text the cell shows from the Enter key on, seen by the page itself.
    await page.evaluate(() => {
      const w = window as unknown as { __texts: string[] };
      w.__texts = [];
      let entered = false;
      window.addEventListener('keydown', (e) => (entered ||= e.key === 'Enter'), { capture: true });
      const grid = document.querySelector('[role="grid"]')!;
      new MutationObserver(() => {
        const b2 = document.querySelector('.ag-row[row-index="1"] .ag-cell[col-id="B"]');
        if (entered && b2 && !b2.querySelector('input')) w.__texts.push(b2.textContent ?? '');
      }).observe(grid, { subtree: true, childList: true, characterData: true });
    });
    await page.keyboard.press('Enter');
    await expectCellText(page, 'B2', '7');
    const texts = await page.evaluate(() => (window as unknown as { __texts: string[] }).__texts);
    // The page saw the cell after Enter (an empty capture would prove nothing), and
    // never with its old value.
    expect(texts).toContain('7');
    expect(texts).not.toContain('5');

    await goTo(page, 'C3');
    await page.keyboard.type('11');
    await page.keyboard.press('Tab');
    await expectCellText(page, 'C3', '11');
    await expect(page.getByRole('textbox', { name: 'Cell reference' })).toHaveValue('D3');

    await page.keyboard.type('=C3*2');
    await cell(page, 'A1').click();
    await expectCellText(page, 'D3', '22');
  });

  test('a malformed formula typed in a cell is refused and left open to correct', async ({
    page,
  }) => {
    await newBlank(page);
    await typeInto(page, 'A1', '=SUM(1,');
    await expect(page.getByRole('alert')).toContainText('cannot be read');
    const editor = cell(page, 'A1').locator('input');
    await expect(editor).toBeFocused();
    await expect(editor).toHaveValue('=SUM(1,');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(',2)');
    await page.keyboard.press('Enter');
    await expectCellText(page, 'A1', '3');
  });

  test('F2 edits, Escape cancels, Delete clears', async ({ page }) => {
    await newBlank(page);
    await typeInto(page, 'A1', '10');
    await goTo(page, 'A1');
    await page.keyboard.press('F2');
    await page.keyboard.type('5');
    await page.keyboard.press('Escape');
    await expectCellText(page, 'A1', '10');
    await page.keyboard.press('F2');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expectCellText(page, 'A1', '105');
    await goTo(page, 'A1');
    await page.keyboard.press('Delete');
    await expectCellText(page, 'A1', '');
  });

  test('Shift+arrows select a range shown in the name box', async ({ page }) => {
    await newBlank(page);
    await goTo(page, 'B2');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowRight');
    await expect(page.getByRole('textbox', { name: 'Cell reference' })).toHaveValue('B2:C3');
  });

  test('Ctrl+arrow jumps to the edge of the data, and Ctrl+Shift+arrow selects to it', async ({
    page,
  }) => {
    await newBlank(page);
    for (const row of [1, 2, 3, 4, 5]) await typeInto(page, `A${row}`, String(row * 100));
    await typeInto(page, 'A9', '900');
    const nameBox = page.getByRole('textbox', { name: 'Cell reference' });
    await goTo(page, 'A1');
    await page.keyboard.press('Control+ArrowDown');
    await expect(nameBox).toHaveValue('A5');
    await expect(cell(page, 'A5')).toBeFocused();
    await page.keyboard.press('Control+ArrowDown');
    await expect(nameBox).toHaveValue('A9');
    await goTo(page, 'A1');
    await page.keyboard.press('Control+Shift+ArrowDown');
    await expect(nameBox).toHaveValue('A1:A5');
  });

  test('copy and paste shift relative references, as Excel does', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await newBlank(page);
    await typeInto(page, 'Z90', '3');
    await typeInto(page, 'Z91', '4');
    await typeInto(page, 'Y90', '=Z90*2');
    await goTo(page, 'Y90');
    await page.keyboard.press('Control+c');
    await goTo(page, 'Y91');
    await page.keyboard.press('Control+v');
    await goTo(page, 'Y91');
    await expect(formulaBar(page)).toHaveValue('=Z91*2');
    await expectCellText(page, 'Y91', '8');
  });

  test('text copied from Excel pastes as numbers, pounds and percentages', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await newBlank(page);
    await page.evaluate(() => navigator.clipboard.writeText('£1,234\t3.5%\r\n(250)\tLibrary\r\n'));
    await goTo(page, 'A1');
    await page.keyboard.press('Control+v');
    // Each cell is read as typing it would be, with the format the typing implies.
    await goTo(page, 'A1');
    await expect(formulaBar(page)).toHaveValue('1234');
    await expectCellText(page, 'A1', '£1,234');
    await goTo(page, 'B1');
    await expect(formulaBar(page)).toHaveValue('3.5%');
    await expectCellText(page, 'B1', '3.5%');
    await goTo(page, 'A2');
    await expect(formulaBar(page)).toHaveValue('-250');
    await expectCellText(page, 'A2', '(£250)');
    await expectCellText(page, 'B2', 'Library');
  });

  test('a pasted date is a date shown as a date, as Excel reads it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await newBlank(page);
    await page.evaluate(() => navigator.clipboard.writeText('31/03/2027\t1-Apr-2027\r\n'));
    await goTo(page, 'A1');
    await page.keyboard.press('Control+v');
    await expectCellText(page, 'A1', '31/03/2027');
    await expectCellText(page, 'B1', '01/04/2027');
  });

  test('a formula returning a date is shown as a date, as Excel shows it', async ({ page }) => {
    await newBlank(page);
    await typeInto(page, 'A1', '=DATE(2027,3,31)');
    await expectCellText(page, 'A1', '31/03/2027');
  });

  test('Ctrl+D fills a formula down with shifted references', async ({ page }) => {
    await newBlank(page);
    await typeInto(page, 'A1', '1');
    await typeInto(page, 'A2', '2');
    await typeInto(page, 'A3', '3');
    await typeInto(page, 'B1', '=A1*10');
    await goTo(page, 'B1:B3');
    await page.keyboard.press('Control+d');
    await expectCellText(page, 'B3', '30');
  });

  test('Ctrl+D over inputs of different units fills, warns in words, and Ctrl+Z undoes it', async ({
    page,
  }) => {
    await openTemplate(page, 'Income generation');
    await goTo(page, 'Assumptions!B10');
    const months = await cell(page, 'B11').textContent();
    await goTo(page, 'Assumptions!B10:B11');
    await page.keyboard.press('Control+d');
    const warning = page.getByRole('alert').filter({ hasText: 'Check the units' });
    await expect(warning).toHaveText(
      'Problem: Check the units: Ctrl+D copied “Demand in the first month, share of full volume” (%) into an input of another unit: “Months to reach full volume” (months). Press Ctrl+Z to undo the fill. Dismiss',
    );
    await expect(cell(page, 'B11')).not.toHaveText(months ?? '');
    await page.keyboard.press('Control+z');
    await expectCellText(page, 'B11', months ?? '');
    // The undo is the next edit that succeeds: the warning goes with it.
    await expect(warning).toHaveCount(0);
  });

  test('undo and redo cover cell edits and formats, by button and keyboard', async ({ page }) => {
    await newBlank(page);
    await typeInto(page, 'A1', '1234');
    await goTo(page, 'A1');
    await page.getByRole('combobox', { name: 'Number format' }).selectOption('currency');
    await expectCellText(page, 'A1', '£1,234');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expectCellText(page, 'A1', '1234');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expectCellText(page, 'A1', '');
    await page.getByRole('button', { name: 'Redo' }).click();
    await expectCellText(page, 'A1', '1234');
    await goTo(page, 'C1');
    await page.keyboard.press('Control+y');
    await expectCellText(page, 'A1', '£1,234');
    await page.keyboard.press('Control+z');
    await expectCellText(page, 'A1', '1234');
  });

  test('numbers show in en-GB finance formats', async ({ page }) => {
    await newBlank(page);
    await typeInto(page, 'A1', '-1234');
    await goTo(page, 'A1');
    await page.getByRole('combobox', { name: 'Number format' }).selectOption('accounting');
    await expectCellText(page, 'A1', '(£1,234)');
    await typeInto(page, 'A2', '3.5%');
    await expectCellText(page, 'A2', '3.5%');
    await typeInto(page, 'A3', '31/03/2027');
    await expectCellText(page, 'A3', '31/03/2027');
  });

  test('an error value is shown in the cell and explained in plain words', async ({ page }) => {
    await newBlank(page);
    await typeInto(page, 'A1', '=1/0');
    await expect(cell(page, 'A1')).toContainText('#DIV/0!');
    await goTo(page, 'A1');
    await expect(page.getByText(/Division by zero/)).toBeVisible();
  });

  test('each sheet keeps its own selection, scrolled into view, as in Excel', async ({ page }) => {
    await newBlank(page);
    const nameBox = page.getByRole('textbox', { name: 'Cell reference' });
    await goTo(page, 'C90');
    await page.getByRole('button', { name: 'Add sheet' }).click();
    await expect(nameBox).toHaveValue('A1');
    await goTo(page, 'B3');
    await page.getByRole('tab', { name: 'Sheet1' }).click();
    await expect(nameBox).toHaveValue('C90');
    await expect(cell(page, 'C90')).toBeVisible();
    await page.getByRole('tab', { name: 'Sheet2' }).click();
    await expect(nameBox).toHaveValue('B3');
  });

  test('sheet tabs can be added, renamed, moved and deleted', async ({ page }) => {
    await newBlank(page);
    await page.getByRole('button', { name: 'Add sheet' }).click();
    const tab = page.getByRole('tab', { name: 'Sheet2' });
    await tab.dblclick();
    const nameField = page.getByRole('textbox', { name: 'Sheet name' });
    await nameField.fill('Cashflow');
    await nameField.press('Enter');
    await expect(page.getByRole('tab', { name: 'Cashflow' })).toBeVisible();
    await page.getByRole('tab', { name: 'Cashflow' }).click();
    await page.getByRole('button', { name: 'Move sheet left' }).click();
    await expect(page.getByRole('tab')).toHaveText(['Cashflow', 'Sheet1']);
    await page.getByRole('button', { name: 'Delete sheet' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Delete/ })
      .click();
    await expect(page.getByRole('tab')).toHaveText(['Sheet1']);
  });
});

test.describe('never lose it', () => {
  test('every edit is still there after the tab is closed and reopened', async ({
    page,
    context,
  }) => {
    await newBlank(page);
    await typeInto(page, 'A1', '1200');
    await typeInto(page, 'A2', '=A1*2');
    await waitForSaved(page);
    const url = page.url();
    await page.close();
    const again = await context.newPage();
    await again.goto(url);
    await expectCellText(again, 'A2', '2400');
    await goTo(again, 'A2');
    await expect(formulaBar(again)).toHaveValue('=A1*2');
  });

  test('a second tab changing the same workbook does not silently overwrite the first', async ({
    page,
    context,
  }) => {
    await allowWriteFailures(page);
    await newBlank(page);
    await typeInto(page, 'A1', '1');
    await waitForSaved(page);
    // The first tab has an edit it could not save yet when the second tab saves.
    await setWritesFailing(page, true);
    await typeInto(page, 'B1', 'mine');
    const second = await context.newPage();
    await second.goto(page.url());
    await typeInto(second, 'A1', '2');
    await waitForSaved(second);
    // The first tab is told, and saves nothing over the second tab's work.
    await expect(
      page.getByRole('alert').filter({ hasText: 'changed in another tab' }),
    ).toBeVisible();
    await setWritesFailing(page, false);
    await page.getByRole('button', { name: 'Save this version as a copy' }).click();
    await expect(page.getByRole('heading', { name: /\(my copy\)/ })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved your version as' }),
    ).toBeVisible();
    await expectCellText(page, 'B1', 'mine');
    await second.reload();
    await expectCellText(second, 'A1', '2');
    await expectCellText(second, 'B1', '');
  });
});

test.describe('the home screen', () => {
  test('opening a template makes a new workbook and leaves the template unchanged', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open template Income generation' }).click();
    await expect(page.getByRole('grid')).toBeVisible();
    await goTo(page, 'A1');
    await page.keyboard.type('Changed');
    await page.keyboard.press('Enter');
    await waitForSaved(page);
    await page.getByRole('button', { name: 'All workbooks' }).click();
    await page.getByRole('button', { name: 'Open template Income generation' }).click();
    await expect(page.getByRole('grid')).toBeVisible();
    await expect(cell(page, 'A1')).not.toHaveText('Changed');
    await page.getByRole('button', { name: 'All workbooks' }).click();
    await expect(page.getByRole('row')).toHaveCount(3); // header + two workbooks
    await expect(page.getByRole('cell', { name: 'Income generation' }).first()).toBeVisible();
  });

  test('rename, duplicate, delete and restore a saved workbook', async ({ page }) => {
    await newBlank(page);
    await typeInto(page, 'A1', '7');
    await waitForSaved(page);
    await page.getByRole('button', { name: 'All workbooks' }).click();
    await page.getByRole('button', { name: 'Rename Untitled workbook' }).click();
    const title = page.getByRole('textbox', { name: 'New title for Untitled workbook' });
    await title.fill('Fablab plan');
    await title.press('Enter');
    await expect(page.getByRole('link', { name: 'Fablab plan' })).toBeVisible();
    await page.getByRole('button', { name: 'Duplicate Fablab plan' }).click();
    await expect(page.getByRole('link', { name: 'Copy of Fablab plan' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete Fablab plan', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Fablab plan', exact: true })).toHaveCount(0);
    await page.getByText('Deleted workbooks (1)').click();
    await page.getByRole('button', { name: 'Restore Fablab plan' }).click();
    await page.getByRole('link', { name: 'Fablab plan', exact: true }).click();
    await expectCellText(page, 'A1', '7');
  });
});

test.describe('the workbook bar and its messages', () => {
  async function renameTo(page: import('@playwright/test').Page, title: string): Promise<void> {
    await page.getByRole('button', { name: 'Rename workbook' }).click();
    await page.getByRole('textbox', { name: 'Workbook title' }).fill(title);
    await page.getByRole('button', { name: 'Save title' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  }
  const isCutOff = (page: import('@playwright/test').Page) =>
    page.getByRole('heading', { level: 1 }).evaluate((h) => h.scrollWidth > h.clientWidth);

  test('a title shows whole where there is room, and in a tooltip only where it is cut off', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await newBlank(page);
    // A cap of 18rem used to cut this one off at any width.
    const fits = 'Fablab and room hire: the options, 2027–2032';
    await renameTo(page, fits);
    expect(await isCutOff(page)).toBe(false);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveAttribute('title');
    const long = `${fits}, with the community-managed branches, the shared service and the hub`;
    await renameTo(page, long);
    expect(await isCutOff(page)).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('title', long);
  });

  test('a refused edit’s message goes at the next edit that succeeds, and the grid moves back up', async ({
    page,
  }) => {
    await newBlank(page);
    const gridTop = async () => (await page.getByRole('grid').boundingBox())!.y;
    const before = await gridTop();
    await goTo(page, 'C7');
    await page.keyboard.type('=SUM(A10:XFD1048576)');
    await page.keyboard.press('Enter');
    const problem = page.getByRole('alert').filter({ hasText: 'Problem:' });
    await expect(problem).toBeVisible();
    await page.keyboard.press('Escape');
    await typeInto(page, 'C8', '5');
    await expectCellText(page, 'C8', '5');
    await expect(problem).toHaveCount(0);
    expect(await gridTop()).toBe(before);
  });
});
