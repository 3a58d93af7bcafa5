// The co-location template, recomputed by hand from its assumptions and moved by hand.
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
  valueAt,
} from './template-engine';

const LEASED = 'Library A (leased, to close)';
const OWNED = 'Library B (council-owned, to sell)';
const SITES = [LEASED, OWNED];
const LINES = ['rent', 'utilities', 'facilities management', 'cleaning', 'security'];
const NPV = 'Net present value against Business As Usual';
const LIBRARY = "The library's net position (present value)";
const PARTNER = "The partner's net position (present value)";
const NOT_WITHIN = 'Not within the appraisal period';

/** The first year from which `cumulative` stays at or above zero to the end, or "not within". */
function paidBackForGood(cumulative: number[]): number | string {
  let year: number | string = NOT_WITHIN;
  for (let t = cumulative.length - 1; t >= 0 && cumulative[t]! >= 0; t--) year = t;
  return year;
}

function recompute(workbook: Workbook, overrides: Record<string, number> = {}) {
  const v = assumptionsByLabel(workbook, overrides);
  const period = v('Appraisal period');
  const early = v('Discount rate, years 0-30');
  const late = v('Discount rate, years 31 onwards');
  const factor = (t: number) =>
    t <= 30 ? (1 + early) ** -t : (1 + early) ** -30 * (1 + late) ** -(t - 30);
  // Business rates are a transfer: out of the economic view, in the library's cash view.
  const siteCosts = SITES.reduce(
    (s, site) => s + LINES.reduce((x, line) => x + v(`${site}: ${line}`), 0),
    0,
  );
  const siteRates = SITES.reduce((s, site) => s + v(`${site}: business rates`), 0);
  const backlog = SITES.reduce((s, site) => s + v(`${site}: maintenance backlog avoided`), 0);
  const receipts = v(`${OWNED}: capital receipt from sale`);
  const capital = v('Fit-out capital (before optimism bias)') * (1 + v('Optimism bias on capital'));
  const life = v('Life of the fit-out before it must be renewed');
  const months = v('Decant: months in temporary premises');
  const durationBias = v(
    'Optimism bias on works duration (delays the move and stretches the decant)',
  );
  const delay = (months * durationBias) / 12;
  const inHub = (t: number) => (t < 1 ? 0 : Math.min(1, Math.max(0, t - delay)));
  const receiptYear = Math.floor(v('Year the capital receipts arrive') - 1 + delay) + 1;
  const decant =
    v('Decant: one-off moving costs') +
    v('Decant: temporary premises a month') * months * (1 + durationBias);
  const hub =
    v('Hub floor area, all partners') *
    v('Hub running cost per m² (service charge: utilities, FM, cleaning, security)');
  const hubRates = v('Hub business rates');
  const partner = v("Partner's running costs avoided by moving in (business rates left out)");
  const staffing =
    v('Front-of-house posts saved by sharing a reception') *
    v('Cost of a front-of-house post, loaded');
  const visits =
    v('Library visits a year today') *
    v('Footfall uplift from the hub') *
    v('Wider value of an extra visit (non-cash, economic view only)');
  const share =
    v('Share hub costs by usage? (1 yes, 0 = by floor area)') === 1
      ? v("The library's share of the hub's use (visits, hours)")
      : v("The library's floor area in the hub") / v('Hub floor area, all partners');
  const grant = v('Capital grants');
  const lastRenewal = life * Math.floor((period - 1) / life);
  const residualValue = capital * (1 - (period - lastRenewal) / life);
  let pvB = 0,
    pvC = 0,
    pvHub = 0,
    cum = 0,
    dcum = 0,
    library = 0,
    partnerNet = 0;
  const cumulative: number[] = [];
  const discountedCumulative: number[] = [];
  for (let t = 0; t <= period; t++) {
    const renewal = t >= 1 && t < period && t % life === 0 ? capital : 0;
    const running = hub * inHub(t);
    const costs = (t === 0 ? capital + decant : 0) + renewal + running;
    const residual = t === period ? residualValue : 0;
    const once = (t === 1 ? backlog : 0) + (t === receiptYear ? receipts : 0);
    const benefits = (siteCosts + staffing + partner + visits) * inHub(t) + once + residual;
    pvB += benefits * factor(t);
    pvC += costs * factor(t);
    pvHub += running * factor(t);
    cum += benefits - costs;
    dcum += (benefits - costs) * factor(t);
    cumulative.push(cum);
    discountedCumulative.push(dcum);
    const hubShared = (t === 0 ? capital - grant : 0) + renewal + (hub + hubRates) * inHub(t);
    const libraryCash = (siteCosts + siteRates + staffing) * inHub(t) + once;
    library +=
      (libraryCash + share * residual - share * hubShared - (t === 0 ? decant : 0)) * factor(t);
    partnerNet +=
      (partner * inHub(t) + (1 - share) * residual - (1 - share) * hubShared) * factor(t);
  }
  const bcr = pvB / pvC;
  const band = bcr < 1 ? 'Poor' : bcr < 1.5 ? 'Low' : bcr < 2 ? 'Medium' : 'High';
  return {
    npv: pvB - pvC,
    pvBenefits: pvB,
    bcr,
    netted: (pvB - pvHub) / (pvC - pvHub),
    band,
    simple: paidBackForGood(cumulative),
    discounted: paidBackForGood(discountedCumulative),
    library,
    partner: partnerNet,
  };
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

  test(
    'key outputs agree with a recomputation by hand at the defaults, every low and high, and 50 random draws',
    () => {
      const evaluator = caseEvaluator(workbook);
      const ref = (label: string) => refOfOutput(workbook, label);
      try {
        for (const { name, values } of [
          { name: 'defaults', values: {} },
          ...inputCases(workbook),
        ]) {
          evaluator.show(values);
          const expected = recompute(workbook, values);
          const at = (what: string) => `${what}, ${name}`;
          expectClose(evaluator.number(ref(NPV)), expected.npv, at('NPV'));
          expectClose(evaluator.number(ref('Benefit-cost ratio')), expected.bcr, at('BCR'));
          expect(evaluator.value(ref('Value for money band')), at('band')).toBe(expected.band);
          expect(
            evaluator.value(
              ref(
                'Simple payback: year the cumulative net benefit turns positive and stays positive',
              ),
            ),
            at('simple payback'),
          ).toBe(expected.simple);
          expect(evaluator.value(ref('Discounted payback year')), at('discounted payback')).toBe(
            expected.discounted,
          );
          expectClose(evaluator.number(ref(LIBRARY)), expected.library, at('library position'));
          expectClose(evaluator.number(ref(PARTNER)), expected.partner, at('partner position'));
        }
      } finally {
        evaluator.destroy();
      }
    },
    SWEEP_TIMEOUT,
  );

  test('business rates do not move the economic NPV, but do move the library’s cash position', () => {
    const npv = out(NPV);
    const library = out(LIBRARY);
    setAt(engine, input(`${LEASED}: business rates`), 30_000);
    setAt(engine, input('Hub business rates'), 0);
    expectClose(out(NPV), npv, 'NPV with other rates');
    expect(out(LIBRARY)).toBeGreaterThan(library);
  });

  test('optimism bias on works duration delays the move, so a 39% uplift lowers the PV of benefits', () => {
    const benefits = out('Present value of benefits');
    setAt(
      engine,
      input('Optimism bias on works duration (delays the move and stretches the decant)'),
      0.39,
    );
    expect(out('Present value of benefits')).toBeLessThan(benefits - 10_000);
  });

  test('a wider value of visits counts in the economic view only, never in a partner’s cash position', () => {
    const npv = out(NPV);
    const library = out(LIBRARY);
    setAt(engine, input('Wider value of an extra visit (non-cash, economic view only)'), 3);
    expect(out(NPV)).toBeGreaterThan(npv);
    expectClose(out(LIBRARY), library, 'library cash position');
    const note = workbook.inputs.find(
      (i) => i.ref === input('Wider value of an extra visit (non-cash, economic view only)'),
    )!.note!;
    expect(note).toMatch(/costs .*not what it is worth/);
  });

  test('the residual value depends on the appraisal period, and a renewal is costed when the fit-out wears out', () => {
    const at = (years: number, life: number) => {
      setAt(engine, input('Appraisal period'), years);
      setAt(engine, input('Life of the fit-out before it must be renewed'), life);
      const values = {
        [input('Appraisal period')]: years,
        [input('Life of the fit-out before it must be renewed')]: life,
      };
      expectClose(
        out(NPV),
        recompute(workbook, values).npv,
        `NPV over ${years} years, life ${life}`,
      );
      return numberAt(engine, `Appraisal!B20`);
    };
    expect(at(10, 30)).toBeGreaterThan(at(20, 30));
    expect(at(30, 30)).toBe(0);
    // Renewed at year 20 of 30: half the renewed fit-out's life is left.
    expectClose(at(30, 20), 0.5 * numberAt(engine, 'Appraisal!B8'), 'half the fit-out');
  });

  test('a leased library that is handed back has no sale receipt to enter', () => {
    expect(workbook.inputs.some((i) => i.label === `${LEASED}: capital receipt from sale`)).toBe(
      false,
    );
  });

  test('payback is the year the cumulative turns positive and stays positive', () => {
    // A short fit-out life renews it within the period: the cumulative can dip again.
    const values = {
      [input('Appraisal period')]: 60,
      [input('Life of the fit-out before it must be renewed')]: 15,
      [input('Fit-out capital (before optimism bias)')]: 2_000_000,
    };
    for (const [ref, value] of Object.entries(values)) setAt(engine, ref, value);
    const expected = recompute(workbook, values);
    expect(
      valueAt(
        engine,
        refOfOutput(
          workbook,
          'Simple payback: year the cumulative net benefit turns positive and stays positive',
        ),
      ),
    ).toBe(expected.simple);
    expect(valueAt(engine, refOfOutput(workbook, 'Discounted payback year'))).toBe(
      expected.discounted,
    );
  });

  test('discount factors show to 4 decimal places and match the Green Book table', () => {
    const appraisal = workbook.sheets.find((s) => s.name === 'Appraisal')!;
    expect(appraisal.formats?.['M5']).toBe('number-4dp');
    expect(numberAt(engine, 'Appraisal!M5')).toBeCloseTo(0.708919, 6); // year 10
    expect(numberAt(engine, 'Appraisal!AG5')).toBeCloseTo(0.356278, 6); // year 30
    expect(numberAt(engine, 'Appraisal!AH5')).toBeCloseTo(0.345901, 6); // year 31
  });

  test('the BCR convention is stated, and the netted ratio is the same appraisal the other way', () => {
    const expected = recompute(workbook);
    expectClose(
      out('Benefit-cost ratio with the hub running costs netted from the savings'),
      expected.netted,
      'netted BCR',
    );
    const explanation = workbook.outputs.find(
      (o) => o.label === 'Benefit-cost ratio',
    )!.description!;
    expect(explanation).toContain('counted as a cost (not netted');
  });

  test('a higher discount rate lowers the NPV, because the benefits come after the capital is spent', () => {
    const before = out(NPV);
    setAt(engine, input('Discount rate, years 0-30'), 0.05);
    expect(out(NPV)).toBeLessThan(before);
  });

  test('the long-term rate matters only when the appraisal runs past year 30', () => {
    const before = out(NPV);
    setAt(engine, input('Discount rate, years 31 onwards'), 0.045);
    expectClose(out(NPV), before, 'a 30-year appraisal ignores the later rate');
    setAt(engine, input('Appraisal period'), 60);
    const sixtyAtDefault = out(NPV);
    setAt(engine, input('Discount rate, years 31 onwards'), 0.02);
    expect(out(NPV)).toBeGreaterThan(sixtyAtDefault);
  });

  test('more optimism bias lowers the NPV and the BCR, and the band is the one the BCR falls in', () => {
    const npv = out(NPV);
    const ref = input('Optimism bias on capital');
    setAt(engine, ref, 0.51);
    expect(out(NPV)).toBeLessThan(npv);
    expect(valueAt(engine, refOfOutput(workbook, 'Value for money band'))).toBe(
      recompute(workbook, { [ref]: 0.51 }).band,
    );
  });

  test('the receipts switching value is exactly the fall that brings the NPV to zero', () => {
    const fall = out('Capital receipts could fall by');
    const receipt = input(`${OWNED}: capital receipt from sale`);
    const value = numberAt(engine, receipt);
    setAt(engine, receipt, value * (1 - fall));
    // Zero to within a penny's millionth part of a pound-scale NPV (floating point).
    expect(Math.abs(out(NPV))).toBeLessThan(1e-3);
  });
});
