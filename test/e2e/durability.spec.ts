// Nothing lost: every committed edit survives whatever the tab does next — a reload at
// once, a close, a navigation away — because it is journalled before the edit returns.
import type { Page } from '@playwright/test';
import { test, expect, waitForSaved } from './fixtures';
import { expectCellText, typeInto } from './grid-helpers';
import { allowWriteFailures, refuseIndexedDb, setWritesFailing } from './storage-faults';

async function newBlank(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New blank workbook' }).click();
  await expect(page.getByRole('grid')).toBeVisible();
  return page.url();
}

const saveStatus = (page: Page) => page.locator('.bar [role="status"]');

test.describe('an edit survives the tab going straight after it', () => {
  for (const delay of [0, 50, 100, 200, 1000]) {
    test(`a reload ${delay} ms after Enter keeps the edit`, async ({ page }) => {
      await newBlank(page);
      await typeInto(page, 'B2', '4321');
      await expectCellText(page, 'B2', '4321');
      if (delay > 0) await page.waitForTimeout(delay);
      await page.reload();
      await expectCellText(page, 'B2', '4321');
      // …and it is then saved for good, not just replayed each time.
      await waitForSaved(page);
      await page.reload();
      await expectCellText(page, 'B2', '4321');
    });
  }

  test('closing the tab straight after Enter keeps the edit', async ({ page, context }) => {
    const url = await newBlank(page);
    await typeInto(page, 'C3', '77');
    await expectCellText(page, 'C3', '77');
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto(url);
    await expectCellText(again, 'C3', '77');
  });

  test('navigating to another address straight after Enter keeps the edit', async ({ page }) => {
    const url = await newBlank(page);
    await typeInto(page, 'A1', 'kept');
    await expectCellText(page, 'A1', 'kept');
    await page.goto('/favicon.svg');
    await page.goto(url);
    await expectCellText(page, 'A1', 'kept');
  });

  test('30 rapid edits to one cell, then a reload: the last one is there', async ({ page }) => {
    await newBlank(page);
    for (let n = 1; n <= 30; n++) await typeInto(page, 'D4', String(n));
    await expectCellText(page, 'D4', '30');
    await page.reload();
    await expectCellText(page, 'D4', '30');
  });

  test('no “leave this page?” question while every edit is journalled', async ({ page }) => {
    await newBlank(page);
    await typeInto(page, 'A1', '5');
    let asked = false;
    page.on('dialog', (dialog) => {
      asked = true;
      void dialog.accept();
    });
    await page.reload();
    await expectCellText(page, 'A1', '5');
    expect(asked).toBe(false);
  });
});

test.describe('conflicts keep both versions', () => {
  /** Two tabs on one workbook; the first has an edit it could not save when the second saves. */
  async function conflict(page: Page, context: import('@playwright/test').BrowserContext) {
    await allowWriteFailures(page);
    const url = await newBlank(page);
    await typeInto(page, 'A1', '1');
    await waitForSaved(page);
    await setWritesFailing(page, true);
    await typeInto(page, 'B1', 'mine');
    await expect(saveStatus(page)).toHaveText('Not saved yet — retrying');
    const other = await context.newPage();
    await other.goto(url);
    await typeInto(other, 'A1', 'theirs');
    await waitForSaved(other);
    await expect(
      page.getByRole('alert').filter({ hasText: 'changed in another tab' }),
    ).toBeVisible();
    await setWritesFailing(page, false);
    return { url, other };
  }

  test('leaving a tab in conflict keeps its edits as a copy, named so', async ({
    page,
    context,
  }) => {
    const { other } = await conflict(page, context);
    await page.getByRole('button', { name: 'All workbooks' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'kept as “Untitled workbook (my copy)”' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Untitled workbook (my copy)' }).click();
    await expectCellText(page, 'B1', 'mine');
    await expectCellText(page, 'A1', '1');
    await other.reload();
    await expectCellText(other, 'A1', 'theirs');
    await expectCellText(other, 'B1', '');
  });

  test('reloading a tab in conflict keeps its edits as a copy', async ({ page, context }) => {
    const { url, other } = await conflict(page, context);
    await page.reload();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: /kept as a copy, “Untitled workbook \(unsaved edits\)”/ }),
    ).toBeVisible();
    await expectCellText(page, 'A1', 'theirs');
    await page.goto('/');
    await page.getByRole('link', { name: 'Untitled workbook (unsaved edits)' }).click();
    await expectCellText(page, 'B1', 'mine');
    await other.goto(url);
    await expectCellText(other, 'B1', '');
  });

  test('a tab with no edits of its own shows the other tab’s version, with a notice', async ({
    page,
    context,
  }) => {
    const url = await newBlank(page);
    await typeInto(page, 'A1', '1');
    await waitForSaved(page);
    const other = await context.newPage();
    await other.goto(url);
    await typeInto(other, 'A1', '2');
    await waitForSaved(other);
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'changed in another tab, so this tab now shows that version' }),
    ).toBeVisible();
    await expectCellText(page, 'A1', '2');
    await expect(page.getByRole('alert').filter({ hasText: 'changed in another tab' })).toHaveCount(
      0,
    );
    await expect(saveStatus(page)).toHaveText('Saved in this browser');
  });
});

