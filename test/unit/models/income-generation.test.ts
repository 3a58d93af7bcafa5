// The income generation template, checked the way a finance officer would: its key figures
// recomputed by hand (plain TypeScript, from the assumptions in the file) and moved by hand.
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

const MONTHS = 60;

/** The model's arithmetic, written again from DOMAIN §1 without the engine. */
function recompute(workbook: Workbook, overrides: Record<string, number> = {}) {
  const v = assumptionsByLabel(workbook, overrides);
  const vat = v('VAT rate');
  const rate = v('Staff cost per hour, loaded (pay, NI, pension)');
  const fee = v('Card or booking fee, share of the price paid');
  const displaced = v('Share of takings that displaces existing income');
  const contribution = (
    price: number,
    vatCharged: number,
    variable: number,
    staff: number,
    other = 0,
    displaces = true,
    feeBase = price,
  ) => {
    const net = price / (1 + vat * vatCharged);
    return net - (displaces ? net * displaced : 0) - feeBase * fee + other - variable - staff;
  };
  // The mix as entered, scaled to 100%: no share is ever negative.
  const shares = [
    v('Share of hours booked by community groups'),
    v('Share of hours booked by businesses'),
    v('Share of hours booked by commercial hirers'),
  ];
  const rates = [
    v('Hourly rate, community groups'),
    v('Hourly rate, businesses'),
    v('Hourly rate, commercial hirers'),
  ];
  const roomPrice =
    shares.reduce((sum, share, i) => sum + share * rates[i]!, 0) /
    shares.reduce((a, b) => a + b, 0);
  const gift = v('Average gift per book adopted');
  const adoptionPrice = gift * (1 + 0.25 * v('Is Gift Aid claimed? (1 yes, 0 no)'));
  const eventsPerMonth = v('Events a month');
  const ideas = {
    room: {
      unit: contribution(
        roomPrice,
        v('Is VAT charged on room hire? (1 yes, 0 no)'),
        v('Cleaning, heat and light per booked hour'),
        v('Share of booked hours outside opening hours') * v('Out-of-hours staffing cost'),
      ),
      volume:
        (v('Bookable hours a week') * v('Occupancy: share of bookable hours booked') * 52) / 12,
      fixed: v('Room hire: fixed cost a month (booking system, marketing)'),
      setUp: v('Room hire: one-off set-up (furniture, screen)'),
    },
    party: {
      unit: contribution(
        v('Price of a party (VAT included)'),
        v('Is VAT charged on parties? (1 yes, 0 no)'),
        v('Children per party') * v('Materials per child'),
        v('Staff hours per party') * rate,
      ),
      volume: v('Parties per library a month') * v('Libraries offering parties'),
      fixed: v('Parties: fixed cost a month (marketing, insurance)'),
      setUp: v('Parties: one-off set-up (party kit)'),
    },
    event: {
      unit: contribution(
        v('Ticket price (VAT included)'),
        v('Is VAT charged on tickets? (1 yes, 0 no)'),
        0,
        0,
        v('Book sales per attendee') * v('Commission to the library on book sales'),
      ),
      volume: eventsPerMonth * v('Seats per event') * v('Share of seats sold'),
      fixed:
        eventsPerMonth *
          (v('Author or performer fee per event') + v('Staff hours per event') * rate) +
        v('Events: fixed cost a month (promotion)'),
      setUp: v('Events: one-off set-up (sound system, chairs)'),
    },
    adoption: {
      unit: contribution(
        adoptionPrice,
        0,
        adoptionPrice * v('Share of each gift spent on restoring the book'),
        v('Staff hours per adoption') * rate,
        0,
        false,
        gift,
      ),
      volume: v('Books adopted a month'),
      fixed: 0,
      setUp: v('Adopt a Book: one-off set-up (web page, bookplates)'),
    },
  };
  const streams = [
    'Fablab inductions',
    'Laser cutter time',
    '3D printer time',
    'Workshop places',
    'School and business days',
  ];
  const units = ['induction', 'hour', 'hour', 'place', 'day'];
  const fabVat = v('Is VAT charged on Fablab services? (1 yes, 0 no)');
  const fablabMonthly = streams.reduce((sum, s, i) => {
    const volume = workbook.inputs.find(
      (input) => input.label.startsWith(`${s}:`) && input.label.includes('a month at full volume'),
    )!;
    const perUnit = contribution(
      v(`${s}: price (VAT included)`),
      fabVat,
      v(`${s}: materials and wear per ${units[i]}`),
      v(`${s}: staff hours per ${units[i]}`) * rate,
    );
    return sum + perUnit * v(volume.label);
  }, 0);

  const season = [
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
    'January',
    'February',
    'March',
  ].map((m) => v(`Seasonal demand, ${m}`));
  const rampStart = v('Demand in the first month, share of full volume');
  const rampMonths = v('Months to reach full volume');
  const demand = (month: number) =>
    (month >= rampMonths
      ? 1
      : rampStart + ((1 - rampStart) * (month - 1)) / Math.max(1, rampMonths - 1)) *
    season[(month - 1) % 12]!;

  const fabYear = [0, 0, 0, 0, 0];
  const total = { surplus: [0, 0, 0, 0, 0], cash: 0 };
  const cash: Record<string, number> = {};
  const cashByMonth: Record<string, number[]> = {};
  for (const [key, idea] of Object.entries(ideas)) cash[key] = -idea.setUp;
  cash.fablab = -v('Fablab: one-off set-up capital');
  for (let month = 1; month <= MONTHS; month++) {
    const year = Math.floor((month - 1) / 12) + 1;
    for (const [key, idea] of Object.entries(ideas)) {
      const surplus = idea.unit * idea.volume * demand(month) - idea.fixed;
      cash[key]! += surplus;
      total.surplus[year - 1]! += surplus;
    }
    const manager =
      month >= v('Fablab: month the lab manager starts')
        ? (v('Fablab: lab manager, full-time equivalent') *
            v('Fablab: lab manager cost a year, loaded')) /
          12
        : 0;
    const grant =
      (v('Fablab: start-up revenue grant in year 1') *
        Math.max(0, 1 - (year - 1) / v('Fablab: years over which the grant tapers to zero'))) /
      12;
    const fabSurplus =
      fablabMonthly * demand(month) -
      manager -
      v('Fablab: fixed cost a month (maintenance, software, insurance)') +
      grant;
    cash.fablab! += fabSurplus;
    fabYear[year - 1]! += fabSurplus;
    total.surplus[year - 1]! += fabSurplus;
    for (const key of Object.keys(cash)) (cashByMonth[key] ??= []).push(cash[key]!);
    (cashByMonth.total ??= []).push(Object.values(cash).reduce((a, b) => a + b, 0));
  }
  // Paid back for good: the first month from which cash stays at or above zero to the end.
  const payback: Record<string, number | string> = {};
  for (const [key, series] of Object.entries(cashByMonth)) {
    let month: number | string = 'Not within five years';
    for (let m = series.length; m >= 1 && series[m - 1]! >= 0; m--) month = m;
    payback[key] = month;
  }
  const labels = Object.entries(workbook.sheets.find((sh) => sh.name === 'Annual')!.cells)
    .filter(([a]) => /^[C-G]2$/.test(a))
    .map(([, text]) => String(text));
  const deficitYear = fabYear.findIndex((s) => s < 0);
  return {
    units: Object.fromEntries(Object.entries(ideas).map(([k, i]) => [k, i.unit])),
    breakEven: Object.fromEntries(
      Object.entries(ideas).map(([k, i]) => [
        k,
        i.unit <= 0 ? 'Never: each unit loses money' : i.fixed / i.unit,
      ]),
    ),
    fablabMonthly,
    totalSurplus: total.surplus,
    cashAfterFive: Object.values(cash).reduce((a, b) => a + b, 0),
    shareOfBudgetYear2: total.surplus[1]! / v("The library service's net budget a year"),
    fabDeficitIndex: deficitYear,
    fabDeficitYear: deficitYear < 0 ? 'No deficit in the first five years' : labels[deficitYear],
    payback,
    cash,
    ideas,
    roomShares: shares,
    roomRates: rates,
    seasonAverage: season.reduce((a, b) => a + b, 0) / 12,
  };
}

