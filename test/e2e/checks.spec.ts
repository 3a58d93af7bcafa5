import { readFileSync } from 'node:fs';
import { test, expect, openTemplate } from './fixtures';
import { typeInto } from './grid-helpers';
import type { Page } from '@playwright/test';

const SHARES_CHECK = 'The room-hire shares (community, business, commercial) sum to 100%';
const COMMUNITY = 'Share of hours booked by community groups';

/** The ref of a declared input, read from the template file the app opens. */
function inputRef(label: string): string {
  const model = JSON.parse(
    readFileSync(new URL('../../models/income-generation.json', import.meta.url), 'utf8'),
  ) as { inputs: { label: string; ref: string }[] };
  return model.inputs.find((i) => i.label === label)!.ref;
}

function checkAlert(page: Page) {
  return page.getByRole('alert').filter({ hasText: SHARES_CHECK });
}

test('a failing check is named above the grid, and goes when it passes again', async ({ page }) => {
  await openTemplate(page, 'Income generation');
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  await expect(checkAlert(page)).toHaveCount(0);

  // Community 80% with business 25% and commercial 15%: the shares sum to 120%.
  await typeInto(page, inputRef(COMMUNITY), '0.8');
  await expect(checkAlert(page)).toBeVisible();
  // Above the grid, not beside or below it.
  const alertBox = (await checkAlert(page).boundingBox())!;
  const gridBox = (await grid.boundingBox())!;
  expect(alertBox.y + alertBox.height).toBeLessThanOrEqual(gridBox.y);

  await typeInto(page, inputRef(COMMUNITY), '0.6');
  await expect(checkAlert(page)).toHaveCount(0);
});

test('a check that fails only in a scenario is named with that scenario, whichever the grid shows', async ({
  page,
}) => {
  await openTemplate(page, 'Income generation');
  await expect(checkAlert(page)).toHaveCount(0);
  const scenarios = page.getByRole('region', { name: 'Scenarios' });
  const override = scenarios.getByRole('textbox', { name: `${COMMUNITY}, Pessimistic` });
  await override.fill('0.75'); // inside its range; the shares sum to 115%
  await override.press('Enter');
  // Base still sums to 100%: the alert says where the check fails.
  await expect(checkAlert(page)).toContainText('A check fails in another scenario');
  await expect(checkAlert(page)).toContainText('(in “Pessimistic”)');

  const show = page.getByRole('combobox', { name: 'Show in grid' });
  await show.selectOption({ label: 'Pessimistic' });
  await expect(checkAlert(page)).toContainText('A check fails in “Pessimistic”');

  await override.fill('0.6');
  await override.press('Enter');
  await expect(checkAlert(page)).toHaveCount(0);
});
