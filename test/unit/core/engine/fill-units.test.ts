import { describe, expect, test } from 'vitest';
import { fillUnitsWarning } from '../../../../src/core/engine/fill-units';
import { planFill } from '../../../../src/core/engine/range-edits';
import { parseRangeRef } from '../../../../src/core/document';
import type { InputDeclaration } from '../../../../src/core/file/schema';

const input = (ref: string, label: string, unit: string): InputDeclaration => ({
  ref,
  label,
  unit,
});

/** The warning a fill of `a1` on Inputs gives over these inputs. */
function warningFor(inputs: InputDeclaration[], a1: string, direction: 'down' | 'right' = 'down') {
  const range = parseRangeRef(a1)!;
  const plan = planFill(range, direction)!;
  return fillUnitsWarning(inputs, 'Inputs', plan.target, plan.sourceOf, direction);
}

describe('a fill over inputs of different units warns', () => {
  const inputs = [
    input('Inputs!B3', 'Laser cutter price', '£'),
    input('Inputs!B4', 'Sessions a week', 'sessions'),
    input('Inputs!B5', 'Session fee', '£'),
  ];

  test('copying a £ input over a count of sessions names both, with their units', () => {
    expect(warningFor(inputs, 'B3:B4')).toBe(
      'Check the units: Ctrl+D copied “Laser cutter price” (£) into an input of another unit: “Sessions a week” (sessions). Press Ctrl+Z to undo the fill.',
    );
  });

  test('inputs of the same unit, written in another case or with spaces, raise nothing', () => {
    const same = [input('Inputs!B3', 'Rate', '%'), input('Inputs!B4', 'Other rate', ' % ')];
    expect(warningFor(same, 'B3:B4')).toBeUndefined();
    const cased = [input('Inputs!B3', 'Fee', 'GBP'), input('Inputs!B4', 'Price', 'gbp')];
    expect(warningFor(cased, 'B3:B4')).toBeUndefined();
  });

  test('only the inputs whose unit differs are named: B5 (£) under B3 (£) is not', () => {
    const warning = warningFor(inputs, 'B3:B5');
    expect(warning).toContain('“Sessions a week” (sessions)');
    expect(warning).not.toContain('Session fee');
  });

  test('a fill whose source cell is no input warns of nothing', () => {
    expect(warningFor(inputs, 'B2:B5')).toBeUndefined();
  });

  test('an input on another sheet is left out', () => {
    const elsewhere = [input('Inputs!B3', 'Price', '£'), input('Costs!B4', 'Sessions', 'sessions')];
    expect(warningFor(elsewhere, 'B3:B4')).toBeUndefined();
  });

  test('Ctrl+R names its own key, and a long list counts what it does not name', () => {
    const row = [
      input('Inputs!B3', 'Price', '£'),
      ...['C', 'D', 'E', 'F', 'G'].map((col) => input(`Inputs!${col}3`, `Count ${col}`, 'visits')),
    ];
    expect(warningFor(row, 'B3:G3', 'right')).toBe(
      'Check the units: Ctrl+R copied “Price” (£) into inputs of another unit: “Count C” (visits), “Count D” (visits), “Count E” (visits) and 2 more. Press Ctrl+Z to undo the fill.',
    );
  });

  test('an input declared without a unit is said to have none', () => {
    const bare = [input('Inputs!B3', 'Price', '£'), input('Inputs!B4', 'Anything', '')];
    expect(warningFor(bare, 'B3:B4')).toContain('“Anything” (no unit)');
  });
});
