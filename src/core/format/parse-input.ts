// What a user types into a cell, read the way Excel in en-GB reads it:
// "£1,234" and "1,234" are numbers, "(1,234)" is negative, "3.5%" is 0.035,
// "31/03/2027" is a date (an Excel serial number), "TRUE" is a boolean,
// "=..." is a formula, anything else is text. A leading apostrophe forces text.
import type { CellContent, NumberFormat } from '../file/schema';

export interface ParsedInput {
  /** undefined means "clear the cell" */
  content: CellContent | undefined;
  /** a format the typing implies (a date, a percentage, pounds) */
  impliedFormat?: NumberFormat;
}

const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?([eE][-+]?\d+)?$|^[-+]?\.\d+$/;
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
/** `1-Apr-2027`, `1 April 2027`, `1-apr-27`: as Excel in en-GB reads a day, a month name, a year */
const NAMED_MONTH_DATE = /^(\d{1,2})[- ]([A-Za-z]{3,9})[- ](\d{2}|\d{4})$/;
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1 to 12 for a month's name or its first three letters, otherwise undefined. */
function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex(
    (month) =>
      month === lower ||
      (lower.length === 3 && month.startsWith(lower)) ||
      (lower === 'sept' && month === 'september'),
  );
  return index < 0 ? undefined : index + 1;
}
const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function dateToSerial(year: number, month: number, day: number): number | undefined {
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1) return undefined;
  return Math.round((time - EXCEL_EPOCH) / MS_PER_DAY);
}

export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH + Math.floor(serial) * MS_PER_DAY);
}

function parsePlainNumber(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

function parseNumberLike(text: string): ParsedInput | undefined {
  let body = text.replace(/\s/g, '');
  let sign = 1;
  let format: NumberFormat | undefined;
  const parens = /^\((.*)\)$/.exec(body);
  if (parens) {
    sign = -1;
    body = parens[1]!;
    format = 'accounting';
  }
  if (body.startsWith('-')) {
    sign = -sign;
    body = body.slice(1);
  }
  if (body.startsWith('£')) {
    body = body.slice(1);
    format ??= 'currency';
  }
  if (body.startsWith('-')) {
    sign = -sign;
    body = body.slice(1);
  }
  let scale = 1;
  if (body.endsWith('%')) {
    body = body.slice(0, -1);
    scale = 0.01;
    format = body.includes('.') ? 'percent-1dp' : 'percent';
  }
  const value = parsePlainNumber(body);
  if (value === undefined) return undefined;
  // Scale by division, not multiplication, so 3.5% is exactly 0.035 and not 0.035000000000000003.
  const content = scale === 1 ? sign * value : (sign * value) / 100;
  if (format === 'currency' && body.includes('.')) format = 'currency-2dp';
  return format ? { content, impliedFormat: format } : { content };
}

export function parseCellInput(typed: string): ParsedInput {
  if (typed === '') return { content: undefined };
  if (typed.startsWith("'")) return { content: typed.slice(1) };
  if (typed.startsWith('=') && typed.length > 1) return { content: typed };
  const trimmed = typed.trim();
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { content: upper === 'TRUE' };
  const date = DATE.exec(trimmed);
  if (date) {
    const year = date[3]!.length === 2 ? 2000 + Number(date[3]) : Number(date[3]);
    const serial = dateToSerial(year, Number(date[2]), Number(date[1]));
    if (serial !== undefined) return { content: serial, impliedFormat: 'date' };
  }
  const named = NAMED_MONTH_DATE.exec(trimmed);
  const month = named ? monthNumber(named[2]!) : undefined;
  if (named && month !== undefined) {
    const year = named[3]!.length === 2 ? 2000 + Number(named[3]) : Number(named[3]);
    const serial = dateToSerial(year, month, Number(named[1]));
    if (serial !== undefined) return { content: serial, impliedFormat: 'date' };
  }
  return parseNumberLike(trimmed) ?? { content: typed };
}
