// The Scores sheet: the matrix of scores (the cost criterion calculated), weighted totals and ranks.
import { absolute, type ModelBuilder } from '../model-builder';
import {
  COST_CRITERION,
  CRITERIA,
  OPTIONS,
  THEMES,
  WEIGHT_NAMES,
  type OptionsAssumptions,
} from './assumptions';
import {
  OPTION_COLUMNS,
  FIRST_OPTION,
  LAST_OPTION,
  OPTION_NAME_ROW,
  FIRST_CRITERION,
  LAST_CRITERION,
  SCORE_ROWS,
} from './layout';

export function addScores(m: ModelBuilder, a: OptionsAssumptions): void {
  const s = m.sheet('Scores', {
    A: 440,
    B: 110,
    C: 80,
    ...Object.fromEntries(OPTION_COLUMNS.map((c) => [c, 200])),
  });
  const R = SCORE_ROWS;
  s.set('A1', 'Scores (0-5) and weighted totals');
  s.set('A2', 'Criterion').set('B2', 'Theme').set('C2', 'Weight');
  OPTION_COLUMNS.forEach((c, o) => s.set(`${c}${OPTION_NAME_ROW}`, OPTIONS[o]!));
  const weights = `$C$${FIRST_CRITERION}:$C$${LAST_CRITERION}`;
  CRITERIA.forEach((criterion, j) => {
    const row = FIRST_CRITERION + j;
    s.set(`A${row}`, criterion.title)
      .set(`B${row}`, criterion.theme)
      .set(`C${row}`, `=${WEIGHT_NAMES[j]}`, 'number-2dp');
    OPTION_COLUMNS.forEach((c, o) => {
      if (criterion.title === COST_CRITERION) {
        const costs = `$${FIRST_OPTION}$${R.cost}:$${LAST_OPTION}$${R.cost}`;
        // Every option, Business As Usual included, earns points for being cheap: the
        // cheapest scores 5, the others 5 × cheapest ÷ their cost (all costs are positive).
        s.set(`${c}${row}`, `=5*MIN(${costs})/${c}${R.cost}`, 'number-2dp');
      } else {
        s.set(`${c}${row}`, `=${absolute(a.scores[o]![j]!)}`, 'number');
      }
    });
  });
  s.set(`A${R.total}`, 'Weighted score (0-5)');
  s.set(`A${R.rank}`, 'Rank (1 = preferred)');
  s.set(`A${R.cost}`, COST_CRITERION);
  s.set(`A${R.saving}`, 'Saving against Business As Usual');
  OPTION_COLUMNS.forEach((c, o) => {
    s.set(
      `${c}${R.total}`,
      `=IF(TotalWeight=0,0,SUMPRODUCT(${weights},${c}${FIRST_CRITERION}:${c}${LAST_CRITERION})/TotalWeight)`,
      'number-2dp',
    );
    s.set(
      `${c}${R.rank}`,
      `=COUNTIF($${FIRST_OPTION}$${R.total}:$${LAST_OPTION}$${R.total},">"&${c}${R.total})+1`,
      'number',
    );
    s.set(`${c}${R.cost}`, `=${absolute(a.costs[o]!)}`, 'currency');
    s.set(`${c}${R.saving}`, `=$${FIRST_OPTION}$${R.cost}-${c}${R.cost}`, 'currency');
  });
  s.set(`A${R.themes - 1}`, 'WEIGHTS BY THEME');
  THEMES.forEach((theme, t) => {
    s.set(`A${R.themes + t}`, `${theme} weight`).set(
      `C${R.themes + t}`,
      `=SUMIF($B$${FIRST_CRITERION}:$B$${LAST_CRITERION},"${theme}",${weights})`,
      'number-2dp',
    );
  });
  s.set(`A${R.allWeights}`, 'All weights (should be 100)').set(
    `C${R.allWeights}`,
    `=SUM(${weights})`,
    'number-2dp',
  );
  m.name('TotalWeight', `Scores!$C$${R.allWeights}`);
  m.output(s.ref(`${FIRST_OPTION}${R.total}:${LAST_OPTION}${R.total}`), {
    label: 'Weighted score by option',
    unit: 'score 0-5',
    categories: s.ref(`${FIRST_OPTION}${OPTION_NAME_ROW}:${LAST_OPTION}${OPTION_NAME_ROW}`),
    categoryAxis: 'Delivery option',
    // A sum of scores means nothing; their average across the options at least compares.
    summary: 'average',
  });
}
