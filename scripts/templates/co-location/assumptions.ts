// The assumptions of the co-location template (../shared/DOMAIN.md §3 and the Green Book rules).
import type { ModelBuilder } from '../model-builder';

/** The running-cost lines of an existing library building. */
export const SITE_COST_LINES = [
  'rent',
  'business rates',
  'utilities',
  'facilities management',
  'cleaning',
  'security',
] as const;

export interface Site {
  title: string;
  costs: number[];
  backlog: number;
  /** a council-owned site can be sold; a leased one is handed back, so it has no receipt */
  receipt?: { value: number; source: 'S36'; note: string };
}

export const SITES: Site[] = [
  {
    title: 'Library A (leased, to close)',
    costs: [30_000, 25_000, 18_000, 12_000, 10_000, 4_000],
    backlog: 80_000,
  },
  {
    title: 'Library B (council-owned, to sell)',
    costs: [0, 20_000, 15_000, 10_000, 8_000, 3_000],
    backlog: 150_000,
    receipt: { value: 400_000, source: 'S36', note: 'York assumed £400k for one site.' },
  },
];

export interface CoLocationAssumptions {
  refs: Record<string, string>;
  /** per site: the refs of its running costs other than rates, its rates, backlog and receipt */
  sites: { costs: string[]; rates: string; backlog: string; receipt?: string }[];
}

