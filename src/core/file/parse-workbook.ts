// The schema pass of the door, made safe for files with any number of problems. zod
// gathers a parse's issues by spreading each child's list into its parent's
// (`push(...issues)`) at every level, so a record with 100,000+ bad entries
// overflowed the stack (a file with ~125,000 bad cells crashed the import with no
// message). So the records that can be that large (cells, formats, column widths,
// scenario overrides) are each parsed at the root of a parse of their own, and the
// rest of the workbook with those records emptied; the results are put back
// together. Problems stop being counted past MAX_PROBLEMS_COUNTED.
import type { z } from 'zod/mini';
import { isPlainObject } from './envelope';
import type { Problem } from './load-result';
import { MAX_LIST_ITEMS, MAX_PROBLEMS_COUNTED } from './limits';
import { plainIssueMessage } from './messages';
import { formatPath, type PathKey } from './path';
import { scenarioSchema, sheetSchema, workbookSchema, type Workbook } from './schema';
import { clipText } from './clip';

export type SchemaOutcome =
  { ok: true; workbook: Workbook } | { ok: false; problems: Problem[]; truncated: boolean };

type Data = Record<string, unknown>;

/** A record taken out of the workbook to be parsed alone. */
interface Slot {
  path: PathKey[];
  schema: z.ZodMiniType;
  value: Data;
  put(workbook: Workbook, parsed: unknown): void;
}

const RECORDS = {
  sheets: ['cells', 'formats', 'columnWidths'],
  scenarios: ['overrides'],
} as const;

/** Collects problems in file order, and stops counting past the cap. */
class ProblemList {
  readonly items: { path: PathKey[]; message: string }[] = [];
  truncated = false;

  addIssue(prefix: readonly PathKey[], issue: z.core.$ZodIssue): void {
    const path = [...prefix, ...(issue.path as PathKey[])];
    // An unknown-fields issue becomes one problem per field, at its path.
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        this.add([...path, key], `unknown field ${JSON.stringify(clipText(key))}`);
    } else this.add(path, issue.message);
  }

  add(path: PathKey[], message: string): void {
    if (this.items.length >= MAX_PROBLEMS_COUNTED) this.truncated = true;
    else this.items.push({ path, message });
  }
}

/** Parses migrated data against the current schema, whatever its size and state. */
export function parseWorkbook(data: Data): SchemaOutcome {
  const list = new ProblemList();
  const long = findOverlongList(data);
  if (long) {
    list.add(
      long.path,
      `has ${long.length.toLocaleString('en-GB')} items; no list in a model file may have more than ${MAX_LIST_ITEMS.toLocaleString('en-GB')}`,
    );
    return failure(list);
  }
  const { shell, slots } = takeOutRecords(data);
  const parsedRecords = slots.map((slot) => {
    const result = slot.schema.safeParse(slot.value, { error: plainIssueMessage });
    if (!result.success) for (const issue of result.error.issues) list.addIssue(slot.path, issue);
    return result.data;
  });
  if (list.truncated) return failure(list);
  const parsed = workbookSchema.safeParse(shell, { error: plainIssueMessage });
  if (!parsed.success) for (const issue of parsed.error.issues) list.addIssue([], issue);
  if (!parsed.success || list.items.length > 0) return failure(list);
  slots.forEach((slot, i) => slot.put(parsed.data, parsedRecords[i]));
  return { ok: true, workbook: parsed.data };
}

function failure(list: ProblemList): SchemaOutcome {
  const ordered = list.items
    .map((item, index) => ({ item, index, rank: rankOf(item.path) }))
    .sort((a, b) => compareRanks(a.rank, b.rank) || a.index - b.index);
  return {
    ok: false,
    problems: ordered.map(({ item }) => ({ path: formatPath(item.path), message: item.message })),
    truncated: list.truncated,
  };
}

/**
 * A shallow copy of the data with each large record emptied, and the records taken out.
 * A record that is not an object stays in place, for the schema to report.
 */
function takeOutRecords(data: Data): { shell: Data; slots: Slot[] } {
  const shell: Data = { ...data };
  const slots: Slot[] = [];
  for (const list of ['sheets', 'scenarios'] as const) {
    const items = data[list];
    if (!Array.isArray(items)) continue;
    const shape = list === 'sheets' ? sheetSchema.shape : scenarioSchema.shape;
    shell[list] = items.map((item: unknown, index) => {
      if (!isPlainObject(item)) return item;
      const copy: Data = { ...item };
      for (const field of RECORDS[list]) {
        const value = item[field];
        if (!isPlainObject(value)) continue;
        copy[field] = {};
        slots.push({
          path: [list, index, field],
          schema: (shape as Record<string, z.ZodMiniType>)[field]!,
          value,
          put: (workbook, parsed) => {
            (workbook[list][index] as Data)[field] = parsed;
          },
        });
      }
      return copy;
    });
  }
  return { shell, slots };
}

/**
 * The first list longer than any list of the format may be (inputs, at 2,000), found
 * without recursion: the schema would otherwise parse every item of a huge list
 * before saying it has too many.
 */
function findOverlongList(data: unknown): { path: PathKey[]; length: number } | undefined {
  const stack: { value: unknown; path: PathKey[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) return { path, length: value.length };
      // A model file nests lists at most two deep (charts[0].outputs); look no deeper.
      if (path.length < 4)
        value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
    } else if (isPlainObject(value) && path.length < 4) {
      for (const [key, item] of Object.entries(value))
        if (typeof item === 'object' && item !== null)
          stack.push({ value: item, path: [...path, key] });
    }
  }
  return undefined;
}

// File order: the top-level fields and the fields of a sheet or a scenario in the
// schema's order, items by index; within a record, the order the parse found them.
const TOP_ORDER = Object.keys(workbookSchema.shape);
const ITEM_ORDER: Record<string, string[]> = {
  sheets: Object.keys(sheetSchema.shape),
  scenarios: Object.keys(scenarioSchema.shape),
};

function rankOf(path: PathKey[]): number[] {
  const [top, index, field] = path;
  const order = typeof top === 'string' ? ITEM_ORDER[top] : undefined;
  return [
    typeof top === 'string' ? fieldRank(TOP_ORDER, top) : -1,
    typeof index === 'number' ? index : -1,
    order && typeof field === 'string' ? fieldRank(order, field) : -1,
  ];
}

/** A field's place in its object; an unknown field is reported after the known ones. */
function fieldRank(order: string[], field: string): number {
  const rank = order.indexOf(field);
  return rank < 0 ? order.length : rank;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
