// Template 3: moving a library into a shared hub — a Green Book cost-benefit appraisal
// against Business As Usual (../shared/DOMAIN.md §3). Years 0-60 across; only the years
// inside the appraisal period count. Column B holds each line's amount, columns C on its timing.
import type { Workbook } from '../../../src/core/file/schema';
import { ModelBuilder } from '../model-builder';
import { addCoLocationAssumptions } from './assumptions';
import { addAppraisal } from './appraisal';
import { addSummary } from './summary';
import { LAST, CO_ROWS } from './layout';

export const CO_LOCATION_ID = 'co-location';

export function buildCoLocation(): Workbook {
  const m = new ModelBuilder('Co-location: assumptions');
  const a = addCoLocationAssumptions(m);
  addAppraisal(m, a.sites);
  addSummary(m);
  const r = a.refs;
  m.scenario(
    'non-standard-building',
    'Non-standard building',
    'Green Book upper optimism bias for non-standard buildings: 51% on capital, 39% on duration.',
    { [r.optimismBias!]: 0.51, [r.durationBias!]: 0.39 },
  );
  m.scenario(
    'no-sale',
    'No sale of Library B',
    'The site is kept or transferred: no capital receipt.',
    { [r.receipt!]: 0 },
  );
  m.scenario(
    'sixty-years',
    'Sixty-year appraisal',
    'The longest Green Book period for buildings; the lower rate applies after year 30, and the fit-out is renewed when its life ends.',
    { [r.years!]: 60 },
  );
  const R = CO_ROWS;
  m.chart('cumulative-net-benefit', 'Cumulative net benefit against Business As Usual', 'line', [
    `Appraisal!C${R.cumulative}:${LAST}${R.cumulative}`,
    `Appraisal!C${R.cumulativeDiscounted}:${LAST}${R.cumulativeDiscounted}`,
  ]);
  return m.build({
    id: CO_LOCATION_ID,
    title: 'Co-location: library in a shared hub',
    description:
      'Moving a library into a shared hub: Green Book NPV, benefit-cost ratio, payback and each partner’s net position.',
    notes: [
      {
        title: 'How to use this model',
        text:
          'Change only the values in column B of the Assumptions sheet. Appraisal lays out every cost and benefit against Business As Usual (staying in the old buildings) for years 0 to 60: column B is the amount, the year columns its timing, and years beyond the appraisal period count as nothing. ' +
          'Year 0 (2027/28) is when the capital is spent and is not discounted. Discounting follows the Green Book: 3.5% to year 30 and 3.0% after, both editable. Grants and business rates are transfers: left out of the NPV and BCR, counted in each partner’s financial position. Optimism bias on works duration delays the move, and every benefit that needs it. Summary ends with Checks (shown above the grid while one fails) and the Method.',
      },
      {
        title: 'Reference cases',
        text:
          'Hertfordshire put four libraries into retained fire stations: a £700k grant, £2.263m in total, £187k net capital after grant and receipts, and £98k a year saved from year 3 [S38], which pays back at about the end of year 4. ' +
          'Hayle, Cornwall: £500k a year saved and two sites released (One Public Estate) [S39]. ' +
          'Darlington: a claimed £335k saving was challenged at about £102k once the extra costs were counted [S40]: count every cost of the hub, not only the savings. ' +
          'York assumed a £400k capital receipt for one site [S36].',
      },
      {
        title: 'Reading the results',
        text:
          'Value for money bands (DfT): poor below a BCR of 1, low 1-1.5, medium 1.5-2, high above 2 [S56]. Optimism bias is applied from the start and reduced only as risks are costed; it is not a contingency [S53]. ' +
          'Switching values say how far the savings or the receipts could fall before the NPV reaches zero [S54].',
      },
    ],
  });
}
