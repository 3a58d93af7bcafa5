// Template 5: an options appraisal of library delivery models — scores 0-5 against weighted
// criteria under the DCMS toolkit's themes, ranks, and which ranks reverse when a weight moves
// by 10 points (../shared/DOMAIN.md §5). Business As Usual is always one of the options.
import type { Workbook } from '../../../src/core/file/schema';
import { ModelBuilder } from '../model-builder';
import { addOptionsAssumptions, CRITERIA, THEMES } from './assumptions';
import { addScores } from './scores';
import { addSensitivity } from './sensitivity';
import { addSummary } from './summary';
import { FIRST_OPTION, LAST_OPTION, SCORE_ROWS } from './layout';

export const OPTIONS_APPRAISAL_ID = 'options-appraisal';

export function buildOptionsAppraisal(): Workbook {
  const m = new ModelBuilder('Options appraisal: assumptions');
  const a = addOptionsAssumptions(m);
  addScores(m, a);
  addSensitivity(m);
  addSummary(m);
  const themeScaled = (targets: Record<(typeof THEMES)[number], number>) => {
    const base = { Desirability: 40, Viability: 35, Feasibility: 25 };
    return Object.fromEntries(
      CRITERIA.map((c, j) => [a.weights[j]!, (c.weight * targets[c.theme]) / base[c.theme]]),
    );
  };
  m.scenario(
    'viability-first',
    'Viability first (30 / 50 / 20)',
    'Money matters most: themes weighted 30 / 50 / 20, criteria in proportion.',
    themeScaled({ Desirability: 30, Viability: 50, Feasibility: 20 }),
  );
  m.scenario(
    'feasibility-first',
    'Feasibility first (30 / 30 / 40)',
    'Deliverability matters most: themes weighted 30 / 30 / 40, criteria in proportion.',
    themeScaled({ Desirability: 30, Viability: 30, Feasibility: 40 }),
  );
  m.chart('weighted-scores', 'Weighted score by option (0-5)', 'bar', [
    `Scores!${FIRST_OPTION}${SCORE_ROWS.total}:${LAST_OPTION}${SCORE_ROWS.total}`,
  ]);
  return m.build({
    id: OPTIONS_APPRAISAL_ID,
    title: 'Options appraisal: delivery models',
    description:
      'Nine ways to run the library service scored against weighted criteria: ranks, and which ranks reverse when a weight moves.',
    notes: [
      {
        title: 'How to use this model',
        text:
          'Change only the values in column B of the Assumptions sheet: the weights (points out of 100), each option’s ten-year net present cost, and the panel’s scores from 0 to 5. Scores shows the matrix, the weighted totals and the ranks; Sensitivity moves each weight by 10 points up and down; Summary says what it means. ' +
          'The cost criterion is calculated, not scored: 5 × the lowest ten-year net present cost ÷ the option’s own, so every option, Business As Usual included, earns points for being cheap. ' +
          'Scoring descriptors: 0 fails, 1 very poor, 2 poor, 3 adequate, 4 good, 5 excellent; each score’s note says what a 5 means for its criterion.',
      },
      {
        title: 'How the weights are renormalised in the sensitivity run',
        text:
          'When one weight moves by 10 points (never below 0), every other weight is scaled in proportion so the total stays what it was (100 when the weights are right): other weight × (total − new weight) ÷ (total − old weight). ' +
          'The weighted totals are always divided by the sum of the weights, so a set that does not add up to 100 still gives totals on the 0-5 scale, and Summary says plainly that the weights need correcting.',
      },
      {
        title: 'Reference',
        text:
          'The options follow the DCMS libraries alternative delivery models toolkit [S45]; the three themes (desirability, viability, feasibility) its stage 5 options appraisal and templates 8-9 [S46, S47]. Business As Usual is always appraised [S50]. ' +
          'Record any panel member’s dissent and the reasons on the Summary sheet, as multi-criteria analysis guidance advises [S48].',
      },
    ],
  });
}