test.describe('storage faults are told and survived', () => {
  test('a failed save is reported, retried, and ends saved once writes work again', async ({
    page,
  }) => {
    await allowWriteFailures(page);
    await newBlank(page);
    await setWritesFailing(page, true);
    await typeInto(page, 'A1', '99');
    await expect(saveStatus(page)).toHaveText('Not saved yet — retrying');
    await page.waitForTimeout(1500); // at least one retry fails too
    await expect(saveStatus(page)).toHaveText('Not saved yet — retrying');
    await setWritesFailing(page, false);
    await expect(saveStatus(page)).toHaveText('Saved in this browser', { timeout: 15_000 });
    await page.reload();
    await expectCellText(page, 'A1', '99');
  });

  test('a template that cannot be stored opens in memory, says so, and offers Export model', async ({
    page,
  }) => {
    await allowWriteFailures(page);
    await page.goto('/');
    await setWritesFailing(page, true);
    await page.getByRole('button', { name: 'Open template Income generation' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'could not be saved in this browser' }),
    ).toContainText('storage for this site is full');
    await expect(page.getByRole('grid')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export model' })).toBeVisible();
    await setWritesFailing(page, false);
    await typeInto(page, 'Z1', '1'); // the next edit tries again at once
    await expect(saveStatus(page)).toHaveText('Saved in this browser', { timeout: 15_000 });
    await page.getByRole('button', { name: 'All workbooks' }).click();
    await expect(page.getByRole('link', { name: 'Income generation: five ideas' })).toBeVisible();
  });

  test('a browser that refuses IndexedDB is told on the home screen, and templates still open', async ({
    page,
  }) => {
    await refuseIndexedDb(page);
    await page.goto('/');
    await expect(
      page.getByRole('alert').filter({ hasText: 'This browser is not saving workbooks' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Open template Income generation' }).click();
    await expect(page.getByRole('grid')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export model' })).toBeVisible();
  });
});

test('a damaged stored document is listed as damaged, with Export raw data and Delete', async ({
  page,
}) => {
  const url = await newBlank(page);
  await waitForSaved(page);
  const id = url.split('/').at(-1)!;
  await page.goto('/');
  // Damage the stored document as a bug or another program might: no sheets.
  await page.evaluate(async (workbookId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('library-finance-workbench');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('documents', 'readwrite');
    const store = tx.objectStore('documents');
    const record = await new Promise<{ document: Record<string, unknown> }>((resolve) => {
      const get = store.get(workbookId);
      get.onsuccess = () => resolve(get.result);
    });
    delete record.document.sheets;
    store.put(record);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, id);
  await page.goto(url);
  await expect(page.getByRole('alert')).toContainText('cannot be opened');
  await expect(page.getByRole('alert')).toContainText('listed as damaged');
  await expect(page.getByRole('heading', { name: /Test your library/ })).toBeVisible();
  await expect(page.getByText('Damaged:')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export raw data of Untitled workbook' }).click();
  expect((await download).suggestedFilename()).toBe('Untitled workbook (raw data).json');
  await expect(page.getByRole('button', { name: 'Delete Untitled workbook' })).toBeVisible();
});
