// An input is a value people change (the importer refuses a formula in one), so no
// edit may put a formula there: otherwise the workbook would save a document that the
// one door (core/file) refuses on the next open.
import type { CellContent } from '../file/schema';
import {
  formatCellRef,
  parseRangeRef,
  type CellPosition,
  type RangeRef,
} from '../document/address';
import type { DocumentParts } from './document-parts';

function isFormula(content: CellContent | undefined): boolean {
  return typeof content === 'string' && content.startsWith('=') && content.length > 1;
}

function inside(range: RangeRef, position: CellPosition): boolean {
  return (
    position.row >= range.start.row &&
    position.row <= range.end.row &&
    position.col >= range.start.col &&
    position.col <= range.end.col
  );
}

/**
 * Why writing `contentAt` over `area` of `sheet` would put a formula in an input cell,
 * or undefined when it would not. `contentAt` gives what each cell would hold after.
 */
export function formulaOverInputProblem(
  parts: DocumentParts,
  sheet: string,
  area: RangeRef,
  contentAt: (position: CellPosition) => CellContent | undefined,
): string | undefined {
  for (const input of parts.inputs) {
    const ref = parseRangeRef(input.ref);
    if (!ref || ref.sheet?.toLowerCase() !== sheet.toLowerCase()) continue;
    if (!inside(area, ref.start) || !isFormula(contentAt(ref.start))) continue;
    return `${formatCellRef(sheet, ref.start)} is an input (“${input.label}”): it holds a value people can change, so a formula cannot go there.`;
  }
  return undefined;
}
