// Reading what the user typed as a scenario's value for an input: the same en-GB
// reading as a cell (parseCellInput), but only a value of the input's own kind.
import type { CellContent } from '../../core/file/schema';
import { parseCellInput } from '../../core/format';

export type OverrideReading =
  | { kind: 'clear' }
  | { kind: 'value'; content: CellContent }
  | { kind: 'refused'; message: string };

/** `base` is the input's own content: a number input takes only numbers. */
export function readOverride(
  typed: string,
  base: CellContent | undefined,
  where: string,
): OverrideReading {
  if (typed.trim() === '') return { kind: 'clear' };
  const { content } = parseCellInput(typed.trim());
  if (content === undefined) return { kind: 'clear' };
  if (typeof content === 'string' && content.startsWith('=')) {
    return {
      kind: 'refused',
      message: `${where}: a scenario gives an input a value, not a formula.`,
    };
  }
  if (typeof base === 'number' && typeof content !== 'number') {
    return {
      kind: 'refused',
      message: `${where}: "${typed.trim()}" is not a number. Type a number such as 1,250, £1,250 or 3.5%.`,
    };
  }
  return { kind: 'value', content };
}
