// The mutual spin-out template, recomputed by hand from its assumptions and moved by hand.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { WorkbookEngine } from '../../../src/core/engine';
import type { Workbook } from '../../../src/core/file';
import {
  assumptionsByLabel,
  caseEvaluator,
  expectClose,
  inputCases,
  numberAt,
  readTemplate,
  refOfInput,
  refOfOutput,
  SWEEP_TIMEOUT,
  setAt,
} from './template-engine';

function recompute(workbook: Workbook, overrides: Record<string, number> = {}) {
  const v = assumptionsByLabel(workbook, overrides);
  const years = [1, 2, 3, 4, 5];
  const g = (base: string, rate: string, y: number) => v(base) * (1 + v(rate)) ** (y - 1);
  const rows = years.map((y) => {
    const contract =
      v('Council contract sum in year 1') *
      (1 + v('Yearly indexation of the contract')) ** (y - 1) *
      (1 - v('Efficiency cut demanded each year after year 1')) ** (y - 1);
    const income =
      contract +
      g('Trading income (room hire, cafés, events)', 'Trading income growth each year', y) +
      g('Grants open only to charities', 'Grant income growth each year', y) +
      g('Fundraising and donations', 'Fundraising growth each year', y) +
      g(
        'Other contracts (schools, neighbouring councils, NHS)',
        'Other contracts growth each year',
        y,
      );
    const pay = g('Pay bill in year 1 (before employer pension)', 'Pay award each year', y);
    const nonPay = g(
      'Running costs other than pay in year 1 (stock, premises, IT)',
      'Price rise each year on running costs and rates',
      y,
    );
    const ratesBill = g(
      'Business rates bill for the libraries, before relief',
      'Price rise each year on running costs and rates',
      y,
    );
    const mandatory = v('Mandatory charitable rate relief');
    const rates =
      ratesBill *
      (1 -
        mandatory -
        (1 - mandatory) * v('Chance the council grants the 20% discretionary top-up'));
    const vat =
      nonPay *
      v('Share of non-pay costs that carry VAT') *
      v('VAT rate') *
      v('Share of that VAT not recoverable when the contract is not taxable') *
      (1 - v('Is the contract a taxable supply, so input VAT is recovered? (1 yes, 0 no)'));
    const support =
      contract *
      (y <= v('Years the support services are bought back')
        ? v('Support services bought back from the council, share of the contract')
        : v('Support services afterwards (own or procured), share of the contract'));
    const transition =
      y === 1
        ? v('One-off transition cost') * (1 - v('Share of the transition cost the council pays'))
        : 0;
    const costs =
      pay * (1 + v('LGPS employer contribution rate')) +
      v('Pension bond premium a year') +
      nonPay +
      vat +
      rates +
      support +
      v('Governance: audit, insurance, board') +
      transition;
    // The council provides the opening reserves (the dowry) in year 1.
    const dowry =
      y === 1 ? (v('Opening reserves, in months of costs') * (costs - transition)) / 12 : 0;
    const councilCost =
      contract +
      v('Council client-side contract management') +
      (y === 1
        ? v('One-off transition cost') * v('Share of the transition cost the council pays')
        : 0) +
      dowry;
    const saving =
      g(
        'Net cost of the service in-house in year 1 (the baseline)',
        'Yearly rise in the in-house cost',
        y,
      ) - councilCost;
    // Cash to year-1 prices with the GDP deflator, then the Green Book's real rate.
    const deflator =
      1 /
      (1 + v('GDP deflator: general inflation a year, to turn cash into real terms')) ** (y - 1);
    const factor = deflator / (1 + v('Discount rate (HM Treasury Green Book)')) ** (y - 1);
    return {
      vat,
      contract,
      income,
      costs,
      transition,
      surplus: income - costs,
      saving,
      factor,
      relief: ratesBill - rates,
    };
  });
  let cash =
    (v('Opening reserves, in months of costs') * (rows[0]!.costs - rows[0]!.transition)) / 12;
  let lowest = Infinity;
  let lowestMonth = 0;
  const arrears = v('Contract paid quarterly in arrears? (1 yes, 0 = monthly in advance)') === 1;
  for (let month = 1; month <= 60; month++) {
    const r = rows[Math.floor((month - 1) / 12)]!;
    const contract = arrears ? (month % 3 === 0 ? r.contract / 4 : 0) : r.contract / 12;
    cash +=
      contract +
      (r.income - r.contract) / 12 -
      (r.costs - r.transition) / 12 -
      (month === 1 ? r.transition : 0);
    if (cash < lowest) [lowest, lowestMonth] = [cash, month];
  }
  const closing =
    (v('Opening reserves, in months of costs') * (rows[0]!.costs - rows[0]!.transition)) / 12 +
    rows.reduce((s, r) => s + r.surplus, 0);
  return {
    savingYear1: rows[0]!.saving,
    surplusYear5: rows[4]!.surplus,
    closing,
    reserveMonths: closing / (rows[4]!.costs / 12),
    lowest,
    lowestMonth,
    npv: rows.reduce((s, r) => s + r.saving * r.factor, 0),
    publicNpv: rows.reduce((s, r) => s + (r.saving - r.relief + r.vat) * r.factor, 0),
    inHouseFooting: rows.reduce((s, r) => s + r.surplus - r.relief + r.vat, 0),
    cashFloorKept:
      lowest >= v('Reserves floor: the least cash the trust should hold at any month end'),
  };
}

