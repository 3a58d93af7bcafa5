// Income generation inputs for room hire and children's birthday parties (DOMAIN §1).
import type { ModelBuilder } from '../model-builder';

export function addRoomHireInputs(m: ModelBuilder, refs: Record<string, string>): void {
  m.group('Room hire (unit: one booked hour)');
  m.input({
    name: 'RoomCommunityRate',
    label: 'Hourly rate, community groups',
    value: 12.5,
    unit: '£ per hour',
    low: 10,
    high: 15,
    format: 'currency-2dp',
    source: 'S1',
    note: 'East Sussex charges £10 [S2]; Suffolk £11 [S3].',
  });
  m.input({
    name: 'RoomBusinessRate',
    label: 'Hourly rate, businesses',
    value: 20,
    unit: '£ per hour',
    low: 16.5,
    high: 25,
    format: 'currency-2dp',
    source: 'S2',
  });
  m.input({
    name: 'RoomCommercialRate',
    label: 'Hourly rate, commercial hirers',
    value: 25,
    unit: '£ per hour',
    low: 16.5,
    high: 40,
    format: 'currency-2dp',
    source: 'S1',
    note: '£31.25 with kitchen [S1]; £40 in East Sussex [S2]; £16.50 in Suffolk [S3].',
  });
  m.input({
    name: 'RoomCommunityShare',
    label: 'Share of hours booked by community groups',
    value: 0.6,
    unit: '%',
    low: 0.4,
    high: 0.8,
    format: 'percent',
    note: 'Estimate: mix 60% community / 25% business / 15% commercial. The three shares must sum to 100%: a check on Summary says when they do not (the price then uses the mix as entered, scaled to 100%).',
  });
  m.input({
    name: 'RoomBusinessShare',
    label: 'Share of hours booked by businesses',
    value: 0.25,
    unit: '%',
    low: 0.1,
    high: 0.4,
    format: 'percent',
    note: 'Estimate: see the community share.',
  });
  m.input({
    name: 'RoomCommercialShare',
    label: 'Share of hours booked by commercial hirers',
    value: 0.15,
    unit: '%',
    low: 0.05,
    high: 0.3,
    format: 'percent',
    note: 'Estimate: see the community share. Entered, not left over, so no mix can go negative.',
  });
  m.input({
    name: 'RoomHoursPerWeek',
    label: 'Bookable hours a week',
    value: 40,
    unit: 'hours',
    low: 20,
    high: 60,
    format: 'number',
    note: 'Estimate: one meeting room, daytime and evenings.',
  });
  refs.roomOccupancy = m.input({
    name: 'RoomOccupancy',
    label: 'Occupancy: share of bookable hours booked',
    value: 0.15,
    unit: '%',
    low: 0.05,
    high: 0.4,
    format: 'percent',
    note: 'Estimate: 15%, range 5%-40%.',
  });
  m.input({
    name: 'RoomOutOfHoursShare',
    label: 'Share of booked hours outside opening hours',
    value: 0.3,
    unit: '%',
    low: 0,
    high: 0.6,
    format: 'percent',
    note: 'Estimate: evening bookings need a member of staff on site (2-hour minimum [S1]).',
  });
  m.input({
    name: 'RoomOutOfHoursRate',
    label: 'Out-of-hours staffing cost',
    value: 16.5,
    unit: '£ per hour',
    low: 14,
    high: 25,
    format: 'currency-2dp',
    source: 'S1',
  });
  m.input({
    name: 'RoomVariableCost',
    label: 'Cleaning, heat and light per booked hour',
    value: 2,
    unit: '£ per hour',
    low: 0,
    high: 5,
    format: 'currency-2dp',
    note: 'Estimate.',
  });
  m.input({
    name: 'RoomVatCharged',
    label: 'Is VAT charged on room hire? (1 yes, 0 no)',
    value: 0,
    unit: 'switch',
    low: 0,
    high: 1,
    format: 'number',
    note: 'Estimate: lettings are usually exempt from VAT; check locally.',
  });
  m.input({
    name: 'RoomFixedMonthly',
    label: 'Room hire: fixed cost a month (booking system, marketing)',
    value: 30,
    unit: '£ a month',
    low: 0,
    high: 100,
    format: 'currency',
    note: 'Estimate.',
  });
  m.input({
    name: 'RoomSetUp',
    label: 'Room hire: one-off set-up (furniture, screen)',
    value: 2_000,
    unit: '£',
    low: 0,
    high: 10_000,
    format: 'currency',
    note: 'Estimate.',
  });
}

export function addPartyInputs(m: ModelBuilder, refs: Record<string, string>): void {
  m.group("Children's birthday parties (unit: one party)");
  refs.partyPrice = m.input({
    name: 'PartyPrice',
    label: 'Price of a party (VAT included)',
    value: 150,
    unit: '£',
    low: 100,
    high: 200,
    format: 'currency',
    note: 'Estimate: no library price is published; toy-library party hire is £145 for 3 hours [S6] and play centres charge £10-£15 a child [S7].',
  });
  m.input({
    name: 'PartyChildren',
    label: 'Children per party',
    value: 15,
    unit: 'children',
    low: 8,
    high: 20,
    format: 'number',
    note: 'Estimate: up to 15 children.',
  });
  m.input({
    name: 'PartyMaterialsPerChild',
    label: 'Materials per child',
    value: 2,
    unit: '£',
    low: 1,
    high: 4,
    format: 'currency-2dp',
    note: 'Estimate.',
  });
  m.input({
    name: 'PartyStaffHours',
    label: 'Staff hours per party',
    value: 3,
    unit: 'hours',
    low: 2,
    high: 5,
    format: 'number-2dp',
    note: 'Estimate: set-up, the party, clearing away.',
  });
  refs.partiesPerSite = m.input({
    name: 'PartiesPerSite',
    label: 'Parties per library a month',
    value: 4,
    unit: 'a month',
    low: 1,
    high: 8,
    format: 'number',
    note: 'Estimate: weekend slots.',
  });
  m.input({
    name: 'PartySites',
    label: 'Libraries offering parties',
    value: 4,
    unit: 'libraries',
    low: 1,
    high: 10,
    format: 'number',
    source: 'S5',
    note: 'Essex trialled parties at four libraries in 2019.',
  });
  m.input({
    name: 'PartyVatCharged',
    label: 'Is VAT charged on parties? (1 yes, 0 no)',
    value: 1,
    unit: 'switch',
    low: 0,
    high: 1,
    format: 'number',
    note: 'Estimate: a standard-rated supply.',
  });
  m.input({
    name: 'PartyFixedMonthly',
    label: 'Parties: fixed cost a month (marketing, insurance)',
    value: 40,
    unit: '£ a month',
    low: 0,
    high: 150,
    format: 'currency',
    note: 'Estimate.',
  });
  m.input({
    name: 'PartySetUp',
    label: 'Parties: one-off set-up (party kit)',
    value: 1_500,
    unit: '£',
    low: 0,
    high: 5_000,
    format: 'currency',
    note: 'Estimate.',
  });
}
