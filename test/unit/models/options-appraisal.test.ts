// The options appraisal template, recomputed by hand from its assumptions and moved by hand.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { WorkbookEngine } from '../../../src/core/engine';
import type { Workbook } from '../../../src/core/file';
import {
  assumptionsByLabel,
  expectClose,
  numberAt,
  readTemplate,
  refOfInput,
  refOfOutput,
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

function recompute(workbook: Workbook, weightOverride?: { criterion: number; change: number }) {
  const v = assumptionsByLabel(workbook);
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
  const costs = OPTIONS.map((o) => v(`${COST}: ${o}`));
  const savings = costs.map((c) => costs[0]! - c);
  const best = Math.max(...savings);
  const scores = OPTIONS.map((o, i) =>
    titles.map((t) =>
      t === COST
        ? best <= 0
          ? costs[i] === Math.min(...costs)
            ? 5
            : 0
          : (5 * Math.max(0, savings[i]!)) / best
        : v(`Score: ${o}, ${t}`),
    ),
  );
  const totals = scores.map((s) => s.reduce((sum, x, j) => sum + x * weights[j]!, 0) / total);
  const ranks = totals.map((t) => totals.filter((u) => u > t).length + 1);
  return { titles, scores, totals, ranks };
}

describe('options appraisal template', () => {
  const workbook = readTemplate('options-appraisal');
  let engine: WorkbookEngine;
  beforeEach(() => {
    engine = WorkbookEngine.fromWorkbook(workbook);
  });
  afterEach(() => engine.destroy());
  const out = (label: string) => valueAt(engine, refOfOutput(workbook, label));

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

  test('the cost criterion gives the largest saving against Business As Usual a 5 and Business As Usual a 0', () => {
    const expected = recompute(workbook);
    const j = expected.titles.indexOf(COST);
    expect(Math.max(...expected.scores.map((s) => s[j]!))).toBe(5);
    expect(numberAt(engine, `Scores!D${3 + j}`)).toBe(0);
    expect(numberAt(engine, `Scores!I${3 + j}`)).toBe(5);
  });
});
