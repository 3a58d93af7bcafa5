// Income generation inputs for paid events and Adopt a Book (DOMAIN §1).
import type { ModelBuilder } from '../model-builder';

export function addEventInputs(m: ModelBuilder, refs: Record<string, string>): void {
  m.group('Paid events (unit: one ticket)');
  m.input({
    name: 'TicketPrice',
    label: 'Ticket price (VAT included)',
    value: 5,
    unit: '£',
    low: 3,
    high: 12,
    format: 'currency-2dp',
    note: 'Estimate: £3-£12. Charging also cuts no-shows [S9].',
  });
  m.input({
    name: 'EventCapacity',
    label: 'Seats per event',
    value: 80,
    unit: 'seats',
    low: 30,
    high: 150,
    format: 'number',
    source: 'S8',
    note: 'A near-capacity author night at Worksop.',
  });
  refs.fillRate = m.input({
    name: 'EventFillRate',
    label: 'Share of seats sold',
    value: 0.6,
    unit: '%',
    low: 0.3,
    high: 0.95,
    format: 'percent',
    note: 'Estimate.',
  });
  m.input({
    name: 'EventsPerMonth',
    label: 'Events a month',
    value: 2,
    unit: 'a month',
    low: 1,
    high: 6,
    format: 'number',
    note: 'Estimate.',
  });
  m.input({
    name: 'PerformerFee',
    label: 'Author or performer fee per event',
    value: 100,
    unit: '£',
    low: 0,
    high: 300,
    format: 'currency',
    note: 'Estimate: £0 (a publisher-funded tour) to £300.',
  });
  m.input({
    name: 'EventStaffHours',
    label: 'Staff hours per event',
    value: 4,
    unit: 'hours',
    low: 2,
    high: 8,
    format: 'number-2dp',
    note: 'Estimate.',
  });
  m.input({
    name: 'BookSpendPerAttendee',
    label: 'Book sales per attendee',
    value: 4,
    unit: '£',
    low: 0,
    high: 10,
    format: 'currency-2dp',
    note: 'Estimate.',
  });
  m.input({
    name: 'BookCommission',
    label: 'Commission to the library on book sales',
    value: 0.1,
    unit: '%',
    low: 0,
    high: 0.25,
    format: 'percent',
    note: 'Estimate: 10% from the bookseller.',
  });
  m.input({
    name: 'EventVatCharged',
    label: 'Is VAT charged on tickets? (1 yes, 0 no)',
    value: 1,
    unit: 'switch',
    low: 0,
    high: 1,
    format: 'number',
    note: 'Estimate: the cultural services exemption may apply to a council; check locally.',
  });
  m.input({
    name: 'EventFixedMonthly',
    label: 'Events: fixed cost a month (promotion)',
    value: 50,
    unit: '£ a month',
    low: 0,
    high: 200,
    format: 'currency',
    note: 'Estimate.',
  });
  m.input({
    name: 'EventSetUp',
    label: 'Events: one-off set-up (sound system, chairs)',
    value: 1_000,
    unit: '£',
    low: 0,
    high: 5_000,
    format: 'currency',
    note: 'Estimate.',
  });
}

export function addAdoptionInputs(m: ModelBuilder): void {
  m.group('Adopt a Book (unit: one adoption)');
  m.input({
    name: 'AdoptionGift',
    label: 'Average gift per book adopted',
    value: 430,
    unit: '£',
    low: 15,
    high: 1_000,
    format: 'currency',
    source: 'S16',
    note: 'Derived: Exeter raised over £3,000 in six months with 7 of 10 books adopted, about £430 a book. Tiers elsewhere are £15 / £150 / £1,000+ [S15].',
  });
  m.input({
    name: 'AdoptionsPerMonth',
    label: 'Books adopted a month',
    value: 1,
    unit: 'a month',
    low: 0.5,
    high: 4,
    format: 'number-2dp',
    note: 'Estimate: Exeter saw 7 adoptions in six months [S16].',
  });
  m.input({
    name: 'RestorationShare',
    label: 'Share of each gift spent on restoring the book',
    value: 1,
    unit: '%',
    low: 0.8,
    high: 1,
    format: 'percent',
    note: 'Estimate: the gift is restricted income, matched by restoration cost, so the net is about nil.',
  });
  m.input({
    name: 'GiftAidClaimed',
    label: 'Is Gift Aid claimed? (1 yes, 0 no)',
    value: 0,
    unit: 'switch',
    low: 0,
    high: 1,
    format: 'number',
    note: 'Estimate: adds 25%, but only a charity (a trust or friends group) can claim it.',
  });
  m.input({
    name: 'AdoptionStaffHours',
    label: 'Staff hours per adoption',
    value: 0.5,
    unit: 'hours',
    low: 0.25,
    high: 2,
    format: 'number-2dp',
    note: 'Estimate: certificate, bookplate, thank-you.',
  });
  m.input({
    name: 'AdoptionSetUp',
    label: 'Adopt a Book: one-off set-up (web page, bookplates)',
    value: 500,
    unit: '£',
    low: 0,
    high: 2_000,
    format: 'currency',
    note: 'Estimate.',
  });
}
