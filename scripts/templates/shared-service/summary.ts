// The Summary sheet of the shared service: the partnership, and each council under the agreement.
import { absolute, ModelBuilder, SummaryBuilder } from '../model-builder';
import { COUNCILS, METHODS, type SharedServiceAssumptions } from './assumptions';
import { LAST, LAST_METHOD, SAVINGS_ROWS, COMPARISON_ROWS } from './layout';
import { RAMP_YEARS_IN_FIVE } from './assumptions';

export function addSummary(m: ModelBuilder, a: SharedServiceAssumptions): void {
  const s = new SummaryBuilder(m, 'Shared library service: what it means');
  const S = SAVINGS_ROWS;
  const C = COMPARISON_ROWS;
  const chosen = (row: number) =>
    `INDEX(Comparison!$B$${row}:$${LAST_METHOD}$${row},1,ChosenMethod)`;
  s.heading('The partnership');
  s.line(
    'Allocation method in the agreement',
    `=${chosen(2)}`,
    'text',
    'method',
    'Change it on Assumptions; Comparison shows every method side by side.',
  );
  s.line(
    'Net savings a year at full run rate',
    `=SUM(Savings!B${S.firstWorkstream}:B${S.gross - 1})*(1-HostRecharge)`,
    'currency',
    '£ a year',
    'All workstreams, less overlap and the host’s overhead recharge.',
  );
  s.line(
    'Net savings as a share of the combined library budgets',
    `=SUM(Savings!B${S.firstWorkstream}:B${S.gross - 1})*(1-HostRecharge)/SUM(${a.councils.map((c) => absolute(c.budget)).join(',')})`,
    'percent-1dp',
    '%',
    'For scale: the Tri-borough merger saved about 4.5% (£1m on £22m) [S43].',
  );
  s.line(
    'Investment by all councils',
    '=TotalInvestment',
    'currency',
    '£',
    'Library management system, restructure and redundancy.',
  );
  s.line(
    'Partnership net present value',
    `=SUM(Savings!C${S.discounted}:${LAST}${S.discounted})`,
    'accounting',
    '£',
    'Discounted savings less the investment, at the Green Book rate.',
  );
  s.line(
    'Partnership payback year',
    `=IF(MIN(Savings!C${S.payback}:${LAST}${S.payback})=99,"Not within the period",MIN(Savings!C${S.payback}:${LAST}${S.payback}))`,
    'number',
    'year',
    'The year the cumulative savings first cover the investment.',
  );
  s.heading('Each council, under the method in the agreement');
  COUNCILS.forEach((council, i) => {
    s.line(
      `${council.title}: net present value`,
      `=${chosen(C.npv + i)}`,
      'accounting',
      '£',
      'Present value of the savings it receives, less what it invested. Below zero: worse off.',
    );
    s.line(
      `${council.title}: payback year`,
      `=${chosen(C.payback + i)}`,
      'number',
      'year',
      'When the savings it receives cover its investment.',
    );
    s.line(
      `${council.title}: share of savings`,
      `=${chosen(C.share + i)}`,
      'percent-1dp',
      '%',
      'Compare with its share of the investment, below.',
    );
    s.line(
      `${council.title}: share of investment`,
      `=Comparison!H${C.share + i}`,
      'percent-1dp',
      '%',
      'What it put in, as a share of all the investment.',
    );
    s.line(
      `${council.title}: cost of withdrawing`,
      `=${chosen(C.withdraw + i)}`,
      'accounting',
      '£',
      'Its exit cost plus any investment not yet recovered, if it left after the withdrawal year on Assumptions.',
    );
  });
  s.heading('Is any council worse off?');
  s.line(
    'No council worse off under the agreement?',
    `=${chosen(C.worseOff)}`,
    'text',
    'yes/no',
    '"Yes" when every council’s net present value is at least zero.',
  );
  s.line(
    'Methods under which no council is worse off',
    `=COUNTIF(Comparison!B${C.worseOff}:${LAST_METHOD}${C.worseOff},"Yes")`,
    'number',
    'methods',
    `Out of ${METHODS.length}. Comparison shows which.`,
  );
  s.line(
    'Gross savings over the first five years, per council',
    `=SUM(Savings!C${S.gross}:G${S.gross})/${COUNCILS.length}`,
    'currency',
    '£',
    'Before the host’s recharge. At the default ramp this is the London study’s £600k a council over five years (£19.8m ÷ 33) [S41].',
  );
  const shares = 'Shares!B6:F6';
  const totals = `Comparison!B${C.total}:${LAST_METHOD}${C.total}`;
  const partnership = `SUM(Savings!C${S.net}:${LAST}${S.net})`;
  const tolerance = `0.000001*MAX(1,ABS(${partnership}))`;
  s.checks([
    {
      label: 'Each basis shares out 100% between the councils',
      formula: `=AND(MIN(${shares})>0.999999999,MAX(${shares})<1.000000001)`,
      ifFailing: 'a column on Shares does not sum to 100%.',
    },
    {
      label: 'Every allocation method adds up to the partnership’s total saving',
      formula: `=AND(ABS(MAX(${totals})-${partnership})<=${tolerance},ABS(MIN(${totals})-${partnership})<=${tolerance})`,
      ifFailing: 'the methods share out different totals: one of them gains or loses money.',
    },
    {
      label: 'The ramp-up never falls back (year 1 ≤ year 2 ≤ year 3 onwards ≤ 100%)',
      formula: '=AND(RampYearOne<=RampYearTwo,RampYearTwo<=RampYearThree,RampYearThree<=1)',
      ifFailing: 'the payback years on Comparison assume savings that build up.',
    },
    {
      label: 'The method in the agreement is a whole number from 1 to 6',
      formula: '=AND(ChosenMethod>=1,ChosenMethod<=6,ChosenMethod=INT(ChosenMethod))',
      ifFailing: 'choose 1 (equal) to 6 (hybrid) on Assumptions.',
    },
  ]);
  s.method([
    [
      'Prices',
      'Real terms: savings and investment in year-1 (2027/28) prices, with no inflation; the London study’s figures are taken as real.',
    ],
    [
      'Year 1',
      'Year 1, when the investment is made, is the present year: discounted as year 0 (factor 1.0000).',
    ],
    ['Discount rate', 'The Green Book’s real 3.5% a year (editable while it is reviewed) [S49].'],
    [
      'Run rate',
      `The study’s five-year savings already include its ramp-up, so each workstream’s full run rate is its five-year saving a council ÷ ${RAMP_YEARS_IN_FIVE} (the default ramp’s years at full rate), not ÷ 5: the default ramp gives back the study’s total. The savings are not ramped twice.`,
    ],
    [
      'Transfers',
      'The savings and the recharge are money between councils: no tax, grant or relief is counted, so there is no transfer to leave out. The host’s recharge is a real cost of running the service.',
    ],
    [
      'VAT',
      'Net of VAT: councils recover VAT on their library spending, so every council is on the same VAT footing [S55].',
    ],
    [
      'Optimism bias',
      'Not applied to the savings; the ramp-up, overlap and the ±50% workstream ranges carry the risk. Apply it to the investment if it is a capital project [S53].',
    ],
  ]);
}
