// The assumptions of the shared service template (../shared/DOMAIN.md §4).
import type { ModelBuilder } from '../model-builder';

export interface Council {
  title: string;
  budget: number;
  population: number;
  visits: number;
  issues: number;
  investment: number;
  exitCost: number;
}

export const COUNCILS: Council[] = [
  {
    title: 'Council A (host)',
    budget: 4_000_000,
    population: 500_000,
    visits: 1_600_000,
    issues: 2_000_000,
    investment: 600_000,
    exitCost: 150_000,
  },
  {
    title: 'Council B',
    budget: 2_500_000,
    population: 300_000,
    visits: 900_000,
    issues: 1_100_000,
    investment: 200_000,
    exitCost: 90_000,
  },
  {
    title: 'Council C',
    budget: 1_500_000,
    population: 180_000,
    visits: 500_000,
    issues: 600_000,
    investment: 100_000,
    exitCost: 50_000,
  },
];

/** London Library Change Programme, 5-year savings across 33 authorities [S41]. */
export const WORKSTREAMS = [
  { title: 'Sharing best practice', total: 1.9e6 },
  { title: 'Integrating with customer services', total: 3.8e6 },
  { title: 'Joint management posts', total: 5e6 },
  { title: 'Sub-regional services', total: 13e6 },
] as const;

/**
 * The study's five-year figures already include its ramp-up, so the full run rate is the
 * five-year saving a council divided by the default ramp's five-year sum (30% + 70% + 100% × 3
 * = 4.0 years at full rate), not by 5: the default ramp then gives back the study's total.
 */
export const DEFAULT_RAMP = [0.3, 0.7, 1] as const;
export const RAMP_YEARS_IN_FIVE = DEFAULT_RAMP[0] + DEFAULT_RAMP[1] + DEFAULT_RAMP[2] * 3;
const runRate = (total: number) => total / 33 / RAMP_YEARS_IN_FIVE;

export const METHODS = [
  'Equal shares',
  'Share of baseline budget',
  'Share of population',
  'Share of activity',
  'Share of investment',
  'Hybrid: investment first, then budget',
] as const;

export interface CouncilRefs {
  budget: string;
  population: string;
  visits: string;
  issues: string;
  investment: string;
  exitCost: string;
}

export interface SharedServiceAssumptions {
  councils: CouncilRefs[];
  workstreams: string[];
  refs: Record<string, string>;
}

