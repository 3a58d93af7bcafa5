// Where things sit in the options appraisal workbook: options across, criteria down, and the runs.
import { columnsFrom } from '../model-builder';
import { CRITERIA, OPTIONS } from './assumptions';

/** Option columns on Scores (D..L) and on Sensitivity (totals E..M, ranks N..V). */
export const OPTION_COLUMNS = columnsFrom('D', OPTIONS.length);
export const TOTAL_COLUMNS = columnsFrom('E', OPTIONS.length);
export const RANK_COLUMNS = columnsFrom('N', OPTIONS.length);
export const FIRST_OPTION = OPTION_COLUMNS[0]!;
export const LAST_OPTION = OPTION_COLUMNS[OPTIONS.length - 1]!;
/** Scores row 2: the option names, above the matrix. */
export const OPTION_NAME_ROW = 2;
export const FIRST_CRITERION = 3;
export const LAST_CRITERION = FIRST_CRITERION + CRITERIA.length - 1;
export const SCORE_ROWS = {
  total: LAST_CRITERION + 1,
  rank: LAST_CRITERION + 2,
  cost: LAST_CRITERION + 4,
  saving: LAST_CRITERION + 5,
  themes: LAST_CRITERION + 7,
  allWeights: LAST_CRITERION + 10,
} as const;
/** Sensitivity rows: 3 is the weights as entered; then +10 and −10 for each criterion. */
export const sensitivityRow = (criterion: number, down: boolean) =>
  4 + 2 * criterion + (down ? 1 : 0);
export const LAST_RUN = sensitivityRow(CRITERIA.length - 1, true);
