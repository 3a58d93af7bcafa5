// What scenario evaluation returns: every declared output under Base and under
// every scenario, Base first, values aligned with the outputs list.
import { isCellError, type CellValue } from '../engine';
import type { NumberFormat, OutputDeclaration } from '../file/schema';
import { formatValue } from '../format';
import { parseRangeRef, positionsIn, type CellPosition } from '../document/address';

/** A one-cell output is a single value; a range output (a row of years) is a series. */
export type OutputValue =
  { kind: 'single'; value: CellValue } | { kind: 'series'; values: CellValue[] };

export interface ScenarioOutputs {
  /** undefined for Base, as `activeScenarioId` is */
  id: string | undefined;
  name: string;
  /** one per declared output, in the same order */
  values: OutputValue[];
}

export interface ScenarioResults {
  outputs: readonly OutputDeclaration[];
  /** Base first, then the scenarios in their order */
  columns: ScenarioOutputs[];
  /**
   * One per declared output: its points' labels, as the cells its `categories`
   * names show them under Base; undefined when it names none.
   */
  categories: (string[] | undefined)[];
}

const BAD_REF: CellValue = {
  error: '#REF!',
  detail: 'The output points at a cell or sheet that does not exist.',
};

/** Shapes the values read for a ref: 1x1 is a single value, anything bigger a series (row by row). */
export function toOutputValue(read: CellValue[][] | undefined): OutputValue {
  if (!read || read.length === 0) return { kind: 'single', value: BAD_REF };
  if (read.length === 1 && read[0]!.length === 1) return { kind: 'single', value: read[0]![0]! };
  return { kind: 'series', values: read.flat() };
}

/** Where output and label cells are read: the user's engine, or a scratch evaluator. */
export interface CellReader {
  /** a sheet-qualified ref's values, row by row; undefined when it cannot be read */
  values(ref: string): CellValue[][] | undefined;
  format(sheet: string, position: CellPosition): NumberFormat;
}

/**
 * Each output's point labels as the cells its `categories` names show them
 * (`2027/28`, a number in its format); undefined for an output that names none.
 */
export function readCategories(
  outputs: readonly OutputDeclaration[],
  cells: CellReader,
): ScenarioResults['categories'] {
  return outputs.map(({ categories }) => {
    const range = categories === undefined ? undefined : parseRangeRef(categories);
    const read = range?.sheet === undefined ? undefined : cells.values(categories!);
    if (!range?.sheet || !read) return undefined;
    const sheet = range.sheet;
    const positions = [...positionsIn(range)];
    return read
      .flat()
      .map((value, i) =>
        isCellError(value) ? value.error : formatValue(value, cells.format(sheet, positions[i]!)),
      );
  });
}
