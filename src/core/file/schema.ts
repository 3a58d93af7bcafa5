// The model file format, defined once. The TypeScript types of the whole app are
// inferred from this schema (STYLE.md: types from the schema, never written twice),
// and public/model-format.schema.json is generated from it.
import { z } from 'zod/mini';

import { CURRENT_VERSION, FORMAT_ID } from './version';
import { MAX_ROWS, parseCellAddress } from '../document/address';
import { hiddenCharacterProblem } from './name-text';

export { CURRENT_VERSION, FORMAT_ID };

// zod compiles object parsers with `new Function` unless told not to; under the app's
// Content-Security-Policy (script-src 'self', no unsafe-eval) its probe for that is a
// CSP violation. The closures it uses instead are as correct, and fast enough here.
z.config({ jitless: true });

/** Display formats a cell can carry; en-GB, pounds sterling. See core/format. */
export const NUMBER_FORMATS = [
  'general',
  'number', //        1,234
  'number-2dp', //    1,234.56
  'number-4dp', //    0.7089      (a discount factor, as the Green Book tables print it)
  'currency', //      £1,234      -£1,234
  'currency-2dp', //  £1,234.56
  'accounting', //    £1,234      (£1,234)
  'percent', //       4%
  'percent-1dp', //   3.5%
  'date', //          31/03/2027  (an Excel serial date)
  'text', //          shown as typed
] as const;
export const numberFormatSchema = z
  .enum(NUMBER_FORMATS)
  .check(z.describe('how a cell is displayed'));

export const cellAddressSchema = z.string().check(
  z.regex(/^[A-Z]{1,3}[1-9][0-9]{0,6}$/, 'is not a cell address such as C7'),
  // The engine would silently drop a cell past Excel's edge; refuse it instead.
  z.refine((address) => parseCellAddress(address) !== undefined, {
    message: `is beyond the last cell of a sheet (column XFD, row ${MAX_ROWS})`,
  }),
);
export const columnLettersSchema = z
  .string()
  .check(z.regex(/^[A-Z]{1,3}$/, 'is not a column such as C'));

/** Text of at most `max` characters, with any further checks (zod/mini: checks, not methods). */
const text = (max: number, ...checks: z.core.$ZodCheck<string>[]) =>
  z.string().check(z.maxLength(max, `is longer than ${max} characters`), ...checks);

/** Refuses invisible, control and text-direction characters, naming the first (see name-text.ts). */
const noHiddenCharacters = {
  error: (issue: { input?: unknown }) => hiddenCharacterProblem(String(issue.input)),
  abort: true,
} as const;

/** A name or title people read: kept in composed form (NFC), without hidden characters. */
const nameText = (max: number, ...checks: z.core.$ZodCheck<string>[]) =>
  text(
    max,
    z.refine((value: string) => hiddenCharacterProblem(value) === undefined, noHiddenCharacters),
    z.normalize('NFC'),
    ...checks,
  );

/** A cell holds a number, text, a boolean, or a formula (text starting with `=`). */
export const cellContentSchema = z
  .union([z.number(), text(32_000), z.boolean()])
  .check(z.describe('a number, text, true/false, or a formula: text starting with ='));

export const sheetNameSchema = z.string().check(
  z.minLength(1, 'a sheet needs a name'),
  z.maxLength(31, 'sheet names are at most 31 characters (as in Excel)'),
  z.refine((name: string) => hiddenCharacterProblem(name) === undefined, noHiddenCharacters),
  // Not normalised here: formulas and refs name the sheet, and must keep matching it.
  z.refine((name: string) => name === name.normalize('NFC'), {
    message:
      'is written in decomposed Unicode (a letter and its accent as two characters); sheet names must use the composed form (NFC) that keyboards type',
    abort: true,
  }),
  z.regex(/^[^[\]:*?/\\]+$/, 'sheet names cannot contain [ ] : * ? / \\'),
  z.refine((name: string) => name.trim() === name && !name.startsWith("'"), {
    message: 'sheet names cannot start or end with a space or start with an apostrophe',
  }),
);

/** Metadata for the generated JSON Schema (zod/mini: a check, not a method). */
const about = z.describe;

export const sheetSchema = z.strictObject({
  name: sheetNameSchema,
  cells: z
    .record(cellAddressSchema, cellContentSchema)
    .check(
      about('the cells that are not empty, keyed by A1 address: { "B2": 1200, "C2": "=B2*1.02" }'),
    ),
  formats: z
    .optional(z.record(cellAddressSchema, numberFormatSchema))
    .check(about('display formats by A1 address; a cell without one is "general"')),
  columnWidths: z
    .optional(z.record(columnLettersSchema, z.number().check(z.gte(10), z.lte(2000))))
    .check(about('column widths in pixels, keyed by column letters')),
});

/** `Assumptions!B3`, `'Cash flow'!$B$3` or a range `Cashflow!B20:K20`; validated in refinements. */
const refSchema = text(
  300,
  z.minLength(1),
  about("a cell or range with its sheet: Assumptions!B3, 'Cash flow'!B20:K20"),
);

export const nameSchema = z.strictObject({
  name: z
    .string()
    .check(
      z.regex(/^[A-Za-z_][A-Za-z0-9_.]{0,254}$/, 'is not a valid name (letters, digits, _ and .)'),
    ),
  ref: refSchema.check(about('fixed cells with $ signs: Assumptions!$B$3')),
});

