// Where things sit in the mutual spin-out workbook: the years and months across, and the rows.
import { columnsFrom } from '../model-builder';

export const FIRST_YEAR = 2027;
export const YEARS = columnsFrom('C', 5);
export const MONTHS = columnsFrom('C', 60);

/** Rows of the Annual sheet. */
export const MUTUAL_ANNUAL = {
  label: 2,
  year: 3,
  contract: 5,
  trading: 6,
  grants: 7,
  fundraising: 8,
  otherContracts: 9,
  income: 10,
  pay: 12,
  pension: 13,
  bond: 14,
  nonPay: 15,
  irrecoverableVat: 16,
  rates: 17,
  support: 18,
  governance: 19,
  transition: 20,
  costs: 21,
  surplus: 22,
  opening: 24,
  closing: 25,
  months: 26,
  target: 27,
  inHouse: 29,
  payment: 30,
  client: 31,
  councilTransition: 32,
  dowry: 33,
  councilCost: 34,
  saving: 35,
  deflator: 36,
  realSaving: 37,
  factor: 38,
  pv: 39,
  relief: 41,
  vat: 42,
  surplusNoTransfers: 43,
  publicSaving: 44,
  publicPv: 45,
} as const;

/** Rows of the Monthly sheet (60 months across). */
export const MUTUAL_MONTHLY = {
  month: 2,
  year: 3,
  contract: 5,
  otherIncome: 6,
  running: 7,
  transition: 8,
  flow: 9,
  cash: 10,
} as const;
