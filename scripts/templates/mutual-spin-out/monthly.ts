// Cash month by month over five years: each year's costs spread evenly, the contract paid
// as the payment switch says. This is what finds the lowest cash point.
import type { ModelBuilder } from '../model-builder';
import { MONTHS, MUTUAL_ANNUAL, MUTUAL_MONTHLY } from './layout';

export function addMonthly(m: ModelBuilder): void {
  const widths: Record<string, number> = { A: 340, B: 20 };
  for (const c of MONTHS) widths[c] = 100;
  const s = m.sheet('Monthly', widths);
  const R = MUTUAL_MONTHLY;
  const A = MUTUAL_ANNUAL;
  const ofYear = (row: number, c: string) => `INDEX(Annual!$C$${row}:$G$${row},1,${c}$${R.year})`;
  s.set('A1', 'Cash month by month over five years (month 1 is April of year 1)');
  s.labelledRow(
    R.month,
    'Month',
    MONTHS,
    (_, i) => (i === 0 ? 1 : `=${MONTHS[i - 1]}${R.month}+1`),
    'number',
  );
  s.labelledRow(R.year, 'Year', MONTHS, (c) => `=INT((${c}$${R.month}-1)/12)+1`, 'number');
  // Quarterly in arrears: a quarter's payment arrives in its third month. Monthly in advance: every month.
  s.labelledRow(
    R.contract,
    'Council contract received',
    MONTHS,
    (c) =>
      `=IF(PaidQuarterlyInArrears=1,IF(MOD(${c}$${R.month},3)=0,${ofYear(A.contract, c)}/4,0),${ofYear(A.contract, c)}/12)`,
    'accounting',
  );
  s.labelledRow(
    R.otherIncome,
    'Other income',
    MONTHS,
    (c) => `=(${ofYear(A.income, c)}-${ofYear(A.contract, c)})/12`,
    'accounting',
  );
  s.labelledRow(
    R.running,
    'Running costs',
    MONTHS,
    (c) => `=-(${ofYear(A.costs, c)}-${ofYear(A.transition, c)})/12`,
    'accounting',
  );
  s.labelledRow(
    R.transition,
    'Transition cost (paid in month 1)',
    MONTHS,
    (c) => `=IF(${c}$${R.month}=1,-Annual!$C$${A.transition},0)`,
    'accounting',
  );
  s.labelledRow(
    R.flow,
    'Net cash flow',
    MONTHS,
    (c) => `=SUM(${c}${R.contract}:${c}${R.transition})`,
    'accounting',
  );
  s.labelledRow(
    R.cash,
    'Cash at the month end',
    MONTHS,
    (c, i) =>
      i === 0
        ? `=Annual!$C$${A.opening}+${c}${R.flow}`
        : `=${MONTHS[i - 1]}${R.cash}+${c}${R.flow}`,
    'accounting',
  );
  m.output(s.ref(`C${R.cash}:BJ${R.cash}`), {
    label: 'Cash at the month end, month by month',
    unit: '£',
    categories: s.ref(`C${R.month}:BJ${R.month}`),
    categoryAxis: 'Month',
    summary: 'last',
  });
}
