// What one unit of each idea earns. DOMAIN §1: net price = price ÷ (1 + VAT) where VAT is
// charged; contribution = net price − variable cost − staff cost; break-even = fixed ÷ contribution.
import { absolute, columnsFrom, type ModelBuilder } from '../model-builder';
import type { IncomeAssumptions } from './assumptions';
import { FABLAB_STREAMS } from './fablab-assumptions';

/** Unit economics columns: the four simple ideas, then the Fablab's five streams. */
export const UNIT_COLUMNS = { room: 'B', party: 'C', event: 'D', adoption: 'E' } as const;
const STREAM_COLUMNS = columnsFrom('F', FABLAB_STREAMS.length);

/** Rows of the Unit economics sheet. */
export const UNIT_ROWS = {
  price: 4,
  vat: 5,
  net: 6,
  displaced: 7,
  fee: 8,
  other: 9,
  variable: 10,
  staff: 11,
  contribution: 12,
  volume: 13,
  fixed: 14,
  breakEven: 15,
  monthly: 16,
  fabContribution: 19,
  fabFixed: 20,
  fabBreakEven: 21,
} as const;

const NEVER = '"Never: each unit loses money"';

export function addUnitEconomics(m: ModelBuilder, a: IncomeAssumptions): void {
  const s = m.sheet('Unit economics', {
    A: 560,
    B: 200,
    C: 200,
    D: 200,
    E: 200,
    F: 170,
    G: 170,
    H: 170,
    I: 170,
    J: 190,
  });
  const R = UNIT_ROWS;
  s.set('A1', 'What one unit earns, at full volume');
  s.set('A2', 'Idea')
    .set('B2', 'Room hire')
    .set('C2', 'Birthday party')
    .set('D2', 'Paid event')
    .set('E2', 'Adopt a Book');
  s.set('A3', 'Unit')
    .set('B3', 'booked hour')
    .set('C3', 'party')
    .set('D3', 'ticket')
    .set('E3', 'adoption');
  FABLAB_STREAMS.forEach((stream, i) =>
    s.set(`${STREAM_COLUMNS[i]}2`, stream.label).set(`${STREAM_COLUMNS[i]}3`, stream.unit),
  );
  const labels: [number, string][] = [
    [R.price, 'Price the customer pays (VAT included where charged)'],
    [R.vat, 'VAT charged? (1 yes, 0 no)'],
    [R.net, 'Net price after VAT'],
    [R.displaced, 'Less: takings that displace existing income'],
    [R.fee, 'Less: card or booking fee'],
    [R.other, 'Plus: commission on book sales'],
    [R.variable, 'Less: materials and other direct cost'],
    [R.staff, 'Less: staff time'],
    [R.contribution, 'Contribution per unit'],
    [R.volume, 'Units a month at full volume'],
    [R.fixed, 'Fixed cost a month (events: performer and staff per event, plus promotion)'],
    [R.breakEven, 'Break-even units a month (fixed cost ÷ contribution per unit)'],
    [R.monthly, 'Contribution a month at full volume'],
  ];
  for (const [row, label] of labels) s.set(`A${row}`, label);

  const simple = {
    B: {
      price:
        '(RoomCommunityRate*RoomCommunityShare+RoomBusinessRate*RoomBusinessShare+RoomCommercialRate*RoomCommercialShare)/(RoomCommunityShare+RoomBusinessShare+RoomCommercialShare)',
      vat: 'RoomVatCharged',
      other: '0',
      variable: 'RoomVariableCost',
      staff: 'RoomOutOfHoursShare*RoomOutOfHoursRate',
      volume: 'RoomHoursPerWeek*RoomOccupancy*52/12',
      fixed: 'RoomFixedMonthly',
      displaced: true,
    },
    C: {
      price: 'PartyPrice',
      vat: 'PartyVatCharged',
      other: '0',
      variable: 'PartyChildren*PartyMaterialsPerChild',
      staff: 'PartyStaffHours*StaffHourlyRate',
      volume: 'PartiesPerSite*PartySites',
      fixed: 'PartyFixedMonthly',
      displaced: true,
    },
    D: {
      price: 'TicketPrice',
      vat: 'EventVatCharged',
      other: 'BookSpendPerAttendee*BookCommission',
      variable: '0',
      staff: '0',
      volume: 'EventsPerMonth*EventCapacity*EventFillRate',
      fixed: 'EventsPerMonth*(PerformerFee+EventStaffHours*StaffHourlyRate)+EventFixedMonthly',
      displaced: true,
    },
    // A gift is outside the scope of VAT and displaces nothing; Gift Aid adds 25% for a charity.
    E: {
      price: 'AdoptionGift*(1+0.25*GiftAidClaimed)',
      vat: '0',
      other: '0',
      variable: `E${R.price}*RestorationShare`,
      staff: 'AdoptionStaffHours*StaffHourlyRate',
      volume: 'AdoptionsPerMonth',
      fixed: '0',
      displaced: false,
    },
  } as const;
  for (const [c, idea] of Object.entries(simple)) {
    s.set(`${c}${R.price}`, `=${idea.price}`, 'currency-2dp');
    s.set(`${c}${R.vat}`, `=${idea.vat}`, 'number');
    s.set(`${c}${R.other}`, `=${idea.other}`, 'currency-2dp');
    s.set(`${c}${R.variable}`, `=-${idea.variable}`, 'currency-2dp');
    s.set(`${c}${R.staff}`, `=-${idea.staff}`, 'currency-2dp');
    s.set(`${c}${R.volume}`, `=${idea.volume}`, 'number-2dp');
    s.set(`${c}${R.fixed}`, `=${idea.fixed}`, 'currency');
    s.set(
      `${c}${R.displaced}`,
      idea.displaced ? `=-${c}${R.net}*DisplacedShare` : '=0',
      'currency-2dp',
    );
    s.set(
      `${c}${R.breakEven}`,
      `=IF(${c}${R.contribution}<=0,${NEVER},${c}${R.fixed}/${c}${R.contribution})`,
      'number-2dp',
    );
  }
  a.streams.forEach((stream, i) => {
    const c = STREAM_COLUMNS[i]!;
    s.set(`${c}${R.price}`, `=${absolute(stream.price)}`, 'currency-2dp');
    s.set(`${c}${R.vat}`, '=FablabVatCharged', 'number');
    s.set(`${c}${R.displaced}`, `=-${c}${R.net}*DisplacedShare`, 'currency-2dp');
    s.set(`${c}${R.other}`, '=0', 'currency-2dp');
    s.set(`${c}${R.variable}`, `=-${absolute(stream.variable)}`, 'currency-2dp');
    s.set(`${c}${R.staff}`, `=-${absolute(stream.staffHours)}*StaffHourlyRate`, 'currency-2dp');
    s.set(`${c}${R.volume}`, `=${absolute(stream.volume)}`, 'number');
  });
  for (const c of [...Object.keys(simple), ...STREAM_COLUMNS]) {
    s.set(`${c}${R.net}`, `=${c}${R.price}/(1+VatRate*${c}${R.vat})`, 'currency-2dp');
    // The fee is on what the customer pays; Gift Aid on a gift never passes through the card.
    s.set(
      `${c}${R.fee}`,
      `=-${c === 'E' ? 'AdoptionGift' : `${c}${R.price}`}*CardFeeRate`,
      'currency-2dp',
    );
    s.set(`${c}${R.contribution}`, `=SUM(${c}${R.net}:${c}${R.staff})`, 'currency-2dp');
    s.set(`${c}${R.monthly}`, `=${c}${R.contribution}*${c}${R.volume}`, 'currency');
  }
  s.set('A18', 'FABLAB AS A WHOLE');
  s.set(`A${R.fabContribution}`, 'Fablab: contribution a month at full planned activity');
  s.set(`B${R.fabContribution}`, `=SUM(F${R.monthly}:J${R.monthly})`, 'currency');
  s.set(`A${R.fabFixed}`, 'Fablab: fixed cost a month once the lab manager is in post');
  s.set(`B${R.fabFixed}`, '=FablabFixedMonthly+ManagerFte*ManagerCost/12', 'currency');
  s.set(
    `A${R.fabBreakEven}`,
    'Fablab: activity needed to cover its running costs, share of the plan',
  );
  s.set(
    `B${R.fabBreakEven}`,
    `=IF(B${R.fabContribution}<=0,"Never: the activity mix loses money",B${R.fabFixed}/B${R.fabContribution})`,
    'percent',
  );
  m.name('FablabMonthlyContribution', `'Unit economics'!$B$${R.fabContribution}`);
}