export const inputSchema = z.strictObject({
  ref: refSchema.check(about('the single cell that holds the assumption; not a formula cell')),
  label: nameText(200, z.minLength(1)),
  unit: text(40),
  group: z.optional(text(100)),
  default: z.optional(z.union([z.number(), z.string(), z.boolean()])),
  low: z.optional(z.number()),
  high: z.optional(z.number()),
  distribution: z
    .optional(z.enum(['uniform', 'triangular', 'normal']))
    .check(about('how Monte Carlo draws the input between low and high')),
  note: z.optional(text(4000)),
  source: z.optional(text(1000)),
});

export const outputSchema = z.strictObject({
  ref: refSchema,
  label: nameText(200, z.minLength(1)),
  unit: text(40),
  description: z.optional(text(2000)),
  categories: z
    .optional(refSchema)
    .check(
      about(
        'for a range output: cells whose shown values label its points on a chart (such as the row of financial years above it); as many cells as the output',
      ),
    ),
  summary: z
    .optional(z.enum(['total', 'average', 'last']))
    .check(
      about(
        'for a range output: how the comparison table makes it one figure. "total" (the default for money and counts), "average" (the default for a % unit), or "last" for a balance such as cumulative cash or closing reserves',
      ),
    ),
  categoryAxis: z
    .optional(text(60))
    .check(
      about(
        'for a range output: the title of its chart\'s horizontal axis, such as "Financial year"; "Year" when absent',
      ),
    ),
});

export const scenarioIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a valid id'));

export const scenarioSchema = z.strictObject({
  id: scenarioIdSchema,
  name: nameText(100, z.minLength(1)),
  description: z.optional(text(2000)),
  overrides: z
    .record(refSchema, z.union([z.number(), text(32_000), z.boolean()]))
    .check(about('values for declared inputs, keyed by the input ref exactly as declared')),
});

export const chartSchema = z.strictObject({
  id: scenarioIdSchema,
  title: nameText(200, z.minLength(1)),
  kind: z.enum(['line', 'bar']),
  /** refs of declared outputs */
  outputs: z
    .array(refSchema)
    .check(z.maxLength(20), about('refs of declared outputs, exactly as declared')),
});

/** A check the model makes on itself: a cell that is TRUE (or 1) while the check passes. */
export const checkSchema = z.strictObject({
  ref: refSchema.check(
    about(
      'the single cell that holds the check: TRUE or 1 while it passes, anything else when it fails',
    ),
  ),
  label: text(
    300,
    z.minLength(1),
    about('the check in plain words, as a sentence that is true when it passes'),
  ),
});

export const sourceSchema = z.strictObject({
  label: text(500, z.minLength(1)),
  url: z.optional(text(2000)),
});

export const noteSchema = z.strictObject({
  title: nameText(200, z.minLength(1)),
  text: text(8000),
});

export const metaSchema = z.strictObject({
  title: nameText(200, z.minLength(1, 'a workbook needs a title')),
  description: text(4000),
  template: z.optional(text(100)),
  currency: z.literal('GBP').check(about('always GBP: pounds sterling')),
  createdAt: z.iso.datetime({ offset: true }),
  modifiedAt: z.iso.datetime({ offset: true }),
  sources: z.array(sourceSchema).check(z.maxLength(200)),
  notes: z.optional(z.array(noteSchema).check(z.maxLength(100))),
});

/** The shape of a current-version file, before the cross-field checks of validate.ts. */
export const workbookSchema = z.strictObject({
  format: z.literal(FORMAT_ID).check(about('says this is a Library Finance Workbench model')),
  version: z
    .literal(CURRENT_VERSION)
    .check(about('the version of the format; older files are migrated when opened')),
  meta: metaSchema,
  sheets: z
    .array(sheetSchema)
    .check(z.minLength(1, 'a workbook needs at least one sheet'), z.maxLength(100)),
  names: z.array(nameSchema).check(z.maxLength(1000)),
  inputs: z.array(inputSchema).check(z.maxLength(2000)),
  outputs: z.array(outputSchema).check(z.maxLength(500)),
  scenarios: z.array(scenarioSchema).check(z.maxLength(50)),
  charts: z.array(chartSchema).check(z.maxLength(50)),
  checks: z
    .optional(z.array(checkSchema).check(z.maxLength(200)))
    .check(
      about(
        'checks the model makes on itself (shares sum to 100%, ...); the workbook names a failing one above the grid',
      ),
    ),
  /** which scenario the grid shows; absent means Base */
  activeScenarioId: z
    .optional(scenarioIdSchema)
    .check(about('the id of the scenario the grid shows; absent means the base case')),
});

export type NumberFormat = z.infer<typeof numberFormatSchema>;
export type CellContent = z.infer<typeof cellContentSchema>;
export type Sheet = z.infer<typeof sheetSchema>;
export type NamedRange = z.infer<typeof nameSchema>;
export type InputDeclaration = z.infer<typeof inputSchema>;
export type OutputDeclaration = z.infer<typeof outputSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type ChartDefinition = z.infer<typeof chartSchema>;
export type CheckDeclaration = z.infer<typeof checkSchema>;
export type WorkbookMeta = z.infer<typeof metaSchema>;
/** The Workbook document: the single source of truth that is saved, exported and imported. */
export type Workbook = z.infer<typeof workbookSchema>;
