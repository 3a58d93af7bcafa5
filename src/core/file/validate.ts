// The checks a schema cannot express, run after it on a well-shaped Workbook: formulas
// the engine can read, refs that point at sheets that exist, declarations that agree
// with each other. Each problem carries the path of the field at fault.
import {
  WorkbookEngine,
  formulaReachProblem,
  nameReachProblem,
  cellsOfRef,
  ReachBudget,
  fileSheetSizes,
} from '../engine';
import { formatCellAddress, parseRangeRef, rangeSize, type RangeRef } from '../document';
import type { Problem } from './load-result';
import type { Workbook } from './schema';
import { MAX_CELLS, MAX_PROBLEMS_COUNTED } from './limits';
import { formatPath, type PathKey } from './path';
import { FUNCTION_NAMES } from './function-names';
import { isPlainObject } from './envelope';
import { formulaLimitProblem } from './formula-limits';
import { clipText } from './clip';

type SheetRange = RangeRef & { sheet: string };

/**
 * The cross-field problems of a workbook, in the order they appear in the file, up to
 * MAX_PROBLEMS_COUNTED; `truncated` says there were more.
 */
export function findCrossFieldProblems(workbook: Workbook): {
  problems: Problem[];
  truncated: boolean;
} {
  const problems: Problem[] = [];
  let truncated = false;
  const report = (path: PathKey[], message: string): boolean => {
    if (problems.length >= MAX_PROBLEMS_COUNTED) {
      truncated = true;
      return false;
    }
    problems.push({ path: formatPath(path), message });
    return true;
  };

  checkSheets(workbook, report);
  const refs = new RefChecker(workbook, report);
  checkNames(workbook, refs, report);
  const inputRefs = checkInputs(workbook, refs, report);
  const outputRefs = checkOutputs(workbook, refs, report);
  checkScenarios(workbook, refs, inputRefs, report);
  checkCharts(workbook, outputRefs, report);
  // A check is one cell on a sheet that exists, like an input.
  workbook.checks?.forEach((check, c) =>
    refs.resolve(check.ref, ['checks', c, 'ref'], { singleCell: true }),
  );
  return { problems, truncated };
}

/**
 * The cell limit, checked on the migrated data before the schema: a schema pass and a
 * formula check over millions of cells would freeze the tab before refusing the file.
 */
export function findCellLimitProblem(data: Record<string, unknown>): Problem | undefined {
  if (!Array.isArray(data.sheets)) return undefined;
  let count = 0;
  for (const sheet of data.sheets as unknown[]) {
    const cells = isPlainObject(sheet) ? sheet.cells : undefined;
    if (isPlainObject(cells)) count += Object.keys(cells).length;
  }
  if (count <= MAX_CELLS) return undefined;
  return {
    path: '',
    message: `the workbook has ${count.toLocaleString('en-GB')} cells; the limit is ${MAX_CELLS.toLocaleString('en-GB')}`,
  };
}

/** Records a problem; false once the count is full, so a long check can stop. */
type Report = (path: PathKey[], message: string) => boolean;

function formulaProblem(content: string): string | undefined {
  // A lone "=" is text, as the engine treats it (see WorkbookEngine#checkContent).
  if (!content.startsWith('=') || content.length === 1) return undefined;
  const shown = clipText(content, 60);
  // The limits first: past them the engine's parser would overflow the stack.
  const beyond = formulaLimitProblem(content);
  if (beyond) return `the formula ${shown} ${beyond}`;
  if (WorkbookEngine.isFormulaValid(content)) return undefined;
  return `the formula ${shown} cannot be read: check its brackets, commas and quotes`;
}

function checkSheets(workbook: Workbook, report: Report): void {
  const nameCells = namedCells(workbook);
  // Every formula of the file is built at once on opening: their ranges add up.
  const budget = new ReachBudget(fileSheetSizes(workbook.sheets), nameCells);
  const seen = new Map<string, number>();
  workbook.sheets.forEach((sheet, s) => {
    const key = sheet.name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      report(
        ['sheets', s, 'name'],
        `sheets[${first}] is already called "${workbook.sheets[first]!.name}" (sheet names are compared ignoring case)`,
      );
    } else seen.set(key, s);
    for (const [address, content] of Object.entries(sheet.cells)) {
      if (typeof content !== 'string') continue;
      const problem = formulaProblem(content) ?? formulaReachProblem(content, nameCells);
      if (problem) {
        if (!report(['sheets', s, 'cells', address], problem)) return;
      }
      // Reported once, at the formula that passes the limit.
      else if (budget.withinLimit && !budget.add(content, sheet.name))
        report(['sheets', s, 'cells', address], budget.problem());
    }
  });
}

