export {
  WorkbookEngine,
  type EditResult,
  type ClipboardContents,
  type ChangeListener,
  type ChangeEvent,
  type ContentChange,
  type ContentRanges,
} from './workbook-engine';
export {
  type CellValue,
  type CellError,
  type ErrorCode,
  isCellError,
  explainError,
  ERROR_EXPLANATIONS,
} from './cell-value';
export { type DocumentParts, type SheetParts, renameSheetInRef, refSheet } from './document-parts';
export { ENGINE_CONFIG } from './config';
export {
  MAX_FORMULA_CELLS,
  formulaReachProblem,
  nameReachProblem,
  cellsOfRef,
} from './range-reach';
export { MAX_EDIT_CELLS, ReachBudget, fileSheetSizes } from './reach-budget';
export { parseTsv, toTsv } from './clipboard';
export {
  ScenarioEvaluator,
  type Overrides,
  type BaseCells,
  type CellEdit,
  baseCellsOf,
  diffCells,
  structureOf,
} from './evaluator';
