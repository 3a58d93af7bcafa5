// The income generation timeline: five UK financial years, month by month (April = month 1).
import { columnsFrom } from '../model-builder';

export const FIRST_YEAR = 2027;
export const YEARS = 5;
export const MONTHS = YEARS * 12;
/** Month columns C..BJ on Monthly; year columns C..G on Annual. */
export const MONTH_COLUMNS = columnsFrom('C', MONTHS);
export const YEAR_COLUMNS = columnsFrom('C', YEARS);
export const LAST_MONTH = MONTH_COLUMNS[MONTHS - 1]!;
export const LAST_YEAR = YEAR_COLUMNS[YEARS - 1]!;