export function addSharedServiceAssumptions(m: ModelBuilder): SharedServiceAssumptions {
  const refs: Record<string, string> = {};
  const councils = COUNCILS.map((c, i) => {
    m.group(c.title);
    const est = 'Estimate: put in your own figure.';
    const range = (x: number) => ({ low: Math.round(x * 0.5), high: Math.round(x * 1.5) });
    const r: CouncilRefs = {
      budget: m.input({
        label: `${c.title}: baseline library budget`,
        value: c.budget,
        unit: '£ a year',
        ...range(c.budget),
        format: 'currency',
        note: est,
      }),
      population: m.input({
        label: `${c.title}: population`,
        value: c.population,
        unit: 'people',
        ...range(c.population),
        format: 'number',
        note: est,
      }),
      visits: m.input({
        label: `${c.title}: library visits a year`,
        value: c.visits,
        unit: 'visits',
        ...range(c.visits),
        format: 'number',
        note: est,
      }),
      issues: m.input({
        label: `${c.title}: issues (loans) a year`,
        value: c.issues,
        unit: 'issues',
        ...range(c.issues),
        format: 'number',
        note: est,
      }),
      investment: m.input({
        label: `${c.title}: investment contributed (systems, restructure, redundancy)`,
        value: c.investment,
        unit: '£',
        low: 0,
        high: c.investment * 2,
        format: 'currency',
        note: 'Estimate: the host usually buys the shared library management system.',
      }),
      exitCost: m.input({
        label: `${c.title}: cost of withdrawing (exit, re-creating its own service)`,
        value: c.exitCost,
        unit: '£',
        low: 0,
        high: c.exitCost * 2,
        format: 'currency',
        note: est,
      }),
    };
    if (i === 0) refs.hostInvestment = r.investment;
    return r;
  });

  m.group('Savings by workstream, per council a year at full run rate');
  const workstreams = WORKSTREAMS.map((w) =>
    m.input({
      label: `${w.title}: saving per council a year`,
      value: Math.round(runRate(w.total)),
      unit: '£ a year',
      low: Math.round(runRate(w.total) / 2),
      high: Math.round(runRate(w.total) * 1.5),
      format: 'currency',
      source: 'S41',
      note: `Derived: £${w.total / 1e6}m over 5 years across 33 London authorities, ÷ 33 ÷ ${RAMP_YEARS_IN_FIVE}: the study’s five-year figure already includes its ramp-up (30% / 70% / 100%, 4.0 years at full rate in five), so it is not ramped twice.`,
    }),
  );
  m.input({
    name: 'OverlapFactor',
    label: 'Share of the workstream savings that do not overlap',
    value: 19.8 / 23.7,
    unit: '%',
    low: 0.6,
    high: 1,
    format: 'percent',
    source: 'S41',
    note: 'Derived: all workstreams combined were £19.8m over 5 years, not the £23.7m sum of the parts: 19.8 ÷ 23.7 = 83.5%.',
  });
  m.input({
    name: 'RampYearOne',
    label: 'Savings achieved in year 1, share of full run rate',
    value: DEFAULT_RAMP[0],
    unit: '%',
    low: 0.1,
    high: 0.6,
    format: 'percent',
    note: 'Estimate: 30% / 70% / 100%.',
  });
  m.input({
    name: 'RampYearTwo',
    label: 'Savings achieved in year 2, share of full run rate',
    value: DEFAULT_RAMP[1],
    unit: '%',
    low: 0.4,
    high: 1,
    format: 'percent',
    note: 'Estimate.',
  });
  m.input({
    name: 'RampYearThree',
    label: 'Savings achieved from year 3, share of full run rate',
    value: 1,
    unit: '%',
    low: 0.7,
    high: 1,
    format: 'percent',
    note: 'Estimate.',
  });
  refs.recharge = m.input({
    name: 'HostRecharge',
    label: 'Host overhead recharge, share of gross savings',
    value: 0.07,
    unit: '%',
    low: 0.03,
    high: 0.12,
    format: 'percent',
    note: 'Estimate: the host’s cost of running the service for all.',
  });

  m.group('The agreement and the appraisal');
  refs.method = m.input({
    name: 'ChosenMethod',
    label:
      'Allocation method in the agreement (1 equal, 2 budget, 3 population, 4 activity, 5 investment, 6 hybrid)',
    value: 6,
    unit: 'method',
    low: 1,
    high: 6,
    format: 'number',
    note: 'Estimate: the hybrid lets each council first recover its investment, then shares the rest by budget.',
  });
  m.input({
    name: 'WithdrawYear',
    label: 'Year a council might withdraw (for the cost of withdrawing)',
    value: 3,
    unit: 'year',
    low: 1,
    high: 10,
    format: 'number',
    note: 'Estimate.',
  });
  refs.years = m.input({
    name: 'AppraisalYears',
    label: 'Appraisal period',
    value: 10,
    unit: 'years',
    low: 5,
    high: 10,
    format: 'number',
    source: 'S51',
    note: '10 years is the working default.',
  });
  refs.discount = m.input({
    name: 'DiscountRate',
    label: 'Discount rate (HM Treasury Green Book)',
    value: 0.035,
    unit: '%',
    low: 0.015,
    high: 0.06,
    format: 'percent-1dp',
    source: 'S49',
    note: '3.5%; under review, so editable.',
  });
  m.cite('S42', 'S43', 'S44', 'S50');
  return { councils, workstreams, refs };
}
