// The Appraisal sheet: every cost and benefit against Business As Usual for years 0-60,
// discounted the Green Book way, with each partner's financial position. The economic
// rows leave out transfers (business rates, grants: Green Book); the partners' rows count
// them, because each body pays or receives them in cash.
import { absolute, financialYearLabel, type ModelBuilder } from '../model-builder';
import { FIRST_YEAR, YEARS, LAST, LONG_TERM_FROM, NOT_YET, CO_ROWS } from './layout';

export function addAppraisal(
  m: ModelBuilder,
  sites: { costs: string[]; rates: string; backlog: string; receipt?: string }[],
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
    'number-4dp',
  );
  // Optimism bias on works duration (Green Book rule 6) delays the move: the months the
  // works overrun push back everything that needs the hub, pro-rated within a year.
  s.set(
    `A${R.inHub}`,
    'Move delayed by the works overrun (years, in B); share of each year in the hub',
  ).set(`B${R.inHub}`, '=DecantMonths*DurationOptimismBias/12', 'number-2dp');
  m.name('MoveDelayYears', `Appraisal!$B$${R.inHub}`);
  s.across(
    R.inHub,
    YEARS,
    (c) => `=IF(${t(c)}<1,0,MIN(1,MAX(0,${t(c)}-MoveDelayYears)))`,
    'percent',
  );
  const inHub = (c: string) => `${c}$${R.inHub}`;

  /** A line with its amount in B and `when` (a condition on the year) deciding where it falls. */
  const line = (row: number, label: string, total: string, when: (c: string) => string) => {
    s.set(`A${row}`, label).set(`B${row}`, `=${total}`, 'currency');
    s.across(row, YEARS, (c) => `=IF(${when(c)},${amount(row)},0)*${period(c)}`, 'accounting');
  };
  /** A line that runs from the move, for the share of each year spent in the hub. */
  const fromMove = (row: number, label: string, total: string) => {
    s.set(`A${row}`, label).set(`B${row}`, `=${total}`, 'currency');
    s.across(row, YEARS, (c) => `=${amount(row)}*${inHub(c)}*${period(c)}`, 'accounting');
  };
  const capitalWithBias = 'FitOutCapital*(1+OptimismBias)';
  s.set(`A${R.capital - 1}`, 'COSTS');
  line(R.capital, 'Fit-out capital with optimism bias', capitalWithBias, (c) => `${t(c)}=0`);
  // A fit-out wears out: it is renewed each time its life ends inside the period.
  line(
    R.renewal,
    'Fit-out renewed at the end of its life (with optimism bias)',
    capitalWithBias,
    (c) => `AND(${t(c)}>=1,${t(c)}<AppraisalYears,MOD(${t(c)},FitOutLife)=0)`,
  );
  line(
    R.decant,
    'Decant: moving and temporary premises (duration with optimism bias)',
    'DecantOneOff+TempPremisesMonthly*DecantMonths*(1+DurationOptimismBias)',
    (c) => `${t(c)}=0`,
  );
  fromMove(
    R.hubRunning,
    'Hub running costs: service charge (business rates are a transfer: partners’ view only)',
    'HubArea*ServiceChargePerSqm',
  );
  s.labelledRow(
    R.costs,
    'Total costs',
    YEARS,
    (c) => `=SUM(${c}${R.capital}:${c}${R.hubRunning})`,
    'accounting',
  );
  s.set(`A${R.siteSavings - 1}`, 'BENEFITS');
  const siteCosts = sites.flatMap((site) => site.costs.map(absolute)).join(',');
  fromMove(
    R.siteSavings,
    "Running costs avoided at the library's old sites (business rates left out: a transfer)",
    `SUM(${siteCosts})`,
  );
  fromMove(R.partnerSavings, "Partner's running costs avoided", 'PartnerAvoidedCosts');
  fromMove(R.staffing, 'Shared front-of-house staffing saving', 'SharedStaffFte*FteCost');
  line(
    R.backlog,
    'Maintenance backlog avoided',
    sites.map((site) => absolute(site.backlog)).join('+'),
    (c) => `${t(c)}=1`,
  );
  // A sale follows the move: a delay of the move moves the receipt with it.
  line(
    R.receipts,
    'Capital receipts from sold sites (a leased site is handed back: no receipt)',
    sites.flatMap((site) => (site.receipt ? [absolute(site.receipt)] : [])).join('+'),
    (c) => `${t(c)}=INT(ReceiptYear-1+MoveDelayYears)+1`,
  );
  fromMove(
    R.visits,
    'Wider value of extra visits (a non-cash benefit: economic view only)',
    'CurrentVisits*FootfallUplift*ValuePerVisit',
  );
  // What is left of the latest fit-out's life when the period ends, at its cost.
  line(
    R.residual,
    'Residual value: the unexpired life of the latest fit-out at the end of the period',
    `${capitalWithBias}*(1-(AppraisalYears-FitOutLife*INT((AppraisalYears-1)/FitOutLife))/FitOutLife)`,
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
  // Paid back for good: the cumulative is at or above zero here and in every later year of
  // the period (read from the right: the next year is paid back for good, or outside the period).
  const paidBackForGood = (row: number, cumulative: number) => (c: string, i: number) => {
    const next = YEARS[i + 1];
    const later = next === undefined ? 'TRUE()' : `OR(${period(next)}=0,${next}${row}<>${NOT_YET})`;
    return `=IF(AND(${period(c)}=1,${c}${cumulative}>=0,${later}),${t(c)},${NOT_YET})`;
  };
  s.labelledRow(
    R.simplePayback,
    `Paid back for good from this year? (year number; ${NOT_YET} = no)`,
    YEARS,
    paidBackForGood(R.simplePayback, R.cumulative),
    'number',
  );
  s.labelledRow(
    R.discountedPayback,
    `Paid back for good, discounted? (year number; ${NOT_YET} = no)`,
    YEARS,
    paidBackForGood(R.discountedPayback, R.cumulativeDiscounted),
    'number',
  );

  s.set(
    `A${R.libraryShare - 1}`,
    'EACH PARTNER’S FINANCIAL POSITION (CASH: GRANTS AND BUSINESS RATES INCLUDED, NO NON-CASH BENEFIT)',
  );
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
  fromMove(
    R.siteRates,
    'Business rates no longer paid at the library’s old sites',
    sites.map((site) => absolute(site.rates)).join('+'),
  );
  fromMove(R.hubRates, 'Hub business rates', 'HubRates');
  const hubCosts = (c: string) =>
    `(${c}${R.capital}+${c}${R.renewal}+${c}${R.hubRunning}+${c}${R.hubRates}-${c}${R.grants})`;
  s.labelledRow(
    R.libraryCosts,
    'Library: its share of the hub (rates included), net of grants, plus the decant',
    YEARS,
    (c) => `=LibraryShare*${hubCosts(c)}+${c}${R.decant}`,
    'accounting',
  );
  s.labelledRow(
    R.libraryBenefits,
    'Library: its savings (rates included), receipts and share of residual value',
    YEARS,
    (c) =>
      `=${c}${R.siteSavings}+${c}${R.siteRates}+${c}${R.staffing}+${c}${R.backlog}+${c}${R.receipts}+LibraryShare*${c}${R.residual}`,
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
  s.set(`A${R.pvSavings - 1}`, 'FOR THE SWITCHING VALUES AND THE BCR CONVENTION');
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
  s.labelledRow(
    R.netted,
    'Present value of the hub running costs (for a BCR with them netted from the savings)',
    YEARS,
    (c) => `=${c}${R.hubRunning}*${c}${R.factor}`,
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
