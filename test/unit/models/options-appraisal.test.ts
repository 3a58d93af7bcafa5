// The options appraisal template, recomputed by hand from its assumptions and moved by hand.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { WorkbookEngine } from '../../../src/core/engine';
import type { Workbook } from '../../../src/core/file';
import {
  assumptionsByLabel,
  caseEvaluator,
  expectClose,
  inputCases,
  numberAt,
  readTemplate,
  refOfInput,
  refOfOutput,
  SWEEP_TIMEOUT,
  setAt,
  valueAt,
} from './template-engine';

const OPTIONS = [
  'Business As Usual',
  'In-house, re-engineered',
  'Local authority trading company',
  'Public service mutual',
  'Charitable trust',
  'Community-managed or hybrid',
  'Shared service',
  'Commissioned or outsourced',
  'Joint venture',
];
const COST = 'Ten-year net present cost';
const TOTALS = 'EFGHIJKLM';
const RANKS = 'NOPQRSTUV';

/** Criteria titles and themes, in sheet order, read from the weight labels: "Weight: <title> (<theme>)". */
function criteria(workbook: Workbook): string[] {
  return workbook.inputs
    .filter((i) => i.label.startsWith('Weight: '))
    .map((i) => i.label.replace(/^Weight: /, '').replace(/ \([a-z]+\)$/, ''));
}

function recompute(
  workbook: Workbook,
  weightOverride?: { criterion: number; change: number },
  overrides: Record<string, number> = {},
) {
  const v = assumptionsByLabel(workbook, overrides);
  const titles = criteria(workbook);
  const weightLabels = workbook.inputs
    .filter((i) => i.label.startsWith('Weight: '))
    .map((i) => i.label);
  let weights = weightLabels.map((l) => v(l));
  const total = weights.reduce((a, b) => a + b, 0);
  if (weightOverride) {
    const { criterion, change } = weightOverride;
    const old = weights[criterion]!;
    const moved = Math.min(total, Math.max(0, old + change));
    const scale = total - old === 0 ? 0 : (total - moved) / (total - old);
    weights = weights.map((w, j) => (j === criterion ? moved : w * scale));
  }
  // Cost: the cheapest option scores 5, every other 5 × cheapest ÷ its cost.
  const costs = OPTIONS.map((o) => v(`${COST}: ${o}`));
  const cheapest = Math.min(...costs);
  const scores = OPTIONS.map((o, i) =>
    titles.map((t) => (t === COST ? (5 * cheapest) / costs[i]! : v(`Score: ${o}, ${t}`))),
  );
  const totals = scores.map((s) =>
    total === 0 ? 0 : s.reduce((sum, x, j) => sum + x * weights[j]!, 0) / total,
  );
  const ranks = totals.map((t) => totals.filter((u) => u > t).length + 1);
  const sorted = [...totals].sort((a, b) => b - a);
  return { titles, weights, scores, totals, ranks, lead: sorted[0]! - sorted[1]! };
}

/** The lead of option `winner` over the best other option. */
function leadOf(totals: number[], winner: number): number {
  return totals[winner]! - Math.max(...totals.filter((_, i) => i !== winner));
}

/** Every ±10-point weight move, recomputed: its lead for the preferred option and its label. */
function sensitivityRuns(workbook: Workbook, overrides: Record<string, number> = {}) {
  const base = recompute(workbook, undefined, overrides);
  const winner = base.ranks.indexOf(1);
  return base.titles.flatMap((title, j) =>
    ([10, -10] as const).map((change) => {
      const run = recompute(workbook, { criterion: j, change }, overrides);
      const old = base.weights[j]!;
      const total = base.weights.reduce((a, b) => a + b, 0);
      const shown = title.replace(/"([^"]*)"/g, '“$1”');
      const label =
        change < 0 && old < 10
          ? `${shown} to 0 (−${Math.round(old * 100) / 100} points)`
          : change > 0 && old + 10 > total
            ? `${shown} to ${Math.round(total * 100) / 100} (+${Math.round((total - old) * 100) / 100} points)`
            : `${shown} ${change < 0 ? '−' : '+'}10 points`;
      return { label, lead: leadOf(run.totals, winner) };
    }),
  );
}

