// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SheetTabs from '../../../src/ui/workbook/SheetTabs.svelte';
import { WorkbookViewState } from '../../../src/ui/workbook/workbook-view.svelte';
import { smallEngine } from './workbook-fixture';
import { WorkbookEngine } from '../../../src/core/engine';
import { createBlankWorkbook } from '../../../src/core/file';

afterEach(cleanup);

function setup() {
  const engine = smallEngine();
  const view = new WorkbookViewState('Assumptions');
  const onAlert = vi.fn<(message: string) => void>();
  const onMoveSheet = vi.fn<(by: -1 | 1) => void>();
  const { rerender } = render(SheetTabs, {
    props: { engine, view, version: engine.version, onAlert, onMoveSheet },
  });
  engine.onChange(() => void rerender({ version: engine.version }));
  return { engine, view, onAlert, onMoveSheet };
}

const tabNames = () => screen.getAllByRole('tab').map((tab) => tab.textContent);

describe('sheet tabs', () => {
  test('one tab per sheet, named by the sheet, the shown one selected', () => {
    setup();
    expect(tabNames()).toEqual(['Assumptions', 'Cashflow', 'Cash flow']);
    expect(screen.getByRole('tab', { name: 'Assumptions' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(screen.getByRole('tab', { name: 'Cashflow' })).toHaveAttribute('aria-selected', 'false');
  });

  test('clicking a tab shows its sheet', async () => {
    const { view } = setup();
    await userEvent.click(screen.getByRole('tab', { name: 'Cashflow' }));
    expect(view.sheet).toBe('Cashflow');
  });

  test('Add sheet adds the next free name and shows it', async () => {
    const { view, engine } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Add sheet' }));
    expect(engine.sheetNames).toEqual(['Assumptions', 'Cashflow', 'Cash flow', 'Sheet4']);
    expect(view.sheet).toBe('Sheet4');
    expect(tabNames()).toContain('Sheet4');
  });

  test('double-click renames: Enter keeps the new name', async () => {
    const { engine } = setup();
    await userEvent.dblClick(screen.getByRole('tab', { name: 'Cashflow' }));
    const box = screen.getByRole('textbox', { name: 'Sheet name' });
    await userEvent.clear(box);
    await userEvent.type(box, 'Cash 2027{Enter}');
    expect(engine.sheetNames).toEqual(['Assumptions', 'Cash 2027', 'Cash flow']);
    expect(screen.queryByRole('textbox', { name: 'Sheet name' })).toBeNull();
  });

  test('Escape abandons a rename', async () => {
    const { engine } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Rename sheet' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Sheet name' }), 'zzz{Escape}');
    expect(engine.sheetNames).toEqual(['Assumptions', 'Cashflow', 'Cash flow']);
    expect(engine.canUndo).toBe(false);
  });

  test('a clashing name is refused with a message', async () => {
    const { engine, onAlert } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Rename sheet' }));
    const box = screen.getByRole('textbox', { name: 'Sheet name' });
    await userEvent.clear(box);
    await userEvent.type(box, 'cashflow{Enter}');
    expect(onAlert).toHaveBeenCalledWith('There is already a sheet named "Cashflow".');
    expect(engine.sheetNames[0]).toBe('Assumptions');
  });

  test('move buttons and Alt+Shift+arrows ask to move the shown sheet', async () => {
    const { onMoveSheet } = setup();
    expect(screen.getByRole('button', { name: 'Move sheet left' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Move sheet right' }));
    expect(onMoveSheet).toHaveBeenLastCalledWith(1);
    screen.getByRole('tab', { name: 'Assumptions' }).focus();
    await userEvent.keyboard('{Alt>}{Shift>}{ArrowLeft}{/Shift}{/Alt}');
    expect(onMoveSheet).toHaveBeenLastCalledWith(-1);
  });

  test('arrow keys move between tabs', async () => {
    const { view } = setup();
    screen.getByRole('tab', { name: 'Assumptions' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(view.sheet).toBe('Cashflow');
  });

  test('a rename holding a zero-width space is refused with a message naming it', async () => {
    const { engine, onAlert } = setup();
    await userEvent.dblClick(screen.getByRole('tab', { name: 'Cashflow' }));
    const box = screen.getByRole('textbox', { name: 'Sheet name' });
    await userEvent.clear(box);
    // "Assumptions" and "Assumptions" + U+200B would look the same on two tabs.
    await userEvent.type(box, 'Assumptions\u200B{Enter}');
    expect(onAlert).toHaveBeenCalledWith(
      'The sheet name contains U+200B (zero-width space) at character 12; names and titles cannot hold invisible, control or text-direction characters.',
    );
    expect(engine.sheetNames).toEqual(['Assumptions', 'Cashflow', 'Cash flow']);
  });

  test('a sheet whose stored name holds a lone surrogate still gets its tab', () => {
    // Such names are refused now, but a workbook saved before must still open (its tab
    // id once came from encodeURIComponent, which throws "URI malformed" on one).
    const workbook = createBlankWorkbook('Old');
    workbook.sheets[0]!.name = 'Old\uD800';
    const engine = WorkbookEngine.fromWorkbook(workbook);
    render(SheetTabs, {
      props: {
        engine,
        view: new WorkbookViewState('Old\uD800'),
        version: engine.version,
        onAlert: () => {},
        onMoveSheet: () => {},
      },
    });
    expect(screen.getByRole('tab', { name: 'Old\uD800' })).toHaveAttribute(
      'id',
      'wb-tab-4f-6c-64-d800',
    );
  });
});
