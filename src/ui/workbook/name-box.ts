// What the name box accepts: `C7`, `C7:E9`, `Cashflow!C7`, `'Cash flow'!C7`;
// sheet names compared case-insensitively, as Excel does.
import { parseRangeRef, type RangeRef } from '../../core/document';

export type NameBoxTarget =
  { ok: true; sheet: string; range: RangeRef } | { ok: false; message: string };

export function resolveNameBox(
  text: string,
  currentSheet: string,
  findSheet: (name: string) => string | undefined,
): NameBoxTarget {
  const trimmed = text.trim();
  if (trimmed === '')
    return { ok: false, message: 'Type a cell reference such as C7 or Cashflow!C7.' };
  const range = parseRangeRef(trimmed);
  if (!range) {
    return {
      ok: false,
      message: `"${trimmed}" is not a cell reference. Type one such as C7, C7:E9 or Cashflow!C7.`,
    };
  }
  if (range.sheet === undefined) return { ok: true, sheet: currentSheet, range };
  const sheet = findSheet(range.sheet);
  if (sheet === undefined)
    return { ok: false, message: `There is no sheet named "${range.sheet}".` };
  return { ok: true, sheet, range: { start: range.start, end: range.end } };
}
