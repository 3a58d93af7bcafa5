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
    'The in-house cost less the contract, contract management, the council’s share of transition and the opening reserves it provides (the dowry).',
  );
  s.line(
    'Council saving over five years',
    `=SUM(Annual!C${A.saving}:G${A.saving})`,
    'accounting',
    '£',
    'In cash, as the medium-term financial plan counts it; not discounted.',
  );
  s.line(
    'Net present value of the council saving at the discount rate',
    `=SUM(Annual!C${A.pv}:G${A.pv})`,
    'accounting',
    '£',
    'Cash savings deflated to year-1 prices (GDP deflator), then discounted at the Green Book’s real 3.5% (editable); year 1 is not discounted.',
  );
  s.heading('Public value view (transfers left out)');
  s.line(
    'Rates relief received by the trust in year 1',
    `=Annual!C${A.relief}`,
    'accounting',
    '£',
    'A transfer out of the national rates pool, not a saving to the public purse [S28].',
  );
  s.line(
    'Trust surplus over five years on the in-house footing',
    `=SUM(Annual!C${A.surplusNoTransfers}:G${A.surplusNoTransfers})`,
    'accounting',
    '£',
    'Without any rates relief and with VAT recovered, as the in-house service pays and recovers them: could the trust stand on the same footing?',
  );
  s.line(
    'Net present value of the saving to the public purse',
    `=SUM(Annual!C${A.publicPv}:G${A.publicPv})`,
    'accounting',
    '£',
    'The council saving less the rates relief (lost to the national pool and the council) plus the irrecoverable VAT (received by HMRC): what the public sector as a whole saves, in real terms.',
  );
  s.checks([
    {
      label: 'The trust’s cash never falls below the reserves floor',
      formula: `=MIN(${cash})>=CashFloor`,
      ifFailing:
        'in some month the trust holds less cash than the floor on Assumptions: negotiate monthly payment in advance, a larger dowry or a cash advance.',
    },
    {
      label: 'The payment and VAT switches are 0 or 1',
      formula:
        '=AND(OR(PaidQuarterlyInArrears=0,PaidQuarterlyInArrears=1),OR(ContractIsTaxable=0,ContractIsTaxable=1))',
      ifFailing: 'set each switch on Assumptions to 0 or 1.',
    },
    {
      label: 'Every share and chance is between 0% and 100%',
      formula:
        '=AND(MIN(VatBearingShare,NonRecoverableShare,DiscretionaryChance,CouncilTransitionShare,SupportShare,SupportShareAfter)>=0,MAX(VatBearingShare,NonRecoverableShare,DiscretionaryChance,CouncilTransitionShare,SupportShare,SupportShareAfter)<=1)',
      ifFailing: 'a share or a chance on Assumptions is below 0% or above 100%.',
    },
  ]);
  s.method([
    [
      'Prices',
      'Contract, pay and prices are cash (nominal) figures, as a council budgets them: the Annual and Monthly sheets and the five-year totals are in cash. For the NPVs they are deflated to year-1 (2027/28) prices with the GDP deflator (2% a year, editable) [S51].',
    ],
    [
      'Year 0',
      'Year 1 (2027/28) is the present year, discounted as year 0 (factor 1.0000); years 2-5 are discounted.',
    ],
    ['Discount rate', 'The Green Book’s real 3.5% a year (editable while it is reviewed) [S49].'],
    [
      'Transfers',
      'The trust’s and the council’s views count rates relief and irrecoverable VAT as the cash they are. The public-value view leaves out every transfer: the mandatory relief and the discretionary top-up (no public money is saved overall [S28]) and the VAT the trust pays HMRC [S52].',
    ],
    [
      'VAT',
      'The trust’s VAT follows the contract switch [S29]; the in-house footing recovers it, as a council does, so the two are compared on the same VAT footing [S55].',
    ],
    [
      'Optimism bias',
      'Not applied: there is no capital programme. The risks are in the ranges of the inputs and the Pessimistic scenario; the LGPS exit deficit is not priced.',
    ],
    [
      'Ranges',
      'The scale inputs (contract, in-house cost, pay bill, other costs, rates) have narrow ranges around a £6m service, so each moves within a plausible state of the same service; for a service of another size change their defaults together.',
    ],
    [
      'Payment timing',
      'Quarterly in arrears: a quarter’s payment arrives on its last day (30 June, 30 September, 31 December, 31 March), so it counts in that quarter’s third month-end balance. Monthly in advance: one-twelfth on the first day of each month.',
    ],
  ]);
}
