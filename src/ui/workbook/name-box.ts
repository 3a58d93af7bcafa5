// What the name box accepts: `C7`, `C7:E9`, `Cashflow!C7`, `'Cash flow'!C7`, or a
// named range (`ContractSum`); sheet names and names compared ignoring case, as Excel does.
import { parseRangeRef, type RangeRef } from '../../core/document';

export type NameBoxTarget =
  { ok: true; sheet: string; range: RangeRef } | { ok: false; message: string };

export function resolveNameBox(
  text: string,
  currentSheet: string,
  findSheet: (name: string) => string | undefined,
  findName: (name: string) => string | undefined = () => undefined,
): NameBoxTarget {
  const trimmed = text.trim();
  if (trimmed === '')
    return { ok: false, message: 'Type a cell reference such as C7 or Cashflow!C7.' };
  const named = parseRangeRef(trimmed) ? undefined : findName(trimmed);
  const range = parseRangeRef(named ?? trimmed);
  if (!range) {
    return {
      ok: false,
      message: `"${trimmed}" is not a cell reference or a name. Type one such as C7, C7:E9, Cashflow!C7 or a named range.`,
    };
  }
  if (range.sheet === undefined) return { ok: true, sheet: currentSheet, range };
  const sheet = findSheet(range.sheet);
  if (sheet === undefined)
    return { ok: false, message: `There is no sheet named "${range.sheet}".` };
  return { ok: true, sheet, range: { start: range.start, end: range.end } };
}
