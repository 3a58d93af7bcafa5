// The assumptions of the income generation template: every figure from ../shared/DOMAIN.md §1,
// sourced or marked as an estimate with its reasoning. Names make the formulas read as sentences.
import type { ModelBuilder } from '../model-builder';
import { addAdoptionInputs, addEventInputs } from './event-and-adoption-assumptions';
import { addFablabInputs, type FablabStreamRefs } from './fablab-assumptions';
import { addPartyInputs, addRoomHireInputs } from './room-and-party-assumptions';

export const MONTH_NAMES = [
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
];
/** Averages exactly 1, so a year's demand equals 12 average months. */
const SEASONALITY = [1, 1, 0.9, 1.1, 1.2, 0.9, 1, 1, 0.8, 0.9, 1.1, 1.1];

export interface IncomeAssumptions {
  /** the refs of the twelve seasonal factors, April first */
  season: string[];
  /** refs the scenarios override */
  refs: Record<string, string>;
  /** per Fablab stream, in FABLAB_STREAMS order: the refs of its four inputs */
  streams: FablabStreamRefs[];
}

export function addIncomeAssumptions(m: ModelBuilder): IncomeAssumptions {
  const refs: Record<string, string> = {};
  m.group('Shared across all five ideas');
  m.input({
    name: 'VatRate',
    label: 'VAT rate',
    value: 0.2,
    unit: '%',
    low: 0.2,
    high: 0.2,
    format: 'percent',
    note: 'The UK standard rate of VAT. Prices below are what the customer pays; the model takes VAT out where it is charged.',
  });
  refs.staffRate = m.input({
    name: 'StaffHourlyRate',
    label: 'Staff cost per hour, loaded (pay, NI, pension)',
    value: 18,
    unit: '£ per hour',
    low: 14,
    high: 25,
    format: 'currency-2dp',
    note: 'Estimate: a library assistant with employer National Insurance and pension, £14-£25 an hour.',
  });
  m.input({
    name: 'CardFeeRate',
    label: 'Card or booking fee, share of the price paid',
    value: 0.02,
    unit: '%',
    low: 0,
    high: 0.04,
    format: 'percent-1dp',
    note: 'Estimate: typical card and online booking charges.',
  });
  m.input({
    name: 'DisplacedShare',
    label: 'Share of takings that displaces existing income',
    value: 0.1,
    unit: '%',
    low: 0,
    high: 0.3,
    format: 'percent',
    note: 'Estimate: some customers would otherwise have spent the money with the library anyway (hire, sales, fines).',
  });
  refs.rampStart = m.input({
    name: 'RampStart',
    label: 'Demand in the first month, share of full volume',
    value: 0.5,
    unit: '%',
    low: 0.25,
    high: 1,
    format: 'percent',
    note: 'Estimate: new services start at about half their eventual volume.',
  });
  m.input({
    name: 'RampMonths',
    label: 'Months to reach full volume',
    value: 6,
    unit: 'months',
    low: 1,
    high: 12,
    format: 'number',
    note: 'Estimate: demand rises in a straight line to full volume over about six months.',
  });
  m.input({
    name: 'EquipmentLife',
    label: 'Life of set-up spending (equipment, furniture)',
    value: 5,
    unit: 'years',
    low: 3,
    high: 10,
    format: 'number',
    note: 'Estimate: used to spread set-up costs over the years they serve.',
  });
  m.input({
    name: 'NetBudget',
    label: "The library service's net budget a year",
    value: 4_700_000,
    unit: '£ a year',
    low: 1_000_000,
    high: 20_000_000,
    format: 'currency',
    note: 'Estimate: about £705m of operating funds in 2021/22 [S24] across about 150 English library authorities is about £4.7m each. Put in your own.',
  });

  m.group('Seasonality (the twelve months should average 100%)');
  const season = MONTH_NAMES.map((month, i) =>
    m.input({
      label: `Seasonal demand, ${month}`,
      value: SEASONALITY[i]!,
      unit: '%',
      low: 0.5,
      high: 1.5,
      format: 'percent',
      note: 'Estimate: busier in the summer holidays and late winter, quieter in June, September and December.',
    }),
  );

  addRoomHireInputs(m, refs);
  addPartyInputs(m, refs);
  addEventInputs(m, refs);
  const streams = addFablabInputs(m, refs);
  addAdoptionInputs(m);
  m.cite('S3', 'S6', 'S7', 'S9', 'S15', 'S24');
  return { season, refs, streams };
}
