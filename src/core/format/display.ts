// How numbers look to UK finance officers: en-GB, pounds sterling, dd/mm/yyyy.
import type { NumberFormat } from '../file/schema';
import { serialToDate } from './parse-input';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', options);
    cache.set(key, format);
  }
  return format;
}

const GBP = { style: 'currency', currency: 'GBP' } as const;

/** Displays a number in one of the workbook's formats. */
export function formatNumber(value: number, format: NumberFormat): string {
  switch (format) {
    case 'general':
    case 'text':
      return formatGeneral(value);
    case 'number':
      return numberFormat({ maximumFractionDigits: 0 }).format(value);
    case 'number-2dp':
      return numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
    case 'number-4dp':
      return numberFormat({ minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(value);
    case 'currency':
      return numberFormat({ ...GBP, minimumFractionDigits: 0, maximumFractionDigits: 0 }).format(
        value,
      );
    case 'currency-2dp':
      return numberFormat({ ...GBP, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        value,
      );
    case 'accounting': {
      const rounded = Math.round(value);
      const body = numberFormat({
        ...GBP,
        minimumFractionDigits: 0,
        maximumFractionDigits: 0,
      }).format(Math.abs(rounded));
      return rounded < 0 ? `(${body})` : body;
    }
    case 'percent':
      return numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(value);
    case 'percent-1dp':
      return numberFormat({
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      }).format(value);
    case 'date':
      return formatDate(value);
  }
}

/** Excel's General: up to 10 significant digits, no grouping, no trailing zeros. */
function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9))
    return value
      .toExponential(5)
      .replace(/\.?0+e/, 'e')
      .replace('e', 'E');
  // JavaScript writes 1.5e-7 in its own notation below 1e-6; the sheet writes E, as above.
  return String(Number(value.toPrecision(10))).replace('e', 'E');
}

function formatDate(serial: number): string {
  const date = serialToDate(serial);
  if (Number.isNaN(date.getTime())) return formatGeneral(serial);
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** What a cell shows for any plain value. Errors are handled by the caller. */
export function formatValue(value: number | string | boolean | null, format: NumberFormat): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  return formatNumber(value, format);
}

/** Labels for the format picker, in plain words with an example. */
export const FORMAT_LABELS: Record<NumberFormat, string> = {
  general: 'General (1234.5)',
  number: 'Number (1,235)',
  'number-2dp': 'Number, 2 decimals (1,234.50)',
  'number-4dp': 'Number, 4 decimals (0.7089)',
  currency: 'Pounds (£1,235)',
  'currency-2dp': 'Pounds and pence (£1,234.50)',
  accounting: 'Accounting (£1,235 / (£1,235))',
  percent: 'Percent (4%)',
  'percent-1dp': 'Percent, 1 decimal (3.5%)',
  date: 'Date (31/03/2027)',
  text: 'Text',
};
