// Side-by-side evaluation of a document: every output under Base and every scenario.
import { ScenarioEvaluator } from '../engine';
import type { Workbook } from '../file/schema';
import { formatCellAddress } from '../document/address';
import {
  readCategories,
  toOutputValue,
  type ScenarioOutputs,
  type ScenarioResults,
} from './results';
import { BASE_NAME } from './operations';

/** Reads every declared output from an evaluator already showing the wanted scenario. */
export function readOutputs(
  evaluator: ScenarioEvaluator,
  outputs: Workbook['outputs'],
): ScenarioOutputs['values'] {
  return outputs.map((output) => toOutputValue(evaluator.getRefValues(output.ref)));
}

/**
 * Every output under Base and under every scenario. Builds one scratch engine, so
 * use it for a document at rest (tests, export, a report); the live screen uses
 * LiveScenarioEvaluation, which keeps its engine between edits.
 */
export function evaluateScenarios(workbook: Workbook): ScenarioResults {
  const evaluator = ScenarioEvaluator.fromWorkbook(workbook);
  try {
    // Labels are read under Base, before any scenario's overrides are in place.
    const categories = readCategories(workbook.outputs, {
      values: (ref) => evaluator.getRefValues(ref),
      format: (sheet, position) =>
        workbook.sheets.find((s) => s.name === sheet)?.formats?.[formatCellAddress(position)] ??
        'general',
    });
    const columns: ScenarioOutputs[] = [
      { id: undefined, name: BASE_NAME, values: readOutputs(evaluator, workbook.outputs) },
    ];
    for (const scenario of workbook.scenarios) {
      evaluator.useOverrides(scenario.overrides);
      columns.push({
        id: scenario.id,
        name: scenario.name,
        values: readOutputs(evaluator, workbook.outputs),
      });
    }
    return { outputs: workbook.outputs, columns, categories };
  } finally {
    evaluator.destroy();
  }
}
