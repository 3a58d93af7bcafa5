// The Summary sheet of the co-location appraisal: NPV, BCR, payback, switching values, partners.
import { type ModelBuilder, SummaryBuilder } from '../model-builder';
import { LAST, NOT_YET, CO_ROWS } from './layout';

export function addSummary(m: ModelBuilder): void {
  const s = new SummaryBuilder(m, 'Co-location: what it means');
  const R = CO_ROWS;
  const sum = (row: number) => `SUM(Appraisal!C${row}:${LAST}${row})`;
  s.heading('Value for money (economic view: grants left out)');
  const npv = s.line(
    'Net present value against Business As Usual',
    `=${sum(R.discounted)}`,
    'accounting',
    '£',
    'Discounted benefits less discounted costs over the appraisal period. Above zero, the move is worth more than staying.',
  );
  const pvBenefits = s.line(
    'Present value of benefits',
    `=${sum(R.pvBenefits)}`,
    'accounting',
    '£',
    'Running costs avoided, staffing saved, backlog avoided, receipts, extra visits and residual value.',
  );
  const pvCosts = s.line(
    'Present value of costs',
    `=${sum(R.pvCosts)}`,
    'accounting',
    '£',
    'Fit-out with optimism bias, the decant, and the hub’s running costs.',
  );
  const bcr = s.line(
    'Benefit-cost ratio',
    `=IF(${pvCosts.replace('Summary!', '')}<=0,"No costs to compare",${pvBenefits.replace('Summary!', '')}/${pvCosts.replace('Summary!', '')})`,
    'number-2dp',
    'ratio',
    'Present value of benefits ÷ present value of costs.',
  );
  const b = bcr.replace('Summary!', '');
  s.line(
    'Value for money band',
    `=IF(ISTEXT(${b}),"Not applicable",IF(${b}<1,"Poor",IF(${b}<1.5,"Low",IF(${b}<2,"Medium","High"))))`,
    'text',
    'band',
    'DfT bands: poor below 1, low 1-1.5, medium 1.5-2, high above 2 [S56].',
  );
  s.heading('Payback');
  const first = (row: number) => `MIN(Appraisal!C${row}:${LAST}${row})`;
  s.line(
    'Simple payback: year the cumulative net benefit turns positive',
    `=IF(${first(R.simplePayback)}=${NOT_YET},"Not within the appraisal period",${first(R.simplePayback)})`,
    'number',
    'year',
    'Counting from year 0, when the capital is spent. Hertfordshire paid back at about the end of year 4 [S38].',
  );
  s.line(
    'Discounted payback year',
    `=IF(${first(R.discountedPayback)}=${NOT_YET},"Not within the appraisal period",${first(R.discountedPayback)})`,
    'number',
    'year',
    'The same, with each year discounted.',
  );
  s.heading('Switching values: how far a benefit can fall');
  const n = npv.replace('Summary!', '');
  s.line(
    'Yearly running savings could fall by',
    `=IF(${sum(R.pvSavings)}<=0,"No running savings",${n}/${sum(R.pvSavings)})`,
    'percent',
    '%',
    'Share of the running-cost and staffing savings that could be lost before the NPV reaches zero. A negative figure is how much they must rise.',
  );
  s.line(
    'Capital receipts could fall by',
    `=IF(${sum(R.pvReceipts)}<=0,"No capital receipts",${n}/${sum(R.pvReceipts)})`,
    'percent',
    '%',
    'Over 100% means the NPV stays positive even with no sale at all.',
  );
  s.heading('Each partner (financial view: grants included)');
  s.line(
    "The library's share of hub costs",
    `=Appraisal!B${R.libraryShare}`,
    'percent',
    '%',
    'By floor area or by usage, as the switch on Assumptions says.',
  );
  s.line(
    "The library's net position (present value)",
    `=${sum(R.libraryNet)}`,
    'accounting',
    '£',
    'What the library service gains over the period, after its share of the hub, net of its share of grants.',
  );
  s.line(
    "The partner's net position (present value)",
    `=${sum(R.partnerNet)}`,
    'accounting',
    '£',
    'The same for the partner moving in. Both should be above zero for a deal both can sign.',
  );
  s.heading('Scale');
  s.line(
    'Net running saving a year once in the hub',
    `=Appraisal!B${R.siteSavings}+Appraisal!B${R.partnerSavings}+Appraisal!B${R.staffing}+Appraisal!B${R.visits}-Appraisal!B${R.hubRunning}`,
    'currency',
    '£ a year',
    'Old buildings and posts given up, less the hub’s running costs. Darlington’s claimed £335k fell to about £102k once extra costs were counted [S40].',
  );
  s.line(
    'Extra library visits a year',
    '=CurrentVisits*FootfallUplift',
    'number',
    'visits',
    'From the footfall uplift; counted in the benefits only if a value per visit is set.',
  );
}
