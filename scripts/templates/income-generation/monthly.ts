// Month by month over five years: ramp-up, seasons, the Fablab manager and grant, and the
// cumulative cash of each idea with its set-up cost charged in month 1 (DOMAIN §1).
import type { ModelBuilder } from '../model-builder';
import type { IncomeAssumptions } from './assumptions';
import { LAST_MONTH, MONTH_COLUMNS } from './timeline';
import { UNIT_COLUMNS, UNIT_ROWS } from './unit-economics';

/** Rows of the Monthly sheet, one block per idea. */
export const MONTHLY_ROWS = {
  month: 2,
  year: 3,
  monthOfYear: 4,
  ramp: 5,
  season: 6,
  demand: 7,
  ideas: {
    room: { units: 10, contribution: 11, fixed: 12, surplus: 13, cash: 14, paid: 15 },
    party: { units: 18, contribution: 19, fixed: 20, surplus: 21, cash: 22, paid: 23 },
    event: { units: 26, contribution: 27, fixed: 28, surplus: 29, cash: 30, paid: 31 },
    adoption: { units: 34, contribution: 35, fixed: 36, surplus: 37, cash: 38, paid: 39 },
  },
  fablab: { contribution: 42, manager: 43, fixed: 44, grant: 45, surplus: 46, cash: 47, paid: 48 },
  total: { surplus: 51, cash: 52, paid: 53 },
} as const;

export const IDEAS = [
  { key: 'room', title: 'Room hire', unit: 'booked hours', setUp: 'RoomSetUp' },
  { key: 'party', title: "Children's birthday parties", unit: 'parties', setUp: 'PartySetUp' },
  { key: 'event', title: 'Paid events', unit: 'tickets', setUp: 'EventSetUp' },
  { key: 'adoption', title: 'Adopt a Book', unit: 'adoptions', setUp: 'AdoptionSetUp' },
] as const;

/** "Not paid back for good" is 999 in the helper rows, so MIN finds the first month that is. */
export const NOT_PAID_BACK = 999;

/**
 * Paid back for good: cash at or above zero this month and in every later month (read from
 * the right: the next month is paid back for good too), so a dip later is not a payback.
 */
function paidBackForGood(cashRow: number, paidRow: number) {
  return (c: string, i: number) => {
    const next = MONTH_COLUMNS[i + 1];
    const later = next === undefined ? 'TRUE()' : `${next}${paidRow}<>${NOT_PAID_BACK}`;
    return `=IF(AND(${c}${cashRow}>=0,${later}),${c}$${MONTHLY_ROWS.month},${NOT_PAID_BACK})`;
  };
}

