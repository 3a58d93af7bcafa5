// Template 2: the library service spun out to a public service mutual or charitable trust
// (../shared/DOMAIN.md §2). Annual for five years, and month by month so the lowest cash
// point (driven by when the council pays) shows; the council's saving and its NPV beside it.
import type { Workbook } from '../../../src/core/file/schema';
import { ModelBuilder } from '../model-builder';
import { addAnnual } from './annual';
import { addMonthly } from './monthly';
import { addMutualAssumptions } from './assumptions';
import { MUTUAL_ANNUAL, MUTUAL_MONTHLY } from './layout';
import { addSummary } from './summary';

export const MUTUAL_SPIN_OUT_ID = 'mutual-spin-out';

export function buildMutualSpinOut(): Workbook {
  const m = new ModelBuilder('Mutual spin-out: assumptions');
  const refs = addMutualAssumptions(m);
  addAnnual(m);
  addMonthly(m);
  addSummary(m);

  m.scenario(
    'monthly-in-advance',
    'Paid monthly in advance',
    'The council pays one-twelfth of the contract at the start of each month.',
    { [refs.paymentTiming!]: 0 },
  );
  m.scenario(
    'council-cut-10',
    'Council cut 10%',
    'The contract starts 10% lower and the yearly cut doubles to 4%.',
    { [refs.contractSum!]: 5_400_000, [refs.contractCut!]: 0.04 },
  );
  m.scenario(
    'pessimistic',
    'Pessimistic',
    'Higher pay awards and pension rate, no discretionary rate relief, grants halved.',
    {
      [refs.payAward!]: 0.06,
      [refs.pensionRate!]: 0.26,
      [refs.discretionary!]: 0,
      [refs.grants!]: 100_000,
    },
  );
  const A = MUTUAL_ANNUAL;
  m.chart('cash-balance', 'Cash balance month by month', 'line', [
    `Monthly!C${MUTUAL_MONTHLY.cash}:BJ${MUTUAL_MONTHLY.cash}`,
  ]);
  m.chart('surplus-and-saving', 'Trust surplus and council saving by year', 'bar', [
    `Annual!C${A.surplus}:G${A.surplus}`,
    `Annual!C${A.saving}:G${A.saving}`,
  ]);

  return m.build({
    id: MUTUAL_SPIN_OUT_ID,
    title: 'Mutual or trust spin-out: cash flow',
    description:
      'The library service as a mutual or charitable trust: contract, pay and pension, rates relief, VAT, reserves, lowest cash and the council saving.',
    notes: [
      {
        title: 'How to use this model',
        text:
          'Change only the values in column B of the Assumptions sheet. Annual builds the trust’s income and costs year by year and the council’s view beside them; Monthly spreads each year across its months and places the contract payments as the payment switch says, which finds the lowest cash point; Summary says what it means. ' +
          'Figures are in today’s money except where a yearly rise is an input. Year 1 is discounted as year 0 (Green Book: the present year is not discounted).',
      },
      {
        title: 'Reference cases',
        text:
          'Suffolk: council spend on libraries fell from about £9m (2010/11) to £6.4m (2012/13) [S17]; the contract is £5.9m a year plus £720k a year from 2023 [S18]; the charity cites about £500k a year of rates relief and about £1m a year of charity-only grants [S20] (its own claims, made during a 2025 dispute). ' +
          'Explore York: the council contract is about two-thirds of income, £2.5m in 2022/23, against running costs of £3.8m; a 15-year contract from April 2019; Arts Council England £220k a year [S15]. ' +
          'Libraries Unlimited (Devon): the budget was cut by £3m (30%) over 6 years before spin-out; the 2024/25 contract is about £7m [S21]. ' +
          'Inspire (Nottinghamshire): the 2026-28 award is £23.2m net of VAT, about £11.6m a year [S22].',
      },
      {
        title: 'Risks to read before signing',
        text:
          'Pension: a new admitted body may pay a higher LGPS rate and need a bond [S26]; admission usually starts fully funded [S27], but leaving the scheme can crystallise an exit deficit that this model does not price. ' +
          'Rates relief: the 80% mandatory relief and any 20% discretionary top-up move money out of the national rates pool: no public money is saved overall [S28]. The public-value rows remove it. ' +
          'VAT: whether the contract is a taxable supply, exempt, or a grant outside scope decides how much VAT the trust recovers [S29].',
      },
    ],
  });
}
