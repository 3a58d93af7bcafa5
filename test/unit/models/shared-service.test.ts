// The shared service template, recomputed by hand from its assumptions and moved by hand.
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

const COUNCILS = ['Council A (host)', 'Council B', 'Council C'];
const WORKSTREAMS = [
  'Sharing best practice',
  'Integrating with customer services',
  'Joint management posts',
  'Sub-regional services',
];

function recompute(workbook: Workbook, overrides: Record<string, number> = {}) {
  const v = assumptionsByLabel(workbook, overrides);
  const years = v('Appraisal period');
  const ramp = (y: number) =>
    y === 1
      ? v('Savings achieved in year 1, share of full run rate')
      : y === 2
        ? v('Savings achieved in year 2, share of full run rate')
        : v('Savings achieved from year 3, share of full run rate');
  const fullRate =
    WORKSTREAMS.reduce((s, w) => s + v(`${w}: saving per council a year`), 0) *
    COUNCILS.length *
    v('Share of the workstream savings that do not overlap') *
    (1 - v('Host overhead recharge, share of gross savings'));
  const net = Array.from({ length: 10 }, (_, i) => (i + 1 <= years ? fullRate * ramp(i + 1) : 0));
  const factor = (y: number) => (1 + v('Discount rate (HM Treasury Green Book)')) ** -(y - 1);
  const get = (key: string) => COUNCILS.map((c) => v(`${c}: ${key}`));
  const share = (xs: number[]) => xs.map((x) => x / xs.reduce((a, b) => a + b, 0));
  const investment = get('investment contributed (systems, restructure, redundancy)');
  const totalInvestment = investment.reduce((a, b) => a + b, 0);
  const budget = share(get('baseline library budget'));
  const visits = share(get('library visits a year'));
  const issues = share(get('issues (loans) a year'));
  // With no investment at all, the investment split falls back to equal shares.
  const byInvestment = totalInvestment === 0 ? COUNCILS.map(() => 1 / 3) : share(investment);
  const bases = [
    COUNCILS.map(() => 1 / 3),
    budget,
    share(get('population')),
    visits.map((x, i) => (x + issues[i]!) / 2),
    byInvestment,
  ];
  const received: number[][][] = bases.map((b) => b.map((s) => net.map((n) => n * s)));
  // Hybrid: the cumulative savings repay investments first, then are shared by budget.
  let cumulative = 0;
  const hybridCumulative = net.map((n) => {
    cumulative += n;
    const repaid = Math.min(cumulative, totalInvestment);
    return COUNCILS.map((_, i) => repaid * byInvestment[i]! + (cumulative - repaid) * budget[i]!);
  });
  received.push(
    COUNCILS.map((_, i) =>
      hybridCumulative.map((c, y) => c[i]! - (y === 0 ? 0 : hybridCumulative[y - 1]![i]!)),
    ),
  );
  const npv = received.map((method) =>
    method.map((r, i) => r.reduce((s, x, y) => s + x * factor(y + 1), 0) - investment[i]!),
  );
  return {
    npv,
    noneWorseOff: npv.map((m) => (Math.min(...m) >= 0 ? 'Yes' : 'No')),
    partnershipNpv: net.reduce((s, x, y) => s + x * factor(y + 1), 0) - totalInvestment,
  };
}

