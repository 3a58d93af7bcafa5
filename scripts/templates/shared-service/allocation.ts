// The savings each council receives under every allocation method, year by year, and the
// methods side by side: NPV, payback, cost of withdrawing, and the "no council worse off" test.
import { absolute, financialYearLabel, type ModelBuilder } from '../model-builder';
import { COUNCILS, METHODS, type SharedServiceAssumptions } from './assumptions';
import {
  FIRST_YEAR,
  YEARS,
  LAST,
  METHOD_COLUMNS,
  SAVINGS_ROWS,
  SHARE_COLUMN,
  ALLOCATION_LABEL_ROW,
  allocationRow,
  AGREEMENT_BLOCK,
  agreementRow,
  COMPARISON_ROWS,
} from './layout';

export function addAllocation(m: ModelBuilder): void {
  const s = m.sheet('Allocation', {
    A: 400,
    B: 20,
    ...Object.fromEntries(YEARS.map((c) => [c, 120])),
  });
  const S = SAVINGS_ROWS;
  s.set('A1', 'Savings each council receives, by method, year by year');
  s.across(ALLOCATION_LABEL_ROW, YEARS, (_, i) => financialYearLabel(FIRST_YEAR, i), 'text');
  const bases = [
    SHARE_COLUMN.equal,
    SHARE_COLUMN.budget,
    SHARE_COLUMN.population,
    SHARE_COLUMN.activity,
    SHARE_COLUMN.investment,
  ];
  METHODS.forEach((method, k) => {
    s.set(`A${3 + 8 * k}`, `${k + 1}. ${method.toUpperCase()}`);
    COUNCILS.forEach((council, i) => {
      const row = allocationRow(k, i);
      const cum = allocationRow(k, i, true);
      const share = (col: string) => `Shares!$${col}$${3 + i}`;
      s.set(`A${row}`, `${council.title}: savings received`);
      s.set(`A${cum}`, `${council.title}: cumulative`);
      if (k < bases.length) {
        s.across(row, YEARS, (c) => `=Savings!${c}$${S.net}*${share(bases[k]!)}`, 'accounting');
        s.across(
          cum,
          YEARS,
          (c, j) => (j === 0 ? `=${c}${row}` : `=${YEARS[j - 1]}${cum}+${c}${row}`),
          'accounting',
        );
      } else {
        // Hybrid: the cumulative savings first repay the investments pro rata, then the rest goes by budget.
        const repaid = (c: string) => `MIN(Savings!${c}$${S.cumulative},TotalInvestment)`;
        s.across(
          cum,
          YEARS,
          (c) =>
            `=${repaid(c)}*${share(SHARE_COLUMN.investment)}+(Savings!${c}$${S.cumulative}-${repaid(c)})*${share(SHARE_COLUMN.budget)}`,
          'accounting',
        );
        s.across(
          row,
          YEARS,
          (c, j) => (j === 0 ? `=${c}${cum}` : `=${c}${cum}-${YEARS[j - 1]}${cum}`),
          'accounting',
        );
      }
    });
  });
  s.set(`A${AGREEMENT_BLOCK}`, 'UNDER THE METHOD IN THE AGREEMENT');
  COUNCILS.forEach((council, i) => {
    const row = agreementRow(i);
    s.labelledRow(
      row,
      `${council.title}: savings received`,
      YEARS,
      (c) =>
        `=CHOOSE(ChosenMethod,${METHODS.map((_, k) => `${c}${allocationRow(k, i)}`).join(',')})`,
      'accounting',
    );
    m.output(s.ref(`C${row}:${LAST}${row}`), {
      label: `${council.title}: savings received under the agreement, by year`,
      unit: '£',
      categories: s.ref(`C${ALLOCATION_LABEL_ROW}:${LAST}${ALLOCATION_LABEL_ROW}`),
      categoryAxis: 'Financial year',
    });
  });
}

