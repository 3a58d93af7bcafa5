import { readFile } from 'node:fs/promises';
import { test, expect, openTemplate, waitForSaved } from './fixtures';
import { cell, goTo, formulaBar, typeInto } from './grid-helpers';
import type { Page } from '@playwright/test';
import { inputRef, outputUnder, series, single, template } from './expected-figures';

const PARTIES = 'Parties per library a month';
const PARTY_SURPLUS = "Children's birthday parties: operating surplus in year 2";
const PARTY_SURPLUS_BY_YEAR = "Children's birthday parties: operating surplus by year";
const INCOME = template('income-generation.json');
/** The income template's party surplus with 2 parties a month instead of 4, worked out in Node. */
const halfTheParties = { [inputRef(INCOME, PARTIES)]: 2 };

function comparison(page: Page) {
  return page.getByRole('table', { name: 'Scenario comparison' });
}

/** The figure a comparison-table cell shows first (its value, before the difference). */
async function comparisonValue(page: Page, output: string, column: number): Promise<string> {
  const row = comparison(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: output }) });
  return (await row.getByRole('cell').nth(column).innerText()).split('\n')[0]!.trim();
}

test('a user creates a scenario, overrides an input, compares it, charts it, and finds it all after a reload', async ({
  page,
}) => {
  await openTemplate(page, 'Income generation');
  const scenarios = page.getByRole('region', { name: 'Scenarios' });
  await scenarios.getByRole('textbox', { name: 'Scenario name' }).fill('Half the parties');
  await scenarios.getByRole('button', { name: 'Add scenario' }).click();

  const override = scenarios.getByRole('textbox', { name: `${PARTIES}, Half the parties` });
  await override.fill('2');
  await override.press('Enter');
  await expect(
    scenarios.getByRole('button', { name: `Clear ${PARTIES}, Half the parties` }),
  ).toBeVisible();

  // The comparison table: a column per scenario, Base first, a row per output.
  await expect(
    comparison(page).getByRole('columnheader', { name: 'Half the parties' }),
  ).toBeVisible();
  const headers = await comparison(page).getByRole('columnheader').allInnerTexts();
  expect(
    headers
      .map((h) => h.trim())
      .filter(Boolean)
      .slice(0, 2),
  ).toEqual(['Base', 'Pessimistic']);
  const base = await comparisonValue(page, PARTY_SURPLUS, 0);
  const halved = await comparisonValue(
    page,
    PARTY_SURPLUS,
    headers
      .map((h) => h.trim())
      .filter(Boolean)
      .indexOf('Half the parties'),
  );
  // Fewer parties, less surplus: the figure the engine gives for 2 parties a month.
  const expected = outputUnder(INCOME, PARTY_SURPLUS, halfTheParties);
  expect(single(expected.changed)).toBeLessThan(single(expected.base));
  expect(base).toBe(expected.show(single(expected.base)));
  expect(halved).toBe(expected.show(single(expected.changed)));

  // Charts: each has its numbers in a table captioned with its title, a column per scenario.
  await page.getByRole('button', { name: 'Charts' }).click();
  const chartTable = page.getByRole('table', {
    name: "Children's birthday parties: operating surplus by year (£)",
  });
  await expect(chartTable).toBeVisible();
  // The scenario's row holds its own year-by-year figures, each below Base's.
  const byYear = outputUnder(INCOME, PARTY_SURPLUS_BY_YEAR, halfTheParties);
  const rowOf = (name: string) =>
    chartTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(rowOf('Half the parties').getByRole('cell')).toHaveText(
    series(byYear.changed).map(byYear.show),
  );
  await expect(rowOf('Base').getByRole('cell')).toHaveText(series(byYear.base).map(byYear.show));
  series(byYear.changed).forEach((value, year) =>
    expect(value).toBeLessThan(series(byYear.base)[year]!),
  );
  // Points are labelled as the sheet labels its columns: financial years, not "Year 1".
  await expect(chartTable.getByRole('columnheader', { name: '2027/28' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('button', {
      name: "Download PNG of Children's birthday parties: operating surplus by year (£)",
    })
    .click();
  const png = await downloading;
  expect(png.suggestedFilename()).toBe(
    "Children's birthday parties- operating surplus by year (£).png",
  );
  const bytes = await readFile(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('grid')).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Scenarios' })
      .getByRole('textbox', { name: `${PARTIES}, Half the parties` }),
  ).toHaveValue('2');
  await expect(
    comparison(page).getByRole('columnheader', { name: 'Half the parties' }),
  ).toBeVisible();
});

test('showing a scenario in the grid is one click, obvious, and input edits go to its override', async ({
  page,
}) => {
  await openTemplate(page, 'Income generation');
  await goTo(page, 'Assumptions!B50');
  await expect(cell(page, 'B50')).toHaveText('4');
  await page.getByRole('combobox', { name: 'Show in grid' }).selectOption({ label: 'Pessimistic' });
  await expect(page.getByText('The grid shows scenario “Pessimistic”')).toBeVisible();
  await expect(cell(page, 'B50')).toHaveText('2');

  // Typing into an input while the scenario is shown changes the scenario, not Base.
  await goTo(page, 'B50');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'B50')).toHaveText('3');
  await expect(page.getByRole('textbox', { name: `${PARTIES}, Pessimistic` })).toHaveValue('3');
  await page.getByRole('button', { name: 'Show Base' }).click();
  await expect(cell(page, 'B50')).toHaveText('4');
  await goTo(page, 'B50');
  await expect(formulaBar(page)).toHaveValue('4');
});

