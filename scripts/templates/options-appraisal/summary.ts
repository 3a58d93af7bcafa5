// The Summary sheet of the options appraisal: the weights check, the ranking and its robustness.
import { type ModelBuilder, SummaryBuilder } from '../model-builder';
import { CRITERIA, OPTIONS, THEMES } from './assumptions';
import {
  OPTION_COLUMNS,
  FIRST_OPTION,
  LAST_OPTION,
  SCORE_ROWS,
  LAST_RUN,
  FIRST_CRITERION,
  LAST_CRITERION,
} from './layout';

export function addSummary(m: ModelBuilder): void {
  const s = new SummaryBuilder(m, 'Options appraisal: what it means');
  const R = SCORE_ROWS;
  const names = `Scores!$${FIRST_OPTION}$2:$${LAST_OPTION}$2`;
  const rankRow = `Scores!$${FIRST_OPTION}$${R.rank}:$${LAST_OPTION}$${R.rank}`;
  s.heading('The weights');
  s.line(
    'Do the weights add up to 100%?',
    '=IF(ABS(TotalWeight-100)<0.000001,"Yes: they add up to 100","No: they add up to "&ROUND(TotalWeight,2)&", not 100")',
    'text',
    'check',
    'Weights are points out of 100 on Assumptions. If they do not add up to 100, the totals are divided by the actual sum (so they stay on the 0-5 scale), but correct the weights before relying on them.',
  );
  THEMES.forEach((theme, t) =>
    s.line(
      `${theme} weight`,
      `=Scores!C${R.themes + t}`,
      'number-2dp',
      'points',
      [
        'Default 40: the duty, strategy, outcomes, voice, reversibility.',
        'Default 35: cost, income, pension and VAT, reserves.',
        'Default 25: time, complexity, transition, market, TUPE, politics.',
      ][t]!,
    ),
  );
  s.heading('The result');
  s.line(
    'Preferred option',
    `=INDEX(${names},1,MATCH(1,${rankRow},0))`,
    'text',
    'option',
    'The highest weighted score. Where two tie, the first listed is shown.',
  );
  s.line(
    'The preferred option’s lead over the runner-up',
    `=LARGE(Scores!$${FIRST_OPTION}$${R.total}:$${LAST_OPTION}$${R.total},1)-LARGE(Scores!$${FIRST_OPTION}$${R.total}:$${LAST_OPTION}$${R.total},2)`,
    'number-2dp',
    'points of score 0-5',
    'A lead of a few hundredths is a tie in all but name: read the robustness lines below before choosing.',
  );
  s.line(
    'Second',
    `=IFERROR(INDEX(${names},1,MATCH(2,${rankRow},0)),"Tied with the preferred option")`,
    'text',
    'option',
    'The runner-up.',
  );
  s.line(
    'Third',
    `=IFERROR(INDEX(${names},1,MATCH(3,${rankRow},0)),"Tied with the option above")`,
    'text',
    'option',
    'Third place.',
  );
  OPTIONS.forEach((o, i) => {
    const c = OPTION_COLUMNS[i]!;
    s.line(
      `${o}: weighted score`,
      `=Scores!${c}${R.total}`,
      'number-2dp',
      'score 0-5',
      i === 0
        ? 'Business As Usual is always appraised: every other option is measured against it.'
        : 'Out of 5.',
    );
    s.line(`${o}: rank`, `=Scores!${c}${R.rank}`, 'number', 'rank', '1 is preferred.');
  });
  s.heading('Robustness: each weight moved 10 points');
  s.line(
    'Weight moves that change the preferred option',
    `=COUNTIF(Sensitivity!Y4:Y${LAST_RUN},"Yes")`,
    'number',
    `of ${CRITERIA.length * 2}`,
    'Zero means the preferred option holds whichever single weight moves by 10 points.',
  );
  s.line(
    'Weight moves that change any rank',
    `=COUNTIF(Sensitivity!W4:W${LAST_RUN},">0")`,
    'number',
    `of ${CRITERIA.length * 2}`,
    'Sensitivity shows each run’s ranks and which options move.',
  );
  const leads = `Sensitivity!Z4:Z${LAST_RUN}`;
  s.line(
    'Most sensitive weight: the move that cuts the preferred option’s lead the most',
    `=INDEX(Sensitivity!A4:A${LAST_RUN},MATCH(MIN(${leads}),${leads},0))`,
    'text',
    'weight',
    'Of every single weight moved 10 points (or to 0 when it is under 10), the one with the largest effect on the preferred option’s lead.',
  );
  s.line(
    'The preferred option’s lead after that move',
    `=MIN(${leads})`,
    'number-2dp',
    'points of score 0-5',
    'Below zero: that move alone hands first place to another option.',
  );
  s.heading('The panel');
  s.remark(
    'Record here any panel member’s dissent and the reasons (multi-criteria analysis guidance [S48]).',
  );
  const scores = `Scores!${FIRST_OPTION}${FIRST_CRITERION}:${LAST_OPTION}${LAST_CRITERION}`;
  s.checks([
    {
      label: 'The weights add up to 100 points',
      formula: '=ABS(TotalWeight-100)<0.000001',
      ifFailing: 'the totals are divided by the actual sum; correct the weights on Assumptions.',
    },
    {
      label: 'No weight is negative',
      formula: `=MIN(Scores!C${FIRST_CRITERION}:C${LAST_CRITERION})>=0`,
      ifFailing: 'a negative weight rewards an option for doing badly.',
    },
    {
      label: 'Every score is between 0 and 5',
      formula: `=AND(MIN(${scores})>=0,MAX(${scores})<=5)`,
      ifFailing: 'a score on Assumptions is outside the 0-5 scale.',
    },
  ]);
  s.method([
    [
      'Scoring',
      'Multi-criteria analysis [S48] under the DCMS toolkit’s three themes [S46]: each criterion scored 0-5, weighted in points out of 100; the weighted total is the weighted average score.',
    ],
    [
      'Cost rule',
      'The cost criterion is calculated, not scored by the panel: 5 × the lowest ten-year net present cost ÷ the option’s own, so every option, Business As Usual included, earns points for being cheap and a small difference in cost is a small difference in score.',
    ],
    [
      'Costs',
      'Ten-year net present costs in real base-year prices, discounted at the Green Book’s 3.5% (year 1 undiscounted) [S49], each on the same VAT footing [S55] and with transfers (rates relief, grants) left out [S52], from each option’s own cash flow.',
    ],
    [
      'Optimism bias',
      'Include it in each option’s cost before entering it (Green Book: from the start, not a contingency) [S53].',
    ],
    [
      'Robustness',
      'Each weight moved 10 points up and down (to 0 if it is under 10), the others scaled so the total stays the same; the preferred option’s lead in each run is on Sensitivity, column Z.',
    ],
  ]);
}
