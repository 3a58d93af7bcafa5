// The assumptions of the mutual spin-out template (../shared/DOMAIN.md §2).
import type { ModelBuilder } from '../model-builder';

export function addMutualAssumptions(m: ModelBuilder): Record<string, string> {
  const refs: Record<string, string> = {};
  m.group('The council contract');
  refs.contractSum = m.input({
    name: 'ContractSum',
    label: 'Council contract sum in year 1',
    value: 6_000_000,
    unit: '£ a year',
    low: 5_400_000,
    high: 6_600_000,
    format: 'currency',
    note: 'Estimate: between Explore York (£2.5m) and Libraries Unlimited (~£7m) and Inspire (~£11.6m) [S15, S21, S22]. The range is ±10% of this £6m service (a 10% cut is the low), not the spread between services: for another service change the scale inputs together.',
  });
  m.input({
    name: 'ContractIndexation',
    label: 'Yearly indexation of the contract',
    value: 0,
    unit: '%',
    low: 0,
    high: 0.03,
    format: 'percent-1dp',
    note: 'Estimate: councils often freeze the sum in cash terms.',
  });
  refs.contractCut = m.input({
    name: 'ContractCut',
    label: 'Efficiency cut demanded each year after year 1',
    value: 0.02,
    unit: '%',
    low: 0,
    high: 0.05,
    format: 'percent-1dp',
    note: 'Estimate: Devon cut its budget by 30% over 6 years before spin-out [S21].',
  });
  refs.paymentTiming = m.input({
    name: 'PaidQuarterlyInArrears',
    label: 'Contract paid quarterly in arrears? (1 yes, 0 = monthly in advance)',
    value: 1,
    unit: 'switch',
    low: 0,
    high: 1,
    format: 'number',
    note: 'Estimate: payment timing is the main driver of the lowest cash point; negotiate monthly in advance. In arrears, a quarter is paid on its last day (30 June, 30 September, 31 December, 31 March).',
  });

  m.group('Pay and pension');
  refs.pay = m.input({
    name: 'PayBill',
    label: 'Pay bill in year 1 (before employer pension)',
    value: 2_900_000,
    unit: '£ a year',
    low: 2_600_000,
    high: 3_200_000,
    format: 'currency',
    source: 'S24',
    note: 'Derived: staff are about 55% of library spend nationally (£390m of £705m); pay plus pension here is about 55% of costs.',
  });
  refs.payAward = m.input({
    name: 'PayAward',
    label: 'Pay award each year',
    value: 0.04,
    unit: '%',
    low: 0.02,
    high: 0.06,
    format: 'percent-1dp',
    note: 'Estimate.',
  });
  refs.pensionRate = m.input({
    name: 'EmployerPensionRate',
    label: 'LGPS employer contribution rate',
    value: 0.21,
    unit: '%',
    low: 0.17,
    high: 0.28,
    format: 'percent-1dp',
    source: 'S25',
    note: 'The 2022 average total rate was 21.1%; a new admitted body may pay more [S26]. Admission usually starts fully funded [S27], but an exit deficit can fall due if the trust ever leaves the scheme.',
  });
  m.input({
    name: 'PensionBond',
    label: 'Pension bond premium a year',
    value: 10_000,
    unit: '£ a year',
    low: 0,
    high: 30_000,
    format: 'currency',
    source: 'S26',
    note: 'Estimate of the premium: £10k a year; the fund may require a bond from a new admitted body.',
  });

  m.group('Other running costs, VAT and business rates');
  m.input({
    name: 'NonPayCosts',
    label: 'Running costs other than pay in year 1 (stock, premises, IT)',
    value: 1_900_000,
    unit: '£ a year',
    low: 1_700_000,
    high: 2_100_000,
    format: 'currency',
    note: 'Estimate: the rest of a £6m service once pay, rates and support services are counted; ±10% or so.',
  });
  m.input({
    name: 'PriceInflation',
    label: 'Price rise each year on running costs and rates',
    value: 0.02,
    unit: '%',
    low: 0,
    high: 0.05,
    format: 'percent-1dp',
    note: 'Estimate.',
  });
  m.input({
    name: 'VatRate',
    label: 'VAT rate',
    value: 0.2,
    unit: '%',
    low: 0.2,
    high: 0.2,
    format: 'percent',
    note: 'The UK standard rate.',
  });
  refs.taxable = m.input({
    name: 'ContractIsTaxable',
    label: 'Is the contract a taxable supply, so input VAT is recovered? (1 yes, 0 no)',
    value: 1,
    unit: 'switch',
    low: 0,
    high: 1,
    format: 'number',
    source: 'S29',
    note: 'A contract for a taxable supply lets the trust recover VAT; an exempt supply or a grant outside scope does not.',
  });
  m.input({
    name: 'VatBearingShare',
    label: 'Share of non-pay costs that carry VAT',
    value: 0.6,
    unit: '%',
    low: 0.3,
    high: 0.9,
    format: 'percent',
    note: 'Estimate.',
  });
  m.input({
    name: 'NonRecoverableShare',
    label: 'Share of that VAT not recoverable when the contract is not taxable',
    value: 0.5,
    unit: '%',
    low: 0,
    high: 1,
    format: 'percent',
    note: 'Estimate: irrecoverable VAT = 20% × VAT-bearing non-pay costs × this share.',
  });
  m.input({
    name: 'RatesBill',
    label: 'Business rates bill for the libraries, before relief',
    value: 600_000,
    unit: '£ a year',
    low: 400_000,
    high: 800_000,
    format: 'currency',
    note: 'Estimate: Suffolk Libraries cites about £500k a year of relief [S20].',
  });
  m.input({
    name: 'MandatoryRelief',
    label: 'Mandatory charitable rate relief',
    value: 0.8,
    unit: '%',
    low: 0.8,
    high: 0.8,
    format: 'percent',
    source: 'S28',
  });
  refs.discretionary = m.input({
    name: 'DiscretionaryChance',
    label: 'Chance the council grants the 20% discretionary top-up',
    value: 0.8,
    unit: '%',
    low: 0,
    high: 1,
    format: 'percent',
    note: 'Estimate: some councils refuse [S28]. The model counts the expected value.',
  });

  m.group('Support services, governance and transition');
  m.input({
    name: 'SupportShare',
    label: 'Support services bought back from the council, share of the contract',
    value: 0.08,
    unit: '%',
    low: 0.05,
    high: 0.12,
    format: 'percent',
    note: 'Estimate: back office is about 8.9% of council spend nationally [S30].',
  });
  m.input({
    name: 'SupportYears',
    label: 'Years the support services are bought back',
    value: 3,
    unit: 'years',
    low: 1,
    high: 5,
    format: 'number',
    note: 'Estimate: a typical initial service agreement.',
  });
  m.input({
    name: 'SupportShareAfter',
    label: 'Support services afterwards (own or procured), share of the contract',
    value: 0.06,
    unit: '%',
    low: 0.04,
    high: 0.1,
    format: 'percent',
    note: 'Estimate: a trust can usually buy more cheaply once free to choose.',
  });
  m.input({
    name: 'Governance',
    label: 'Governance: audit, insurance, board',
    value: 50_000,
    unit: '£ a year',
    low: 30_000,
    high: 80_000,
    format: 'currency',
    note: 'Estimate: £30k-£80k a year.',
  });
  m.input({
    name: 'TransitionCost',
    label: 'One-off transition cost',
    value: 250_000,
    unit: '£',
    low: 100_000,
    high: 500_000,
    format: 'currency',
    source: 'S32',
    note: 'Estimate of the sum: £250k (£100k-£500k); the Mutuals Support Programme helped some [S31].',
  });
  m.input({
    name: 'CouncilTransitionShare',
    label: 'Share of the transition cost the council pays',
    value: 0.5,
    unit: '%',
    low: 0,
    high: 1,
    format: 'percent',
    note: 'Estimate: who pays is a matter for negotiation [S31, S32].',
  });

  m.group('New income (in year 1, with its yearly growth)');
  m.input({
    name: 'TradingIncome',
    label: 'Trading income (room hire, cafés, events)',
    value: 150_000,
    unit: '£ a year',
    low: 50_000,
    high: 400_000,
    format: 'currency',
    note: 'Estimate.',
  });
  m.input({
    name: 'TradingGrowth',
    label: 'Trading income growth each year',
    value: 0.05,
    unit: '%',
    low: 0,
    high: 0.15,
    format: 'percent',
    note: 'Estimate.',
  });
  refs.grants = m.input({
    name: 'GrantIncome',
    label: 'Grants open only to charities',
    value: 200_000,
    unit: '£ a year',
    low: 0,
    high: 1_000_000,
    format: 'currency',
    note: 'Estimate: Suffolk Libraries cites about £1m a year [S20]; Explore York receives £220k a year from Arts Council England [S15].',
  });
  m.input({
    name: 'GrantGrowth',
    label: 'Grant income growth each year',
    value: 0,
    unit: '%',
    low: -0.1,
    high: 0.1,
    format: 'percent',
    note: 'Estimate.',
  });
  m.input({
    name: 'FundraisingIncome',
    label: 'Fundraising and donations',
    value: 50_000,
    unit: '£ a year',
    low: 0,
    high: 200_000,
    format: 'currency',
    note: 'Estimate.',
  });
  m.input({
    name: 'FundraisingGrowth',
    label: 'Fundraising growth each year',
    value: 0.1,
    unit: '%',
    low: 0,
    high: 0.2,
    format: 'percent',
    note: 'Estimate.',
  });
  m.input({
    name: 'OtherContracts',
    label: 'Other contracts (schools, neighbouring councils, NHS)',
    value: 100_000,
    unit: '£ a year',
    low: 0,
    high: 500_000,
    format: 'currency',
    note: 'Estimate.',
  });
  m.input({
    name: 'OtherContractsGrowth',
    label: 'Other contracts growth each year',
    value: 0.05,
    unit: '%',
    low: 0,
    high: 0.15,
    format: 'percent',
    note: 'Estimate.',
  });

  m.group('Reserves');
  refs.openingReserves = m.input({
    name: 'OpeningReserveMonths',
    label: 'Opening reserves, in months of costs',
    value: 1,
    unit: 'months',
    low: 0,
    high: 3,
    format: 'number-2dp',
    note: 'Estimate: often a dowry of about one month from the council.',
  });
  m.input({
    name: 'ReserveTargetMonths',
    label: 'Reserves target, in months of costs',
    value: 3,
    unit: 'months',
    low: 1,
    high: 6,
    format: 'number',
    note: 'Estimate: a common charity reserves policy.',
  });
  m.input({
    name: 'CashFloor',
    label: 'Reserves floor: the least cash the trust should hold at any month end',
    value: 0,
    unit: '£',
    low: 0,
    high: 500_000,
    format: 'currency',
    note: 'Estimate: nil means never overdrawn; a board may set a higher floor. A check on Summary says when the cash falls below it.',
  });

  m.group("The council's side");
  m.input({
    name: 'InHouseCost',
    label: 'Net cost of the service in-house in year 1 (the baseline)',
    value: 6_300_000,
    unit: '£ a year',
    low: 6_000_000,
    high: 6_600_000,
    format: 'currency',
    note: 'Estimate: what the council would spend keeping the same service; Suffolk spent about £9m in 2010/11 and £6.4m by 2012/13 [S17]. A narrow range: the same service, costed in-house.',
  });
  m.input({
    name: 'InHouseGrowth',
    label: 'Yearly rise in the in-house cost',
    value: 0.03,
    unit: '%',
    low: 0,
    high: 0.05,
    format: 'percent-1dp',
    note: 'Estimate: the pay award on about 55% of costs and prices on the rest.',
  });
  m.input({
    name: 'ClientCost',
    label: 'Council client-side contract management',
    value: 60_000,
    unit: '£ a year',
    low: 20_000,
    high: 150_000,
    format: 'currency',
    note: 'Estimate.',
  });
  m.input({
    name: 'DiscountRate',
    label: 'Discount rate (HM Treasury Green Book)',
    value: 0.035,
    unit: '%',
    low: 0.015,
    high: 0.06,
    format: 'percent-1dp',
    source: 'S49',
    note: '3.5% for years 0-30, a real rate; under review, so editable.',
  });
  m.input({
    name: 'GdpDeflator',
    label: 'GDP deflator: general inflation a year, to turn cash into real terms',
    value: 0.02,
    unit: '%',
    low: 0.01,
    high: 0.04,
    format: 'percent-1dp',
    source: 'S51',
    note: 'Estimate: about 2% a year (the Bank of England’s target). The Green Book discounts real prices: cash figures are deflated with it before discounting.',
  });
  m.cite('S15', 'S17', 'S27', 'S18', 'S20', 'S21', 'S22', 'S50', 'S52');
  return refs;
}
