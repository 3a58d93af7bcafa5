// The assumptions of the options appraisal template (../shared/DOMAIN.md §5): criteria weights
// under the DCMS toolkit's three themes, each option's 10-year cost, and the panel's scores.
import type { ModelBuilder } from '../model-builder';

export const OPTIONS = [
  'Business As Usual',
  'In-house, re-engineered',
  'Local authority trading company',
  'Public service mutual',
  'Charitable trust',
  'Community-managed or hybrid',
  'Shared service',
  'Commissioned or outsourced',
  'Joint venture',
] as const;

export const THEMES = ['Desirability', 'Viability', 'Feasibility'] as const;

interface Criterion {
  theme: (typeof THEMES)[number];
  title: string;
  /** what a 5 means, so the panel scores alike */
  five: string;
  weight: number;
  /** scores by option, in OPTIONS order; absent for the cost criterion, which is calculated */
  scores?: number[];
}

/** The cost criterion is scored from the options' 10-year net cost, not by the panel. */
export const COST_CRITERION = 'Ten-year net present cost';

export const CRITERIA: Criterion[] = [
  {
    theme: 'Desirability',
    title: 'Meets the statutory "comprehensive and efficient" duty',
    five: 'the duty is met securely',
    weight: 10,
    scores: [4, 4, 4, 4, 4, 2, 4, 3, 3],
  },
  {
    theme: 'Desirability',
    title: 'Fits the council’s strategy',
    five: 'a close fit',
    weight: 8,
    scores: [2, 3, 3, 4, 4, 3, 3, 2, 3],
  },
  {
    theme: 'Desirability',
    title: 'Outcomes for residents',
    five: 'clearly better outcomes',
    weight: 10,
    scores: [2, 3, 3, 4, 4, 3, 3, 3, 3],
  },
  {
    theme: 'Desirability',
    title: 'Community and staff voice',
    five: 'a strong voice',
    weight: 6,
    scores: [2, 3, 3, 5, 4, 5, 2, 1, 2],
  },
  {
    theme: 'Desirability',
    title: 'Reversibility',
    five: 'easily reversed',
    weight: 6,
    scores: [5, 5, 3, 2, 2, 2, 3, 1, 2],
  },
  {
    theme: 'Viability',
    title: COST_CRITERION,
    five: 'the lowest ten-year cost (calculated: 5 × the lowest cost ÷ the option’s cost)',
    weight: 15,
  },
  {
    theme: 'Viability',
    title: 'Income diversity',
    five: 'many sources of income',
    weight: 7,
    scores: [1, 2, 3, 4, 5, 3, 2, 2, 3],
  },
  {
    theme: 'Viability',
    title: 'Pension and VAT exposure',
    five: 'little exposure',
    weight: 7,
    scores: [4, 4, 3, 2, 3, 4, 3, 4, 3],
  },
  {
    theme: 'Viability',
    title: 'Reserves and resilience',
    five: 'strong reserves',
    weight: 6,
    scores: [3, 3, 2, 2, 2, 1, 3, 4, 3],
  },
  {
    theme: 'Feasibility',
    title: 'Time to put in place',
    five: 'quick',
    weight: 5,
    scores: [5, 4, 3, 2, 2, 3, 2, 2, 1],
  },
  {
    theme: 'Feasibility',
    title: 'Legal and procurement complexity',
    five: 'simple',
    weight: 4,
    scores: [5, 5, 3, 2, 2, 3, 2, 1, 1],
  },
  {
    theme: 'Feasibility',
    title: 'Transition cost',
    five: 'low',
    weight: 5,
    scores: [5, 4, 3, 2, 2, 4, 3, 3, 2],
  },
  {
    theme: 'Feasibility',
    title: 'Market or partner capacity',
    five: 'strong and proven',
    weight: 3,
    scores: [5, 5, 4, 3, 3, 2, 4, 2, 2],
  },
  {
    theme: 'Feasibility',
    title: 'TUPE and staff transfer',
    five: 'no transfer needed',
    weight: 3,
    scores: [5, 5, 4, 2, 2, 4, 3, 2, 2],
  },
  {
    theme: 'Feasibility',
    title: 'Political acceptability',
    five: 'broad support',
    weight: 5,
    scores: [3, 4, 3, 3, 3, 2, 3, 1, 2],
  },
];

/** Named ranges for the weights, in CRITERIA order, so Scores reads `=WeightStatutoryDuty`. */
export const WEIGHT_NAMES = [
  'WeightStatutoryDuty',
  'WeightStrategicFit',
  'WeightOutcomes',
  'WeightVoice',
  'WeightReversibility',
  'WeightCost',
  'WeightIncomeDiversity',
  'WeightPensionAndVat',
  'WeightReserves',
  'WeightTime',
  'WeightComplexity',
  'WeightTransitionCost',
  'WeightMarketCapacity',
  'WeightTupe',
  'WeightPolitics',
];

/** Ten-year net present cost of each option, £m, in OPTIONS order [E]. */
const NET_COST = [
  52_000_000, 50_000_000, 49_500_000, 48_000_000, 47_500_000, 46_500_000, 48_500_000, 48_000_000,
  49_000_000,
];

export interface OptionsAssumptions {
  /** weight refs, in CRITERIA order */
  weights: string[];
  /** net cost refs, in OPTIONS order */
  costs: string[];
  /** score refs [option][criterion]; '' for the calculated cost criterion */
  scores: string[][];
}

export function addOptionsAssumptions(m: ModelBuilder): OptionsAssumptions {
  m.group('Criteria weights, in points out of 100 (desirability 40, viability 35, feasibility 25)');
  const weights = CRITERIA.map((c, j) =>
    m.input({
      name: WEIGHT_NAMES[j]!,
      label: `Weight: ${c.title} (${c.theme.toLowerCase()})`,
      value: c.weight,
      unit: 'points',
      low: 0,
      high: c.weight + 10,
      format: 'number-2dp',
      source: 'S46',
      note: 'Estimate: the theme weights 40 / 35 / 25 are a default; the DCMS toolkit leaves the weights to the council [S47].',
    }),
  );
  m.group(
    'Ten-year net present cost of each option (from its own cash flow or the other templates)',
  );
  const costs = OPTIONS.map((o, i) =>
    m.input({
      label: `Ten-year net present cost: ${o}`,
      value: NET_COST[i]!,
      unit: '£',
      low: NET_COST[i]! * 0.9,
      high: NET_COST[i]! * 1.1,
      format: 'currency',
      note: 'Estimate: about £6m a year discounted over 10 years; replace with the options’ own figures.',
    }),
  );
  const scores = OPTIONS.map((o, i) => {
    m.group(`Scores: ${o} (0 fails, 3 adequate, 5 excellent)`);
    return CRITERIA.map((c) =>
      c.scores === undefined
        ? ''
        : m.input({
            label: `Score: ${o}, ${c.title}`,
            value: c.scores[i]!,
            unit: 'score 0-5',
            low: 0,
            high: 5,
            format: 'number',
            source: 'S46',
            note: `Estimate: a starting point for the panel to replace. 5 means ${c.five}.`,
          }),
    );
  });
  m.cite('S45', 'S47', 'S48', 'S50');
  return { weights, costs, scores };
}
