// The co-location template, recomputed by hand from its assumptions and moved by hand.
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
  valueAt,
} from './template-engine';

const SITES = ['Library A (leased, to close)', 'Library B (council-owned, to sell)'];
const LINES = [
  'rent',
  'business rates',
  'utilities',
  'facilities management',
  'cleaning',
  'security',
];

function recompute(workbook: Workbook) {
  const v = assumptionsByLabel(workbook);
  const period = v('Appraisal period');
  const early = v('Discount rate, years 0-30');
  const late = v('Discount rate, years 31 onwards');
  const factor = (t: number) =>
    t <= 30 ? (1 + early) ** -t : (1 + early) ** -30 * (1 + late) ** -(t - 30);
  const siteCosts = SITES.reduce(
    (s, site) => s + LINES.reduce((x, line) => x + v(`${site}: ${line}`), 0),
    0,
  );
  const backlog = SITES.reduce((s, site) => s + v(`${site}: maintenance backlog avoided`), 0);
  const receipts = SITES.reduce((s, site) => s + v(`${site}: capital receipt from sale`), 0);
  const capital = v('Fit-out capital (before optimism bias)') * (1 + v('Optimism bias on capital'));
  const decant =
    v('Decant: one-off moving costs') +
    v('Decant: temporary premises a month') *
      v('Decant: months in temporary premises') *
      (1 + v('Optimism bias on works duration (stretches the decant)'));
  const hub =
    v('Hub floor area, all partners') *
      v('Hub running cost per m² (service charge: utilities, FM, cleaning, security)') +
    v('Hub business rates');
  const partner = v("Partner's running costs avoided by moving in");
  const staffing =
    v('Front-of-house posts saved by sharing a reception') *
    v('Cost of a front-of-house post, loaded');
  const visits =
    v('Library visits a year today') *
    v('Footfall uplift from the hub') *
    v('Value counted per extra visit');
  const share =
    v('Share hub costs by usage? (1 yes, 0 = by floor area)') === 1
      ? v("The library's share of the hub's use (visits, hours)")
      : v("The library's floor area in the hub") / v('Hub floor area, all partners');
  const grant = v('Capital grants');
  let pvB = 0,
    pvC = 0,
    cum = 0,
    dcum = 0,
    library = 0,
    partnerNet = 0;
  let simple: number | string = 'Not within the appraisal period';
  let discounted: number | string = simple;
  for (let t = 0; t <= period; t++) {
    const costs = (t === 0 ? capital + decant : 0) + (t >= 1 ? hub : 0);
    const residual = t === period ? v('Residual value of the fit-out at the end of the period') : 0;
    const libraryBenefits =
      (t >= 1 ? siteCosts + staffing + visits : 0) +
      (t === 1 ? backlog : 0) +
      (t === v('Year the capital receipts arrive') ? receipts : 0);
    const benefits = libraryBenefits + (t >= 1 ? partner : 0) + residual;
    pvB += benefits * factor(t);
    pvC += costs * factor(t);
    cum += benefits - costs;
    dcum += (benefits - costs) * factor(t);
    if (typeof simple === 'string' && cum >= 0) simple = t;
    if (typeof discounted === 'string' && dcum >= 0) discounted = t;
    const hubShared = (t === 0 ? capital - grant : 0) + (t >= 1 ? hub : 0);
    library +=
      (libraryBenefits + share * residual - share * hubShared - (t === 0 ? decant : 0)) * factor(t);
    partnerNet +=
      ((t >= 1 ? partner : 0) + (1 - share) * residual - (1 - share) * hubShared) * factor(t);
  }
  return { npv: pvB - pvC, bcr: pvB / pvC, simple, discounted, library, partner: partnerNet };
}

describe('co-location template', () => {
  const workbook = readTemplate('co-location');
  let engine: WorkbookEngine;
  beforeEach(() => {
    engine = WorkbookEngine.fromWorkbook(workbook);
  });
  afterEach(() => engine.destroy());
  const out = (label: string) => numberAt(engine, refOfOutput(workbook, label));
  const input = (label: string) => refOfInput(workbook, label);

  test('key outputs agree with a recomputation by hand from the same assumptions', () => {
    const expected = recompute(workbook);
    expectClose(out('Net present value against Business As Usual'), expected.npv, 'NPV');
    expectClose(out('Benefit-cost ratio'), expected.bcr, 'BCR');
    expect(out('Simple payback: year the cumulative net benefit turns positive')).toBe(
      expected.simple,
    );
    expect(out('Discounted payback year')).toBe(expected.discounted);
    expectClose(
      out("The library's net position (present value)"),
      expected.library,
      'library position',
    );
    expectClose(
      out("The partner's net position (present value)"),
      expected.partner,
      'partner position',
    );
  });

  test('the recomputation also agrees over sixty years, where the lower long-term rate applies', () => {
    setAt(engine, input('Appraisal period'), 60);
    const sixty = structuredClone(workbook);
    const assumptions = sixty.sheets.find((s) => s.name === 'Assumptions')!;
    assumptions.cells[input('Appraisal period').replace('Assumptions!', '')] = 60;
    const expected = recompute(sixty);
    expectClose(
      out('Net present value against Business As Usual'),
      expected.npv,
      'NPV over 60 years',
    );
    expectClose(out('Benefit-cost ratio'), expected.bcr, 'BCR over 60 years');
  });

  test('a higher discount rate lowers the NPV, because the benefits come after the capital is spent', () => {
    const before = out('Net present value against Business As Usual');
    setAt(engine, input('Discount rate, years 0-30'), 0.05);
    expect(out('Net present value against Business As Usual')).toBeLessThan(before);
  });

  test('the long-term rate matters only when the appraisal runs past year 30', () => {
    const before = out('Net present value against Business As Usual');
    setAt(engine, input('Discount rate, years 31 onwards'), 0.045);
    expectClose(
      out('Net present value against Business As Usual'),
      before,
      'a 30-year appraisal ignores the later rate',
    );
    setAt(engine, input('Appraisal period'), 60);
    const sixtyAtDefault = out('Net present value against Business As Usual');
    setAt(engine, input('Discount rate, years 31 onwards'), 0.02);
    expect(out('Net present value against Business As Usual')).toBeGreaterThan(sixtyAtDefault);
  });

  test('more optimism bias lowers the NPV and the BCR; the band is said in plain words', () => {
    const npv = out('Net present value against Business As Usual');
    setAt(engine, input('Optimism bias on capital'), 0.51);
    expect(out('Net present value against Business As Usual')).toBeLessThan(npv);
    expect(['Poor', 'Low', 'Medium', 'High']).toContain(
      valueAt(engine, refOfOutput(workbook, 'Value for money band')),
    );
  });

  test('the receipts switching value is exactly the fall that brings the NPV to zero', () => {
    const fall = out('Capital receipts could fall by');
    const receipt = input('Library B (council-owned, to sell): capital receipt from sale');
    const value = numberAt(engine, receipt);
    setAt(engine, receipt, value * (1 - fall));
    // Zero to within a penny's millionth part of a pound-scale NPV (floating point).
    expect(Math.abs(out('Net present value against Business As Usual'))).toBeLessThan(1e-3);
  });
});