/** The cells each name covers, looked up as the engine does (ignoring case). */
function namedCells(workbook: Workbook): (name: string) => number | undefined {
  const cells = new Map(workbook.names.map((n) => [n.name.toLowerCase(), cellsOfRef(n.ref)]));
  return (name) => cells.get(name.toLowerCase());
}

/** Parses refs and checks that they name an existing sheet, reporting at the given path. */
class RefChecker {
  readonly #sheets: Map<string, Workbook['sheets'][number]>;
  readonly #report: Report;

  constructor(workbook: Workbook, report: Report) {
    this.#sheets = new Map(workbook.sheets.map((sheet) => [sheet.name, sheet]));
    this.#report = report;
  }

  resolve(
    ref: string,
    path: PathKey[],
    options: { singleCell?: boolean } = {},
  ): SheetRange | undefined {
    const range = parseRangeRef(ref);
    if (!range) {
      this.#report(
        path,
        `"${clipText(ref)}" is not a reference such as Assumptions!B3 or Cashflow!B20:K20`,
      );
      return undefined;
    }
    if (range.sheet === undefined) {
      this.#report(path, `"${clipText(ref)}" must name its sheet, as in Assumptions!B3`);
      return undefined;
    }
    if (!this.#sheets.has(range.sheet)) {
      const lower = range.sheet.toLowerCase();
      const near = [...this.#sheets.keys()].find((name) => name.toLowerCase() === lower);
      const hint =
        near === undefined
          ? ''
          : ` (did you mean "${near}"? sheet names in refs must match exactly)`;
      this.#report(
        path,
        `"${clipText(ref)}" refers to a sheet "${range.sheet}" that does not exist${hint}`,
      );
      return undefined;
    }
    if (
      options.singleCell &&
      (range.start.row !== range.end.row || range.start.col !== range.end.col)
    ) {
      this.#report(path, `"${clipText(ref)}" must be a single cell, not a range`);
      return undefined;
    }
    return range as SheetRange;
  }

  /** The content of the top-left cell of a range, as written in the file. */
  contentAt(range: SheetRange): unknown {
    return this.#sheets.get(range.sheet)?.cells[formatCellAddress(range.start)];
  }
}

function checkNames(workbook: Workbook, refs: RefChecker, report: Report): void {
  const seen = new Map<string, number>();
  workbook.names.forEach((named, n) => {
    const key = named.name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      report(
        ['names', n, 'name'],
        `"${named.name}" is already used by names[${first}] (names are compared ignoring case)`,
      );
    else seen.set(key, n);
    // The engine reads `Year2025` or `R1C1` as a cell, so it refuses such names.
    if (/^[A-Za-z]+[0-9]+$/.test(named.name) || /^R[0-9]*C[0-9]*$/i.test(named.name)) {
      report(
        ['names', n, 'name'],
        `"${named.name}" looks like a cell address, so it cannot be a name`,
      );
    } else if (FUNCTION_NAMES.has(named.name.toUpperCase())) {
      report(
        ['names', n, 'name'],
        `"${named.name}" is the name of a function, so it cannot be a name`,
      );
    }
    if (!refs.resolve(named.ref, ['names', n, 'ref'])) return;
    const reach = nameReachProblem(named.ref);
    if (reach) report(['names', n, 'ref'], reach);
    // The engine refuses relative refs in names: a name must mean the same cells everywhere.
    const cells = named.ref.slice(named.ref.lastIndexOf('!') + 1).split(':');
    if (!cells.every((cell) => /^\$[A-Za-z]{1,3}\$[0-9]+$/.test(cell))) {
      report(
        ['names', n, 'ref'],
        `"${clipText(named.ref)}" must use fixed cells written with $, as in Assumptions!$B$3`,
      );
    }
  });
}

