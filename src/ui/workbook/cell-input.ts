// The one way a typed value reaches a cell, shared by in-cell editing and the
// formula bar: read it as Excel in en-GB would, send a declared input to the
// scenario layer when asked to, refuse a malformed formula with a message.
import type { WorkbookEngine } from '../../core/engine';
import type { CellContent, InputDeclaration, NumberFormat } from '../../core/file/schema';
import { parseCellRef, type CellPosition, type RangeRef } from '../../core/document';
import { formatValue, parseCellInput } from '../../core/format';
import type { InputChange } from '../../core/scenarios';

/**
 * Offered new values of declared inputs; true when they were taken (while a scenario
 * is shown, as its overrides) or refused with the user told why; false to write Base.
 */
export type EditInputs = (changes: readonly InputChange[]) => boolean;

export interface CellWriteHooks {
  onAlert: (message: string) => void;
  onEditInputs?: EditInputs | undefined;
}

/** Writes what the user typed; false when it was refused (the user has been told why). */
export function writeTypedInput(
  engine: WorkbookEngine,
  sheet: string,
  position: CellPosition,
  typed: string,
  hooks: CellWriteHooks,
): boolean {
  const parsed = parseCellInput(typed);
  if (hooks.onEditInputs) {
    const ref = declaredInputRef(engine, sheet, position);
    if (ref !== undefined && hooks.onEditInputs([{ ref, content: parsed.content }])) return true;
  }
  // A typed "£" or "%" sets the format only on a cell that has none yet, as Excel does.
  const format: NumberFormat | undefined =
    parsed.impliedFormat !== undefined && engine.getFormat(sheet, position) === 'general'
      ? parsed.impliedFormat
      : undefined;
  const result = engine.setCell(sheet, position, parsed.content, format);
  if (!result.ok) {
    hooks.onAlert(result.message);
    return false;
  }
  return true;
}

/** The declared input ref (as written in the document) for a cell, if it is one. */
export function declaredInputRef(
  engine: WorkbookEngine,
  sheet: string,
  position: CellPosition,
): string | undefined {
  return declaredInput(engine, sheet, position)?.ref;
}

export function declaredInput(
  engine: WorkbookEngine,
  sheet: string,
  position: CellPosition,
): InputDeclaration | undefined {
  return inputsOnSheet(engine, sheet).get(positionKey(position));
}

export function positionKey(position: CellPosition): string {
  return `${position.row},${position.col}`;
}

/** The declared inputs on one sheet, by position, for the grid to mark. */
export function inputsOnSheet(
  engine: WorkbookEngine,
  sheet: string,
): Map<string, InputDeclaration> {
  const found = new Map<string, InputDeclaration>();
  const lower = sheet.toLowerCase();
  for (const input of engine.parts.inputs) {
    const ref = parseCellRef(input.ref);
    if (ref?.sheet?.toLowerCase() === lower) found.set(positionKey(ref), input);
  }
  return found;
}

/**
 * The text a cell shows when it is edited (and in the formula bar): a formula as
 * typed, a date as a date and a percentage as a percentage, so that writing it back
 * unchanged gives the same cell.
 */
export function editText(content: CellContent | undefined, format: NumberFormat): string {
  if (content === undefined) return '';
  if (typeof content === 'boolean') return content ? 'TRUE' : 'FALSE';
  if (typeof content === 'string') {
    // Text that would read as a number or formula keeps Excel's leading apostrophe.
    const reread = parseCellInput(content).content;
    return reread === content ? content : `'${content}`;
  }
  if (format === 'date') return formatValue(content, 'date');
  if (format === 'percent' || format === 'percent-1dp')
    return `${Number((content * 100).toPrecision(12))}%`;
  return String(content);
}

/** Said when a fill would write a declared input while a scenario is shown. */
export const SCENARIO_RANGE_EDIT_REFUSED =
  'While a scenario is shown, its inputs take typed, pasted or cleared values (each becomes an override of that scenario), but not a fill. Show Base to fill over inputs.';

/** Said when a several-cell edit while a scenario is shown would change inputs and other cells. */
export const SCENARIO_MIXED_EDIT_REFUSED =
  'While a scenario is shown, an edit of its inputs changes only that scenario, so it cannot change other cells at the same time. Select only inputs, or show Base.';

/** One cell of a several-cell edit: what would be written there (undefined clears it). */
export interface CellWrite {
  position: CellPosition;
  content: CellContent | undefined;
}

/**
 * A several-cell edit (a clear, a paste) made while a scenario is shown. Writes to
 * declared inputs go to the scenario as overrides, in one step; an edit that would
 * also change other cells is refused, so it is never half in the scenario and half
 * in Base. true when the edit was taken or refused (the user is told why); false
 * when it writes no input, so it belongs to Base. Call only while a scenario is shown.
 */
export function sendRangeToScenario(
  engine: WorkbookEngine,
  sheet: string,
  writes: readonly CellWrite[],
  hooks: CellWriteHooks,
): boolean {
  if (!hooks.onEditInputs) return false;
  const inputs = inputsOnSheet(engine, sheet);
  const changes: InputChange[] = [];
  let changesOtherCells = false;
  for (const { position, content } of writes) {
    const input = inputs.get(positionKey(position));
    if (input) changes.push({ ref: input.ref, content });
    else if (content !== engine.getContent(sheet, position)) changesOtherCells = true;
  }
  if (changes.length === 0) return false;
  if (changesOtherCells) {
    hooks.onAlert(SCENARIO_MIXED_EDIT_REFUSED);
    return true;
  }
  return hooks.onEditInputs(changes);
}

/** Whether any declared input cell of `sheet` lies inside `range`. */
export function rangeHasInput(engine: WorkbookEngine, sheet: string, range: RangeRef): boolean {
  for (const key of inputsOnSheet(engine, sheet).keys()) {
    const [row, col] = key.split(',').map(Number) as [number, number];
    const inside =
      row >= range.start.row &&
      row <= range.end.row &&
      col >= range.start.col &&
      col <= range.end.col;
    if (inside) return true;
  }
  return false;
}
