// Scenario edits as pure functions over a workbook's scenario list. Each returns a
// new list (never changes the one given) or a plain-words reason it refused.
import type { CellContent, Scenario, Workbook } from '../file/schema';
import { cleanName, hiddenCharacterProblem } from '../file/name-text';

export type Scenarios = Workbook['scenarios'];
export type ScenarioEdit =
  { ok: true; scenarios: Scenarios; id: string } | { ok: false; message: string };

/** The schema allows at most 50 scenarios and names of at most 100 characters. */
export const MAX_SCENARIOS = 50;
export const MAX_SCENARIO_NAME = 100;
export const BASE_NAME = 'Base';

/** Why a name cannot be used, or undefined when it can. `renaming` is the id being renamed. */
export function checkScenarioName(
  scenarios: Scenarios,
  name: string,
  renaming?: string,
): string | undefined {
  const trimmed = cleanName(name);
  if (trimmed === '') return 'A scenario needs a name.';
  if (trimmed.length > MAX_SCENARIO_NAME)
    return `Scenario names are at most ${MAX_SCENARIO_NAME} characters.`;
  const hidden = hiddenCharacterProblem(trimmed);
  if (hidden) return `The scenario name ${hidden}.`;
  if (trimmed.toLowerCase() === BASE_NAME.toLowerCase()) {
    return '"Base" is the workbook\'s own values; choose another name.';
  }
  const clash = scenarios.find(
    (s) => s.id !== renaming && s.name.toLowerCase() === trimmed.toLowerCase(),
  );
  if (clash) return `There is already a scenario named "${clash.name}".`;
  return undefined;
}

/** An id unused in the list, readable in the file: `council-cut-10`, `council-cut-10-2`. */
export function newScenarioId(scenarios: Scenarios, name: string): string {
  const stem =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'scenario';
  const taken = new Set(scenarios.map((s) => s.id));
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

export function addScenario(
  scenarios: Scenarios,
  name: string,
  overrides: Scenario['overrides'] = {},
): ScenarioEdit {
  const problem = checkScenarioName(scenarios, name);
  if (problem) return { ok: false, message: problem };
  if (scenarios.length >= MAX_SCENARIOS)
    return { ok: false, message: `A workbook holds at most ${MAX_SCENARIOS} scenarios.` };
  const trimmed = cleanName(name);
  const id = newScenarioId(scenarios, trimmed);
  return {
    ok: true,
    id,
    scenarios: [...scenarios, { id, name: trimmed, overrides: { ...overrides } }],
  };
}

/** A copy placed just after the original, named "<name> (copy)" (or "(copy 2)", ...). */
export function duplicateScenario(scenarios: Scenarios, id: string): ScenarioEdit {
  const index = scenarios.findIndex((s) => s.id === id);
  const original = scenarios[index];
  if (!original) return { ok: false, message: 'That scenario no longer exists.' };
  // A long name is shortened before " (copy)", never cut through it.
  let name = `${original.name.slice(0, MAX_SCENARIO_NAME - ' (copy)'.length)} (copy)`;
  for (let n = 2; checkScenarioName(scenarios, name) !== undefined; n++) {
    name = `${original.name.slice(0, MAX_SCENARIO_NAME - 12)} (copy ${n})`;
  }
  const added = addScenario(scenarios, name, original.overrides);
  if (!added.ok) return added;
  const copy = added.scenarios[added.scenarios.length - 1]!;
  if (original.description !== undefined) copy.description = original.description;
  const next = [...scenarios];
  next.splice(index + 1, 0, copy);
  return { ok: true, id: copy.id, scenarios: next };
}

export function renameScenario(scenarios: Scenarios, id: string, name: string): ScenarioEdit {
  if (!scenarios.some((s) => s.id === id))
    return { ok: false, message: 'That scenario no longer exists.' };
  const problem = checkScenarioName(scenarios, name, id);
  if (problem) return { ok: false, message: problem };
  return {
    ok: true,
    id,
    scenarios: scenarios.map((s) => (s.id === id ? { ...s, name: cleanName(name) } : s)),
  };
}

/** Moves a scenario by `offset` places (-1 left, +1 right), stopping at the ends. */
export function moveScenario(scenarios: Scenarios, id: string, offset: number): ScenarioEdit {
  const from = scenarios.findIndex((s) => s.id === id);
  if (from < 0) return { ok: false, message: 'That scenario no longer exists.' };
  const to = Math.max(0, Math.min(scenarios.length - 1, from + offset));
  const next = [...scenarios];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return { ok: true, id, scenarios: next };
}

export function deleteScenario(scenarios: Scenarios, id: string): ScenarioEdit {
  if (!scenarios.some((s) => s.id === id))
    return { ok: false, message: 'That scenario no longer exists.' };
  return { ok: true, id, scenarios: scenarios.filter((s) => s.id !== id) };
}

export function setOverride(
  scenarios: Scenarios,
  id: string,
  ref: string,
  value: CellContent,
): ScenarioEdit {
  if (typeof value === 'number' && !Number.isFinite(value))
    return { ok: false, message: 'Numbers must be finite.' };
  if (typeof value === 'string' && value.startsWith('=')) {
    return { ok: false, message: 'A scenario overrides an input with a value, not a formula.' };
  }
  if (!scenarios.some((s) => s.id === id))
    return { ok: false, message: 'That scenario no longer exists.' };
  return {
    ok: true,
    id,
    scenarios: scenarios.map((s) =>
      s.id === id ? { ...s, overrides: { ...s.overrides, [ref]: value } } : s,
    ),
  };
}

export function clearOverride(scenarios: Scenarios, id: string, ref: string): ScenarioEdit {
  const scenario = scenarios.find((s) => s.id === id);
  if (!scenario) return { ok: false, message: 'That scenario no longer exists.' };
  if (!(ref in scenario.overrides)) return { ok: true, id, scenarios };
  const overrides = { ...scenario.overrides };
  delete overrides[ref];
  return { ok: true, id, scenarios: scenarios.map((s) => (s.id === id ? { ...s, overrides } : s)) };
}

/** One input's new value in a scenario; `content` undefined clears the override. */
export interface InputChange {
  ref: string;
  content: CellContent | undefined;
}

/**
 * Several overrides of one scenario as one edit (a paste or a clear over inputs).
 * All or nothing: the first refused change refuses the whole edit, naming its input.
 */
export function setOverrides(
  scenarios: Scenarios,
  id: string,
  changes: readonly InputChange[],
): ScenarioEdit {
  if (!scenarios.some((s) => s.id === id))
    return { ok: false, message: 'That scenario no longer exists.' };
  let next = scenarios;
  for (const { ref, content } of changes) {
    const step =
      content === undefined ? clearOverride(next, id, ref) : setOverride(next, id, ref, content);
    if (!step.ok) {
      return { ok: false, message: changes.length > 1 ? `${ref}: ${step.message}` : step.message };
    }
    next = step.scenarios;
  }
  return { ok: true, id, scenarios: next };
}
