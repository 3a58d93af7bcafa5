// The Summary sheet of the co-location appraisal: NPV, BCR, payback, switching values, partners.
import { type ModelBuilder, SummaryBuilder } from '../model-builder';
import { LAST, NOT_YET, CO_ROWS } from './layout';

export function addSummary(m: ModelBuilder): void {
  const s = new SummaryBuilder(m, 'Co-location: what it means');
  const R = CO_ROWS;
  const sum = (row: number) => `SUM(Appraisal!C${row}:${LAST}${row})`;
  s.heading('Value for money (economic view: grants and business rates left out)');
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
    'Running costs avoided (rates left out), staffing saved, backlog avoided, receipts, any wider value of extra visits and the residual value.',
  );
  const pvCosts = s.line(
    'Present value of costs',
    `=${sum(R.pvCosts)}`,
    'accounting',
    '£',
    'Fit-out and its renewals with optimism bias, the decant, and the hub’s running costs (rates left out).',
  );
  const bcr = s.line(
    'Benefit-cost ratio',
    `=IF(${pvCosts.replace('Summary!', '')}<=0,"No costs to compare",${pvBenefits.replace('Summary!', '')}/${pvCosts.replace('Summary!', '')})`,
    'number-2dp',
    'ratio',
    'Present value of benefits ÷ present value of costs, with the hub’s running costs counted as a cost (not netted from the savings) [S54].',
  );
  const b = bcr.replace('Summary!', '');
  s.line(
    'Value for money band',
    `=IF(ISTEXT(${b}),"Not applicable",IF(${b}<1,"Poor",IF(${b}<1.5,"Low",IF(${b}<2,"Medium","High"))))`,
    'text',
    'band',
    'DfT bands: poor below 1, low 1-1.5, medium 1.5-2, high above 2 [S56].',
  );
  const netted = sum(R.netted);
  s.line(
    'Benefit-cost ratio with the hub running costs netted from the savings',
    `=IF(${pvCosts.replace('Summary!', '')}-${netted}<=0,"No costs to compare",(${pvBenefits.replace('Summary!', '')}-${netted})/(${pvCosts.replace('Summary!', '')}-${netted}))`,
    'number-2dp',
    'ratio',
    'The same appraisal under the other convention, for comparison only: the NPV is the same, the ratio is not. Quote the one above, and say which.',
  );
  s.heading('Payback');
  const first = (row: number) => `MIN(Appraisal!C${row}:${LAST}${row})`;
  s.line(
    'Simple payback: year the cumulative net benefit turns positive and stays positive',
    `=IF(${first(R.simplePayback)}=${NOT_YET},"Not within the appraisal period",${first(R.simplePayback)})`,
    'number',
    'year',
    'Counting from year 0, when the capital is spent; a year whose cumulative falls back below zero later (a fit-out renewal) does not count. Hertfordshire paid back at about the end of year 4 [S38].',
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
  s.heading('Each partner (financial view: cash, with grants and business rates)');
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
    'What the library service gains in cash over the period, after its share of the hub, net of its share of grants, with the rates it stops paying and its share of the hub’s rates. No non-cash benefit is counted.',
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
    `=Appraisal!B${R.siteSavings}+Appraisal!B${R.partnerSavings}+Appraisal!B${R.staffing}-Appraisal!B${R.hubRunning}`,
    'currency',
    '£ a year',
    'Old buildings and posts given up, less the hub’s running costs, business rates left out. Darlington’s claimed £335k fell to about £102k once extra costs were counted [S40].',
  );
  s.line(
    'Extra library visits a year',
    '=CurrentVisits*FootfallUplift',
    'number',
    'visits',
    'From the footfall uplift; counted in the economic benefits only if a wider value per visit is set, never in a cash position.',
  );
  s.checks([
    {
      label: "The library's floor area fits inside the hub",
      formula: '=AND(LibraryArea>0,LibraryArea<=HubArea)',
      ifFailing:
        'the library’s area is larger than the whole hub, so its share of costs is over 100%.',
    },
    {
      label: 'The cost-sharing switch is 0 (by floor area) or 1 (by usage)',
      formula: '=OR(ShareByUsage=0,ShareByUsage=1)',
      ifFailing: 'set the switch on Assumptions to 0 or 1.',
    },
    {
      label: 'The appraisal period is a whole number of years from 1 to 60',
      formula: '=AND(AppraisalYears>=1,AppraisalYears<=60,AppraisalYears=INT(AppraisalYears))',
      ifFailing: 'the Appraisal sheet runs years 0 to 60 only.',
    },
  ]);
  s.method([
    [
      'Prices',
      'Real terms: every figure is in base-year (2027/28) prices, with no inflation. Enter real figures; convert a cash figure with the GDP deflator first [S51].',
    ],
    [
      'Year 0',
      'Year 0 (2027/28) is when the capital is spent; it is not discounted (factor 1.0000). Benefits that need the hub start in year 1, later if the works overrun.',
    ],
    [
      'Discount rates',
      'Green Book: 3.5% a year for years 0-30, 3.0% from year 31 (editable while the rates are reviewed) [S49]. The factors on Appraisal row 5 are shown to 4 decimal places, as the Green Book tables print them (year 10: 0.7089).',
    ],
    [
      'Transfers',
      'Economic view (NPV, BCR): capital grants and business rates are left out, as transfers between public bodies [S52]. Each partner’s financial view counts them, and counts no non-cash benefit.',
    ],
    [
      'VAT',
      'All figures net of recoverable VAT: both partners are assumed to recover it (councils and fire authorities can), so the options are on the same VAT footing [S55].',
    ],
    [
      'Optimism bias',
      'Applied from the start [S53]: on capital (24% standard buildings, 51% non-standard) and on works duration (4% / 39%), which lengthens the decant and delays the move and every benefit that needs it [S35].',
    ],
    [
      'BCR convention',
      'PV of benefits ÷ PV of costs [S54], with the hub’s running costs counted as a cost. Netting them from the savings gives the second ratio above: the NPV is the same either way.',
    ],
    [
      'Residual value',
      'The unexpired life of the latest fit-out when the period ends, at its cost; a fit-out is renewed each time its life ends inside the period.',
    ],
  ]);
}
