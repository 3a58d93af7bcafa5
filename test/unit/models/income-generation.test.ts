// The income generation template, checked the way a finance officer would: its key figures
// recomputed by hand (plain TypeScript, from the assumptions in the file) and moved by hand.
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

const MONTHS = 60;

/** The model's arithmetic, written again from DOMAIN §1 without the engine. */
function recompute(workbook: Workbook) {
  const v = assumptionsByLabel(workbook);
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
  const communityShare = v('Share of hours booked by community groups');
  const businessShare = v('Share of hours booked by businesses');
  const roomPrice =
    v('Hourly rate, community groups') * communityShare +
    v('Hourly rate, businesses') * businessShare +
    v('Hourly rate, commercial hirers') * (1 - communityShare - businessShare);
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
  const payback: Record<string, number | string> = {};
  const cash: Record<string, number> = {};
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
    for (const key of Object.keys(cash))
      if (payback[key] === undefined && cash[key]! >= 0) payback[key] = month;
  }
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
    fabDeficitYear:
      deficitYear < 0
        ? 'No deficit in the first five years'
        : ['2027/28', '2028/29', '2029/30', '2030/31', '2031/32'][deficitYear],
    roomPayback: payback.room ?? 'Not within five years',
    partyPayback: payback.party ?? 'Not within five years',
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
    expect(out('Room hire: payback month')).toBe(expected.roomPayback);
    expect(out("Children's birthday parties: payback month")).toBe(expected.partyPayback);
  });

  test('the default case tells the grant-taper story: the Fablab falls into deficit in year 3', () => {
    expect(out('Fablab: first year in deficit as the start-up grant tapers')).toBe('2029/30');
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
    setAt(engine, refOfInput(workbook, 'Fablab: start-up revenue grant in year 1'), 0);
    expect(out('Fablab: first year in deficit as the start-up grant tapers')).toBe('2028/29');
    setAt(engine, refOfInput(workbook, 'Fablab: start-up revenue grant in year 1'), 30_000);
    setAt(engine, refOfInput(workbook, 'Fablab: month the lab manager starts'), 37);
    expect(out('Fablab: first year in deficit as the start-up grant tapers')).toBe('2030/31');
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
