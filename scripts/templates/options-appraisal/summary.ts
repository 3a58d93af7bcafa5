// The Summary sheet of the options appraisal: the weights check, the ranking and its robustness.
import { type ModelBuilder, SummaryBuilder } from '../model-builder';
import { CRITERIA, OPTIONS, THEMES } from './assumptions';
import { OPTION_COLUMNS, FIRST_OPTION, LAST_OPTION, SCORE_ROWS, LAST_RUN } from './layout';

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
  s.line(
    'First weight move that changes the preferred option',
    `=IFERROR(INDEX(Sensitivity!A4:A${LAST_RUN},MATCH("Yes",Sensitivity!Y4:Y${LAST_RUN},0)),"None: the preferred option holds")`,
    'text',
    'weight',
    'The criterion whose weight the decision is most sensitive to.',
  );
  s.heading('The panel');
  s.remark(
    'Record here any panel member’s dissent and the reasons (multi-criteria analysis guidance [S48]).',
  );
}
