import { describe, expect, test, vi } from 'vitest';
import {
  editText,
  inputsOnSheet,
  SCENARIO_MIXED_EDIT_REFUSED,
  sendRangeToScenario,
  writeTypedInput,
  type EditInputs,
} from '../../../src/ui/workbook/cell-input';
import { parseCellInput } from '../../../src/core/format';
import { smallEngine } from './workbook-fixture';

describe('the text a cell is edited as', () => {
  test.each([
    ['=SUM(A1:A3)', 'general', '=SUM(A1:A3)'],
    [1234.5, 'currency-2dp', '1234.5'],
    [46477, 'date', '31/03/2027'],
    [0.035, 'percent-1dp', '3.5%'],
    [0.07, 'percent', '7%'],
    [true, 'general', 'TRUE'],
    ['Room hire', 'general', 'Room hire'],
    ['1234', 'general', "'1234"],
    [undefined, 'general', ''],
  ] as const)('%s in %s is edited as %s', (content, format, text) => {
    expect(editText(content, format)).toBe(text);
  });

  test('writing the edit text back unchanged gives the same content', () => {
    for (const [content, format] of [
      [46477, 'date'],
      [0.035, 'percent-1dp'],
      ['1234', 'general'],
      [0.1 + 0.2, 'general'],
    ] as const) {
      expect(parseCellInput(editText(content, format)).content).toBe(content);
    }
  });
});

describe('writing typed input', () => {
  test('a typed format applies only to a cell without one', () => {
    const engine = smallEngine();
    const onAlert = vi.fn();
    writeTypedInput(engine, 'Cashflow', { row: 5, col: 0 }, '£12', { onAlert });
    expect(engine.getFormat('Cashflow', { row: 5, col: 0 })).toBe('currency');
    writeTypedInput(engine, 'Assumptions', { row: 3, col: 1 }, '£12', { onAlert });
    expect(engine.getFormat('Assumptions', { row: 3, col: 1 })).toBe('percent-1dp');
    expect(onAlert).not.toHaveBeenCalled();
  });

  test('a declared input goes to the scenario hook; when it declines, to the engine', () => {
    const engine = smallEngine();
    const onEditInputs = vi.fn(() => false);
    writeTypedInput(engine, 'Assumptions', { row: 2, col: 1 }, '20', {
      onAlert: vi.fn(),
      onEditInputs,
    });
    expect(onEditInputs).toHaveBeenCalledWith([{ ref: 'Assumptions!B3', content: 20 }]);
    expect(engine.getValue('Assumptions', { row: 2, col: 1 })).toBe(20);
  });

  test('a cell that is not an input never goes to the scenario hook', () => {
    const engine = smallEngine();
    const onEditInputs = vi.fn(() => true);
    writeTypedInput(engine, 'Assumptions', { row: 3, col: 1 }, '5%', {
      onAlert: vi.fn(),
      onEditInputs,
    });
    expect(onEditInputs).not.toHaveBeenCalled();
    expect(engine.getValue('Assumptions', { row: 3, col: 1 })).toBe(0.05);
  });

  test('finds the inputs declared on a sheet, whatever the case of the sheet name', () => {
    const engine = smallEngine();
    expect([...inputsOnSheet(engine, 'assumptions').keys()]).toEqual(['2,1']);
    expect(inputsOnSheet(engine, 'Cashflow').size).toBe(0);
  });
});

describe('a several-cell edit while a scenario is shown', () => {
  // Assumptions!B3 is the one declared input; B4 holds 3.5% and B5 is empty.
  const B3 = { row: 2, col: 1 };
  const B4 = { row: 3, col: 1 };
  const B5 = { row: 4, col: 1 };
  function setup() {
    const engine = smallEngine();
    const onAlert = vi.fn();
    const onEditInputs = vi.fn<EditInputs>(() => true);
    return { engine, onAlert, onEditInputs, hooks: { onAlert, onEditInputs } };
  }

  test('writes to inputs go to the scenario as one set of changes, Base untouched', () => {
    const { engine, onEditInputs, hooks } = setup();
    // B5 stays empty: a write that changes nothing is not an edit of another cell.
    const writes = [
      { position: B3, content: 20 },
      { position: B5, content: undefined },
    ];
    expect(sendRangeToScenario(engine, 'Assumptions', writes, hooks)).toBe(true);
    expect(onEditInputs).toHaveBeenCalledWith([{ ref: 'Assumptions!B3', content: 20 }]);
    expect(engine.getContent('Assumptions', B3)).toBe(15);
  });

  test('an edit that writes no input belongs to Base', () => {
    const { engine, onEditInputs, hooks } = setup();
    const writes = [{ position: B4, content: 0.04 }];
    expect(sendRangeToScenario(engine, 'Assumptions', writes, hooks)).toBe(false);
    expect(onEditInputs).not.toHaveBeenCalled();
  });

  test('an edit of inputs and other cells together is refused, and nothing changes', () => {
    const { engine, onAlert, onEditInputs, hooks } = setup();
    const writes = [
      { position: B3, content: undefined },
      { position: B4, content: undefined },
    ];
    expect(sendRangeToScenario(engine, 'Assumptions', writes, hooks)).toBe(true);
    expect(onAlert).toHaveBeenCalledWith(SCENARIO_MIXED_EDIT_REFUSED);
    expect(onEditInputs).not.toHaveBeenCalled();
    expect(engine.getContent('Assumptions', B4)).toBe(0.035);
  });
});
