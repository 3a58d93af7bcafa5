// The Summary sheet of the mutual spin-out: what the cash flow means, in plain words.
import { type ModelBuilder, SummaryBuilder } from '../model-builder';
import { MUTUAL_ANNUAL, MUTUAL_MONTHLY } from './layout';

export function addSummary(m: ModelBuilder): void {
  const s = new SummaryBuilder(m, 'Mutual or trust spin-out: what it means');
  const A = MUTUAL_ANNUAL;
  const cash = `Monthly!C${MUTUAL_MONTHLY.cash}:BJ${MUTUAL_MONTHLY.cash}`;
  s.heading('The trust');
  s.line(
    'Council contract in year 1',
    `=Annual!C${A.contract}`,
    'currency',
    '£',
    'What the council pays the trust in the first year.',
  );
  s.line(
    'Council contract in year 5',
    `=Annual!G${A.contract}`,
    'currency',
    '£',
    'After indexation and the yearly efficiency cut.',
  );
  s.line(
    'Trust surplus or deficit in year 1',
    `=Annual!C${A.surplus}`,
    'accounting',
    '£',
    'Income less costs, transition included.',
  );
  s.line(
    'Trust surplus or deficit in year 5',
    `=Annual!G${A.surplus}`,
    'accounting',
    '£',
    'Pay awards and the contract cut pull against each other: a deficit here is the squeeze to plan for.',
  );
  s.line(
    'Trust surplus or deficit over five years',
    `=SUM(Annual!C${A.surplus}:G${A.surplus})`,
    'accounting',
    '£',
    'The five years added up.',
  );
  s.line(
    'Closing reserves at the end of year 5',
    `=Annual!G${A.closing}`,
    'accounting',
    '£',
    'Opening reserves plus the surpluses.',
  );
  s.line(
    'Reserves at the end of year 5, in months of costs',
    `=Annual!G${A.months}`,
    'number-2dp',
    'months',
    'A common target is at least 3 months; see Assumptions.',
  );
  s.line(
    'Lowest monthly cash balance',
    `=MIN(${cash})`,
    'accounting',
    '£',
    'The tightest point over five years, month by month. Below zero means an overdraft or a cash advance from the council.',
  );
  s.line(
    'Month of the lowest cash balance',
    `=MATCH(MIN(${cash}),${cash},0)`,
    'number',
    'month',
    'Counting April of year 1 as month 1. Payment timing moves it most.',
  );
  s.line(
    'Lowest cash balance in year 1',
    `=MIN(Monthly!C${MUTUAL_MONTHLY.cash}:N${MUTUAL_MONTHLY.cash})`,
    'accounting',
    '£',
    'The first year, when reserves are thinnest.',
  );
  s.heading("The council's view");
  s.line(
    'Council saving against in-house, year 1',
    `=Annual!C${A.saving}`,
    'accounting',
    '£',
    'The in-house cost less the contract, contract management and the council’s share of transition.',
  );
  s.line(
    'Council saving over five years',
    `=SUM(Annual!C${A.saving}:G${A.saving})`,
    'accounting',
    '£',
    'Not discounted.',
  );
  s.line(
    'Net present value of the council saving at the discount rate',
    `=SUM(Annual!C${A.pv}:G${A.pv})`,
    'accounting',
    '£',
    'Green Book discounting at 3.5% (editable); year 1 is not discounted.',
  );
  s.heading('Public value view (without rates relief)');
  s.line(
    'Rates relief received by the trust in year 1',
    `=Annual!C${A.relief}`,
    'accounting',
    '£',
    'A transfer out of the national rates pool, not a saving to the public purse [S28].',
  );
  s.line(
    'Trust surplus over five years without rates relief',
    `=SUM(Annual!C${A.surplusNoRelief}:G${A.surplusNoRelief})`,
    'accounting',
    '£',
    'Could the trust stand without the relief?',
  );
  s.line(
    'Net present value of the saving to the public purse',
    `=SUM(Annual!C${A.pvNoRelief}:G${A.pvNoRelief})`,
    'accounting',
    '£',
    'The council saving less the rates relief: what the public sector as a whole saves.',
  );
}
