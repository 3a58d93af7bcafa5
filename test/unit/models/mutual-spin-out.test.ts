// The mutual spin-out template, recomputed by hand from its assumptions and moved by hand.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { WorkbookEngine } from '../../../src/core/engine';
import type { Workbook } from '../../../src/core/file';
import {
  assumptionsByLabel,
  expectClose,
  numberAt,
  readTemplate,
  refOfInput,
  refOfOutput,
  setAt,
} from './template-engine';

function recompute(workbook: Workbook) {
  const v = assumptionsByLabel(workbook);
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
    const councilCost =
      contract +
      v('Council client-side contract management') +
      (y === 1
        ? v('One-off transition cost') * v('Share of the transition cost the council pays')
        : 0);
    const saving =
      g(
        'Net cost of the service in-house in year 1 (the baseline)',
        'Yearly rise in the in-house cost',
        y,
      ) - councilCost;
    const factor = 1 / (1 + v('Discount rate (HM Treasury Green Book)')) ** (y - 1);
    return {
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
    surplusYear5: rows[4]!.surplus,
    closing,
    reserveMonths: closing / (rows[4]!.costs / 12),
    lowest,
    lowestMonth,
    npv: rows.reduce((s, r) => s + r.saving * r.factor, 0),
    publicNpv: rows.reduce((s, r) => s + (r.saving - r.relief) * r.factor, 0),
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

  test('key outputs agree with a recomputation by hand from the same assumptions', () => {
    const expected = recompute(workbook);
    expectClose(out('Trust surplus or deficit in year 5'), expected.surplusYear5, 'year 5 surplus');
    expectClose(out('Closing reserves at the end of year 5'), expected.closing, 'closing reserves');
    expectClose(
      out('Reserves at the end of year 5, in months of costs'),
      expected.reserveMonths,
      'reserve months',
    );
    expectClose(out('Lowest monthly cash balance'), expected.lowest, 'lowest cash');
    expect(out('Month of the lowest cash balance')).toBe(expected.lowestMonth);
    expectClose(
      out('Net present value of the council saving at the discount rate'),
      expected.npv,
      'NPV of the saving',
    );
    expectClose(
      out('Net present value of the saving to the public purse'),
      expected.publicNpv,
      'public-value NPV',
    );
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

  test('losing the discretionary rate relief lowers the trust surplus, but not its surplus without relief', () => {
    const surplus = out('Trust surplus or deficit over five years');
    const withoutRelief = out('Trust surplus over five years without rates relief');
    setAt(engine, input('Chance the council grants the 20% discretionary top-up'), 0);
    expect(out('Trust surplus or deficit over five years')).toBeLessThan(surplus);
    expectClose(
      out('Trust surplus over five years without rates relief'),
      withoutRelief,
      'the public-value view ignores a transfer',
    );
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
