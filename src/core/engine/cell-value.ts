// What a cell shows: a plain value, or an error the UI can explain in plain words.

export type ErrorCode =
  | '#DIV/0!'
  | '#REF!'
  | '#CYCLE!'
  | '#NAME?'
  | '#VALUE!'
  | '#N/A'
  | '#NUM!'
  | '#ERROR!'
  | '#SPILL!'
  | '#LIC!';

export interface CellError {
  error: ErrorCode;
  /** the engine's own detail, e.g. "Division by zero." */
  detail: string;
}

export type CellValue = number | string | boolean | null | CellError;

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** Plain words for library managers; finance officers know the codes already. */
export const ERROR_EXPLANATIONS: Record<ErrorCode, string> = {
  '#DIV/0!': 'Division by zero: this formula divides by a cell that is empty or 0.',
  '#REF!': 'Broken reference: this formula points at a cell or sheet that no longer exists.',
  '#CYCLE!':
    'Circular reference: this formula depends on its own result. The workbench has no iterative calculation, so break the loop.',
  '#NAME?': 'Unknown name: the formula uses a function or named range that does not exist.',
  '#VALUE!': 'Wrong kind of value: for example text where a number is needed.',
  '#N/A': 'Not available: a lookup found no match.',
  '#NUM!': 'Invalid number: for example the square root of a negative number.',
  '#ERROR!': 'The formula cannot be read.',
  '#SPILL!': 'An array result has no room to spill into: cells in its way are not empty.',
  '#LIC!': 'The formula engine is not licensed (a build problem, not yours).',
};

export function explainError(value: CellError): string {
  return ERROR_EXPLANATIONS[value.error];
}
