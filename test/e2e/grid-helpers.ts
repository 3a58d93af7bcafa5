// Finding and driving cells the way a keyboard user would: through the name box.
import { expect, type Locator, type Page } from '@playwright/test';
import { parseCellAddress } from '../../src/core/document/address';

/** The on-screen grid cell for an A1 address on the visible sheet. */
export function cell(page: Page, address: string): Locator {
  const position = parseCellAddress(address);
  if (!position) throw new Error(`bad address ${address}`);
  const letters = address.replace(/[0-9$]/g, '').toUpperCase();
  return page.locator(
    `[role="grid"] .ag-row[row-index="${position.row}"] .ag-cell[col-id="${letters}"]`,
  );
}

/** Types a reference in the Cell reference box and presses Enter. */
export async function goTo(page: Page, reference: string): Promise<void> {
  const nameBox = page.getByRole('textbox', { name: 'Cell reference' });
  await nameBox.fill(reference);
  await nameBox.press('Enter');
}

/** Selects a cell and types into it as a user would, ending with Enter. */
export async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await goTo(page, address);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

export async function expectCellText(page: Page, address: string, text: string): Promise<void> {
  await expect(cell(page, address)).toHaveText(text);
}

export function formulaBar(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Formula' });
}
