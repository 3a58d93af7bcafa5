// Ctrl+D / Ctrl+R copy a row or column of values as they are: over inputs that are
// measured in different units (a price in £ filled down over a count of sessions) the
// copy is almost certainly a slip. The fill still happens, as in Excel, but the
// workbench says so in words, with the way back.
import type { InputDeclaration } from '../file/schema';
import { parseRangeRef, type RangeRef } from '../document/address';
import type { SourceOf } from './range-edits';

/** How many mismatched inputs the warning names before it counts the rest. */
const NAMED_AT_MOST = 3;

const unitKey = (unit: string) => unit.trim().toLowerCase();
const unitWords = (unit: string) => (unit.trim() === '' ? 'no unit' : unit.trim());

/**
 * The warning for a fill of `target` on `sheet` that copied an input's value into
 * inputs declared with another unit, or undefined when every unit matches.
 */
export function fillUnitsWarning(
  inputs: readonly InputDeclaration[],
  sheet: string,
  target: RangeRef,
  sourceOf: SourceOf,
  direction: 'down' | 'right',
): string | undefined {
  const onSheet = new Map<string, InputDeclaration & { row: number; col: number }>();
  for (const input of inputs) {
    const ref = parseRangeRef(input.ref);
    if (!ref || ref.sheet?.toLowerCase() !== sheet.toLowerCase()) continue;
    onSheet.set(`${ref.start.row}:${ref.start.col}`, { ...input, ...ref.start });
  }
  const copied = new Map<InputDeclaration, InputDeclaration[]>();
  for (const input of onSheet.values()) {
    const inTarget =
      input.row >= target.start.row &&
      input.row <= target.end.row &&
      input.col >= target.start.col &&
      input.col <= target.end.col;
    if (!inTarget) continue;
    const from = sourceOf(input);
    const source = onSheet.get(`${from.row}:${from.col}`);
    if (!source || unitKey(source.unit) === unitKey(input.unit)) continue;
    copied.set(source, [...(copied.get(source) ?? []), input]);
  }
  if (copied.size === 0) return undefined;
  const key = direction === 'down' ? 'Ctrl+D' : 'Ctrl+R';
  const sentences = [...copied].map(([source, into]) => {
    const named = into
      .slice(0, NAMED_AT_MOST)
      .map((input) => `“${input.label}” (${unitWords(input.unit)})`);
    const more = into.length - named.length;
    const list = more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
    return `${key} copied “${source.label}” (${unitWords(source.unit)}) into ${into.length === 1 ? 'an input' : 'inputs'} of another unit: ${list}.`;
  });
  return `Check the units: ${sentences.join(' ')} Press Ctrl+Z to undo the fill.`;
}