export function addMonthly(m: ModelBuilder, a: IncomeAssumptions): void {
  const widths: Record<string, number> = { A: 330, B: 20 };
  for (const c of MONTH_COLUMNS) widths[c] = 90;
  const s = m.sheet('Monthly', widths);
  const R = MONTHLY_ROWS;
  const first = MONTH_COLUMNS[0]!;
  const season = `Assumptions!$B$${a.season[0]!.replace(/^.*B/, '')}:$B$${a.season[11]!.replace(/^.*B/, '')}`;
  s.set('A1', 'Month by month over five years (month 1 is April of the first year)');
  s.set(`A${R.month}`, 'Month')
    .set(`A${R.year}`, 'Year')
    .set(`A${R.monthOfYear}`, 'Month of the financial year (April = 1)');
  s.set(`A${R.ramp}`, 'Ramp-up: share of full volume')
    .set(`A${R.season}`, 'Seasonal demand')
    .set(`A${R.demand}`, 'Demand: ramp-up × season');
  const cum = (row: number, setUp: string) => (c: string, i: number) =>
    i === 0 ? `=-${setUp}+${c}${row - 1}` : `=${MONTH_COLUMNS[i - 1]}${row}+${c}${row - 1}`;
  s.across(
    R.month,
    MONTH_COLUMNS,
    (c, i) => (i === 0 ? 1 : `=${MONTH_COLUMNS[i - 1]}${R.month}+1`),
    'number',
  );
  s.across(R.year, MONTH_COLUMNS, (c) => `=INT((${c}$${R.month}-1)/12)+1`, 'number');
  s.across(R.monthOfYear, MONTH_COLUMNS, (c) => `=MOD(${c}$${R.month}-1,12)+1`, 'number');
  // A straight line from RampStart in month 1 to 100% in month RampMonths.
  s.across(
    R.ramp,
    MONTH_COLUMNS,
    (c) =>
      `=IF(${c}$${R.month}>=RampMonths,1,RampStart+(1-RampStart)*(${c}$${R.month}-1)/MAX(1,RampMonths-1))`,
    'percent',
  );
  s.across(R.season, MONTH_COLUMNS, (c) => `=INDEX(${season},${c}$${R.monthOfYear})`, 'percent');
  s.across(R.demand, MONTH_COLUMNS, (c) => `=${c}${R.ramp}*${c}${R.season}`, 'percent');

  for (const idea of IDEAS) {
    const rows = R.ideas[idea.key];
    const u = UNIT_COLUMNS[idea.key];
    s.set(`A${rows.units - 1}`, idea.title.toUpperCase());
    s.set(`A${rows.units}`, `${idea.title}: ${idea.unit}`);
    s.set(`A${rows.contribution}`, `${idea.title}: contribution`);
    s.set(`A${rows.fixed}`, `${idea.title}: fixed costs`);
    s.set(`A${rows.surplus}`, `${idea.title}: surplus`);
    s.set(`A${rows.cash}`, `${idea.title}: cumulative cash after set-up`);
    s.set(
      `A${rows.paid}`,
      `${idea.title}: month number if paid back for good from here (${NOT_PAID_BACK} = no)`,
    );
    s.across(
      rows.units,
      MONTH_COLUMNS,
      (c) => `='Unit economics'!$${u}$${UNIT_ROWS.volume}*${c}$${R.demand}`,
      'number-2dp',
    );
    s.across(
      rows.contribution,
      MONTH_COLUMNS,
      (c) => `=${c}${rows.units}*'Unit economics'!$${u}$${UNIT_ROWS.contribution}`,
      'accounting',
    );
    s.across(
      rows.fixed,
      MONTH_COLUMNS,
      () => `=-'Unit economics'!$${u}$${UNIT_ROWS.fixed}`,
      'accounting',
    );
    s.across(
      rows.surplus,
      MONTH_COLUMNS,
      (c) => `=${c}${rows.contribution}+${c}${rows.fixed}`,
      'accounting',
    );
    s.across(rows.cash, MONTH_COLUMNS, cum(rows.cash, idea.setUp), 'accounting');
    s.across(rows.paid, MONTH_COLUMNS, paidBackForGood(rows.cash, rows.paid), 'number');
  }

  const F = R.fablab;
  s.set(`A${F.contribution - 1}`, 'FABLAB');
  s.set(`A${F.contribution}`, 'Fablab: contribution from its five activities');
  s.set(`A${F.manager}`, 'Fablab: lab manager');
  s.set(`A${F.fixed}`, 'Fablab: other fixed costs');
  s.set(`A${F.grant}`, 'Fablab: start-up grant (tapering)');
  s.set(`A${F.surplus}`, 'Fablab: surplus');
  s.set(`A${F.cash}`, 'Fablab: cumulative cash after set-up');
  s.set(
    `A${F.paid}`,
    `Fablab: month number if paid back for good from here (${NOT_PAID_BACK} = no)`,
  );
  s.across(
    F.contribution,
    MONTH_COLUMNS,
    (c) => `=FablabMonthlyContribution*${c}$${R.demand}`,
    'accounting',
  );
  s.across(
    F.manager,
    MONTH_COLUMNS,
    (c) => `=IF(${c}$${R.month}>=ManagerStartMonth,-ManagerFte*ManagerCost/12,0)`,
    'accounting',
  );
  s.across(F.fixed, MONTH_COLUMNS, () => '=-FablabFixedMonthly', 'accounting');
  // Year 1 in full, then down by equal steps to nothing after FablabGrantYears years.
  s.across(
    F.grant,
    MONTH_COLUMNS,
    (c) => `=FablabGrantYearOne*MAX(0,1-(${c}$${R.year}-1)/FablabGrantYears)/12`,
    'accounting',
  );
  s.across(
    F.surplus,
    MONTH_COLUMNS,
    (c) => `=SUM(${c}${F.contribution}:${c}${F.grant})`,
    'accounting',
  );
  s.across(F.cash, MONTH_COLUMNS, cum(F.cash, 'FablabSetUp'), 'accounting');
  s.across(F.paid, MONTH_COLUMNS, paidBackForGood(F.cash, F.paid), 'number');

  const T = R.total;
  const surplusRows = [...IDEAS.map((i) => R.ideas[i.key].surplus), F.surplus];
  const cashRows = [...IDEAS.map((i) => R.ideas[i.key].cash), F.cash];
  s.set(`A${T.surplus - 1}`, 'ALL FIVE IDEAS');
  s.set(`A${T.surplus}`, 'All five ideas: surplus');
  s.set(`A${T.cash}`, 'All five ideas: cumulative cash after set-up');
  s.set(
    `A${T.paid}`,
    `All five ideas: month number if paid back for good from here (${NOT_PAID_BACK} = no)`,
  );
  s.across(
    T.surplus,
    MONTH_COLUMNS,
    (c) => `=${surplusRows.map((r) => `${c}${r}`).join('+')}`,
    'accounting',
  );
  s.across(
    T.cash,
    MONTH_COLUMNS,
    (c) => `=${cashRows.map((r) => `${c}${r}`).join('+')}`,
    'accounting',
  );
  s.across(T.paid, MONTH_COLUMNS, paidBackForGood(T.cash, T.paid), 'number');
  m.output(s.ref(`${first}${T.cash}:${LAST_MONTH}${T.cash}`), {
    label: 'All five ideas: cumulative cash after set-up costs, month by month',
    unit: '£',
    categories: s.ref(`${first}${R.month}:${LAST_MONTH}${R.month}`),
    categoryAxis: 'Month',
    summary: 'last',
  });
}
