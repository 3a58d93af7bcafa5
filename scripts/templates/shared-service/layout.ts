// Where things sit in the shared service workbook: the years and methods across, and the rows.
import { columnsFrom } from '../model-builder';
import { METHODS } from './assumptions';

export const FIRST_YEAR = 2027;
export const YEARS = columnsFrom('C', 10);
export const LAST = YEARS[9]!;
export const METHOD_COLUMNS = columnsFrom('B', METHODS.length);
export const LAST_METHOD = METHOD_COLUMNS[METHODS.length - 1]!;

export const SAVINGS_ROWS = {
  label: 2,
  year: 3,
  inPeriod: 4,
  factor: 5,
  ramp: 6,
  firstWorkstream: 8,
  gross: 12,
  recharge: 13,
  net: 14,
  cumulative: 15,
  investment: 16,
  partnershipNet: 17,
  partnershipCumulative: 18,
  payback: 19,
  discounted: 20,
} as const;
/** Share columns on the Shares sheet, by method (the hybrid uses investment, then budget). */
export const SHARE_COLUMN = {
  equal: 'B',
  budget: 'C',
  population: 'D',
  activity: 'E',
  investment: 'F',
} as const;
/** Allocation sheet: the row of financial years above every block. */
export const ALLOCATION_LABEL_ROW = 2;
/** Allocation sheet: method k's block starts at row 3 + 8k: header, 3 councils' savings, 3 cumulatives. */
export const allocationRow = (method: number, council: number, cumulative = false) =>
  4 + 8 * method + council + (cumulative ? 3 : 0);
export const AGREEMENT_BLOCK = 3 + 8 * METHODS.length;
export const agreementRow = (council: number) => AGREEMENT_BLOCK + 1 + council;
export const COMPARISON_ROWS = {
  received: 4,
  total: 7,
  share: 10,
  npv: 15,
  payback: 20,
  withdraw: 25,
  worseOff: 29,
} as const;
