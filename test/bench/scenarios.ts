// Issue 5's target: after one input edit, re-evaluating five scenarios of the largest
// template costs within 6x of the engine's own single recalculation, in the same run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { WorkbookEngine } from '../../src/core/engine';
import { parseModelText } from '../../src/core/file';
import { parseCellRef } from '../../src/core/document/address';
import { LiveScenarioEvaluation } from '../../src/core/scenarios';
import type { Workbook } from '../../src/core/file/schema';
import { line, median, verdict } from './report';

const SCENARIOS = 5;
const EDITS = 41;

function largestTemplate(): Workbook {
  const models = readdirSync('models').filter((f) => f.endsWith('.json'));
  const loaded = models.map((file) => {
    const result = parseModelText(readFileSync(join('models', file), 'utf8'));
    if (!result.ok) throw new Error(`${file} does not load`);
    return result.workbook;
  });
  const cells = (w: Workbook) => w.sheets.reduce((n, s) => n + Object.keys(s.cells).length, 0);
  return loaded.sort((a, b) => cells(b) - cells(a))[0]!;
}

/** The template's own scenarios, topped up to five with variations of its first inputs. */
function withFiveScenarios(workbook: Workbook): Workbook {
  const numeric = workbook.inputs.filter((i) => typeof i.default === 'number');
  const scenarios = [...workbook.scenarios].slice(0, SCENARIOS);
  for (let n = scenarios.length; n < SCENARIOS; n++) {
    const input = numeric[n % numeric.length]!;
    scenarios.push({
      id: `bench-${n}`,
      name: `Bench ${n}`,
      overrides: { [input.ref]: (input.default as number) * (1.1 + n / 10) },
    });
  }
  return { ...workbook, scenarios };
}

export async function benchScenarios(): Promise<void> {
  const workbook = withFiveScenarios(largestTemplate());
  const engine = WorkbookEngine.fromWorkbook(workbook);
  const live = new LiveScenarioEvaluation(engine);
  live.results(); // build the scenario engines once, as opening the workbook does
  // An input that no scenario overrides, so the edit reaches every scenario.
  const overridden = new Set(workbook.scenarios.flatMap((s) => Object.keys(s.overrides)));
  const input = workbook.inputs.find(
    (i) => typeof i.default === 'number' && !overridden.has(i.ref),
  )!;
  const ref = parseCellRef(input.ref)!;
  const base = input.default as number;
  const recalc: number[] = [];
  const scenarios: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const value = base * (1 + ((i % 5) + 1) / 100);
    let started = performance.now();
    engine.setCell(ref.sheet!, ref, value);
    recalc.push(performance.now() - started);
    started = performance.now();
    live.results();
    scenarios.push(performance.now() - started);
  }
  live.destroy();
  engine.destroy();
  const one = median(recalc);
  const five = median(scenarios);
  console.log(
    `scenario_bench_template: ${workbook.meta.template ?? workbook.meta.title} (${input.label})`,
  );
  line('engine_single_recalc_ms', one, 'ms');
  line('five_scenarios_reevaluate_ms', five, 'ms');
  line('five_scenarios_vs_single_recalc_ratio', five / one, 'x');
  verdict('five_scenarios_within_6x', five <= 6 * one, `${(five / one).toFixed(2)}x`);
}
