import { readFile } from 'node:fs/promises';
import { test, expect, waitForSaved } from './fixtures';
import { expectCellText, formulaBar, goTo, typeInto } from './grid-helpers';

test('a model exported through the real download imports back as a new, identical workbook', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New blank workbook' }).click();
  await typeInto(page, 'A1', '1200');
  await typeInto(page, 'A2', '=A1*1.02');
  await goTo(page, 'A2');
  await page.getByRole('combobox', { name: 'Number format' }).selectOption('currency');
  await waitForSaved(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export model' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Untitled workbook.json');
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  const exported = JSON.parse(text);
  expect(exported).toMatchObject({ format: 'library-finance-workbench', version: 1 });
  expect(exported.sheets[0].cells).toEqual({ A1: 1200, A2: '=A1*1.02' });

  await page.getByRole('button', { name: 'All workbooks' }).click();
  await page.getByLabel('Model file', { exact: true }).setInputFiles(path);
  await expect(page.getByRole('status')).toContainText(
    'Imported “Untitled workbook” as a new workbook',
  );
  await expect(page.getByRole('link', { name: 'Untitled workbook' })).toHaveCount(2);
  await page.getByRole('link', { name: 'Untitled workbook' }).first().click();
  await expectCellText(page, 'A2', '£1,224');
  await goTo(page, 'A2');
  await expect(formulaBar(page)).toHaveValue('=A1*1.02');
});

const BAD_FILES: Array<[string, string, RegExp]> = [
  ['not-json.json', '{ this is not json', /not valid JSON/],
  ['empty.json', '', /empty/],
  [
    'other-app.json',
    '{"name":"my-app","version":"1.0.0"}',
    /not a Library Finance Workbench model/,
  ],
  [
    'newer.json',
    '{"format":"library-finance-workbench","version":99}',
    /made by a newer version of the workbench/,
  ],
];

test('bad files are refused in plain words and the saved workbooks stay as they were', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New blank workbook' }).click();
  await typeInto(page, 'A1', '42');
  await waitForSaved(page);
  await page.getByRole('button', { name: 'All workbooks' }).click();
  await expect(page.getByRole('link', { name: 'Untitled workbook' })).toHaveCount(1);

  for (const [name, content, message] of BAD_FILES) {
    await page
      .getByLabel('Model file', { exact: true })
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('Nothing was changed');
  }
  const formulaProblem = JSON.stringify({
    format: 'library-finance-workbench',
    version: 1,
    meta: {
      title: 'Broken',
      description: '',
      currency: 'GBP',
      createdAt: '2026-01-01T00:00:00Z',
      modifiedAt: '2026-01-01T00:00:00Z',
      sources: [],
    },
    sheets: [
      { name: 'Sheet1', cells: { A1: 1 } },
      { name: 'Calc', cells: { C7: '=SUM(1,' } },
    ],
    names: [],
    inputs: [],
    outputs: [],
    scenarios: [],
    charts: [],
  });
  await page.getByLabel('Model file', { exact: true }).setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(formulaProblem),
  });
  await expect(page.getByRole('alert')).toContainText('sheets[1].cells.C7');

  await page.reload();
  await expect(page.getByRole('link', { name: 'Untitled workbook' })).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Broken' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Untitled workbook' }).click();
  await expectCellText(page, 'A1', '42');
});

test('markup in a model file is shown as text, never run', async ({ page }) => {
  const hostile = JSON.stringify({
    format: 'library-finance-workbench',
    version: 1,
    meta: {
      title: '<img src=x onerror="window.__pwned=1">Evil',
      description: '<b>bold</b>',
      currency: 'GBP',
      createdAt: '2026-01-01T00:00:00Z',
      modifiedAt: '2026-01-01T00:00:00Z',
      sources: [],
    },
    sheets: [{ name: 'Sheet1', cells: { A1: '<script>window.__pwned=2</script>' } }],
    names: [],
    inputs: [],
    outputs: [],
    scenarios: [],
    charts: [],
  });
  await page.goto('/');
  await page.getByLabel('Model file', { exact: true }).setInputFiles({
    name: 'evil.json',
    mimeType: 'application/json',
    buffer: Buffer.from(hostile),
  });
  const link = page.getByRole('link', { name: /Evil/ });
  await expect(link).toHaveText('<img src=x onerror="window.__pwned=1">Evil');
  await link.click();
  await expectCellText(page, 'A1', '<script>window.__pwned=2</script>');
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});

test('the model file input accepts a file dropped anywhere on the home screen', async ({
  page,
}) => {
  await page.goto('/');
  const model = JSON.stringify({
    format: 'library-finance-workbench',
    version: 1,
    meta: {
      title: 'Dropped model',
      description: '',
      currency: 'GBP',
      createdAt: '2026-01-01T00:00:00Z',
      modifiedAt: '2026-01-01T00:00:00Z',
      sources: [],
    },
    sheets: [{ name: 'Sheet1', cells: { A1: 3 } }],
    names: [],
    inputs: [],
    outputs: [],
    scenarios: [],
    charts: [],
  });
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, model);
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByRole('link', { name: 'Dropped model' })).toBeVisible();
});

test('Export CSV downloads the current sheet as shown', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New blank workbook' }).click();
  await typeInto(page, 'A1', '1234');
  await goTo(page, 'A1');
  await page.getByRole('combobox', { name: 'Number format' }).selectOption('currency');
  await typeInto(page, 'B1', 'Room hire, community');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export CSV of Sheet1, values as shown/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Untitled workbook - Sheet1.csv');
  const text = await readFile(await download.path(), 'utf8');
  expect(text.replace(/^\uFEFF/, '')).toBe('"£1,234","Room hire, community"\r\n');
});
