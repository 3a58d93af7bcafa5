import type { ConfigParams } from 'hyperformula';
import { MAX_COLUMNS, MAX_ROWS } from '../document/address';

/**
 * One engine configuration for the whole app. HyperFormula is GPL-3.0-only and
 * without this licence key every edit throws; the project is GPL-3.0 accordingly.
 */
export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  // en-GB: day first. Dates are Excel serial numbers counted from 1899-12-30 (the default).
  dateFormats: ['DD/MM/YYYY', 'DD/MM/YY'],
  currencySymbol: ['£'],
  functionArgSeparator: ',',
  decimalSeparator: '.',
  undoLimit: 200,
  useArrayArithmetic: true,
  // The sheet's size (see MAX_ROWS for why 65,536 rows): the engine refuses a cell
  // beyond it, and a whole column such as B:B is evaluated over the rows in use.
  maxRows: MAX_ROWS,
  maxColumns: MAX_COLUMNS,
};
