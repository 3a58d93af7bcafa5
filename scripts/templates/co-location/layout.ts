// Where things sit in the co-location workbook: years 0-60 across, and the rows.
import { columnsFrom } from '../model-builder';

export const FIRST_YEAR = 2027;
/** Years 0..60: the longest period the Green Book allows for buildings. */
export const YEARS = columnsFrom('C', 61);
export const LAST = YEARS[60]!;
/** Green Book: the lower long-term rate starts after year 30. */
export const LONG_TERM_FROM = 30;
export const NOT_YET = 999;

export const CO_ROWS = {
  label: 2,
  year: 3,
  inPeriod: 4,
  factor: 5,
  inHub: 6,
  capital: 8,
  renewal: 9,
  decant: 10,
  hubRunning: 11,
  costs: 12,
  siteSavings: 14,
  partnerSavings: 15,
  staffing: 16,
  backlog: 17,
  receipts: 18,
  visits: 19,
  residual: 20,
  benefits: 21,
  net: 22,
  cumulative: 23,
  discounted: 24,
  cumulativeDiscounted: 25,
  pvCosts: 26,
  pvBenefits: 27,
  simplePayback: 28,
  discountedPayback: 29,
  libraryShare: 31,
  grants: 32,
  siteRates: 33,
  hubRates: 34,
  libraryCosts: 35,
  libraryBenefits: 36,
  libraryNet: 37,
  partnerCosts: 38,
  partnerBenefits: 39,
  partnerNet: 40,
  pvSavings: 42,
  pvReceipts: 43,
  netted: 44,
} as const;
