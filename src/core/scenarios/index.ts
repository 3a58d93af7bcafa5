// Scenarios: named sets of input overrides, edited as pure functions over the
// workbook's list, and evaluated side by side with Base.
export {
  type Scenarios,
  type ScenarioEdit,
  BASE_NAME,
  MAX_SCENARIOS,
  MAX_SCENARIO_NAME,
  checkScenarioName,
  newScenarioId,
  addScenario,
  duplicateScenario,
  renameScenario,
  moveScenario,
  deleteScenario,
  setOverride,
  clearOverride,
  setOverrides,
  type InputChange,
} from './operations';
export { type OutputValue, type ScenarioOutputs, type ScenarioResults } from './results';
export { evaluateScenarios } from './evaluate';
export { LiveScenarioEvaluation, MAX_DEDICATED, type ScenarioValueSource } from './live-evaluation';
export {
  type Figure,
  type Difference,
  formatForUnit,
  summaryFigure,
  type SeriesSummary,
  describeBasis,
  differenceFromBase,
  formatFigure,
  formatDifference,
} from './comparison';
export { type ChartData, chartDataFor, sameChartData, sameChartShape } from './chart-data';
export { checkPasses, failingChecks, checkFailures, type CheckCase } from './checks';
