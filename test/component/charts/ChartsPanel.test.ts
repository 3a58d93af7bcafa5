// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { WorkbookEngine } from '../../../src/core/engine';
import ChartsPanel from '../../../src/ui/charts/ChartsPanel.svelte';
import { libraryModel, PESSIMISTIC } from '../../unit/core/scenarios/library-model';

afterEach(cleanup);
// jsdom cannot draw on a canvas; say so quietly instead of logging "not implemented".
HTMLCanvasElement.prototype.getContext = () => null;

function setup(charts = libraryModel().charts) {
  const engine = WorkbookEngine.fromWorkbook({ ...libraryModel([PESSIMISTIC]), charts });
  const onAlert = vi.fn<(message: string) => void>();
  render(ChartsPanel, { engine, onAlert });
  return {
    engine,
    onAlert,
    user: userEvent.setup(),
    region: screen.getByRole('region', { name: 'Charts' }),
  };
}

const rowTexts = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.children].map((c) => c.textContent?.trim()));

describe('ChartsPanel', () => {
  test('ticking a range output charts it by year, one series per scenario, saved in the document', async () => {
    const { engine, user, region } = setup();
    await user.click(within(region).getByRole('checkbox', { name: 'Income' }));
    expect(engine.parts.charts).toEqual([
      { id: 'chart-1', title: 'Income (£)', kind: 'line', outputs: ['Cashflow!C1:E1'] },
    ]);
    const table = await within(region).findByRole('table', { name: 'Income (£)' });
    expect(rowTexts(table)).toEqual([
      ['Scenario', 'Year 1', 'Year 2', 'Year 3'],
      ['Base', '£101,000', '£111,100', '£122,210'],
      ['Pessimistic', '£90,500', '£99,550', '£109,505'],
    ]);
    expect(
      within(region).getByRole('button', { name: 'Download PNG of Income (£)' }),
    ).toBeInTheDocument();
    expect(within(region).getByRole('img', { name: /^Chart of Income \(£\)/ })).toBeInTheDocument();
  });

  test('a single-value output is one figure per scenario', async () => {
    const { user, region } = setup();
    await user.click(within(region).getByRole('checkbox', { name: 'Total income' }));
    const table = await within(region).findByRole('table', { name: 'Total income (£)' });
    expect(rowTexts(table)).toEqual([
      ['Scenario', 'Total income'],
      ['Base', '£334,310'],
      ['Pessimistic', '£299,555'],
    ]);
  });

  test('shows the saved choice and unticking removes the chart', async () => {
    const { engine, user, region } = setup([
      { id: 'c', title: 'Growth over time', kind: 'bar', outputs: ['Summary!B2'] },
    ]);
    expect(within(region).getByRole('checkbox', { name: 'Growth rate' })).toBeChecked();
    expect(within(region).getByRole('table', { name: 'Growth over time' })).toBeInTheDocument();
    await user.click(within(region).getByRole('checkbox', { name: 'Growth rate' }));
    expect(engine.parts.charts).toEqual([]);
    expect(within(region).queryByRole('table')).toBeNull();
  });

  test('the chart table follows an edit', async () => {
    const { engine, user, region } = setup();
    await user.click(within(region).getByRole('checkbox', { name: 'Income' }));
    engine.setCell('Assumptions', { row: 0, col: 1 }, 0);
    const table = within(region).getByRole('table', { name: 'Income (£)' });
    await expect.poll(() => rowTexts(table)[1]).toEqual(['Base', '£1,000', '£1,100', '£1,210']);
  });

  test('says so in plain words when there is no picture to download', async () => {
    const { onAlert, user, region } = setup();
    await user.click(within(region).getByRole('checkbox', { name: 'Income' }));
    await user.click(within(region).getByRole('button', { name: 'Download PNG of Income (£)' }));
    expect(onAlert).toHaveBeenCalledWith(expect.stringContaining('cannot be drawn'));
  });

  test('a series output saved as bars keeps its saved title and is shown by year', () => {
    const { region } = setup([
      { id: 'c', title: 'Income by year', kind: 'bar', outputs: ['Cashflow!C1:E1'] },
    ]);
    const table = within(region).getByRole('table', { name: 'Income by year' });
    expect(rowTexts(table)[0]).toEqual(['Scenario', 'Year 1', 'Year 2', 'Year 3']);
    expect(
      within(region).getByRole('button', { name: 'Download PNG of Income by year' }),
    ).toBeInTheDocument();
  });

  test('an output over years can be drawn as bars instead of lines, and the choice is saved', async () => {
    const { engine, user, region } = setup();
    await user.click(within(region).getByRole('checkbox', { name: 'Income' }));
    const drawAs = within(region).getByRole('combobox', { name: 'Draw as, Income (£)' });
    expect(drawAs).toHaveValue('line');
    await user.selectOptions(drawAs, 'Bars');
    expect(engine.parts.charts).toEqual([
      { id: 'chart-1', title: 'Income (£)', kind: 'bar', outputs: ['Cashflow!C1:E1'] },
    ]);
    expect(within(region).getByRole('combobox', { name: 'Draw as, Income (£)' })).toHaveValue(
      'bar',
    );
  });

  test('a single-value output offers no line or bar choice', async () => {
    const { user, region } = setup();
    await user.click(within(region).getByRole('checkbox', { name: 'Total income' }));
    await within(region).findByRole('table', { name: 'Total income (£)' });
    expect(within(region).queryByRole('combobox')).toBeNull();
  });
});
