// The Summary sheet of the shared service: the partnership, and each council under the agreement.
import { absolute, ModelBuilder, SummaryBuilder } from '../model-builder';
import { COUNCILS, METHODS, type SharedServiceAssumptions } from './assumptions';
import { LAST, LAST_METHOD, SAVINGS_ROWS, COMPARISON_ROWS } from './layout';

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
}
