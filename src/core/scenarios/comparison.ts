// How an output is shown beside Base: one figure per cell of the comparison table,
// its difference from Base in money (or points) and percent, formatted by unit.
import { isCellError, type CellValue } from '../engine';
import type { NumberFormat } from '../file/schema';
import { formatNumber } from '../format';
import type { OutputValue } from './results';

/** `£`, `£/year` -> pounds; `%` -> percent; anything else (visits, FTE) -> a plain number. */
export function formatForUnit(unit: string): NumberFormat {
  if (unit.includes('£')) return 'currency';
  if (unit.includes('%')) return 'percent-1dp';
  return 'number';
}

export function isPercentUnit(unit: string): boolean {
  return formatForUnit(unit) === 'percent-1dp';
}

/** How a series becomes one figure; an output's `summary` chooses, else its unit. */
export type SeriesSummary = 'total' | 'average' | 'last';

export interface Figure {
  value: CellValue;
  /**
   * how a series became one figure: money and counts add up over the years, rates
   * average, and a balance (cumulative cash, closing reserves) is its last value
   */
  basis: 'value' | SeriesSummary;
  /** the number of points (years, months) summed, averaged or run through */
  years?: number;
}

export function summaryFigure(output: OutputValue, unit: string, how?: SeriesSummary): Figure {
  if (output.kind === 'single') return { value: output.value, basis: 'value' };
  const basis = how ?? (isPercentUnit(unit) ? 'average' : 'total');
  const years = output.values.length;
  if (basis === 'last') return { value: output.values[years - 1] ?? null, basis, years };
  let sum = 0;
  for (const value of output.values) {
    if (isCellError(value)) return { value, basis, years };
    if (typeof value === 'number') sum += value;
  }
  return { value: basis === 'average' && years > 0 ? sum / years : sum, basis, years };
}

/**
 * The words that say what a series figure is, e.g. "total over 10 years", or over
 * what the output's points are (its `categoryAxis`): "total over 60 months".
 */
export function describeBasis(figure: Figure, pointsAre = 'Year'): string | undefined {
  if (figure.basis === 'value') return undefined;
  const noun = pointsAre.trim().toLowerCase() || 'year';
  const span = `${figure.years} ${figure.years === 1 ? noun : plural(noun)}`;
  return figure.basis === 'last' ? `at the end of ${span}` : `${figure.basis} over ${span}`;
}

/** English plurals, enough for axis titles: years, months, quarters, delivery options. */
function plural(noun: string): string {
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

export interface Difference {
  /** value minus Base, in the output's unit */
  absolute: number;
  /** as a share of Base's magnitude; undefined when Base is 0 */
  relative: number | undefined;
}

export function differenceFromBase(value: CellValue, base: CellValue): Difference | undefined {
  if (typeof value !== 'number' || typeof base !== 'number') return undefined;
  const absolute = value - base;
  return {
    absolute,
    relative: base === 0 ? (absolute === 0 ? 0 : undefined) : absolute / Math.abs(base),
  };
}

export function formatFigure(value: CellValue, unit: string): string {
  if (isCellError(value)) return value.error;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  return formatNumber(value, formatForUnit(unit));
}

const signed = (text: string, n: number) => (n > 0 ? `+${text}` : text);

/** "+£1,200 (+4.0%)", "−0.5 pts (−12.5%)", "no change". Percent outputs differ in points. */
export function formatDifference(difference: Difference | undefined, unit: string): string {
  if (!difference) return '';
  if (difference.absolute === 0) return 'no change';
  const absolute = isPercentUnit(unit)
    ? `${formatNumber(difference.absolute * 100, 'number-2dp').replace(/\.?0+$/, '')} pts`
    : formatNumber(difference.absolute, formatForUnit(unit));
  const relative =
    difference.relative === undefined
      ? ''
      : ` (${signed(formatNumber(difference.relative, 'percent-1dp'), difference.relative)})`;
  return `${signed(absolute, difference.absolute)}${relative}`;
}