describe('income generation template', () => {
  const workbook = readTemplate('income-generation');
  let engine: WorkbookEngine;
  beforeEach(() => {
    engine = WorkbookEngine.fromWorkbook(workbook);
  });
  afterEach(() => engine.destroy());
  const out = (label: string) => valueAt(engine, refOfOutput(workbook, label));
  const outNumber = (label: string) => numberAt(engine, refOfOutput(workbook, label));

  test('key outputs agree with a recomputation by hand from the same assumptions', () => {
    const expected = recompute(workbook);
    expectClose(
      outNumber('Room hire: contribution per booked hour'),
      expected.units.room!,
      'room contribution',
    );
    expectClose(
      outNumber("Children's birthday parties: contribution per party"),
      expected.units.party!,
      'party contribution',
    );
    expectClose(
      outNumber('Paid events: contribution per ticket sold'),
      expected.units.event!,
      'event contribution',
    );
    expectClose(
      outNumber('Adopt a Book: contribution per book adopted'),
      expected.units.adoption!,
      'adoption contribution',
    );
    expectClose(
      outNumber('Fablab: contribution a month at full planned activity'),
      expected.fablabMonthly,
      'Fablab contribution',
    );
    expectClose(
      outNumber('Room hire: booked hours a month needed to break even'),
      expected.breakEven.room as number,
      'room break-even',
    );
    expectClose(
      outNumber('Paid events: tickets a month needed to break even'),
      expected.breakEven.event as number,
      'event break-even',
    );
    expect(out('Adopt a Book: adoptions a month needed to break even')).toBe(
      expected.breakEven.adoption,
    );
    expectClose(
      outNumber('All five ideas: operating surplus in year 1'),
      expected.totalSurplus[0]!,
      'year 1 surplus',
    );
    expectClose(
      outNumber('All five ideas: operating surplus in year 2'),
      expected.totalSurplus[1]!,
      'year 2 surplus',
    );
    expectClose(
      outNumber('All five ideas: operating surplus over five years'),
      expected.totalSurplus.reduce((a, b) => a + b, 0),
      'five-year surplus',
    );
    expectClose(
      outNumber('All five ideas: cash after five years, set-up costs paid'),
      expected.cashAfterFive,
      'cash after five years',
    );
    expectClose(
      outNumber("Year-2 surplus as a share of the library's net budget"),
      expected.shareOfBudgetYear2,
      'share of budget',
    );
    expect(out('Fablab: first year in deficit as the start-up grant tapers')).toBe(
      expected.fabDeficitYear,
    );
    expect(out('Room hire: payback month')).toBe(expected.payback.room);
    expect(out("Children's birthday parties: payback month")).toBe(expected.payback.party);
  });

  test(
    'key outputs agree with a recomputation at every low and high and 50 random draws',
    () => {
      const evaluator = caseEvaluator(workbook);
      const ref = (label: string) => refOfOutput(workbook, label);
      const paybackLabels: Record<string, string> = {
        room: 'Room hire',
        party: "Children's birthday parties",
        event: 'Paid events',
        adoption: 'Adopt a Book',
        fablab: 'Fablab',
        total: 'All five ideas together',
      };
      try {
        for (const { name, values } of inputCases(workbook)) {
          evaluator.show(values);
          const expected = recompute(workbook, values);
          const at = (what: string) => `${what}, ${name}`;
          expectClose(
            evaluator.number(ref('Room hire: contribution per booked hour')),
            expected.units.room!,
            at('room contribution'),
          );
          expectClose(
            evaluator.number(ref('All five ideas: operating surplus over five years')),
            expected.totalSurplus.reduce((a, b) => a + b, 0),
            at('five-year surplus'),
          );
          expectClose(
            evaluator.number(ref('All five ideas: cash after five years, set-up costs paid')),
            expected.cashAfterFive,
            at('cash after five years'),
          );
          expect(
            evaluator.value(ref('Fablab: first year in deficit as the start-up grant tapers')),
            at('deficit year'),
          ).toBe(expected.fabDeficitYear);
          for (const [key, title] of Object.entries(paybackLabels))
            expect(evaluator.value(ref(`${title}: payback month`)), at(`${title} payback`)).toBe(
              expected.payback[key],
            );
        }
      } finally {
        evaluator.destroy();
      }
    },
    SWEEP_TIMEOUT,
  );

  test('the default case tells the grant-taper story: the Fablab falls into deficit once the grant tapers', () => {
    const expected = recompute(workbook);
    expect(out('Fablab: first year in deficit as the start-up grant tapers')).toBe(
      expected.fabDeficitYear,
    );
    // The grant carries year 1; the deficit comes later, as it tapers.
    expect(expected.fabDeficitIndex).toBeGreaterThan(0);
  });

  test('shares that must sum to 100% can never go negative: at every corner of their ranges the room rate stays between the cheapest and dearest', () => {
    const labels = [
      'Share of hours booked by community groups',
      'Share of hours booked by businesses',
      'Share of hours booked by commercial hirers',
    ];
    const inputs = labels.map((l) => workbook.inputs.find((i) => i.label === l)!);
    const price = "'Unit economics'!B4"; // the average rate a booked hour
    for (let corner = 0; corner < 8; corner++) {
      const values = Object.fromEntries(
        inputs.map((input, k) => [input.ref, corner & (1 << k) ? input.high! : input.low!]),
      );
      for (const [ref, value] of Object.entries(values)) setAt(engine, ref, value);
      const { roomRates } = recompute(workbook, values);
      const rate = numberAt(engine, price);
      expect(rate, `corner ${corner}`).toBeGreaterThanOrEqual(Math.min(...roomRates) - 1e-9);
      expect(rate, `corner ${corner}`).toBeLessThanOrEqual(Math.max(...roomRates) + 1e-9);
    }
  });

  test('the shares check fails while the room-hire shares do not sum to 100%, and passes again when they do', () => {
    const check = workbook.checks!.find((c) => c.label.startsWith('The room-hire shares'))!.ref;
    const community = refOfInput(workbook, 'Share of hours booked by community groups');
    expect(valueAt(engine, check)).toBe(true);
    setAt(engine, community, 0.8);
    expect(valueAt(engine, check)).toBe(false);
    setAt(engine, community, 0.6);
    expect(valueAt(engine, check)).toBe(true);
  });

  test('the seasonality check fails while the twelve months do not average 100%', () => {
    const check = workbook.checks!.find((c) => c.label.startsWith('The twelve seasonal'))!.ref;
    const august = refOfInput(workbook, 'Seasonal demand, August');
    setAt(engine, august, 1.5);
    const values = { [august]: 1.5 };
    expect(recompute(workbook, values).seasonAverage).not.toBeCloseTo(1, 9);
    expect(valueAt(engine, check)).toBe(false);
  });

  test('payback is when cumulative cash turns positive and stays positive, else not within the period', () => {
    // A cheap Fablab set-up turns its cash positive early, before the grant tapers away.
    const setUp = workbook.inputs.find((i) => i.label === 'Fablab: one-off set-up capital')!;
    setAt(engine, setUp.ref, setUp.low!);
    const expected = recompute(workbook, { [setUp.ref]: setUp.low! });
    expect(out('Fablab: payback month')).toBe(expected.payback.fablab);
    if (expected.cash.fablab! < 0)
      expect(out('Fablab: payback month')).toBe('Not within five years');
  });

  test('the Summary says in plain words which ideas pay and which do not, and why', () => {
    const expected = recompute(workbook);
    const titles = {
      room: 'Room hire',
      party: "Children's birthday parties",
      event: 'Paid events',
      adoption: 'Adopt a Book',
      fablab: 'Fablab',
    } as const;
    for (const [key, title] of Object.entries(titles)) {
      const words = String(out(`${title}: does it pay over five years?`));
      expect(words, title).toMatch(
        expected.cash[key]! >= 0 ? /^Pays: £/ : /^Does not pay: £.* because /,
      );
    }
    // Paid events at the defaults: planned volume below break-even, said with both figures.
    const event = expected.ideas.event;
    if (event.unit > 0 && event.fixed / event.unit > event.volume)
      expect(String(out('Paid events: does it pay over five years?'))).toContain(
        `the planned ${Math.round(event.volume * 10) / 10} tickets a month are below the ${Math.round((event.fixed / event.unit) * 10) / 10} needed`,
      );
  });

  test('a higher Fablab price raises the Fablab surplus', () => {
    const surplus = refOfOutput(
      workbook,
      'Fablab (after its start-up grant): operating surplus by year',
    )
      .replace(/:.*$/, '')
      .replace('!C', '!D');
    const before = numberAt(engine, surplus);
    const price = refOfInput(workbook, 'Laser cutter time: price (VAT included)');
    setAt(engine, price, numberAt(engine, price) + 2);
    expect(numberAt(engine, surplus)).toBeGreaterThan(before);
  });

  test('no grant brings the first deficit year forward; a later manager start puts it back', () => {
    const grant = refOfInput(workbook, 'Fablab: start-up revenue grant in year 1');
    const start = refOfInput(workbook, 'Fablab: month the lab manager starts');
    const atDefaults = recompute(workbook);
    const noGrant = recompute(workbook, { [grant]: 0 });
    setAt(engine, grant, 0);
    expect(out('Fablab: first year in deficit as the start-up grant tapers')).toBe(
      noGrant.fabDeficitYear,
    );
    expect(noGrant.fabDeficitIndex).toBeLessThan(atDefaults.fabDeficitIndex);
    const defaultGrant = assumptionsByLabel(workbook)('Fablab: start-up revenue grant in year 1');
    const lateManager = recompute(workbook, { [start]: 37 });
    setAt(engine, grant, defaultGrant);
    setAt(engine, start, 37);
    expect(out('Fablab: first year in deficit as the start-up grant tapers')).toBe(
      lateManager.fabDeficitYear,
    );
    expect(lateManager.fabDeficitIndex).toBeGreaterThan(atDefaults.fabDeficitIndex);
  });

  test('a party with no contribution shows a plain message for its break-even, not #DIV/0!', () => {
    const price = refOfInput(workbook, 'Price of a party (VAT included)');
    setAt(engine, price, 100);
    expect(out("Children's birthday parties: parties a month needed to break even")).toBe(
      'Never: each unit loses money',
    );
  });

  test('higher room occupancy raises the room-hire surplus and brings payback forward', () => {
    const before = outNumber('Room hire: operating surplus in year 2');
    const paybackBefore = outNumber('Room hire: payback month');
    setAt(engine, refOfInput(workbook, 'Occupancy: share of bookable hours booked'), 0.3);
    expect(outNumber('Room hire: operating surplus in year 2')).toBeGreaterThan(before);
    expect(outNumber('Room hire: payback month')).toBeLessThan(paybackBefore);
  });
});