describe('mutual spin-out template', () => {
  const workbook = readTemplate('mutual-spin-out');
  let engine: WorkbookEngine;
  beforeEach(() => {
    engine = WorkbookEngine.fromWorkbook(workbook);
  });
  afterEach(() => engine.destroy());
  const out = (label: string) => numberAt(engine, refOfOutput(workbook, label));
  const input = (label: string) => refOfInput(workbook, label);

  test(
    'key outputs agree with a recomputation by hand at the defaults, every low and high, and 50 random draws',
    () => {
      const evaluator = caseEvaluator(workbook);
      const ref = (label: string) => refOfOutput(workbook, label);
      const cashCheck = workbook.checks!.find((c) => c.label.includes('reserves floor'))!.ref;
      try {
        for (const { name, values } of [
          { name: 'defaults', values: {} },
          ...inputCases(workbook),
        ]) {
          evaluator.show(values);
          const expected = recompute(workbook, values);
          const at = (what: string) => `${what}, ${name}`;
          const close = (label: string, value: number) =>
            expectClose(evaluator.number(ref(label)), value, at(label));
          close('Council saving against in-house, year 1', expected.savingYear1);
          close('Trust surplus or deficit in year 5', expected.surplusYear5);
          close('Closing reserves at the end of year 5', expected.closing);
          close('Reserves at the end of year 5, in months of costs', expected.reserveMonths);
          close('Lowest monthly cash balance', expected.lowest);
          expect(evaluator.number(ref('Month of the lowest cash balance')), at('month')).toBe(
            expected.lowestMonth,
          );
          close('Net present value of the council saving at the discount rate', expected.npv);
          close('Net present value of the saving to the public purse', expected.publicNpv);
          close('Trust surplus over five years on the in-house footing', expected.inHouseFooting);
          expect(evaluator.value(cashCheck), at('cash check')).toBe(expected.cashFloorKept);
        }
      } finally {
        evaluator.destroy();
      }
    },
    SWEEP_TIMEOUT,
  );

  test('the council pays the opening reserves: its year-1 saving is net of the dowry', () => {
    const saving = out('Council saving against in-house, year 1');
    const months = input('Opening reserves, in months of costs');
    const dowry = numberAt(engine, 'Annual!C24');
    expect(dowry).toBeGreaterThan(0);
    setAt(engine, months, 0);
    expectClose(
      out('Council saving against in-house, year 1'),
      saving + dowry,
      'saving with no dowry',
    );
  });

  test('cash figures are deflated to real prices before the real discount rate is applied', () => {
    const deflator = input('GDP deflator: general inflation a year, to turn cash into real terms');
    const rate = input('Discount rate (HM Treasury Green Book)');
    setAt(engine, rate, 0);
    setAt(engine, deflator, 0);
    // With no inflation and no discounting, the NPV is the plain five-year cash saving.
    expectClose(
      out('Net present value of the council saving at the discount rate'),
      out('Council saving over five years'),
      'undiscounted, undeflated',
    );
    setAt(engine, deflator, 0.02);
    setAt(engine, rate, 0.035);
    const real = out('Net present value of the council saving at the discount rate');
    setAt(engine, deflator, 0);
    expect(out('Net present value of the council saving at the discount rate')).not.toBeCloseTo(
      real,
      0,
    );
  });

  test('the in-house footing leaves out every transfer: relief, its discretionary top-up and irrecoverable VAT', () => {
    const footing = out('Trust surplus over five years on the in-house footing');
    const surplus = out('Trust surplus or deficit over five years');
    setAt(engine, input('Chance the council grants the 20% discretionary top-up'), 0);
    setAt(
      engine,
      input('Is the contract a taxable supply, so input VAT is recovered? (1 yes, 0 no)'),
      0,
    );
    setAt(engine, input('Mandatory charitable rate relief'), 0.8);
    expect(out('Trust surplus or deficit over five years')).toBeLessThan(surplus - 100_000);
    expectClose(out('Trust surplus over five years on the in-house footing'), footing, 'footing');
  });

  test('the scale inputs move within one service: the contract stays within 10% of the in-house cost', () => {
    const range = (label: string) => workbook.inputs.find((i) => i.label === label)!;
    const contract = range('Council contract sum in year 1');
    const inHouse = range('Net cost of the service in-house in year 1 (the baseline)');
    expect(contract.low! / inHouse.high!).toBeGreaterThanOrEqual(0.8);
    expect(contract.high! / inHouse.low!).toBeLessThanOrEqual(1.2);
  });

  test('a deeper contract cut lowers the lowest cash balance and never raises it', () => {
    const lowest = () => out('Lowest monthly cash balance');
    let previous = lowest();
    for (const cut of [0.03, 0.04, 0.05]) {
      setAt(engine, input('Efficiency cut demanded each year after year 1'), cut);
      expect(lowest()).toBeLessThanOrEqual(previous);
      previous = lowest();
    }
    setAt(engine, input('Efficiency cut demanded each year after year 1'), 0.02);
    const atDefault = lowest();
    setAt(engine, input('Efficiency cut demanded each year after year 1'), 0.05);
    expect(lowest()).toBeLessThan(atDefault);
  });

  test('being paid monthly in advance lifts the lowest cash point', () => {
    const inArrears = out('Lowest monthly cash balance');
    setAt(engine, input('Contract paid quarterly in arrears? (1 yes, 0 = monthly in advance)'), 0);
    expect(out('Lowest monthly cash balance')).toBeGreaterThan(inArrears);
  });

  test('losing the discretionary rate relief lowers the trust surplus', () => {
    const surplus = out('Trust surplus or deficit over five years');
    setAt(engine, input('Chance the council grants the 20% discretionary top-up'), 0);
    expect(out('Trust surplus or deficit over five years')).toBeLessThan(surplus);
  });

  test('a non-taxable contract costs the trust irrecoverable VAT', () => {
    const surplus = out('Trust surplus or deficit in year 5');
    setAt(
      engine,
      input('Is the contract a taxable supply, so input VAT is recovered? (1 yes, 0 no)'),
      0,
    );
    expect(out('Trust surplus or deficit in year 5')).toBeLessThan(surplus);
  });
});
