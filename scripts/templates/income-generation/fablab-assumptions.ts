// Income generation inputs for the Fablab: set-up, the tapering grant, the lab manager and
// its five ways of earning, each with its own unit (DOMAIN §1).
import type { ModelBuilder } from '../model-builder';

export interface FablabStreamRefs {
  price: string;
  volume: string;
  variable: string;
  staffHours: string;
}

export function addFablabInputs(m: ModelBuilder, refs: Record<string, string>): FablabStreamRefs[] {
  m.group('Fablab / makerspace (units: inductions, machine hours, places, days)');
  m.input({
    name: 'FablabSetUp',
    label: 'Fablab: one-off set-up capital',
    value: 170_000,
    unit: '£',
    low: 30_000,
    high: 200_000,
    format: 'currency',
    source: 'S10',
    note: 'Fab Lab Devon; a small makerspace can start from £30k (estimate).',
  });
  refs.fablabGrant = m.input({
    name: 'FablabGrantYearOne',
    label: 'Fablab: start-up revenue grant in year 1',
    value: 30_000,
    unit: '£ a year',
    low: 0,
    high: 60_000,
    format: 'currency',
    note: 'Estimate: sized to carry the lab while it builds up; it tapers to zero [S14].',
  });
  m.input({
    name: 'FablabGrantYears',
    label: 'Fablab: years over which the grant tapers to zero',
    value: 3,
    unit: 'years',
    low: 1,
    high: 5,
    format: 'number',
    source: 'S14',
    note: 'The grant falls by equal steps: year 1 in full, then two-thirds, one-third, nothing.',
  });
  m.input({
    name: 'ManagerStartMonth',
    label: 'Fablab: month the lab manager starts',
    value: 19,
    unit: 'month',
    low: 1,
    high: 36,
    format: 'number',
    source: 'S11',
    note: 'Fab Lab Devon appointed a manager about 18 months in.',
  });
  refs.managerFte = m.input({
    name: 'ManagerFte',
    label: 'Fablab: lab manager, full-time equivalent',
    value: 1,
    unit: 'FTE',
    low: 0.5,
    high: 1.5,
    format: 'number-2dp',
    note: 'Estimate.',
  });
  m.input({
    name: 'ManagerCost',
    label: 'Fablab: lab manager cost a year, loaded',
    value: 40_000,
    unit: '£ a year',
    low: 30_000,
    high: 50_000,
    format: 'currency',
    note: 'Estimate: about £40k with on-costs.',
  });
  m.input({
    name: 'FablabFixedMonthly',
    label: 'Fablab: fixed cost a month (maintenance, software, insurance)',
    value: 500,
    unit: '£ a month',
    low: 200,
    high: 1_500,
    format: 'currency',
    note: 'Estimate.',
  });
  m.input({
    name: 'FablabVatCharged',
    label: 'Is VAT charged on Fablab services? (1 yes, 0 no)',
    value: 1,
    unit: 'switch',
    low: 0,
    high: 1,
    format: 'number',
    note: 'Estimate: standard-rated.',
  });
  const streams: FablabStreamRefs[] = [];
  for (const stream of FABLAB_STREAMS) {
    const price = m.input({
      label: `${stream.label}: price (VAT included)`,
      value: stream.price,
      unit: '£',
      low: stream.priceRange[0],
      high: stream.priceRange[1],
      format: 'currency-2dp',
      ...stream.priceWhy,
    });
    if (stream.key === 'laser') refs.laserPrice = price;
    const volume = m.input({
      label: `${stream.label}: ${stream.unitPlural} a month at full volume`,
      value: stream.volume,
      unit: 'a month',
      low: stream.volumeRange[0],
      high: stream.volumeRange[1],
      format: 'number',
      note: 'Estimate.',
    });
    if (stream.key === 'laser') refs.laserVolume = volume;
    const variable = m.input({
      label: `${stream.label}: materials and wear per ${stream.unit}`,
      value: stream.variable,
      unit: '£',
      low: stream.variableRange[0],
      high: stream.variableRange[1],
      format: 'currency-2dp',
      ...stream.variableWhy,
    });
    const staffHours = m.input({
      label: `${stream.label}: staff hours per ${stream.unit}`,
      value: stream.staffHours,
      unit: 'hours',
      low: stream.staffRange[0],
      high: stream.staffRange[1],
      format: 'number-2dp',
      note: 'Estimate: time of a staff member beside the lab manager.',
    });
    streams.push({ price, volume, variable, staffHours });
  }

  return streams;
}

interface FablabStream {
  key: string;
  label: string;
  unit: string;
  unitPlural: string;
  price: number;
  priceRange: [number, number];
  priceWhy: { source?: 'S12' | 'S13'; note: string };
  volume: number;
  volumeRange: [number, number];
  variable: number;
  variableRange: [number, number];
  variableWhy: { source?: 'S13'; note: string };
  staffHours: number;
  staffRange: [number, number];
}

/** The five ways a Fablab earns, each its own unit; their order is the column order. */
export const FABLAB_STREAMS: FablabStream[] = [
  {
    key: 'induction',
    label: 'Fablab inductions',
    unit: 'induction',
    unitPlural: 'inductions',
    price: 15,
    priceRange: [10, 20],
    priceWhy: { source: 'S12', note: 'Estimate: £15; FabLab Lübeck charges €10.' },
    volume: 20,
    volumeRange: [5, 40],
    variable: 1,
    variableRange: [0, 3],
    variableWhy: { note: 'Estimate.' },
    staffHours: 0.5,
    staffRange: [0.25, 1],
  },
  {
    key: 'laser',
    label: 'Laser cutter time',
    unit: 'hour',
    unitPlural: 'hours',
    price: 8,
    priceRange: [6, 10],
    priceWhy: { source: 'S13', note: 'Estimate: £6-£10 an hour; a hackspace charged £6.' },
    volume: 60,
    volumeRange: [20, 120],
    variable: 4.3,
    variableRange: [2, 6],
    variableWhy: { source: 'S13', note: 'A hackspace costed its laser at £4.30 an hour.' },
    staffHours: 0,
    staffRange: [0, 0.5],
  },
  {
    key: 'printer',
    label: '3D printer time',
    unit: 'hour',
    unitPlural: 'hours',
    price: 1.5,
    priceRange: [1, 3],
    priceWhy: { source: 'S12', note: 'About £1 an hour plus materials.' },
    volume: 100,
    volumeRange: [30, 200],
    variable: 0.5,
    variableRange: [0.2, 1],
    variableWhy: { note: 'Estimate: filament and power.' },
    staffHours: 0,
    staffRange: [0, 0.25],
  },
  {
    key: 'workshop',
    label: 'Workshop places',
    unit: 'place',
    unitPlural: 'places',
    price: 30,
    priceRange: [25, 40],
    priceWhy: { note: 'Estimate: £25-£40 a head.' },
    volume: 30,
    volumeRange: [10, 60],
    variable: 8,
    variableRange: [3, 15],
    variableWhy: { note: 'Estimate.' },
    staffHours: 0.3,
    staffRange: [0.2, 0.5],
  },
  {
    key: 'schoolDay',
    label: 'School and business days',
    unit: 'day',
    unitPlural: 'days',
    price: 450,
    priceRange: [300, 600],
    priceWhy: { note: 'Estimate: £300-£600 a day.' },
    volume: 2,
    volumeRange: [0, 6],
    variable: 60,
    variableRange: [20, 120],
    variableWhy: { note: 'Estimate.' },
    staffHours: 7.5,
    staffRange: [4, 10],
  },
];
