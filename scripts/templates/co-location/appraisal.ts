// The Appraisal sheet: every cost and benefit against Business As Usual for years 0-60,
// discounted the Green Book way, with each partner's financial position.
import { absolute, financialYearLabel, type ModelBuilder } from '../model-builder';
import { FIRST_YEAR, YEARS, LAST, LONG_TERM_FROM, NOT_YET, CO_ROWS } from './layout';

export function addAppraisal(
  m: ModelBuilder,
  sites: { costs: string[]; backlog: string; receipt: string }[],
): void {
  const widths: Record<string, number> = { A: 520, B: 120 };
  for (const c of YEARS) widths[c] = 120;
  const s = m.sheet('Appraisal', widths);
  const R = CO_ROWS;
  const t = (c: string) => `${c}$${R.year}`;
  const period = (c: string) => `${c}$${R.inPeriod}`;
  const amount = (row: number) => `$B$${row}`;
  s.set(
    'A1',
    'Costs and benefits against Business As Usual, year by year (year 0 = when the capital is spent)',
  );
  s.set('B1', 'Amount');
  s.labelledRow(
    R.label,
    'Financial year',
    YEARS,
    (_, i) => financialYearLabel(FIRST_YEAR, i),
    'text',
  );
  s.labelledRow(
    R.year,
    'Year',
    YEARS,
    (_, i) => (i === 0 ? 0 : `=${YEARS[i - 1]}${R.year}+1`),
    'number',
  );
  s.labelledRow(
    R.inPeriod,
    'Inside the appraisal period? (1 yes, 0 no)',
    YEARS,
    (c) => `=IF(${t(c)}<=AppraisalYears,1,0)`,
    'number',
  );
  s.labelledRow(
    R.factor,
    'Discount factor',
    YEARS,
    (c) =>
      `=IF(${t(c)}<=${LONG_TERM_FROM},1/(1+DiscountRateEarly)^${t(c)},1/(1+DiscountRateEarly)^${LONG_TERM_FROM}/(1+DiscountRateLate)^(${t(c)}-${LONG_TERM_FROM}))`,
    'number-2dp',
  );

  /** A line with its amount in B and `when` (a condition on the year) deciding where it falls. */
  const line = (row: number, label: string, total: string, when: (c: string) => string) => {
    s.set(`A${row}`, label).set(`B${row}`, `=${total}`, 'currency');
    s.across(row, YEARS, (c) => `=IF(${when(c)},${amount(row)},0)*${period(c)}`, 'accounting');
  };
  const every = (c: string) => `${t(c)}>=1`;
  s.set('A6', 'COSTS');
  line(
    R.capital,
    'Fit-out capital with optimism bias',
    'FitOutCapital*(1+OptimismBias)',
    (c) => `${t(c)}=0`,
  );
  line(
    R.decant,
    'Decant: moving and temporary premises (duration with optimism bias)',
    'DecantOneOff+TempPremisesMonthly*DecantMonths*(1+DurationOptimismBias)',
    (c) => `${t(c)}=0`,
  );
  line(
    R.hubRunning,
    'Hub running costs: service charge and rates',
    'HubArea*ServiceChargePerSqm+HubRates',
    every,
  );
  s.labelledRow(
    R.costs,
    'Total costs',
    YEARS,
    (c) => `=SUM(${c}${R.capital}:${c}${R.hubRunning})`,
    'accounting',
  );
  s.set('A11', 'BENEFITS');
  const siteCosts = sites.flatMap((site) => site.costs.map(absolute)).join(',');
  line(
    R.siteSavings,
    "Running costs avoided at the library's old sites",
    `SUM(${siteCosts})`,
    every,
  );
  line(R.partnerSavings, "Partner's running costs avoided", 'PartnerAvoidedCosts', every);
  line(R.staffing, 'Shared front-of-house staffing saving', 'SharedStaffFte*FteCost', every);
  line(
    R.backlog,
    'Maintenance backlog avoided',
    sites.map((site) => absolute(site.backlog)).join('+'),
    (c) => `${t(c)}=1`,
  );
  line(
    R.receipts,
    'Capital receipts from sold sites',
    sites.map((site) => absolute(site.receipt)).join('+'),
    (c) => `${t(c)}=ReceiptYear`,
  );
  line(R.visits, 'Value of extra visits', 'CurrentVisits*FootfallUplift*ValuePerVisit', every);
  line(
    R.residual,
    'Residual value at the end of the period',
    'ResidualValue',
    (c) => `${t(c)}=AppraisalYears`,
  );
  s.labelledRow(
    R.benefits,
    'Total benefits',
    YEARS,
    (c) => `=SUM(${c}${R.siteSavings}:${c}${R.residual})`,
    'accounting',
  );
  s.labelledRow(
    R.net,
    'Net benefit',
    YEARS,
    (c) => `=${c}${R.benefits}-${c}${R.costs}`,
    'accounting',
  );
  s.labelledRow(
    R.cumulative,
    'Cumulative net benefit',
    YEARS,
    (c, i) => (i === 0 ? `=${c}${R.net}` : `=${YEARS[i - 1]}${R.cumulative}+${c}${R.net}`),
    'accounting',
  );
  s.labelledRow(
    R.discounted,
    'Discounted net benefit',
    YEARS,
    (c) => `=${c}${R.net}*${c}${R.factor}`,
    'accounting',
  );
  s.labelledRow(
    R.cumulativeDiscounted,
    'Cumulative discounted net benefit',
    YEARS,
    (c, i) =>
      i === 0
        ? `=${c}${R.discounted}`
        : `=${YEARS[i - 1]}${R.cumulativeDiscounted}+${c}${R.discounted}`,
    'accounting',
  );
  s.labelledRow(
    R.pvCosts,
    'Present value of costs',
    YEARS,
    (c) => `=${c}${R.costs}*${c}${R.factor}`,
    'accounting',
  );
  s.labelledRow(
    R.pvBenefits,
    'Present value of benefits',
    YEARS,
    (c) => `=${c}${R.benefits}*${c}${R.factor}`,
    'accounting',
  );
  s.labelledRow(
    R.simplePayback,
    `Paid back by this year? (year number; ${NOT_YET} = not yet)`,
    YEARS,
    (c) => `=IF(AND(${c}${R.cumulative}>=0,${period(c)}=1),${t(c)},${NOT_YET})`,
    'number',
  );
  s.labelledRow(
    R.discountedPayback,
    `Paid back, discounted? (year number; ${NOT_YET} = not yet)`,
    YEARS,
    (c) => `=IF(AND(${c}${R.cumulativeDiscounted}>=0,${period(c)}=1),${t(c)},${NOT_YET})`,
    'number',
  );

  s.set('A28', 'EACH PARTNER’S FINANCIAL POSITION (GRANTS INCLUDED)');
  s.set(`A${R.libraryShare}`, "The library's share of hub capital and running costs").set(
    `B${R.libraryShare}`,
    '=IF(ShareByUsage=1,LibraryUsageShare,LibraryArea/HubArea)',
    'percent',
  );
  m.name('LibraryShare', `Appraisal!$B$${R.libraryShare}`);
  line(
    R.grants,
    'Capital grants (a transfer: financial view only)',
    'CapitalGrant',
    (c) => `${t(c)}=0`,
  );
  const hubCosts = (c: string) => `(${c}${R.capital}+${c}${R.hubRunning}-${c}${R.grants})`;
  s.labelledRow(
    R.libraryCosts,
    'Library: its share of the hub, net of grants, plus the decant',
    YEARS,
    (c) => `=LibraryShare*${hubCosts(c)}+${c}${R.decant}`,
    'accounting',
  );
  s.labelledRow(
    R.libraryBenefits,
    'Library: its savings, receipts and share of residual value',
    YEARS,
    (c) =>
      `=${c}${R.siteSavings}+${c}${R.staffing}+${c}${R.backlog}+${c}${R.receipts}+${c}${R.visits}+LibraryShare*${c}${R.residual}`,
    'accounting',
  );
  s.labelledRow(
    R.libraryNet,
    'Library: discounted net position',
    YEARS,
    (c) => `=(${c}${R.libraryBenefits}-${c}${R.libraryCosts})*${c}${R.factor}`,
    'accounting',
  );
  s.labelledRow(
    R.partnerCosts,
    'Partner: its share of the hub, net of grants',
    YEARS,
    (c) => `=(1-LibraryShare)*${hubCosts(c)}`,
    'accounting',
  );
  s.labelledRow(
    R.partnerBenefits,
    'Partner: its savings and share of residual value',
    YEARS,
    (c) => `=${c}${R.partnerSavings}+(1-LibraryShare)*${c}${R.residual}`,
    'accounting',
  );
  s.labelledRow(
    R.partnerNet,
    'Partner: discounted net position',
    YEARS,
    (c) => `=(${c}${R.partnerBenefits}-${c}${R.partnerCosts})*${c}${R.factor}`,
    'accounting',
  );
  s.set('A37', 'FOR THE SWITCHING VALUES');
  s.labelledRow(
    R.pvSavings,
    'Present value of the yearly running savings',
    YEARS,
    (c) => `=(${c}${R.siteSavings}+${c}${R.partnerSavings}+${c}${R.staffing})*${c}${R.factor}`,
    'accounting',
  );
  s.labelledRow(
    R.pvReceipts,
    'Present value of the capital receipts',
    YEARS,
    (c) => `=${c}${R.receipts}*${c}${R.factor}`,
    'accounting',
  );
  /** Every yearly output is labelled by the row of financial years above it. */
  const byYear = {
    categories: s.ref(`C${R.label}:${LAST}${R.label}`),
    categoryAxis: 'Financial year',
  };
  m.output(s.ref(`C${R.cumulative}:${LAST}${R.cumulative}`), {
    label: 'Cumulative net benefit by year',
    unit: '£',
    ...byYear,
    summary: 'last',
  });
  m.output(s.ref(`C${R.cumulativeDiscounted}:${LAST}${R.cumulativeDiscounted}`), {
    label: 'Cumulative discounted net benefit by year',
    unit: '£',
    ...byYear,
    summary: 'last',
  });
}