describe('options appraisal template', () => {
  const workbook = readTemplate('options-appraisal');
  let engine: WorkbookEngine;
  beforeEach(() => {
    engine = WorkbookEngine.fromWorkbook(workbook);
  });
  afterEach(() => engine.destroy());
  const out = (label: string) => valueAt(engine, refOfOutput(workbook, label));

  test(
    'scores, ranks, the lead and the most sensitive weight agree with a recomputation at every low and high and 50 random draws',
    () => {
      const evaluator = caseEvaluator(workbook);
      const ref = (label: string) => refOfOutput(workbook, label);
      try {
        for (const { name, values } of [
          { name: 'defaults', values: {} },
          ...inputCases(workbook),
        ]) {
          evaluator.show(values);
          const expected = recompute(workbook, undefined, values);
          OPTIONS.forEach((o, i) => {
            expectClose(
              evaluator.number(ref(`${o}: weighted score`)),
              expected.totals[i]!,
              `${o}, ${name}`,
            );
            expect(evaluator.value(ref(`${o}: rank`)), `${o} rank, ${name}`).toBe(
              expected.ranks[i],
            );
          });
          expectClose(
            evaluator.number(ref('The preferred option’s lead over the runner-up')),
            expected.lead,
            `lead, ${name}`,
          );
          if (expected.lead === 0) continue; // a tie: no single preferred option to follow
          const runs = sensitivityRuns(workbook, values);
          const weakest = Math.min(...runs.map((r) => r.lead));
          expectClose(
            evaluator.number(ref('The preferred option’s lead after that move')),
            weakest,
            `weakest lead, ${name}`,
          );
          // Two moves can cut the lead equally (to rounding): either may be named.
          const tied = runs.filter((r) => r.lead - weakest <= 1e-9).map((r) => r.label);
          expect(tied, `most sensitive, ${name}`).toContain(
            evaluator.value(
              ref('Most sensitive weight: the move that cuts the preferred option’s lead the most'),
            ),
          );
        }
      } finally {
        evaluator.destroy();
      }
    },
    SWEEP_TIMEOUT,
  );

  test('weighted scores and ranks agree with a recomputation by hand', () => {
    const expected = recompute(workbook);
    OPTIONS.forEach((o, i) => {
      expectClose(out(`${o}: weighted score`) as number, expected.totals[i]!, `${o} score`);
      expect(out(`${o}: rank`)).toBe(expected.ranks[i]);
    });
    expect(out('Preferred option')).toBe(OPTIONS[expected.ranks.indexOf(1)]);
  });

  test('every sensitivity run (each weight ±10 points, the others renormalised) agrees with a recomputation', () => {
    const titles = criteria(workbook);
    titles.forEach((_, j) => {
      for (const [change, row] of [
        [10, 4 + 2 * j],
        [-10, 5 + 2 * j],
      ] as const) {
        const expected = recompute(workbook, { criterion: j, change });
        OPTIONS.forEach((o, i) => {
          expectClose(
            numberAt(engine, `Sensitivity!${TOTALS[i]}${row}`),
            expected.totals[i]!,
            `${titles[j]} ${change}, ${o}`,
          );
          expect(numberAt(engine, `Sensitivity!${RANKS[i]}${row}`)).toBe(expected.ranks[i]);
        });
      }
    });
  });

  test('moving a weight reverses two options only in the direction their scores on that criterion say', () => {
    const base = recompute(workbook);
    const titles = criteria(workbook);
    titles.forEach((_, j) => {
      for (const [change, row] of [
        [10, 4 + 2 * j],
        [-10, 5 + 2 * j],
      ] as const) {
        const ranks = OPTIONS.map((_, i) => numberAt(engine, `Sensitivity!${RANKS[i]}${row}`));
        for (let o = 0; o < OPTIONS.length; o++) {
          for (let p = 0; p < OPTIONS.length; p++) {
            // o was behind p and is now ahead: its score on the moved criterion must favour it.
            if (base.ranks[o]! > base.ranks[p]! && ranks[o]! < ranks[p]!) {
              const favoured =
                change > 0
                  ? base.scores[o]![j]! > base.scores[p]![j]!
                  : base.scores[o]![j]! < base.scores[p]![j]!;
              expect(favoured, `${titles[j]} ${change}: ${OPTIONS[o]} overtook ${OPTIONS[p]}`).toBe(
                true,
              );
            }
          }
        }
      }
    });
  });

  test('raising a weight in the assumptions lifts exactly the options that score above average on it', () => {
    const weight = refOfInput(workbook, 'Weight: Community and staff voice (desirability)');
    const before = OPTIONS.map((o) => out(`${o}: weighted score`) as number);
    setAt(engine, weight, numberAt(engine, weight) + 10);
    OPTIONS.forEach((o, i) => {
      const score = numberAt(
        engine,
        refOfInput(workbook, `Score: ${o}, Community and staff voice`),
      );
      const after = out(`${o}: weighted score`) as number;
      // A weighted average moves towards the score on the criterion whose weight rises.
      if (score > before[i]!) expect(after, o).toBeGreaterThan(before[i]!);
      if (score < before[i]!) expect(after, o).toBeLessThan(before[i]!);
    });
  });

  test('weights that do not add up to 100 are reported in plain words', () => {
    expect(out('Do the weights add up to 100%?')).toMatch(/^Yes/);
    const weight = refOfInput(workbook, 'Weight: Reversibility (desirability)');
    setAt(engine, weight, numberAt(engine, weight) + 5);
    expect(out('Do the weights add up to 100%?')).toBe('No: they add up to 105, not 100');
  });

  test('the cost criterion gives every option, Business As Usual included, points for being cheap', () => {
    const v = assumptionsByLabel(workbook);
    const j = criteria(workbook).indexOf(COST);
    const costs = OPTIONS.map((o) => v(`${COST}: ${o}`));
    // Columns found by the option names on Scores row 2, not by letter.
    const column = (option: string) => {
      const sheet = workbook.sheets.find((sh) => sh.name === 'Scores')!;
      const cell = Object.entries(sheet.cells).find(
        ([a, text]) => /^[A-Z]+2$/.test(a) && text === option,
      )!;
      return cell[0].replace('2', '');
    };
    const costScore = (option: string) => numberAt(engine, `Scores!${column(option)}${3 + j}`);
    const cheapest = OPTIONS[costs.indexOf(Math.min(...costs))]!;
    expect(costScore(cheapest)).toBe(5);
    expectClose(
      costScore('Business As Usual'),
      (5 * Math.min(...costs)) / costs[0]!,
      'BAU cost score',
    );
    expect(costScore('Business As Usual')).toBeGreaterThan(0);
  });

  test('a weight under 10 points moved down is labelled as moved to 0', () => {
    const weight = refOfInput(workbook, 'Weight: Reversibility (desirability)');
    setAt(engine, weight, 4);
    const j = criteria(workbook).indexOf('Reversibility');
    expect(valueAt(engine, `Sensitivity!A${5 + 2 * j}`)).toBe('Reversibility to 0 (−4 points)');
  });
});
