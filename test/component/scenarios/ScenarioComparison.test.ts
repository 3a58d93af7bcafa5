// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { WorkbookEngine } from '../../../src/core/engine';
import ScenarioComparison from '../../../src/ui/scenarios/ScenarioComparison.svelte';
import { libraryModel, OPTIMISTIC, PESSIMISTIC } from '../../unit/core/scenarios/library-model';

afterEach(cleanup);

function setup() {
  const engine = WorkbookEngine.fromWorkbook(libraryModel([PESSIMISTIC, OPTIMISTIC]));
  render(ScenarioComparison, { engine });
  return { engine, table: screen.getByRole('table', { name: 'Scenario comparison' }) };
}

const cell = (table: HTMLElement, row: RegExp, column: number) =>
  within(within(table).getByRole('row', { name: row })).getAllByRole('cell')[column]!;

describe('ScenarioComparison', () => {
  test('has a column per scenario, Base first, and a row per output', () => {
    const { table } = setup();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Base', 'Pessimistic', 'Optimistic']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent?.trim().replace(/\s+/g, ' ')),
    ).toEqual(['Total income', 'Income (total over 3 years)', 'Growth rate']);
  });

  test('shows each value with its difference from Base in money and percent', () => {
    const { table } = setup();
    // Base: 101,000 + 111,100 + 122,210 = 334,310; Pessimistic: 90,500 x 3.31 = 299,555
    expect(cell(table, /^Total income/, 0)).toHaveTextContent('£334,310');
    expect(cell(table, /^Total income/, 1)).toHaveTextContent(
      '£299,555 -£34,755 (-10.4%) from Base',
    );
    expect(cell(table, /^Growth rate/, 2)).toHaveTextContent('20.0% +10 pts (+100.0%) from Base');
    expect(cell(table, /^Growth rate/, 1)).toHaveTextContent('10.0% no change');
  });

  test('follows edits to the workbook within a frame', async () => {
    const { engine, table } = setup();
    engine.setCell('Assumptions', { row: 0, col: 1 }, 200000);
    await expect.poll(() => cell(table, /^Total income/, 0).textContent).toContain('£665,310');
    expect(cell(table, /^Total income/, 1)).toHaveTextContent('£299,555');
  });
});
