// The partnership's savings by workstream as they ramp up, and each council's share on
// each basis (equal, budget, population, activity, investment).
import { absolute, financialYearLabel, type ModelBuilder } from '../model-builder';
import { COUNCILS, WORKSTREAMS, type SharedServiceAssumptions } from './assumptions';
import { FIRST_YEAR, YEARS, LAST, SAVINGS_ROWS } from './layout';

export function addSavings(m: ModelBuilder, a: SharedServiceAssumptions): void {
  const s = m.sheet('Savings', {
    A: 400,
    B: 120,
    ...Object.fromEntries(YEARS.map((c) => [c, 120])),
  });
  const R = SAVINGS_ROWS;
  const y = (c: string) => `${c}$${R.year}`;
  s.set('A1', 'The partnership’s savings, year by year').set('B1', 'Full run rate');
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
    (_, i) => (i === 0 ? 1 : `=${YEARS[i - 1]}${R.year}+1`),
    'number',
  );
  s.labelledRow(
    R.inPeriod,
    'Inside the appraisal period? (1 yes, 0 no)',
    YEARS,
    (c) => `=IF(${y(c)}<=AppraisalYears,1,0)`,
    'number',
  );
  // Green Book: year 1, when the investment is made, is the present year (not discounted).
  s.labelledRow(
    R.factor,
    'Discount factor',
    YEARS,
    (c) => `=1/(1+DiscountRate)^(${y(c)}-1)`,
    'number-4dp',
  );
  s.labelledRow(
    R.ramp,
    'Ramp-up: share of full run rate',
    YEARS,
    (c) => `=IF(${y(c)}=1,RampYearOne,IF(${y(c)}=2,RampYearTwo,RampYearThree))`,
    'percent',
  );
  WORKSTREAMS.forEach((w, i) => {
    const row = R.firstWorkstream + i;
    s.set(`A${row}`, w.title).set(
      `B${row}`,
      `=${absolute(a.workstreams[i]!)}*${COUNCILS.length}*OverlapFactor`,
      'currency',
    );
    s.across(row, YEARS, (c) => `=$B${row}*${c}$${R.ramp}*${c}$${R.inPeriod}`, 'accounting');
  });
  s.labelledRow(
    R.gross,
    'Gross savings',
    YEARS,
    (c) => `=SUM(${c}${R.firstWorkstream}:${c}${R.gross - 1})`,
    'accounting',
  );
  s.labelledRow(
    R.recharge,
    'Less: host overhead recharge',
    YEARS,
    (c) => `=-${c}${R.gross}*HostRecharge`,
    'accounting',
  );
  s.labelledRow(
    R.net,
    'Net savings to share',
    YEARS,
    (c) => `=${c}${R.gross}+${c}${R.recharge}`,
    'accounting',
  );
  s.labelledRow(
    R.cumulative,
    'Cumulative net savings',
    YEARS,
    (c, i) => (i === 0 ? `=${c}${R.net}` : `=${YEARS[i - 1]}${R.cumulative}+${c}${R.net}`),
    'accounting',
  );
  s.set(`A${R.investment}`, 'Investment by all councils (year 1)').set(
    `B${R.investment}`,
    `=${a.councils.map((c) => absolute(c.investment)).join('+')}`,
    'currency',
  );
  s.across(R.investment, YEARS, (c) => `=IF(${y(c)}=1,$B$${R.investment},0)`, 'accounting');
  m.name('TotalInvestment', `Savings!$B$${R.investment}`);
  s.labelledRow(
    R.partnershipNet,
    'Partnership: net savings after investment',
    YEARS,
    (c) => `=${c}${R.net}-${c}${R.investment}`,
    'accounting',
  );
  s.labelledRow(
    R.partnershipCumulative,
    'Partnership: cumulative',
    YEARS,
    (c, i) =>
      i === 0
        ? `=${c}${R.partnershipNet}`
        : `=${YEARS[i - 1]}${R.partnershipCumulative}+${c}${R.partnershipNet}`,
    'accounting',
  );
  s.labelledRow(
    R.payback,
    'Partnership paid back by this year? (year; 99 = not yet)',
    YEARS,
    (c) => `=IF(AND(${c}${R.partnershipCumulative}>=0,${c}$${R.inPeriod}=1),${y(c)},99)`,
    'number',
  );
  s.labelledRow(
    R.discounted,
    'Partnership: discounted net savings',
    YEARS,
    (c) => `=${c}${R.partnershipNet}*${c}$${R.factor}`,
    'accounting',
  );
  m.output(s.ref(`C${R.net}:${LAST}${R.net}`), {
    label: 'Partnership net savings by year',
    unit: '£',
    categories: s.ref(`C${R.label}:${LAST}${R.label}`),
    categoryAxis: 'Financial year',
  });
}

export function addShares(m: ModelBuilder, a: SharedServiceAssumptions): void {
  const s = m.sheet('Shares', { A: 260, B: 110, C: 110, D: 110, E: 110, F: 110 });
  s.set('A1', 'Each council’s share, on each basis');
  s.set('A2', 'Council')
    .set('B2', 'Equal')
    .set('C2', 'Baseline budget')
    .set('D2', 'Population')
    .set('E2', 'Activity')
    .set('F2', 'Investment');
  const all = (key: 'budget' | 'population' | 'visits' | 'issues' | 'investment') =>
    a.councils.map((c) => absolute(c[key])).join(',');
  a.councils.forEach((c, i) => {
    const row = 3 + i;
    s.set(`A${row}`, COUNCILS[i]!.title);
    s.set(`B${row}`, `=1/${COUNCILS.length}`, 'percent-1dp');
    s.set(`C${row}`, `=${absolute(c.budget)}/SUM(${all('budget')})`, 'percent-1dp');
    s.set(`D${row}`, `=${absolute(c.population)}/SUM(${all('population')})`, 'percent-1dp');
    // Activity: visits and issues weighted equally (South Hams / West Devon split by caseload [S44]).
    s.set(
      `E${row}`,
      `=(${absolute(c.visits)}/SUM(${all('visits')})+${absolute(c.issues)}/SUM(${all('issues')}))/2`,
      'percent-1dp',
    );
    // With no investment at all, an investment split falls back to equal shares.
    s.set(
      `F${row}`,
      `=IF(SUM(${all('investment')})=0,1/${COUNCILS.length},${absolute(c.investment)}/SUM(${all('investment')}))`,
      'percent-1dp',
    );
  });
  s.set('A6', 'Total (each column should be 100%)');
  for (const c of ['B', 'C', 'D', 'E', 'F']) s.set(`${c}6`, `=SUM(${c}3:${c}5)`, 'percent-1dp');
}
