// The five years side by side: each idea's operating surplus, set-up costs spread over their
// life, the share of the library's net budget, and the Fablab's grant taper in detail.
import { financialYearLabel, type ModelBuilder } from '../model-builder';
import { MONTHLY_ROWS } from './monthly';
import { FIRST_YEAR, LAST_MONTH, LAST_YEAR, YEAR_COLUMNS } from './timeline';

/** Rows of the Annual sheet. */
export const ANNUAL_ROWS = {
  label: 2,
  year: 3,
  room: 5,
  party: 6,
  event: 7,
  adoption: 8,
  fablab: 9,
  total: 10,
  setUpSpread: 11,
  afterSetUp: 12,
  shareOfBudget: 13,
  cash: 14,
  fabEarned: 17,
  fabManager: 18,
  fabFixed: 19,
  fabGrant: 20,
  fabDeficitYear: 21,
} as const;

export function addAnnual(m: ModelBuilder): void {
  const s = m.sheet('Annual', { A: 420, B: 20, C: 110, D: 110, E: 110, F: 110, G: 110 });
  const R = ANNUAL_ROWS;
  const M = MONTHLY_ROWS;
  /** Every yearly output is labelled by the row of financial years above it. */
  const byYear = {
    categories: s.ref(`C${R.label}:${LAST_YEAR}${R.label}`),
    categoryAxis: 'Financial year',
  };
  const sumYear = (monthlyRow: number) => (c: string) =>
    `=SUMIF(Monthly!$C$${M.year}:$${LAST_MONTH}$${M.year},${c}$${R.year},Monthly!$C$${monthlyRow}:$${LAST_MONTH}$${monthlyRow})`;
  s.set('A1', 'Year by year (UK financial years, April to March)');
  s.set(`A${R.label}`, 'Financial year').set(`A${R.year}`, 'Year');
  s.across(R.label, YEAR_COLUMNS, (_, i) => financialYearLabel(FIRST_YEAR, i), 'text');
  s.across(
    R.year,
    YEAR_COLUMNS,
    (_, i) => (i === 0 ? 1 : `=${YEAR_COLUMNS[i - 1]}${R.year}+1`),
    'number',
  );
  s.set('A4', 'OPERATING SURPLUS (BEFORE SET-UP COSTS)');
  const lines: [number, string, number][] = [
    [R.room, 'Room hire', M.ideas.room.surplus],
    [R.party, "Children's birthday parties", M.ideas.party.surplus],
    [R.event, 'Paid events', M.ideas.event.surplus],
    [R.adoption, 'Adopt a Book', M.ideas.adoption.surplus],
    [R.fablab, 'Fablab (after its start-up grant)', M.fablab.surplus],
    [R.total, 'All five ideas', M.total.surplus],
  ];
  for (const [row, label, monthly] of lines) {
    s.set(`A${row}`, label);
    s.across(row, YEAR_COLUMNS, sumYear(monthly), 'accounting');
    m.output(s.ref(`C${row}:${LAST_YEAR}${row}`), {
      label: `${label}: operating surplus by year`,
      unit: '£',
      ...byYear,
    });
  }
  s.set(`A${R.setUpSpread}`, 'Less: set-up costs spread over their life');
  s.across(
    R.setUpSpread,
    YEAR_COLUMNS,
    (c) =>
      `=IF(${c}$${R.year}<=EquipmentLife,-(RoomSetUp+PartySetUp+EventSetUp+AdoptionSetUp+FablabSetUp)/EquipmentLife,0)`,
    'accounting',
  );
  s.set(`A${R.afterSetUp}`, 'All five ideas: surplus after set-up costs');
  s.across(R.afterSetUp, YEAR_COLUMNS, (c) => `=${c}${R.total}+${c}${R.setUpSpread}`, 'accounting');
  s.set(`A${R.shareOfBudget}`, "Operating surplus as a share of the library's net budget");
  s.across(R.shareOfBudget, YEAR_COLUMNS, (c) => `=${c}${R.total}/NetBudget`, 'percent-1dp');
  s.set(`A${R.cash}`, 'Cumulative cash at the year end, set-up costs paid');
  s.across(
    R.cash,
    YEAR_COLUMNS,
    (c) => `=INDEX(Monthly!$C$${M.total.cash}:$${LAST_MONTH}$${M.total.cash},1,${c}$${R.year}*12)`,
    'accounting',
  );
  m.output(s.ref(`C${R.afterSetUp}:${LAST_YEAR}${R.afterSetUp}`), {
    label: 'All five ideas: surplus after set-up costs by year',
    unit: '£',
    ...byYear,
  });
  m.output(s.ref(`C${R.shareOfBudget}:${LAST_YEAR}${R.shareOfBudget}`), {
    label: "Surplus as a share of the library's net budget by year",
    unit: '%',
    ...byYear,
  });

  s.set('A16', 'FABLAB IN DETAIL: THE GRANT TAPER');
  const fab: [number, string, number][] = [
    [R.fabEarned, 'Fablab: contribution earned', M.fablab.contribution],
    [R.fabManager, 'Fablab: lab manager', M.fablab.manager],
    [R.fabFixed, 'Fablab: other fixed costs', M.fablab.fixed],
    [R.fabGrant, 'Fablab: start-up grant', M.fablab.grant],
  ];
  for (const [row, label, monthly] of fab) {
    s.set(`A${row}`, label);
    s.across(row, YEAR_COLUMNS, sumYear(monthly), 'accounting');
  }
  s.set(`A${R.fabDeficitYear}`, 'Fablab in deficit this year? (year number; 99 = no)');
  s.across(
    R.fabDeficitYear,
    YEAR_COLUMNS,
    (c) => `=IF(${c}${R.fablab}<0,${c}$${R.year},99)`,
    'number',
  );
}
