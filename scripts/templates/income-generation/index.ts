// Template 1: income generation — room hire, children's birthday parties, paid events,
// a Fablab and Adopt a Book (../shared/DOMAIN.md §1). Monthly for five years, so the
// ramp-up, the seasons, the lab manager's start and the grant taper all show.
import type { Workbook } from '../../../src/core/file/schema';
import { ModelBuilder, SummaryBuilder } from '../model-builder';
import { addIncomeAssumptions } from './assumptions';
import { ANNUAL_ROWS, addAnnual } from './annual';
import { IDEAS, MONTHLY_ROWS, NOT_PAID_BACK, addMonthly } from './monthly';
import { UNIT_COLUMNS, UNIT_ROWS, addUnitEconomics } from './unit-economics';
import { LAST_MONTH } from './timeline';

export const INCOME_GENERATION_ID = 'income-generation';

export function buildIncomeGeneration(): Workbook {
  const m = new ModelBuilder('Income generation: assumptions');
  const a = addIncomeAssumptions(m);
  addUnitEconomics(m, a);
  addMonthly(m, a);
  addAnnual(m);
  const row = (ref: string) => Number(ref.replace(/^.*B/, ''));
  addSummary(m, [row(a.season[0]!), row(a.season[11]!)]);

  const r = a.refs;
  m.scenario(
    'pessimistic',
    'Pessimistic',
    'Slow take-up, half-empty events, a smaller Fablab grant.',
    {
      [r.roomOccupancy!]: 0.08,
      [r.partiesPerSite!]: 2,
      [r.fillRate!]: 0.4,
      [r.rampStart!]: 0.25,
      [r.fablabGrant!]: 15_000,
      [r.laserVolume!]: 30,
    },
  );
  m.scenario(
    'optimistic',
    'Optimistic',
    'Busy rooms, popular parties and events, a well-used laser cutter.',
    {
      [r.roomOccupancy!]: 0.25,
      [r.partiesPerSite!]: 6,
      [r.fillRate!]: 0.8,
      [r.laserVolume!]: 100,
      [r.fablabGrant!]: 45_000,
    },
  );
  m.scenario(
    'part-time-manager',
    'Part-time Fablab manager',
    'The lab manager post at half time.',
    { [r.managerFte!]: 0.5 },
  );
  m.chart('surplus-by-idea', 'Operating surplus by idea, year by year', 'bar', [
    `Annual!C${ANNUAL_ROWS.room}:G${ANNUAL_ROWS.room}`,
    `Annual!C${ANNUAL_ROWS.party}:G${ANNUAL_ROWS.party}`,
    `Annual!C${ANNUAL_ROWS.event}:G${ANNUAL_ROWS.event}`,
    `Annual!C${ANNUAL_ROWS.adoption}:G${ANNUAL_ROWS.adoption}`,
    `Annual!C${ANNUAL_ROWS.fablab}:G${ANNUAL_ROWS.fablab}`,
  ]);
  m.chart('cash-position', 'Cash position month by month, after set-up costs', 'line', [
    `Monthly!C${MONTHLY_ROWS.total.cash}:BJ${MONTHLY_ROWS.total.cash}`,
  ]);

  return m.build({
    id: INCOME_GENERATION_ID,
    title: 'Income generation: five ideas',
    description:
      'Room hire, birthday parties, paid events, a Fablab and Adopt a Book: surplus, break-even and payback over five years.',
    notes: [
      {
        title: 'How to use this model',
        text:
          'Change only the values in column B of the Assumptions sheet (the declared inputs); every other sheet follows. Prices are what the customer pays, VAT included where a switch says VAT is charged. ' +
          'Unit economics shows what one unit of each idea earns; Monthly runs five years month by month (ramp-up, seasons, the Fablab manager and grant); Annual adds up the years; Summary says what it means. ' +
          'Scenarios (Pessimistic, Optimistic, Part-time Fablab manager) change a few inputs at once without touching your base case. Prices are in today’s money (real terms).',
      },
      {
        title: 'Reference cases',
        text:
          'Room hire: Leicestershire charges community groups £12.50 an hour and commercial hirers £25 (£31.25 with kitchen), out-of-hours staffing £16.50 an hour with a 2-hour minimum [S1]; East Sussex £10 / £20 / £40 [S2]; Suffolk (Newmarket) £11 community, £16.50 commercial [S3]. ' +
          'Birthday parties: trialled at four Essex libraries in 2019 [S5]; toy-library party hire is £145 for 3 hours [S6], play centres £10-£15 a child [S7]. ' +
          'Events: a near-capacity author night at Worksop seated 80 [S8]; charging cuts no-shows [S9]. ' +
          'Fablab: Fab Lab Devon cost about £170k to set up [S10] and appointed a manager about 18 months in [S11]; FabLab Lübeck charges €10 for an induction [S12]; Nottinghack costed its laser at £4.30 an hour and charged £6 [S13]; start-up grants taper to zero over about 3 years [S14]. ' +
          'Adopt a Book: the British Library’s tiers are £15 / £150 / £1,000+ [S15]; Exeter raised over £3,000 in six months, 7 of 10 books adopted [S16]. ' +
          'Nationally, library income was £56m of £705m operating funds in 2021/22, about 8% [S24].',
      },
      {
        title: 'Caveats',
        text:
          'Adopt a Book gifts are restricted income spent on restoring the book, so its net is about nil by design. Room lettings are usually exempt from VAT, parties and Fablab services usually standard-rated, and a council may use the cultural exemption for events: check locally. ' +
          'The operating surplus is before set-up costs; Annual also spreads set-up over its life, and the cash rows charge it up front.',
      },
    ],
  });
}