/** Checks inputs; returns the set of their refs as written, for scenario overrides. */
function checkInputs(workbook: Workbook, refs: RefChecker, report: Report): Set<string> {
  const seen = new Map<string, number>();
  workbook.inputs.forEach((input, i) => {
    if (input.low !== undefined && input.high !== undefined && input.low > input.high) {
      report(['inputs', i, 'low'], `is greater than high (${input.low} > ${input.high})`);
    }
    const range = refs.resolve(input.ref, ['inputs', i, 'ref'], { singleCell: true });
    if (!range) return;
    const key = `${range.sheet}!${formatCellAddress(range.start)}`;
    const first = seen.get(key);
    if (first !== undefined)
      report(['inputs', i, 'ref'], `${key} is already declared by inputs[${first}]`);
    else seen.set(key, i);
    const content = refs.contentAt(range);
    if (typeof content === 'string' && content.startsWith('=') && content.length > 1) {
      report(
        ['inputs', i, 'ref'],
        `${key} holds a formula (${clipText(content, 60)}); an input must be a value people can change`,
      );
    }
  });
  return new Set(workbook.inputs.map((input) => input.ref));
}

function checkOutputs(workbook: Workbook, refs: RefChecker, report: Report): Set<string> {
  workbook.outputs.forEach((output, o) => {
    const range = refs.resolve(output.ref, ['outputs', o, 'ref']);
    const points = range ? cellCount(range) : undefined;
    if (points === 1) {
      // Labels, an axis and a summary describe a series; a single figure has none.
      for (const field of ['categories', 'categoryAxis', 'summary'] as const) {
        if (output[field] !== undefined)
          report(
            ['outputs', o, field],
            'applies to a range output (a row of years), but this output is a single cell',
          );
      }
    }
    if (output.categories === undefined) return;
    const labels = refs.resolve(output.categories, ['outputs', o, 'categories']);
    if (!labels || points === undefined || points === 1) return;
    // One label per point: a chart of five years needs five year labels.
    const count = cellCount(labels);
    if (count !== points) {
      report(
        ['outputs', o, 'categories'],
        `"${clipText(output.categories)}" has ${count} cells but the output "${clipText(output.ref)}" has ${points}; each point needs one label`,
      );
    }
  });
  return new Set(workbook.outputs.map((output) => output.ref));
}

function cellCount(range: RangeRef): number {
  const { rows, cols } = rangeSize(range);
  return rows * cols;
}

function checkScenarios(
  workbook: Workbook,
  refs: RefChecker,
  inputRefs: Set<string>,
  report: Report,
): void {
  const ids = new Map<string, number>();
  const nameCells = namedCells(workbook);
  workbook.scenarios.forEach((scenario, s) => {
    const first = ids.get(scenario.id);
    if (first !== undefined)
      report(['scenarios', s, 'id'], `"${scenario.id}" is already the id of scenarios[${first}]`);
    else ids.set(scenario.id, s);
    for (const [ref, value] of Object.entries(scenario.overrides)) {
      const path = ['scenarios', s, 'overrides', ref];
      if (!refs.resolve(ref, path, { singleCell: true })) continue;
      // Overrides are keyed by the input's ref exactly as declared, so lookups stay simple.
      if (!inputRefs.has(ref))
        report(path, `"${clipText(ref)}" is not a declared input (add it to inputs first)`);
      if (typeof value === 'string') {
        const problem = formulaProblem(value) ?? formulaReachProblem(value, nameCells);
        if (problem) report(path, problem);
      }
    }
  });
  if (workbook.activeScenarioId !== undefined && !ids.has(workbook.activeScenarioId)) {
    report(['activeScenarioId'], `no scenario has the id "${workbook.activeScenarioId}"`);
  }
}

function checkCharts(workbook: Workbook, outputRefs: Set<string>, report: Report): void {
  const ids = new Map<string, number>();
  workbook.charts.forEach((chart, c) => {
    const first = ids.get(chart.id);
    if (first !== undefined)
      report(['charts', c, 'id'], `"${chart.id}" is already the id of charts[${first}]`);
    else ids.set(chart.id, c);
    chart.outputs.forEach((ref, o) => {
      if (!outputRefs.has(ref))
        report(
          ['charts', c, 'outputs', o],
          `"${clipText(ref)}" is not one of the declared outputs (outputs[].ref)`,
        );
    });
  });
}
