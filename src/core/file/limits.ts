/** A model file larger than this is refused before it is read (5 MB: the largest template is far smaller). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** A refusal lists this many problems, then says how many more there are. */
export const MAX_PROBLEMS_SHOWN = 5;
/** The most cells a workbook may hold across all its sheets (checked after the schema). */
export const MAX_CELLS = 1_000_000;