test('while a scenario is shown, pasting or clearing several inputs edits its overrides, never Base', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const HOURS = 'Staff hours per party';
  await openTemplate(page, 'Income generation');
  await page.getByRole('combobox', { name: 'Show in grid' }).selectOption({ label: 'Pessimistic' });
  const scenarios = page.getByRole('region', { name: 'Scenarios' });
  const override = (label: string) =>
    scenarios.getByRole('textbox', { name: `${label}, Pessimistic` });
  const clearButton = (label: string) =>
    scenarios.getByRole('button', { name: `Clear ${label}, Pessimistic` });

  // Two values copied from Excel, pasted down B49:B50 (staff hours, parties a month).
  await page.evaluate(() => navigator.clipboard.writeText('5\r\n7\r\n'));
  await goTo(page, 'Assumptions!B49');
  await page.keyboard.press('Control+v');
  await expect(override(HOURS)).toHaveValue('5');
  await expect(override(PARTIES)).toHaveValue('7');
  await expect(cell(page, 'B50')).toHaveText('7');

  // One paste, one undo step.
  await page.keyboard.press('Control+z');
  await expect(override(PARTIES)).toHaveValue('2');
  await expect(clearButton(HOURS)).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(override(HOURS)).toHaveValue('5');

  // Delete over both clears both overrides: the scenario inherits Base again.
  await goTo(page, 'Assumptions!B49:B50');
  await page.keyboard.press('Delete');
  await expect(clearButton(HOURS)).toHaveCount(0);
  await expect(clearButton(PARTIES)).toHaveCount(0);
  await expect(cell(page, 'B50')).toHaveText('4');

  // An input and an ordinary cell together would be half scenario, half Base: refused.
  await goTo(page, 'Assumptions!B50:C50');
  await page.keyboard.press('Delete');
  await expect(page.getByRole('alert')).toContainText('cannot change other cells at the same time');
  await expect(cell(page, 'C50')).toHaveText('a month');

  await page.getByRole('button', { name: 'Show Base' }).click();
  await expect(cell(page, 'B49')).toHaveText('3.00');
  await expect(cell(page, 'B50')).toHaveText('4');
});

test('the chart choice and the scenarios are saved, and travel in the exported model file', async ({
  page,
}) => {
  await openTemplate(page, 'Income generation');
  await page.getByRole('button', { name: 'Charts' }).click();
  await page.getByText(/Choose what to chart/).click();
  const roomHire = page.getByRole('checkbox', { name: 'Room hire: operating surplus by year' });
  await roomHire.uncheck();
  const cashTitle = 'Cash position month by month, after set-up costs';
  await page.getByRole('combobox', { name: `Draw as, ${cashTitle}` }).selectOption('Bars');
  await waitForSaved(page);
  await page.reload();
  await page.getByRole('button', { name: 'Charts' }).click();
  await page.getByText(/Choose what to chart/).click();
  await expect(
    page.getByRole('checkbox', { name: 'Room hire: operating surplus by year' }),
  ).not.toBeChecked();
  await expect(
    page.getByRole('table', { name: 'Room hire: operating surplus by year (£)' }),
  ).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: `Draw as, ${cashTitle}` })).toHaveValue('bar');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export model' }).click();
  const exported = JSON.parse(await readFile(await (await downloading).path(), 'utf8'));
  expect(exported.scenarios.map((s: { name: string }) => s.name)).toEqual([
    'Pessimistic',
    'Optimistic',
    'Part-time Fablab manager',
  ]);
  const charted = exported.charts.flatMap((c: { outputs: string[] }) => c.outputs);
  expect(charted).not.toContain('Annual!C5:G5');
  expect(charted).toContain('Annual!C6:G6');
  expect(exported.charts).toContainEqual(
    expect.objectContaining({ title: cashTitle, kind: 'bar', outputs: ['Monthly!C52:BJ52'] }),
  );
});

test('a chart scrolled out of view during an edit shows the new numbers when scrolled back', async ({
  page,
}) => {
  const title = "Children's birthday parties: operating surplus by year (£)";
  await openTemplate(page, 'Income generation');
  await page.getByRole('button', { name: 'Charts' }).click();
  const figure = page.getByRole('img', {
    name: `Chart of ${title}; its numbers are in the table that follows`,
  });
  const picture = () => figure.locator('canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());
  const table = page.getByRole('table', { name: title });

  await figure.scrollIntoViewIfNeeded();
  let drawn = '';
  await expect
    .poll(async () => {
      const previous = drawn;
      drawn = await picture();
      return drawn.length > 5000 && drawn === previous; // drawn, and settled
    })
    .toBe(true);
  const doubled = outputUnder(INCOME, PARTY_SURPLUS_BY_YEAR, { [inputRef(INCOME, PARTIES)]: 8 });
  const baseRow = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Base' }) });
  await expect(baseRow.getByRole('cell')).toHaveText(series(doubled.base).map(doubled.show));

  // Away to the first chart, then double the parties: the table follows at once.
  await page.getByRole('img', { name: /^Chart of Room hire/ }).scrollIntoViewIfNeeded();
  await typeInto(page, inputRef(INCOME, PARTIES), '8');
  // Twice the parties: Base's row now shows the engine's figures for 8 a month, each higher.
  await expect(baseRow.getByRole('cell')).toHaveText(series(doubled.changed).map(doubled.show));
  series(doubled.changed).forEach((value, year) =>
    expect(value).toBeGreaterThan(series(doubled.base)[year]!),
  );

  await figure.scrollIntoViewIfNeeded();
  await expect.poll(picture).not.toBe(drawn);
});
