import type { CellValue } from '../../core/engine';
import type { CellPosition } from '../../core/document';

/** Where the grid reads the values it shows when not from the engine (a scenario). */
export interface ValueSource {
  getValue(sheet: string, position: CellPosition): CellValue;
}
