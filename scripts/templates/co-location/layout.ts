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
  capital: 7,
  decant: 8,
  hubRunning: 9,
  costs: 10,
  siteSavings: 12,
  partnerSavings: 13,
  staffing: 14,
  backlog: 15,
  receipts: 16,
  visits: 17,
  residual: 18,
  benefits: 19,
  net: 20,
  cumulative: 21,
  discounted: 22,
  cumulativeDiscounted: 23,
  pvCosts: 24,
  pvBenefits: 25,
  simplePayback: 26,
  discountedPayback: 27,
  libraryShare: 29,
  grants: 30,
  libraryCosts: 31,
  libraryBenefits: 32,
  libraryNet: 33,
  partnerCosts: 34,
  partnerBenefits: 35,
  partnerNet: 36,
  pvSavings: 38,
  pvReceipts: 39,
} as const;