describe('shared service template', () => {
  const workbook = readTemplate('shared-service');
  let engine: WorkbookEngine;
  beforeEach(() => {
    engine = WorkbookEngine.fromWorkbook(workbook);
  });
  afterEach(() => engine.destroy());
  const out = (label: string) => valueAt(engine, refOfOutput(workbook, label));
  const input = (label: string) => refOfInput(workbook, label);
  const comparison = (row: number, method: number) =>
    numberAt(engine, `Comparison!${'BCDEFG'[method]}${row}`);

  test(
    'every council’s NPV under every method agrees with a recomputation at every low and high and 50 random draws',
    () => {
      const evaluator = caseEvaluator(workbook);
      try {
        for (const { name, values } of inputCases(workbook)) {
          evaluator.show(values);
          const expected = recompute(workbook, values);
          expected.npv.forEach((method, k) =>
            method.forEach((npv, i) =>
              expectClose(
                evaluator.number(`Comparison!${'BCDEFG'[k]}${15 + i}`),
                npv,
                `method ${k + 1}, ${COUNCILS[i]}, ${name}`,
              ),
            ),
          );
          expectClose(
            evaluator.number(refOfOutput(workbook, 'Partnership net present value')),
            expected.partnershipNpv,
            `partnership NPV, ${name}`,
          );
          expected.noneWorseOff.forEach((words, k) =>
            expect(evaluator.value(`Comparison!${'BCDEFG'[k]}29`), `worse off, ${name}`).toBe(
              words,
            ),
          );
        }
      } finally {
        evaluator.destroy();
      }
    },
    SWEEP_TIMEOUT,
  );

  test('the default ramp reproduces the London five-year saving (£19.8m ÷ 33 = £600k a council)', () => {
    // The run rate is derived so the study's already-ramped five-year figure is not ramped twice.
    expect(
      Math.abs(
        (out('Gross savings over the first five years, per council') as number) - 19.8e6 / 33,
      ),
    ).toBeLessThan(10);
    const v = assumptionsByLabel(workbook);
    const perYear = WORKSTREAMS.reduce((s, w) => s + v(`${w}: saving per council a year`), 0);
    const ramp = [1, 2, 3, 3, 3].map((y) =>
      v(
        y === 1
          ? 'Savings achieved in year 1, share of full run rate'
          : y === 2
            ? 'Savings achieved in year 2, share of full run rate'
            : 'Savings achieved from year 3, share of full run rate',
      ),
    );
    const fiveYears =
      perYear *
      v('Share of the workstream savings that do not overlap') *
      ramp.reduce((a, b) => a + b, 0);
    expect(Math.abs(fiveYears - 600_000)).toBeLessThan(10);
  });

  test('every council’s NPV under every method agrees with a recomputation by hand', () => {
    const expected = recompute(workbook);
    expected.npv.forEach((method, k) =>
      method.forEach((npv, i) =>
        expectClose(comparison(15 + i, k), npv, `method ${k + 1}, ${COUNCILS[i]}`),
      ),
    );
    expectClose(
      out('Partnership net present value') as number,
      expected.partnershipNpv,
      'partnership NPV',
    );
    expected.npv[5]!.forEach((npv, i) =>
      expectClose(
        out(`${COUNCILS[i]}: net present value`) as number,
        npv,
        `${COUNCILS[i]} under the hybrid`,
      ),
    );
  });

  test('every method shares out exactly the partnership’s savings', () => {
    for (let k = 0; k < 6; k++)
      expectClose(
        comparison(4, k) + comparison(5, k) + comparison(6, k),
        comparison(7, 0),
        `method ${k + 1}`,
      );
  });

  test('a host that invests heavily is worse off under equal shares over five years, and the test says so', () => {
    setAt(engine, input('Appraisal period'), 5);
    setAt(
      engine,
      input('Council A (host): investment contributed (systems, restructure, redundancy)'),
      1_000_000,
    );
    setAt(
      engine,
      input(
        'Allocation method in the agreement (1 equal, 2 budget, 3 population, 4 activity, 5 investment, 6 hybrid)',
      ),
      1,
    );
    expect(out('Council A (host): net present value') as number).toBeLessThan(0);
    expect(out('No council worse off under the agreement?')).toBe('No');
    const expected = recompute({
      ...workbook,
      sheets: workbook.sheets.map((s) =>
        s.name === 'Assumptions'
          ? {
              ...s,
              cells: {
                ...s.cells,
                [input('Appraisal period').slice(12)]: 5,
                [input(
                  'Council A (host): investment contributed (systems, restructure, redundancy)',
                ).slice(12)]: 1_000_000,
              },
            }
          : s,
      ),
    });
    expect(out('Methods under which no council is worse off')).toBe(
      expected.noneWorseOff.filter((x) => x === 'Yes').length,
    );
  });

  test('a council that puts in more gets a larger share under the investment method, and others less', () => {
    const before = comparison(10 + 1, 4);
    setAt(
      engine,
      input('Council B: investment contributed (systems, restructure, redundancy)'),
      400_000,
    );
    expect(comparison(10 + 1, 4)).toBeGreaterThan(before);
    expect(comparison(10, 4)).toBeLessThan(0.67);
  });
});
