// The trust year by year and the council's view beside it: income, costs, reserves, the
// council's saving and its present value, and the public-value view without transfers.
// Contract, pay and prices are cash (nominal) figures, as a council budgets them; they are
// deflated to base-year prices before the Green Book's real discount rate is applied.
import { financialYearLabel, type ModelBuilder } from '../model-builder';
import { FIRST_YEAR, YEARS, MUTUAL_ANNUAL } from './layout';

export function addAnnual(m: ModelBuilder): void {
  const s = m.sheet('Annual', { A: 420, B: 20, C: 120, D: 120, E: 120, F: 120, G: 120 });
  const A = MUTUAL_ANNUAL;
  const grow = (base: string, rate: string) => (c: string) =>
    `=${base}*(1+${rate})^(${c}$${A.year}-1)`;
  const $ = (c: string, row: number) => `${c}${row}`;
  s.set(
    'A1',
    'The trust year by year, and the council’s view (UK financial years, April to March)',
  );
  s.labelledRow(
    A.label,
    'Financial year',
    YEARS,
    (_, i) => financialYearLabel(FIRST_YEAR, i),
    'text',
  );
  s.labelledRow(
    A.year,
    'Year',
    YEARS,
    (_, i) => (i === 0 ? 1 : `=${YEARS[i - 1]}${A.year}+1`),
    'number',
  );
  s.set('A4', 'THE TRUST: INCOME');
  s.labelledRow(
    A.contract,
    'Council contract',
    YEARS,
    (c) =>
      `=ContractSum*(1+ContractIndexation)^(${c}$${A.year}-1)*(1-ContractCut)^(${c}$${A.year}-1)`,
    'accounting',
  );
  s.labelledRow(
    A.trading,
    'Trading income',
    YEARS,
    grow('TradingIncome', 'TradingGrowth'),
    'accounting',
  );
  s.labelledRow(
    A.grants,
    'Grants open only to charities',
    YEARS,
    grow('GrantIncome', 'GrantGrowth'),
    'accounting',
  );
  s.labelledRow(
    A.fundraising,
    'Fundraising and donations',
    YEARS,
    grow('FundraisingIncome', 'FundraisingGrowth'),
    'accounting',
  );
  s.labelledRow(
    A.otherContracts,
    'Other contracts',
    YEARS,
    grow('OtherContracts', 'OtherContractsGrowth'),
    'accounting',
  );
  s.labelledRow(
    A.income,
    'Total income',
    YEARS,
    (c) => `=SUM(${$(c, A.contract)}:${$(c, A.otherContracts)})`,
    'accounting',
  );
  s.set('A11', 'THE TRUST: COSTS');
  s.labelledRow(A.pay, 'Pay', YEARS, grow('PayBill', 'PayAward'), 'accounting');
  s.labelledRow(
    A.pension,
    'Employer pension (LGPS)',
    YEARS,
    (c) => `=${$(c, A.pay)}*EmployerPensionRate`,
    'accounting',
  );
  s.labelledRow(A.bond, 'Pension bond premium', YEARS, () => '=PensionBond', 'accounting');
  s.labelledRow(
    A.nonPay,
    'Running costs other than pay',
    YEARS,
    grow('NonPayCosts', 'PriceInflation'),
    'accounting',
  );
  s.labelledRow(
    A.irrecoverableVat,
    'Irrecoverable VAT',
    YEARS,
    (c) => `=${$(c, A.nonPay)}*VatBearingShare*VatRate*NonRecoverableShare*(1-ContractIsTaxable)`,
    'accounting',
  );
  // Expected value of the discretionary top-up: relief = 80% + 20% × the chance it is granted.
  s.labelledRow(
    A.rates,
    'Business rates payable after relief',
    YEARS,
    (c) =>
      `=RatesBill*(1+PriceInflation)^(${c}$${A.year}-1)*(1-MandatoryRelief-(1-MandatoryRelief)*DiscretionaryChance)`,
    'accounting',
  );
  s.labelledRow(
    A.support,
    'Support services',
    YEARS,
    (c) => `=${$(c, A.contract)}*IF(${c}$${A.year}<=SupportYears,SupportShare,SupportShareAfter)`,
    'accounting',
  );
  s.labelledRow(A.governance, 'Governance', YEARS, () => '=Governance', 'accounting');
  s.labelledRow(
    A.transition,
    'Transition (the trust’s share)',
    YEARS,
    (c) => `=IF(${c}$${A.year}=1,TransitionCost*(1-CouncilTransitionShare),0)`,
    'accounting',
  );
  s.labelledRow(
    A.costs,
    'Total costs',
    YEARS,
    (c) => `=SUM(${$(c, A.pay)}:${$(c, A.transition)})`,
    'accounting',
  );
  s.labelledRow(
    A.surplus,
    'Surplus or deficit',
    YEARS,
    (c) => `=${$(c, A.income)}-${$(c, A.costs)}`,
    'accounting',
  );
  s.set('A23', 'THE TRUST: RESERVES');
  s.labelledRow(
    A.opening,
    'Opening reserves',
    YEARS,
    (c, i) =>
      i === 0
        ? `=OpeningReserveMonths*(${$(c, A.costs)}-${$(c, A.transition)})/12`
        : `=${YEARS[i - 1]}${A.closing}`,
    'accounting',
  );
  s.labelledRow(
    A.closing,
    'Closing reserves',
    YEARS,
    (c) => `=${$(c, A.opening)}+${$(c, A.surplus)}`,
    'accounting',
  );
  s.labelledRow(
    A.months,
    'Closing reserves in months of costs',
    YEARS,
    (c) => `=${$(c, A.closing)}/(${$(c, A.costs)}/12)`,
    'number-2dp',
  );
  s.labelledRow(
    A.target,
    'Reserves target met?',
    YEARS,
    (c) => `=IF(${$(c, A.months)}>=ReserveTargetMonths,"Yes","No")`,
    'text',
  );
  s.set('A28', "THE COUNCIL'S VIEW");
  s.labelledRow(
    A.inHouse,
    'In-house cost (the Business As Usual baseline)',
    YEARS,
    grow('InHouseCost', 'InHouseGrowth'),
    'accounting',
  );
  s.labelledRow(
    A.payment,
    'Contract payment to the trust',
    YEARS,
    (c) => `=${$(c, A.contract)}`,
    'accounting',
  );
  s.labelledRow(
    A.client,
    'Client-side contract management',
    YEARS,
    () => '=ClientCost',
    'accounting',
  );
  s.labelledRow(
    A.councilTransition,
    'The council’s share of transition',
    YEARS,
    (c) => `=IF(${c}$${A.year}=1,TransitionCost*CouncilTransitionShare,0)`,
    'accounting',
  );
  // The opening reserves (the dowry) are the council's money: a council cost in year 1.
  s.labelledRow(
    A.dowry,
    'Opening reserves the council provides (the dowry)',
    YEARS,
    (c) => `=IF(${c}$${A.year}=1,${$(c, A.opening)},0)`,
    'accounting',
  );
  s.labelledRow(
    A.councilCost,
    'Council cost with the trust',
    YEARS,
    (c) => `=SUM(${$(c, A.payment)}:${$(c, A.dowry)})`,
    'accounting',
  );
  s.labelledRow(
    A.saving,
    'Council saving against in-house',
    YEARS,
    (c) => `=${$(c, A.inHouse)}-${$(c, A.councilCost)}`,
    'accounting',
  );
  // Green Book rule 3: cash figures in base-year (year 1) prices, with the GDP deflator.
  s.labelledRow(
    A.deflator,
    'GDP deflator: cash to year-1 prices',
    YEARS,
    (c) => `=1/(1+GdpDeflator)^(${c}$${A.year}-1)`,
    'number-4dp',
  );
  s.labelledRow(
    A.realSaving,
    'Council saving in year-1 prices (real terms)',
    YEARS,
    (c) => `=${$(c, A.saving)}*${$(c, A.deflator)}`,
    'accounting',
  );
  // Green Book: the present year is year 0 and is not discounted.
  s.labelledRow(
    A.factor,
    'Discount factor (real rate)',
    YEARS,
    (c) => `=1/(1+DiscountRate)^(${c}$${A.year}-1)`,
    'number-4dp',
  );
  s.labelledRow(
    A.pv,
    'Present value of the council saving (real)',
    YEARS,
    (c) => `=${$(c, A.realSaving)}*${$(c, A.factor)}`,
    'accounting',
  );
  s.set(
    `A${A.relief - 1}`,
    'PUBLIC VALUE VIEW: TRANSFERS LEFT OUT (RATES RELIEF AND ITS DISCRETIONARY TOP-UP, IRRECOVERABLE VAT)',
  );
  s.labelledRow(
    A.relief,
    'Rates relief received by the trust (mandatory and discretionary)',
    YEARS,
    (c) => `=RatesBill*(1+PriceInflation)^(${c}$${A.year}-1)-${$(c, A.rates)}`,
    'accounting',
  );
  s.labelledRow(
    A.vat,
    'Irrecoverable VAT the trust pays to HMRC',
    YEARS,
    (c) => `=${$(c, A.irrecoverableVat)}`,
    'accounting',
  );
  // On the in-house footing: full rates, as the council pays them, and VAT recovered, as
  // the council recovers it (Green Book: options compared on the same VAT footing).
  s.labelledRow(
    A.surplusNoTransfers,
    'Trust surplus on the in-house footing (no relief, VAT recovered)',
    YEARS,
    (c) => `=${$(c, A.surplus)}-${$(c, A.relief)}+${$(c, A.vat)}`,
    'accounting',
  );
  s.labelledRow(
    A.publicSaving,
    'Saving to the public purse: council saving, less the relief, plus the VAT HMRC receives',
    YEARS,
    (c) => `=${$(c, A.saving)}-${$(c, A.relief)}+${$(c, A.vat)}`,
    'accounting',
  );
  s.labelledRow(
    A.publicPv,
    'Present value of that (real)',
    YEARS,
    (c) => `=${$(c, A.publicSaving)}*${$(c, A.deflator)}*${$(c, A.factor)}`,
    'accounting',
  );
  /** Every yearly output is labelled by the row of financial years above it. */
  const byYear = { categories: s.ref(`C${A.label}:G${A.label}`), categoryAxis: 'Financial year' };
  m.output(s.ref(`C${A.surplus}:G${A.surplus}`), {
    label: 'Trust surplus or deficit by year',
    unit: '£',
    ...byYear,
  });
  m.output(s.ref(`C${A.closing}:G${A.closing}`), {
    label: 'Trust closing reserves by year',
    unit: '£',
    ...byYear,
    summary: 'last',
  });
  m.output(s.ref(`C${A.saving}:G${A.saving}`), {
    label: 'Council saving against in-house by year',
    unit: '£',
    ...byYear,
  });
}
