// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import FormulaBar from '../../../src/ui/workbook/FormulaBar.svelte';
import { WorkbookViewState } from '../../../src/ui/workbook/workbook-view.svelte';
import type { EditInputs } from '../../../src/ui/workbook/cell-input';
import { smallEngine } from './workbook-fixture';

afterEach(cleanup);

function setup(sheet: string, cell: { row: number; col: number }, onEditInputs?: EditInputs) {
  const engine = smallEngine();
  const view = new WorkbookViewState(sheet);
  view.selectCell(cell);
  const onAlert = vi.fn<(message: string) => void>();
  const { rerender } = render(FormulaBar, {
    props: { engine, view, version: engine.version, onAlert, onEditInputs },
  });
  // The workbook view passes the engine's version down; do the same here.
  engine.onChange(() => void rerender({ version: engine.version }));
  return {
    engine,
    view,
    onAlert,
    bar: screen.getByRole('textbox', { name: 'Formula' }) as HTMLInputElement,
  };
}

const B2 = { row: 1, col: 1 };

describe('formula bar', () => {
  test('shows the raw formula of the selected cell, not its value', () => {
    const { bar } = setup('Cashflow', B2);
    expect(bar.value).toBe('=Assumptions!B3*2');
  });

  test('shows a percentage as the user would type it', () => {
    const { bar } = setup('Assumptions', { row: 3, col: 1 });
    expect(bar.value).toBe('3.5%');
  });

  test('follows the selection', () => {
    const { bar, view } = setup('Cashflow', B2);
    view.selectCell({ row: 6, col: 2 });
    flushSync();
    expect(bar.value).toBe('42');
  });

  test('Enter writes what was typed to the cell, and the value recalculates', async () => {
    const { bar, engine } = setup('Cashflow', B2);
    await userEvent.clear(bar);
    await userEvent.type(bar, '=Assumptions!B3*10{Enter}');
    expect(engine.getContent('Cashflow', B2)).toBe('=Assumptions!B3*10');
    expect(engine.getValue('Cashflow', B2)).toBe(150);
    expect(bar.value).toBe('=Assumptions!B3*10');
  });

  test('a typed amount in pounds is stored as a number with the pounds format', async () => {
    const { bar, engine } = setup('Cashflow', { row: 9, col: 0 });
    await userEvent.type(bar, '£1,234{Enter}');
    expect(engine.getValue('Cashflow', { row: 9, col: 0 })).toBe(1234);
    expect(engine.getFormat('Cashflow', { row: 9, col: 0 })).toBe('currency');
  });

  test('a malformed formula is refused with a message and the cell keeps its content', async () => {
    const { bar, engine, onAlert } = setup('Cashflow', B2);
    await userEvent.clear(bar);
    await userEvent.type(bar, '=SUM(1,{Enter}');
    expect(onAlert).toHaveBeenCalledWith(expect.stringContaining('cannot be read'));
    expect(engine.getContent('Cashflow', B2)).toBe('=Assumptions!B3*2');
    expect(engine.canUndo).toBe(false);
    // The typing stays for the user to correct.
    expect(bar.value).toBe('=SUM(1,');
  });

  test('Escape reverts to the cell content without writing', async () => {
    const { bar, engine } = setup('Cashflow', B2);
    await userEvent.clear(bar);
    await userEvent.type(bar, '99{Escape}');
    expect(bar.value).toBe('=Assumptions!B3*2');
    expect(engine.canUndo).toBe(false);
  });

  test('a declared input goes to onEditInputs instead of the engine when it is handled', async () => {
    const onEditInputs = vi.fn<EditInputs>(() => true);
    const { bar, engine } = setup('Assumptions', { row: 2, col: 1 }, onEditInputs);
    await userEvent.clear(bar);
    await userEvent.type(bar, '20{Enter}');
    expect(onEditInputs).toHaveBeenCalledWith([{ ref: 'Assumptions!B3', content: 20 }]);
    expect(engine.getValue('Assumptions', { row: 2, col: 1 })).toBe(15);
  });
});