export function addCoLocationAssumptions(m: ModelBuilder): CoLocationAssumptions {
  const refs: Record<string, string> = {};
  const sites: CoLocationAssumptions['sites'] = [];
  m.group('Appraisal (HM Treasury Green Book)');
  refs.years = m.input({
    name: 'AppraisalYears',
    label: 'Appraisal period',
    value: 30,
    unit: 'years',
    low: 10,
    high: 60,
    format: 'number',
    source: 'S51',
    note: 'Up to 60 years for buildings, with a residual value at the end.',
  });
  refs.rateEarly = m.input({
    name: 'DiscountRateEarly',
    label: 'Discount rate, years 0-30',
    value: 0.035,
    unit: '%',
    low: 0.015,
    high: 0.06,
    format: 'percent-1dp',
    source: 'S49',
    note: 'Green Book: 3.5% to year 30. Under review, so editable.',
  });
  refs.rateLate = m.input({
    name: 'DiscountRateLate',
    label: 'Discount rate, years 31 onwards',
    value: 0.03,
    unit: '%',
    low: 0.01,
    high: 0.05,
    format: 'percent-1dp',
    source: 'S49',
    note: 'Green Book: 3.0% for years 31-75.',
  });

  SITES.forEach((site, s) => {
    m.group(`${site.title}: what it costs today (Business As Usual)`);
    const lines = SITE_COST_LINES.map((line, i) =>
      m.input({
        label: `${site.title}: ${line}`,
        value: site.costs[i]!,
        unit: '£ a year',
        low: Math.round(site.costs[i]! * 0.8),
        high: Math.round(site.costs[i]! * 1.2),
        format: 'currency',
        note:
          line === 'business rates'
            ? 'Estimate: put in the building’s actual bill. A transfer between public bodies: left out of the economic NPV, counted in the library’s financial position [S52].'
            : 'Estimate: put in the building’s actual costs.',
      }),
    );
    const ratesAt = SITE_COST_LINES.indexOf('business rates');
    const costs = lines.filter((_, i) => i !== ratesAt);
    const backlog = m.input({
      label: `${site.title}: maintenance backlog avoided`,
      value: site.backlog,
      unit: '£',
      low: 0,
      high: site.backlog * 2,
      format: 'currency',
      note: 'Estimate: repairs that would fall due if the library stayed.',
    });
    const receipt =
      site.receipt &&
      m.input({
        label: `${site.title}: capital receipt from sale`,
        value: site.receipt.value,
        unit: '£',
        low: 0,
        high: 600_000,
        format: 'currency',
        source: site.receipt.source,
        note: site.receipt.note,
      });
    if (receipt && s === 1) refs.receipt = receipt;
    sites.push({ costs, rates: lines[ratesAt]!, backlog, ...(receipt ? { receipt } : {}) });
  });
  m.input({
    name: 'ReceiptYear',
    label: 'Year the capital receipts arrive',
    value: 2,
    unit: 'year',
    low: 1,
    high: 5,
    format: 'number',
    note: 'Estimate: after the move and a sale; a delayed move delays it too.',
  });

  m.group('The hub');
  m.input({
    name: 'HubArea',
    label: 'Hub floor area, all partners',
    value: 1_500,
    unit: 'm²',
    low: 800,
    high: 3_000,
    format: 'number',
    note: 'Estimate.',
  });
  m.input({
    name: 'LibraryArea',
    label: "The library's floor area in the hub",
    value: 500,
    unit: 'm²',
    low: 250,
    high: 1_000,
    format: 'number',
    note: 'Estimate.',
  });
  refs.serviceCharge = m.input({
    name: 'ServiceChargePerSqm',
    label: 'Hub running cost per m² (service charge: utilities, FM, cleaning, security)',
    value: 60,
    unit: '£ per m² a year',
    low: 40,
    high: 100,
    format: 'currency',
    note: 'Estimate.',
  });
  m.input({
    name: 'HubRates',
    label: 'Hub business rates',
    value: 30_000,
    unit: '£ a year',
    low: 0,
    high: 60_000,
    format: 'currency',
    note: 'Estimate. A transfer between public bodies: left out of the economic NPV, shared between the partners in their financial positions [S52].',
  });
  m.input({
    name: 'LibraryUsageShare',
    label: "The library's share of the hub's use (visits, hours)",
    value: 0.5,
    unit: '%',
    low: 0.2,
    high: 0.8,
    format: 'percent',
    note: 'Estimate: used when costs are shared by usage.',
  });
  m.input({
    name: 'ShareByUsage',
    label: 'Share hub costs by usage? (1 yes, 0 = by floor area)',
    value: 0,
    unit: 'switch',
    low: 0,
    high: 1,
    format: 'number',
    note: 'Estimate: floor area is the usual basis; usage suits a busy library in a small footprint.',
  });
  m.input({
    name: 'PartnerAvoidedCosts',
    label: "Partner's running costs avoided by moving in (business rates left out)",
    value: 120_000,
    unit: '£ a year',
    low: 60_000,
    high: 250_000,
    format: 'currency',
    note: 'Estimate: e.g. a fire station or health centre giving up its own building.',
  });

  m.group('Capital and moving');
  refs.fitOut = m.input({
    name: 'FitOutCapital',
    label: 'Fit-out capital (before optimism bias)',
    value: 900_000,
    unit: '£',
    low: 400_000,
    high: 2_000_000,
    format: 'currency',
    note: 'Estimate: Hertfordshire’s four fire-station libraries cost £2.263m in total [S38].',
  });
  refs.optimismBias = m.input({
    name: 'OptimismBias',
    label: 'Optimism bias on capital',
    value: 0.24,
    unit: '%',
    low: 0.02,
    high: 0.51,
    format: 'percent',
    source: 'S35',
    note: 'Standard buildings: 24% upper, 2% lower; non-standard 51% / 4%. Reduce only as risks are costed [S53].',
  });
  refs.durationBias = m.input({
    name: 'DurationOptimismBias',
    label: 'Optimism bias on works duration (delays the move and stretches the decant)',
    value: 0.04,
    unit: '%',
    low: 0.01,
    high: 0.39,
    format: 'percent',
    source: 'S35',
    note: 'Standard buildings 4% / 1%; non-standard 39% / 2%. The overrun (decant months × this) delays every benefit that needs the hub [S53].',
  });
  m.input({
    name: 'CapitalGrant',
    label: 'Capital grants',
    value: 300_000,
    unit: '£',
    low: 0,
    high: 700_000,
    format: 'currency',
    note: 'Estimate: Hertfordshire had a £700k grant [S38]. A transfer: left out of the economic NPV, counted in the partners’ financial view.',
  });
  m.input({
    name: 'DecantOneOff',
    label: 'Decant: one-off moving costs',
    value: 40_000,
    unit: '£',
    low: 10_000,
    high: 100_000,
    format: 'currency',
    note: 'Estimate.',
  });
  m.input({
    name: 'TempPremisesMonthly',
    label: 'Decant: temporary premises a month',
    value: 4_000,
    unit: '£ a month',
    low: 0,
    high: 10_000,
    format: 'currency',
    note: 'Estimate.',
  });
  m.input({
    name: 'DecantMonths',
    label: 'Decant: months in temporary premises',
    value: 6,
    unit: 'months',
    low: 0,
    high: 18,
    format: 'number',
    note: 'Estimate.',
  });
  refs.fitOutLife = m.input({
    name: 'FitOutLife',
    label: 'Life of the fit-out before it must be renewed',
    value: 30,
    unit: 'years',
    low: 15,
    high: 60,
    format: 'number',
    source: 'S51',
    note: 'Estimate of the life. The fit-out is renewed (at its cost with optimism bias) each time its life ends inside the period; the residual value is the unexpired share of the latest one, so it depends on the appraisal period.',
  });

  m.group('Staffing and visits');
  refs.fte = m.input({
    name: 'SharedStaffFte',
    label: 'Front-of-house posts saved by sharing a reception',
    value: 1.5,
    unit: 'FTE',
    low: 0,
    high: 4,
    format: 'number-2dp',
    note: 'Estimate.',
  });
  m.input({
    name: 'FteCost',
    label: 'Cost of a front-of-house post, loaded',
    value: 30_000,
    unit: '£ a year',
    low: 25_000,
    high: 38_000,
    format: 'currency',
    note: 'Estimate.',
  });
  m.input({
    name: 'CurrentVisits',
    label: 'Library visits a year today',
    value: 120_000,
    unit: 'visits',
    low: 50_000,
    high: 400_000,
    format: 'number',
    note: 'Estimate.',
  });
  m.input({
    name: 'FootfallUplift',
    label: 'Footfall uplift from the hub',
    value: 0.1,
    unit: '%',
    low: 0,
    high: 0.3,
    format: 'percent',
    note: 'Estimate: +10%.',
  });
  m.input({
    name: 'ValuePerVisit',
    label: 'Wider value of an extra visit (non-cash, economic view only)',
    value: 0,
    unit: '£ a visit',
    low: 0,
    high: 5,
    format: 'currency-2dp',
    note: 'Estimate: nil by default, because no value per visit is sourced here. It is a non-cash benefit: it counts in the NPV and BCR, never in a partner’s cash position. The high of £5 is only a test of how much such a value could matter; put in a figure from a published wellbeing or willingness-to-pay study and cite it. The £3.29 a visit in Great Britain (2018/19) is what a visit costs [S23], not what it is worth.',
  });
  m.cite('S38', 'S39', 'S40', 'S50', 'S52', 'S53', 'S54', 'S56');
  return { refs, sites };
}
