/** A model file larger than this is refused before it is read (5 MB: the largest template is far smaller). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** A refusal lists this many problems, then says how many more there are. */
export const MAX_PROBLEMS_SHOWN = 5;
/** The most cells a workbook may hold across all its sheets (checked after the schema). */
export const MAX_CELLS = 1_000_000;
/**
 * A refusal counts problems up to this many, then says "more than": counting every
 * problem of a hostile file costs time and memory for a list nobody reads.
 */
export const MAX_PROBLEMS_COUNTED = 1000;
/** The longest list the format has (inputs); a longer list is refused before the schema reads it. */
export const MAX_LIST_ITEMS = 2000;
/** Lists and objects inside each other; a model file needs five levels (sheets[0].cells.A1). */
export const MAX_JSON_NESTING = 32;
