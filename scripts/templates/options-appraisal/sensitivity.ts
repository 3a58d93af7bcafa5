// The Sensitivity sheet: each weight moved 10 points up and down, the other weights scaled so the
// total stays the same, and the ranks that result.
import type { ModelBuilder } from '../model-builder';
import { CRITERIA, OPTIONS } from './assumptions';
import {
  OPTION_COLUMNS,
  TOTAL_COLUMNS,
  RANK_COLUMNS,
  FIRST_OPTION,
  LAST_OPTION,
  FIRST_CRITERION,
  LAST_CRITERION,
  SCORE_ROWS,
  sensitivityRow,
} from './layout';

export function addSensitivity(m: ModelBuilder): void {
  const s = m.sheet('Sensitivity', {
    A: 480,
    B: 70,
    C: 90,
    D: 110,
    ...Object.fromEntries([...TOTAL_COLUMNS, ...RANK_COLUMNS].map((c) => [c, 200])),
    W: 170,
    X: 240,
    Y: 200,
    Z: 220,
  });
  const R = SCORE_ROWS;
  s.set(
    'A1',
    'What happens when one weight moves by 10 points (the others scaled so the total stays the same)',
  );
  s.set('A2', 'Weight moved')
    .set('B2', 'Change')
    .set('C2', 'New weight')
    .set('D2', 'Others scaled by');
  OPTIONS.forEach((o, i) =>
    s.set(`${TOTAL_COLUMNS[i]}2`, `Score: ${o}`).set(`${RANK_COLUMNS[i]}2`, `Rank: ${o}`),
  );
  s.set('W2', 'Options changing rank')
    .set('X2', 'Preferred option')
    .set('Y2', 'Preferred option changes?')
    .set('Z2', 'Lead of the preferred option (as entered) over the best other');
  const base = 3;
  const ranks = (row: number) =>
    `${RANK_COLUMNS[0]}${row}:${RANK_COLUMNS[OPTIONS.length - 1]}${row}`;
  const totals = (row: number) =>
    `$${TOTAL_COLUMNS[0]}${row}:$${TOTAL_COLUMNS[OPTIONS.length - 1]}${row}`;
  const conclusions = (row: number) => {
    OPTIONS.forEach((_, i) =>
      s.set(
        `${RANK_COLUMNS[i]}${row}`,
        `=COUNTIF(${totals(row)},">"&${TOTAL_COLUMNS[i]}${row})+1`,
        'number',
      ),
    );
    s.set(
      `W${row}`,
      `=SUMPRODUCT((${ranks(row)}<>${ranks(base).replace(/(\d+)/g, '$$$1')})*1)`,
      'number',
    );
    s.set(
      `X${row}`,
      `=INDEX(Scores!$${FIRST_OPTION}$2:$${LAST_OPTION}$2,1,MATCH(1,${ranks(row)},0))`,
      'text',
    );
    s.set(`Y${row}`, row === base ? 'No' : `=IF(X${row}<>$X$${base},"Yes","No")`, 'text');
    // Below zero: another option has overtaken the option preferred with the weights as entered.
    const winner = `INDEX(${totals(row)},1,MATCH(1,${ranks(base).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')},0))`;
    s.set(
      `Z${row}`,
      `=${winner}-IF(${winner}=MAX(${totals(row)}),LARGE(${totals(row)},2),MAX(${totals(row)}))`,
      'number-2dp',
    );
  };
  s.set(`A${base}`, 'The weights as entered').set(`B${base}`, 0, 'number');
  OPTION_COLUMNS.forEach((c, i) =>
    s.set(`${TOTAL_COLUMNS[i]}${base}`, `=Scores!${c}${R.total}`, 'number-2dp'),
  );
  conclusions(base);
  CRITERIA.forEach((criterion, j) => {
    const weight = `Scores!$C$${FIRST_CRITERION + j}`;
    for (const down of [false, true]) {
      const row = sensitivityRow(j, down);
      // A weight under 10 points moved down by 10 is really moved to 0: the label says so.
      // The engine reads no "" inside a string, so quoted words take typographic quotes.
      const title = criterion.title.replace(/"([^"]*)"/g, '“$1”');
      const label = down
        ? `=IF(${weight}<10,"${title} to 0 (−"&ROUND(${weight},2)&" points)","${title} −10 points")`
        : `=IF(${weight}+10>TotalWeight,"${title} to "&ROUND(TotalWeight,2)&" (+"&ROUND(TotalWeight-${weight},2)&" points)","${title} +10 points")`;
      s.set(`A${row}`, label).set(`B${row}`, down ? -10 : 10, 'number');
      s.set(`C${row}`, `=MIN(TotalWeight,MAX(0,${weight}+B${row}))`, 'number-2dp');
      s.set(
        `D${row}`,
        `=IF(TotalWeight-${weight}=0,0,(TotalWeight-C${row})/(TotalWeight-${weight}))`,
        'number-2dp',
      );
      OPTION_COLUMNS.forEach((c, i) => {
        const score = `Scores!${c}$${FIRST_CRITERION + j}`;
        const all = `SUMPRODUCT(Scores!$C$${FIRST_CRITERION}:$C$${LAST_CRITERION},Scores!${c}$${FIRST_CRITERION}:${c}$${LAST_CRITERION})`;
        s.set(
          `${TOTAL_COLUMNS[i]}${row}`,
          `=IF(TotalWeight=0,0,($C${row}*${score}+$D${row}*(${all}-${weight}*${score}))/TotalWeight)`,
          'number-2dp',
        );
      });
      conclusions(row);
    }
  });
}
