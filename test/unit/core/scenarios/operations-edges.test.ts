// Scenario edits at their edges: the limits, the ends of the list, the exact words
// of each refusal, and edits that must hand back the list they were given.
import { describe, expect, test } from 'vitest';
import {
  addScenario,
  checkScenarioName,
  clearOverride,
  deleteScenario,
  duplicateScenario,
  moveScenario,
  renameScenario,
  setOverride,
  setOverrides,
  type ScenarioEdit,
  type Scenarios,
} from '../../../../src/core/scenarios';
import { OPTIMISTIC, PESSIMISTIC } from './library-model';

const list: Scenarios = [PESSIMISTIC, OPTIMISTIC];
const GONE = { ok: false, message: 'That scenario no longer exists.' };
function ok(edit: ScenarioEdit): Extract<ScenarioEdit, { ok: true }> {
  if (!edit.ok) throw new Error(edit.message);
  return edit;
}
const many = (count: number): Scenarios =>
  Array.from({ length: count }, (_, i) => ({ id: `s${i}`, name: `S${i}`, overrides: {} }));

describe('scenario limits and refusals, word for word', () => {
  test('the 50th scenario can be added, the 51st cannot', () => {
    expect(ok(addScenario(many(49), 'Fiftieth')).scenarios).toHaveLength(50);
    expect(addScenario(many(50), 'Fifty-first')).toEqual({
      ok: false,
      message: 'A workbook holds at most 50 scenarios.',
    });
  });

  test('each refused name says why', () => {
    expect(checkScenarioName(list, ' ')).toBe('A scenario needs a name.');
    expect(checkScenarioName(list, 'x'.repeat(101))).toBe(
      'Scenario names are at most 100 characters.',
    );
    expect(checkScenarioName(list, ' BASE')).toBe(
      '"Base" is the workbook\'s own values; choose another name.',
    );
    expect(checkScenarioName(list, 'OPTIMISTIC')).toBe(
      'There is already a scenario named "Optimistic".',
    );
    // A name is checked trimmed: 100 characters inside spaces is allowed.
    expect(checkScenarioName(list, ` ${'x'.repeat(100)} `)).toBeUndefined();
  });

  test('an edit of a scenario that is gone is refused, whatever the edit', () => {
    expect(duplicateScenario(list, 'gone')).toEqual(GONE);
    expect(renameScenario(list, 'gone', 'New')).toEqual(GONE);
    expect(moveScenario(list, 'gone', 1)).toEqual(GONE);
    expect(deleteScenario(list, 'gone')).toEqual(GONE);
    expect(setOverride(list, 'gone', 'Assumptions!B1', 1)).toEqual(GONE);
    expect(clearOverride(list, 'gone', 'Assumptions!B1')).toEqual(GONE);
    expect(setOverrides(list, 'gone', [])).toEqual(GONE);
  });

  test('overrides must be finite numbers or values, never formulas', () => {
    expect(setOverride(list, 'optimistic', 'Assumptions!B1', Infinity)).toEqual({
      ok: false,
      message: 'Numbers must be finite.',
    });
    expect(setOverride(list, 'optimistic', 'Assumptions!B1', '=B2')).toEqual({
      ok: false,
      message: 'A scenario overrides an input with a value, not a formula.',
    });
    expect(
      ok(setOverride(list, 'optimistic', 'Assumptions!B1', 'Yes')).scenarios[1]!.overrides,
    ).toMatchObject({ 'Assumptions!B1': 'Yes' });
  });

  test('one refused change of several is named by its input; a single one is not', () => {
    expect(setOverrides(list, 'optimistic', [{ ref: 'Assumptions!B1', content: NaN }])).toEqual({
      ok: false,
      message: 'Numbers must be finite.',
    });
  });
});

describe('scenario edits at the ends', () => {
  test('a move past either end stops there', () => {
    const three = many(3);
    expect(ok(moveScenario(three, 's0', 5)).scenarios.map((s) => s.id)).toEqual(['s1', 's2', 's0']);
    expect(ok(moveScenario(three, 's2', -5)).scenarios.map((s) => s.id)).toEqual([
      's2',
      's0',
      's1',
    ]);
    expect(ok(moveScenario(three, 's1', 1)).scenarios.map((s) => s.id)).toEqual(['s0', 's2', 's1']);
  });

  test('a rename trims the name and leaves the others as they were', () => {
    const edit = ok(renameScenario(list, 'optimistic', '  Best case  '));
    expect(edit.scenarios[1]).toEqual({ ...OPTIMISTIC, name: 'Best case' });
    expect(edit.scenarios[0]).toBe(PESSIMISTIC);
    expect(renameScenario(list, 'optimistic', 'Base')).toMatchObject({ ok: false });
  });

  test('a duplicate of a 100-character name still fits, and keeps the description', () => {
    const long = { id: 'long', name: 'L'.repeat(100), description: 'Why', overrides: { A: 1 } };
    const first = ok(duplicateScenario([long], 'long'));
    const copy = first.scenarios[1]!;
    expect(copy.name.length).toBeLessThanOrEqual(100);
    expect(copy.description).toBe('Why');
    expect(copy.overrides).toEqual({ A: 1 });
    // The name is shortened before " (copy)", never cut through it.
    expect(copy.name).toBe(`${'L'.repeat(93)} (copy)`);
    const again = ok(duplicateScenario(first.scenarios, 'long')).scenarios[1]!;
    expect(again.name).toBe(`${'L'.repeat(88)} (copy 2)`);
    const third = ok(duplicateScenario([long, copy, again], 'long')).scenarios[1]!;
    expect(third.name).toBe(`${'L'.repeat(88)} (copy 3)`);
    expect('description' in ok(duplicateScenario(list, 'optimistic')).scenarios[2]!).toBe(false);
  });

  test('an id taken twice over gets the next free number', () => {
    const taken = [
      { id: 'cut', name: 'Cut', overrides: {} },
      { id: 'cut-2', name: 'Cut two', overrides: {} },
    ];
    expect(ok(addScenario(taken, 'CUT!')).id).toBe('cut-3');
  });

  test('ids are the name in lower case with dashes, at most 40 characters', () => {
    expect(ok(addScenario([], '--Cut: 10%--')).id).toBe('cut-10');
    expect(ok(addScenario([], 'A'.repeat(60))).id).toBe('a'.repeat(40));
  });

  test('clearing an override that is not there hands back the same list', () => {
    const edit = ok(clearOverride(list, 'optimistic', 'Assumptions!B9'));
    expect(edit.scenarios).toBe(list);
  });
});
