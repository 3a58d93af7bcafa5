import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, openTemplate } from './fixtures';
import { cell, goTo } from './grid-helpers';
import type { Workbook } from '../../src/core/file/schema';

const templates = readdirSync('models')
  .filter((file) => file.endsWith('.json'))
  .map((file) => JSON.parse(readFileSync(`models/${file}`, 'utf8')) as Workbook);

for (const template of templates) {
  test(`${template.meta.title}: opens from the home screen and its Summary reads without errors`, async ({
    page,
  }) => {
    await openTemplate(page, template.meta.title);
    await page.getByRole('tab', { name: 'Summary' }).click();
    await expect(page.getByRole('tab', { name: 'Summary' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const summaryOutputs = template.outputs.filter(
      (o) => o.ref.startsWith('Summary!') && !o.ref.includes(':'),
    );
    expect(summaryOutputs.length).toBeGreaterThan(0);
    for (const output of summaryOutputs.slice(0, 12)) {
      const address = output.ref.slice('Summary!'.length);
      await goTo(page, address);
      const shown = cell(page, address);
      await expect(shown).not.toHaveText('');
      await expect(shown).not.toContainText('#');
      // The label beside it says in plain words what the figure is.
      const labelCell = cell(page, `A${address.replace(/^[A-Z]+/, '')}`);
      await expect(labelCell).not.toHaveText('');
    }
  });
}

test('each sheet shows its own column widths, including narrow spacer columns', async ({
  page,
}) => {
  const mutual = templates.find((t) => t.meta.template === 'mutual-spin-out')!;
  await openTemplate(page, mutual.meta.title);
  for (const name of ['Annual', 'Summary', 'Assumptions']) {
    const sheet = mutual.sheets.find((s) => s.name === name)!;
    await page.getByRole('tab', { name }).click();
    for (const [letters, width] of Object.entries(sheet.columnWidths ?? {}).slice(0, 3)) {
      const header = page.locator(`.ag-header-cell[col-id="${letters}"]`);
      await expect
        .poll(async () => Math.round((await header.boundingBox())?.width ?? 0))
        .toBe(width);
    }
  }
});
