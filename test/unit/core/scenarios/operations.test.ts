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
function ok(edit: ScenarioEdit): Extract<ScenarioEdit, { ok: true }> {
  if (!edit.ok) throw new Error(edit.message);
  return edit;
}

describe('scenario names', () => {
  test.each([
    ['', 'needs a name'],
    ['   ', 'needs a name'],
    ['Base', 'Base'],
    ['base ', 'Base'],
    ['pessimistic', 'already a scenario named "Pessimistic"'],
    ['x'.repeat(101), 'at most 100'],
  ])('refuses %j', (name, reason) => {
    expect(checkScenarioName(list, name)).toContain(reason);
    expect(addScenario(list, name)).toMatchObject({ ok: false });
  });

  test('accepts a 100-character name and a rename to the same name', () => {
    expect(checkScenarioName(list, 'x'.repeat(100))).toBeUndefined();
    expect(renameScenario(list, 'pessimistic', 'Pessimistic').ok).toBe(true);
  });
});

describe('scenario edits', () => {
  test('adds a scenario with a unique id and a trimmed name, leaving the list given alone', () => {
    const first = ok(addScenario([], ' Council cut 10% '));
    expect(first.scenarios).toEqual([
      { id: 'council-cut-10', name: 'Council cut 10%', overrides: {} },
    ]);
    const clash = ok(
      addScenario([{ id: 'council-cut-10', name: 'Other', overrides: {} }], 'Council cut 10'),
    );
    expect(clash.id).toBe('council-cut-10-2');
    expect(ok(addScenario([], '!!!')).id).toBe('scenario');
    const before = [...list];
    addScenario(list, 'New');
    expect(list).toEqual(before);
  });

  test('duplicates a scenario just after the original, with its overrides copied', () => {
    const edit = ok(duplicateScenario(list, 'pessimistic'));
    expect(edit.scenarios.map((s) => s.name)).toEqual([
      'Pessimistic',
      'Pessimistic (copy)',
      'Optimistic',
    ]);
    expect(edit.scenarios[1]!.overrides).toEqual(PESSIMISTIC.overrides);
    expect(edit.scenarios[1]!.overrides).not.toBe(PESSIMISTIC.overrides);
    const again = ok(duplicateScenario(edit.scenarios, 'pessimistic'));
    expect(again.scenarios[1]!.name).toBe('Pessimistic (copy 2)');
  });

  test('renames, refusing a clash', () => {
    expect(ok(renameScenario(list, 'optimistic', 'Best case')).scenarios[1]!.name).toBe(
      'Best case',
    );
    expect(renameScenario(list, 'optimistic', 'PESSIMISTIC')).toMatchObject({ ok: false });
  });

  test('moves left and right, stopping at the ends', () => {
    expect(ok(moveScenario(list, 'optimistic', -1)).scenarios.map((s) => s.id)).toEqual([
      'optimistic',
      'pessimistic',
    ]);
    expect(ok(moveScenario(list, 'optimistic', 1)).scenarios.map((s) => s.id)).toEqual([
      'pessimistic',
      'optimistic',
    ]);
  });

  test('deletes', () => {
    expect(ok(deleteScenario(list, 'pessimistic')).scenarios).toEqual([OPTIMISTIC]);
    expect(deleteScenario(list, 'nope')).toMatchObject({ ok: false });
  });

  test('sets and clears an override without touching other scenarios', () => {
    const set = ok(setOverride(list, 'optimistic', 'Assumptions!B1', 120000));
    expect(set.scenarios[1]!.overrides).toEqual({
      'Assumptions!B2': 0.2,
      'Assumptions!B1': 120000,
    });
    expect(set.scenarios[0]).toBe(PESSIMISTIC);
    expect(OPTIMISTIC.overrides).toEqual({ 'Assumptions!B2': 0.2 });
    const cleared = ok(clearOverride(set.scenarios, 'optimistic', 'Assumptions!B2'));
    expect(cleared.scenarios[1]!.overrides).toEqual({ 'Assumptions!B1': 120000 });
  });

  test('refuses a formula or a non-finite number as an override', () => {
    expect(setOverride(list, 'optimistic', 'Assumptions!B1', '=1+1')).toMatchObject({ ok: false });
    expect(setOverride(list, 'optimistic', 'Assumptions!B1', Number.NaN)).toMatchObject({
      ok: false,
    });
  });

  test('sets and clears several overrides as one edit', () => {
    const edit = ok(
      setOverrides(list, 'optimistic', [
        { ref: 'Assumptions!B1', content: 120000 },
        { ref: 'Assumptions!B2', content: undefined },
        { ref: 'Assumptions!B3', content: 0.03 },
      ]),
    );
    expect(edit.scenarios[1]!.overrides).toEqual({
      'Assumptions!B1': 120000,
      'Assumptions!B3': 0.03,
    });
    expect(edit.scenarios[0]).toBe(PESSIMISTIC);
  });

  test('several overrides are all or nothing, and the refusal names the input', () => {
    const edit = setOverrides(list, 'optimistic', [
      { ref: 'Assumptions!B1', content: 120000 },
      { ref: 'Assumptions!B3', content: '=B1*2' },
    ]);
    expect(edit).toEqual({
      ok: false,
      message: 'Assumptions!B3: A scenario overrides an input with a value, not a formula.',
    });
    expect(OPTIMISTIC.overrides).toEqual({ 'Assumptions!B2': 0.2 });
    expect(setOverrides(list, 'nope', [])).toMatchObject({ ok: false });
  });
});