export function addComparison(m: ModelBuilder, a: SharedServiceAssumptions): void {
  const s = m.sheet('Comparison', {
    A: 560,
    ...Object.fromEntries(METHOD_COLUMNS.map((c) => [c, 200])),
    H: 160,
  });
  const C = COMPARISON_ROWS;
  const factors = `Savings!$C$${SAVINGS_ROWS.factor}:$${LAST}$${SAVINGS_ROWS.factor}`;
  s.set('A1', 'The allocation methods side by side');
  s.set('A2', 'Method');
  METHOD_COLUMNS.forEach((col, k) => s.set(`${col}2`, METHODS[k]!));
  const block = (
    heading: string,
    first: number,
    label: string,
    formula: (col: string, k: number, i: number) => string,
    format: 'accounting' | 'percent-1dp' | 'number',
  ) => {
    s.set(`A${first - 1}`, heading);
    COUNCILS.forEach((council, i) => {
      s.set(`A${first + i}`, `${council.title}: ${label}`);
      METHOD_COLUMNS.forEach((col, k) => s.set(`${col}${first + i}`, formula(col, k, i), format));
    });
  };
  const received = (k: number, i: number) =>
    `Allocation!$C$${allocationRow(k, i)}:$${LAST}$${allocationRow(k, i)}`;
  const cumulative = (k: number, i: number) =>
    `Allocation!$C$${allocationRow(k, i, true)}:$${LAST}$${allocationRow(k, i, true)}`;
  const investment = (i: number) => absolute(a.councils[i]!.investment);
  block(
    'SAVINGS RECEIVED OVER THE PERIOD',
    C.received,
    'savings received',
    (_, k, i) => `=SUM(${received(k, i)})`,
    'accounting',
  );
  s.set(`A${C.total}`, 'All councils');
  METHOD_COLUMNS.forEach((col) =>
    s.set(`${col}${C.total}`, `=SUM(${col}${C.received}:${col}${C.received + 2})`, 'accounting'),
  );
  block(
    'SHARE OF THE SAVINGS (COLUMN H: OF THE INVESTMENT)',
    C.share,
    'share of savings',
    (col, _, i) => `=IF(${col}$${C.total}=0,0,${col}${C.received + i}/${col}$${C.total})`,
    'percent-1dp',
  );
  s.set(`H${C.share - 1}`, 'Share of investment');
  COUNCILS.forEach((_, i) => s.set(`H${C.share + i}`, `=Shares!F${3 + i}`, 'percent-1dp'));
  block(
    'NET PRESENT VALUE: SAVINGS RECEIVED LESS INVESTMENT',
    C.npv,
    'NPV',
    (_, k, i) => `=SUMPRODUCT(${received(k, i)},${factors})-${investment(i)}`,
    'accounting',
  );
  // Savings never fall, so the cumulative is rising: the years still short of the investment, plus one.
  block(
    'PAYBACK YEAR (SAVINGS RECEIVED COVER THE INVESTMENT)',
    C.payback,
    'payback year',
    (_, k, i) =>
      `=IF(COUNTIF(${cumulative(k, i)},"<"&${investment(i)})+1>AppraisalYears,"Not within the period",COUNTIF(${cumulative(k, i)},"<"&${investment(i)})+1)`,
    'number',
  );
  block(
    'COST OF WITHDRAWING (EXIT COST + INVESTMENT NOT RECOVERED)',
    C.withdraw,
    'cost of withdrawing',
    (_, k, i) =>
      `=${absolute(a.councils[i]!.exitCost)}+MAX(0,${investment(i)}-INDEX(${cumulative(k, i)},1,WithdrawYear))`,
    'accounting',
  );
  s.set(`A${C.worseOff}`, 'No council worse off? (every council’s NPV at least zero)');
  METHOD_COLUMNS.forEach((col) =>
    s.set(
      `${col}${C.worseOff}`,
      `=IF(MIN(${col}${C.npv}:${col}${C.npv + 2})>=0,"Yes","No")`,
      'text',
    ),
  );
}
