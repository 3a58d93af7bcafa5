// Template 4: several councils sharing one library service — the investment each puts in,
// the savings by workstream as they ramp up, and the split of the savings under every
// allocation method side by side, with the "no council worse off" test (../shared/DOMAIN.md §4).
import type { Workbook } from '../../../src/core/file/schema';
import { ModelBuilder } from '../model-builder';
import { addSharedServiceAssumptions, COUNCILS } from './assumptions';
import { addSavings, addShares } from './savings';
import { addAllocation, addComparison } from './allocation';
import { addSummary } from './summary';
import { LAST, SAVINGS_ROWS, agreementRow } from './layout';

export const SHARED_SERVICE_ID = 'shared-service';

export function buildSharedService(): Workbook {
  const m = new ModelBuilder('Shared service: assumptions');
  const a = addSharedServiceAssumptions(m);
  addSavings(m, a);
  addShares(m, a);
  addAllocation(m);
  addComparison(m, a);
  addSummary(m, a);
  const r = a.refs;
  m.scenario(
    'equal-shares',
    'Equal shares',
    'The savings split equally, whatever each council put in.',
    { [r.method!]: 1 },
  );
  m.scenario('five-years', 'Five-year horizon', 'Only the first five years counted.', {
    [r.years!]: 5,
  });
  m.scenario(
    'host-invests-1m',
    'Host invests £1m',
    'The host council funds a larger restructure and a new system.',
    { [r.hostInvestment!]: 1_000_000 },
  );
  m.chart(
    'savings-by-council',
    'Savings received by each council under the agreement',
    'bar',
    COUNCILS.map((_, i) => `Allocation!C${agreementRow(i)}:${LAST}${agreementRow(i)}`),
  );
  m.chart('partnership-savings', 'Partnership net savings by year', 'line', [
    `Savings!C${SAVINGS_ROWS.net}:${LAST}${SAVINGS_ROWS.net}`,
  ]);
  return m.build({
    id: SHARED_SERVICE_ID,
    title: 'Shared library service: savings split',
    description:
      'Councils sharing a library service: investment, savings by workstream, the split under six allocation methods and who is worse off.',
    notes: [
      {
        title: 'How to use this model',
        text:
          'Change only the values in column B of the Assumptions sheet. Savings builds the partnership’s savings by workstream with the ramp-up; Shares works out each council’s share under each basis; Allocation splits every year’s savings by each method; Comparison sets the methods side by side; Summary reports the method in the agreement. ' +
          'Year 1 (2027/28), when the investment is made, is not discounted. A council is "worse off" when the present value of the savings it receives is less than the investment it put in.',
      },
      {
        title: 'Reference cases',
        text:
          'London Library Change Programme (33 authorities, 5-year savings) [S41]: sharing best practice £1.9m; integrating with customer services £3.8m; joint management posts £5m; sub-regional services £13m; all combined £2.3m in year 1 and £19.8m over 5 years: £600k a council over five years, already ramped, so about £150k a council a year at the full run rate. London libraries cost £203m a year [S42]. ' +
          'Tri-borough (Westminster, Kensington and Chelsea, Hammersmith and Fulham): £1m saved on about £22m, about 4.5% [S43]. ' +
          'South Hams and West Devon split shared costs by caseload and re-set the split when actuals drift by more than 3% [S44].',
      },
    ],
  });
}
