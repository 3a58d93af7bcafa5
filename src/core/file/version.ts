// Kept apart from the schema so the home screen can know them without loading the schema library.
export const FORMAT_ID = 'library-finance-workbench';
/** The version this build writes. Older files are migrated up on load (see migrations.ts). */
export const CURRENT_VERSION = 1;