function addSummary(m: ModelBuilder, seasonRows: [number, number]): void {
  const s = new SummaryBuilder(m, 'Income generation: what it means');
  const U = UNIT_ROWS;
  const A = ANNUAL_ROWS;
  s.heading('What one unit earns');
  const units = {
    room: 'booked hour',
    party: 'party',
    event: 'ticket sold',
    adoption: 'book adopted',
  } as const;
  for (const idea of IDEAS) {
    s.line(
      `${idea.title}: contribution per ${units[idea.key]}`,
      `='Unit economics'!${UNIT_COLUMNS[idea.key]}${U.contribution}`,
      'currency-2dp',
      '£',
      'What one unit leaves after VAT, card fees, displaced income, materials and staff time.',
    );
  }
  s.line(
    'Fablab: contribution a month at full planned activity',
    `='Unit economics'!B${U.fabContribution}`,
    'currency',
    '£',
    'What inductions, machine time, workshops and school days leave each month, before the lab manager and fixed costs.',
  );

  s.heading('Break-even');
  for (const idea of IDEAS) {
    s.line(
      `${idea.title}: ${idea.unit} a month needed to break even`,
      `='Unit economics'!${UNIT_COLUMNS[idea.key]}${U.breakEven}`,
      'number-2dp',
      'a month',
      'Fixed cost a month divided by the contribution per unit. Compare it with the planned volume on Unit economics.',
    );
  }
  s.line(
    'Fablab: activity needed to cover its running costs',
    `='Unit economics'!B${U.fabBreakEven}`,
    'percent',
    '%',
    'Share of the planned Fablab activity needed to pay the lab manager and fixed costs without a grant. Over 100% means the plan does not cover them.',
  );

  s.heading('Surplus');
  const ideaRows = { room: A.room, party: A.party, event: A.event, adoption: A.adoption } as const;
  for (const idea of IDEAS) {
    s.line(
      `${idea.title}: operating surplus in year 2`,
      `=Annual!D${ideaRows[idea.key]}`,
      'accounting',
      '£',
      'The first full year at full volume, before set-up costs.',
    );
  }
  s.line(
    'Fablab: operating surplus in year 2, after its grant',
    `=Annual!D${A.fablab}`,
    'accounting',
    '£',
    'Includes the lab manager from the month they start and the tapering start-up grant.',
  );
  s.line(
    'All five ideas: operating surplus in year 1',
    `=Annual!C${A.total}`,
    'accounting',
    '£',
    'Year 1 carries the ramp-up: demand builds over the first months.',
  );
  s.line(
    'All five ideas: operating surplus in year 2',
    `=Annual!D${A.total}`,
    'accounting',
    '£',
    'Before set-up costs.',
  );
  s.line(
    'All five ideas: operating surplus over five years',
    `=SUM(Annual!C${A.total}:G${A.total})`,
    'accounting',
    '£',
    'Before set-up costs.',
  );
  s.line(
    'All five ideas: cash after five years, set-up costs paid',
    `=Annual!G${A.cash}`,
    'accounting',
    '£',
    'What is left, or still to recover, once every set-up cost has been paid.',
  );
  s.line(
    "Year-2 surplus as a share of the library's net budget",
    `=Annual!D${A.total}/NetBudget`,
    'percent-1dp',
    '%',
    'For scale: nationally, income was about 8% of library operating funds in 2021/22 (£56m of £705m) [S24].',
  );
  s.line(
    'Fablab: first year in deficit as the start-up grant tapers',
    `=IF(MIN(Annual!C${A.fabDeficitYear}:G${A.fabDeficitYear})=99,"No deficit in the first five years",INDEX(Annual!C${A.label}:G${A.label},1,MIN(Annual!C${A.fabDeficitYear}:G${A.fabDeficitYear})))`,
    'text',
    'year',
    'The first financial year in which the Fablab costs more than it earns plus its grant.',
  );

  s.heading('Payback month (set-up costs included)');
  const M = MONTHLY_ROWS;
  const paybackRows: [string, number][] = [
    ...IDEAS.map((idea): [string, number] => [idea.title, M.ideas[idea.key].paid]),
    ['Fablab', M.fablab.paid],
    ['All five ideas together', M.total.paid],
  ];
  for (const [title, row] of paybackRows) {
    const first = `MIN(Monthly!C${row}:BJ${row})`;
    s.line(
      `${title}: payback month`,
      `=IF(${first}=${NOT_PAID_BACK},"Not within five years",${first})`,
      'number',
      'months',
      'The first month from which cumulative cash, set-up paid, stays at or above zero to the end of year 5; April of year 1 is month 1. Cash that turns positive and falls back is not paid back.',
    );
  }

  s.heading('Which ideas pay, and why');
  const U_ = UNIT_COLUMNS;
  for (const idea of IDEAS) {
    const u = (row: number) => `'Unit economics'!${U_[idea.key]}${row}`;
    const cash = `Monthly!${LAST_MONTH}${M.ideas[idea.key].cash}`;
    const why =
      `IF(${u(U.contribution)}<=0,"each ${units[idea.key]} loses money ("&${money(u(U.contribution), true)}&" a ${units[idea.key]})",` +
      `IF(${u(U.breakEven)}>${u(U.volume)},"the planned "&ROUND(${u(U.volume)},1)&" ${idea.unit} a month are below the "&ROUND(${u(U.breakEven)},1)&" needed to cover its fixed costs","its set-up cost is not earned back within five years"))`;
    s.line(
      `${idea.title}: does it pay over five years?`,
      `=IF(${cash}>=0,"Pays: "&${money(cash)}&" ahead after five years, set-up paid.","Does not pay: "&${money(cash)}&" short after five years, because "&${why}&".")`,
      'text',
      'words',
      idea.key === 'adoption'
        ? 'Adopt a Book is about nil by design: the gifts are restricted to restoring the books.'
        : 'Cumulative cash at the end of year 5, set-up costs paid, and the reason in words.',
    );
  }
  const fabCash = `Monthly!${LAST_MONTH}${M.fablab.cash}`;
  const needed = `'Unit economics'!B${U.fabBreakEven}`;
  s.line(
    'Fablab: does it pay over five years?',
    `=IF(${fabCash}>=0,"Pays: "&${money(fabCash)}&" ahead after five years, set-up paid.","Does not pay: "&${money(fabCash)}&" short after five years, because "&IF(ISTEXT(${needed}),"its activities lose money before any fixed cost",IF(${needed}>1,"its planned activity covers only "&ROUND(100/${needed},0)&"% of the lab manager and fixed costs once the grant has tapered","its set-up cost is not earned back within five years"))&".")`,
    'text',
    'words',
    'The Fablab carries a lab manager and a large set-up cost; its start-up grant tapers to nothing.',
  );

  s.checks([
    {
      label: 'The room-hire shares (community, business, commercial) sum to 100%',
      formula: '=ABS(RoomCommunityShare+RoomBusinessShare+RoomCommercialShare-1)<0.000000001',
      ifFailing:
        'the three shares on Assumptions do not sum to 100%; the price uses them scaled to 100% until they do.',
    },
    {
      label: 'The twelve seasonal factors average 100%',
      formula: `=ABS(AVERAGE(Assumptions!B${seasonRows[0]}:B${seasonRows[1]})-1)<0.000000001`,
      ifFailing:
        'the seasons add or remove demand over the year instead of moving it between months.',
    },
    {
      label: 'The VAT and Gift Aid switches are 0 or 1',
      formula: `=AND(${['RoomVatCharged', 'PartyVatCharged', 'EventVatCharged', 'FablabVatCharged', 'GiftAidClaimed'].map((n) => `OR(${n}=0,${n}=1)`).join(',')})`,
      ifFailing: 'set each switch on Assumptions to 0 or 1.',
    },
  ]);
  s.method([
    [
      'Prices',
      'Real terms: today’s (2027/28) prices throughout, with no inflation. Prices are what the customer pays; VAT is taken off where an idea’s switch says it is charged.',
    ],
    [
      'Timing',
      'Month by month from April 2027 (month 1) for five years; set-up costs are paid in month 1 and also spread over their life on Annual.',
    ],
    [
      'Discounting',
      'None: a five-year cash view for the library’s budget, undiscounted. For a Green Book appraisal discount the yearly figures at 3.5% [S49], year 1 undiscounted.',
    ],
    [
      'Transfers',
      'The library’s own financial view: VAT charged goes to HMRC and is taken off the price; the Fablab’s start-up grant is counted as income, as the library receives it (in an economic view it would be a transfer and left out [S52]).',
    ],
    [
      'VAT',
      'Each idea on its own footing, by its switch: lettings usually exempt, parties and Fablab services standard-rated, events perhaps under the cultural exemption; gifts outside the scope of VAT. Check locally.',
    ],
    [
      'Optimism bias',
      'Not applied: there is no capital programme. Demand risk is in the ramp-up, the ranges and the Pessimistic scenario.',
    ],
    [
      'Payback',
      'The first month from which cumulative cash, set-up paid, stays at or above zero to the end of the five years.',
    ],
  ]);
}

/** Pounds in words for a sentence: "£215,559" (whole pounds, or pence with `pence`). */
function money(expr: string, pence = false): string {
  if (pence) return `"£"&TEXT(ABS(${expr}),"0.00")`;
  const r = `ROUND(ABS(${expr}),0)`;
  return `"£"&IF(${r}>=1000000,INT(${r}/1000000)&","&TEXT(MOD(INT(${r}/1000),1000),"000")&","&TEXT(MOD(${r},1000),"000"),IF(${r}>=1000,INT(${r}/1000)&","&TEXT(MOD(${r},1000),"000"),${r}&""))`;
}
