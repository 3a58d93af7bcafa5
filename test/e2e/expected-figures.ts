// What the screen should show, worked out in Node by the core itself (the same
// engine, outside the browser): an end-to-end test then checks the app shows that
// figure, not merely that something changed.
import { readFileSync } from 'node:fs';
import { loadModel, type Workbook } from '../../src/core/file';
import { evaluateScenarios, formatFigure, type OutputValue } from '../../src/core/scenarios';

export function template(file: string): Workbook {
  const loaded = loadModel(JSON.parse(readFileSync(`models/${file}`, 'utf8')));
  if (!loaded.ok) throw new Error(`models/${file} does not load`);
  return loaded.workbook;
}

/** The ref of the input with this label. */
export function inputRef(workbook: Workbook, label: string): string {
  const input = workbook.inputs.find((i) => i.label === label);
  if (!input) throw new Error(`no input "${label}"`);
  return input.ref;
}

export interface Figures {
  /** the output's value under Base and under the overrides */
  base: OutputValue;
  changed: OutputValue;
  /** as the comparison table and chart tables format its numbers */
  show: (value: number) => string;
}

/** One output (by label) under Base and under `overrides`. */
export function outputUnder(
  workbook: Workbook,
  label: string,
  overrides: Record<string, number>,
): Figures {
  const index = workbook.outputs.findIndex((o) => o.label === label);
  if (index < 0) throw new Error(`no output "${label}"`);
  const results = evaluateScenarios({
    ...workbook,
    scenarios: [{ id: 'expected', name: 'Expected', overrides }],
  });
  const unit = workbook.outputs[index]!.unit;
  return {
    base: results.columns[0]!.values[index]!,
    changed: results.columns[1]!.values[index]!,
    show: (value) => formatFigure(value, unit),
  };
}

/** A single output's number (throws on a series or an error, which a test did not expect). */
export function single(value: OutputValue): number {
  if (value.kind !== 'single' || typeof value.value !== 'number')
    throw new Error(`expected a single number, got ${JSON.stringify(value)}`);
  return value.value;
}

/** A series output's numbers. */
export function series(value: OutputValue): number[] {
  if (value.kind !== 'series') throw new Error(`expected a series, got ${JSON.stringify(value)}`);
  return value.values.map((v) => {
    if (typeof v !== 'number') throw new Error(`expected numbers, got ${JSON.stringify(v)}`);
    return v;
  });
}
