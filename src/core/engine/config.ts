import type { ConfigParams } from 'hyperformula';

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
  // Excel's grid is 1,048,576 rows; the engine's default of 40,000 would refuse bigger models.
  maxRows: 1_048_576,
  maxColumns: 16_384,
};
