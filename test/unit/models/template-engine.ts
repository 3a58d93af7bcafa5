// Test support for the template models: open one in the real engine, read and write cells
// by the refs the model file uses (`Summary!B5`), and read its assumptions as plain numbers.
import { readFileSync } from 'node:fs';
import {
  ScenarioEvaluator,
  WorkbookEngine,
  isCellError,
  type CellValue,
} from '../../../src/core/engine';
import { loadModel, type Workbook } from '../../../src/core/file';
import { parseCellRef } from '../../../src/core/document/address';
import { TEMPLATE_BUILDERS } from '../../../scripts/templates';

/**
 * The template as it ships (models/<id>.json), through the one door. While the files are being
 * rewritten (UPDATE_TEMPLATES=1) the builder's output is used instead, so the run does not race
 * the rewrite.
 */
export function readTemplate(id: string): Workbook {
  const build = TEMPLATE_BUILDERS[id];
  const data: unknown =
    process.env.UPDATE_TEMPLATES === '1' && build
      ? build()
      : JSON.parse(readFileSync(new URL(`../../../models/${id}.json`, import.meta.url), 'utf8'));
  const result = loadModel(data);
  if (!result.ok)
    throw new Error(`models/${id}.json does not load: ${JSON.stringify(result.error)}`);
  return result.workbook;
}

function split(ref: string): { sheet: string; position: { row: number; col: number } } {
  const cell = parseCellRef(ref);
  if (!cell?.sheet) throw new Error(`not a sheet ref: ${ref}`);
  return { sheet: cell.sheet, position: { row: cell.row, col: cell.col } };
}

export function valueAt(engine: WorkbookEngine, ref: string): CellValue {
  const { sheet, position } = split(ref);
  return engine.getValue(sheet, position);
}

export function numberAt(engine: WorkbookEngine, ref: string): number {
  const value = valueAt(engine, ref);
  if (typeof value !== 'number')
    throw new Error(`${ref} is ${JSON.stringify(value)}, not a number`);
  return value;
}

export function setAt(engine: WorkbookEngine, ref: string, value: number): void {
  const { sheet, position } = split(ref);
  const result = engine.setCell(sheet, position, value);
  if (!result.ok) throw new Error(result.message);
}

/** Every cell holding an error value, as `Sheet!R1C1: #DIV/0!`, each sheet read in one call. */
export function errorCells(engine: WorkbookEngine): string[] {
  const found: string[] = [];
  for (const sheet of engine.sheetNames) {
    const { rows, cols } = engine.sheetSize(sheet);
    if (rows === 0 || cols === 0) continue;
    const values = engine.getRangeValues({
      sheet,
      start: { row: 0, col: 0 },
      end: { row: rows - 1, col: cols - 1 },
    });
    values.forEach((line, row) =>
      line.forEach((value, col) => {
        if (isCellError(value)) found.push(`${sheet}!R${row + 1}C${col + 1}: ${value.error}`);
      }),
    );
  }
  return found;
}

/**
 * The assumptions as plain numbers, looked up by their declared label, read straight from
 * the file (not from the engine), so a recomputation from them is independent of it.
 */
export function assumptionsByLabel(
  workbook: Workbook,
  overrides: Readonly<Record<string, number>> = {},
): (label: string) => number {
  const sheet = workbook.sheets.find((s) => s.name === 'Assumptions')!;
  const byLabel = new Map(workbook.inputs.map((input) => [input.label, input.ref]));
  return (label) => {
    const ref = byLabel.get(label);
    if (ref === undefined) throw new Error(`no input labelled ${label}`);
    const value = overrides[ref] ?? sheet.cells[ref.replace(/^Assumptions!/, '')];
    if (typeof value !== 'number') throw new Error(`${ref} is not a number`);
    return value;
  };
}

export function refOfInput(workbook: Workbook, label: string): string {
  const input = workbook.inputs.find((i) => i.label === label);
  if (!input) throw new Error(`no input labelled ${label}`);
  return input.ref;
}

export function refOfOutput(workbook: Workbook, label: string): string {
  const output = workbook.outputs.find((o) => o.label === label);
  if (!output) throw new Error(`no output labelled ${label}`);
  return output.ref;
}

export function expectClose(actual: number, expected: number, what: string): void {
  const scale = Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= 1e-9 * scale)) {
    throw new Error(`${what}: engine ${actual}, recomputed ${expected}`);
  }
}

/** A set of input values to try, by input ref, with a name that says which. */
export interface InputCase {
  name: string;
  values: Record<string, number>;
}

/** mulberry32: a small seeded generator, so a failing random case can be run again. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The template beyond its defaults: every input at its low and at its high (one at a time),
 * all at their lows, all at their highs, and `draws` seeded random sets inside the ranges.
 * An input whose default, low and high are whole numbers (years, months, switches) draws
 * whole numbers.
 */
export function inputCases(workbook: Workbook, draws = 50, seed = 20261204): InputCase[] {
  const ranged = workbook.inputs.filter(
    (i) => typeof i.low === 'number' && typeof i.high === 'number' && i.low < i.high,
  );
  const cases: InputCase[] = [];
  for (const input of ranged) {
    cases.push({ name: `${input.label} at its low`, values: { [input.ref]: input.low! } });
    cases.push({ name: `${input.label} at its high`, values: { [input.ref]: input.high! } });
  }
  cases.push({
    name: 'every input at its low',
    values: Object.fromEntries(ranged.map((i) => [i.ref, i.low!])),
  });
  cases.push({
    name: 'every input at its high',
    values: Object.fromEntries(ranged.map((i) => [i.ref, i.high!])),
  });
  const random = seeded(seed);
  for (let d = 0; d < draws; d++) {
    const values: Record<string, number> = {};
    for (const input of ranged) {
      const whole = [input.default, input.low, input.high].every(Number.isInteger);
      const x = input.low! + random() * (input.high! - input.low!);
      values[input.ref] = whole ? Math.round(x) : x;
    }
    cases.push({ name: `random draw ${d + 1} (seed ${seed})`, values });
  }
  return cases;
}

/** A scratch evaluator of the template that shows one case of input values at a time. */
export function caseEvaluator(workbook: Workbook): {
  show(values: Record<string, number>): void;
  number(ref: string): number;
  value(ref: string): CellValue;
  destroy(): void;
} {
  const evaluator = ScenarioEvaluator.fromWorkbook(workbook);
  const value = (ref: string) => {
    const { sheet, position } = split(ref);
    return evaluator.getValue(sheet, position);
  };
  return {
    show: (values) => evaluator.useOverrides(values),
    value,
    number: (ref) => {
      const v = value(ref);
      if (typeof v !== 'number') throw new Error(`${ref} is ${JSON.stringify(v)}, not a number`);
      return v;
    },
    destroy: () => evaluator.destroy(),
  };
}

/** A sweep puts hundreds of input sets through the engine: on a busy machine, over the 20 s default. */
export const SWEEP_TIMEOUT = 120_000;
