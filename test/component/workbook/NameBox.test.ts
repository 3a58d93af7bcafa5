// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import NameBox from '../../../src/ui/workbook/NameBox.svelte';
import { WorkbookViewState } from '../../../src/ui/workbook/workbook-view.svelte';
import { smallEngine, smallWorkbook } from './workbook-fixture';
import { WorkbookEngine } from '../../../src/core/engine';

afterEach(cleanup);

function setup(sheet = 'Assumptions') {
  const engine = smallEngine();
  const view = new WorkbookViewState(sheet);
  const onAlert = vi.fn<(message: string) => void>();
  render(NameBox, { props: { engine, view, onAlert } });
  return {
    engine,
    view,
    onAlert,
    box: screen.getByRole('textbox', { name: 'Cell reference' }) as HTMLInputElement,
  };
}

describe('name box', () => {
  test('shows the active cell', () => {
    const { box } = setup();
    expect(box.value).toBe('A1');
  });

  test('typing C7 and Enter selects C7 on the current sheet and asks for keyboard focus', async () => {
    const { box, view } = setup();
    await userEvent.type(box, '{Control>}a{/Control}C7{Enter}');
    expect(view.sheet).toBe('Assumptions');
    expect(view.active).toEqual({ row: 6, col: 2 });
    expect(view.reference).toBe('C7');
    expect(view.focusRequest).toBe(1);
    expect(box.value).toBe('C7');
  });

  test('a sheet-qualified reference switches sheet, with the sheet name in any case', async () => {
    const { box, view } = setup();
    await userEvent.clear(box);
    await userEvent.type(box, 'cashflow!c7{Enter}');
    expect(view.sheet).toBe('Cashflow');
    expect(view.active).toEqual({ row: 6, col: 2 });
  });

  test('a quoted sheet name with a space is found', async () => {
    const { box, view } = setup();
    await userEvent.clear(box);
    await userEvent.type(box, "'Cash flow'!B2{Enter}");
    expect(view.sheet).toBe('Cash flow');
    expect(view.reference).toBe('B2');
  });

  test('a range selects the block with its top-left cell active', async () => {
    const { box, view } = setup();
    await userEvent.clear(box);
    await userEvent.type(box, 'E9:C7{Enter}');
    expect(view.reference).toBe('C7:E9');
    expect(view.active).toEqual({ row: 6, col: 2 });
  });

  test('a malformed reference is explained and nothing moves', async () => {
    const { box, view, onAlert } = setup();
    await userEvent.clear(box);
    await userEvent.type(box, 'C0{Enter}');
    expect(onAlert).toHaveBeenCalledWith(
      expect.stringContaining('"C0" is not a cell reference or a name'),
    );
    expect(view.reference).toBe('A1');
    expect(view.focusRequest).toBe(0);
  });

  test('an unknown sheet is named in the message and nothing moves', async () => {
    const { box, view, onAlert } = setup();
    await userEvent.clear(box);
    await userEvent.type(box, 'Nowhere!A1{Enter}');
    expect(onAlert).toHaveBeenCalledWith('There is no sheet named "Nowhere".');
    expect(view.sheet).toBe('Assumptions');
    expect(view.reference).toBe('A1');
  });

  test('follows the selection when it changes elsewhere', async () => {
    const { box, view } = setup();
    view.selectRange({ start: { row: 1, col: 1 }, end: { row: 3, col: 2 } });
    await Promise.resolve();
    expect(box.value).toBe('B2:C4');
  });

  test('a named range, typed in any case, selects its cells on its sheet', async () => {
    const engine = WorkbookEngine.fromWorkbook({
      ...smallWorkbook(),
      names: [
        { name: 'ContractSum', ref: 'Cashflow!$C$7' },
        { name: 'Block', ref: 'Cashflow!$B$2:$C$7' },
      ],
    });
    const view = new WorkbookViewState('Assumptions');
    render(NameBox, { props: { engine, view, onAlert: vi.fn() } });
    const box = screen.getByRole('textbox', { name: 'Cell reference' });
    await userEvent.type(box, '{Control>}a{/Control}contractsum{Enter}');
    expect(view.sheet).toBe('Cashflow');
    expect(view.active).toEqual({ row: 6, col: 2 });
    await userEvent.type(box, '{Control>}a{/Control}BLOCK{Enter}');
    expect(view.reference).toBe('B2:C7');
  });
});
