// Thousands of random mutations of valid files never throw past the importer: each
// either loads (and then passes the schema and builds an engine) or is refused with a
// message. Mutations: delete keys, change types, insert keys (prototype keys among them),
// swap values, set values that the cross-field checks care about, truncate the text,
// edit single characters, random JSON; formulas nested deep, values nested deep, odd
// Unicode in names (hidden characters, lone surrogates, decomposed letters), and keys
// written twice.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { describeLoadError, parseModelText, workbookSchema } from '../../../../src/core/file';
import { WorkbookEngine } from '../../../../src/core/engine';
import { fixtureNames, readFixture } from './fixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const GOOD_TEXTS = fixtureNames('good').map((name) => readFixture('good', name));

const outcomes = { loaded: 0, refused: new Map<string, number>() };

/** Loading must never throw; a load must give a real workbook, a refusal a message. */
function assertHandled(text: string): void {
  const result = parseModelText(text);
  if (result.ok) outcomes.loaded++;
  else outcomes.refused.set(result.error.kind, (outcomes.refused.get(result.error.kind) ?? 0) + 1);
  if (result.ok) {
    expect(workbookSchema.safeParse(result.workbook).success).toBe(true);
    // A workbook that passed every check must also build: the engine throws on what slipped through.
    WorkbookEngine.fromWorkbook(result.workbook).destroy();
  } else {
    expect(describeLoadError(result.error).trim()).not.toBe('');
  }
}

function pathsOf(value: Json, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], into));
  else if (value !== null && typeof value === 'object')
    for (const key of Object.keys(value)) pathsOf(value[key]!, [...path, key], into);
  return into;
}

function containerAt(root: Json, path: Path): Json {
  let at: Json = root;
  for (const key of path) at = (at as Record<string | number, Json>)[key]!;
  return at;
}

/** Sets a field as JSON.parse would: an own property even for `__proto__`. */
function defineField(target: Json, key: string | number, value: Json): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

// Values the cross-field checks look at, so mutations reach them and not only the schema.
const INTERESTING = fc.constantFrom<Json>(
  '=SUM(',
  '=1+',
  '=B2*2',
  '=',
  'Assumptions!B2',
  'Assumptions!$B$3',
  'Cashflow!B4:D4',
  'Cashflow!C2',
  'Nowhere!A1',
  'B2',
  'Q1',
  'SUM',
  'PayAward',
  'pessimistic',
  'Cashflow',
  'assumptions',
  '__proto__',
  '',
  ' ',
  0,
  -1,
  1e308,
  '=1E308',
  '=2E308',
  `=${'('.repeat(200)}1${')'.repeat(200)}`,
  `=${'SUM('.repeat(65)}1${')'.repeat(65)}`,
  `=1${'+1'.repeat(600)}`,
  JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`) as Json,
  'Sheet1\u200B',
  'Cashflow\uD800',
  '\u202EAssumptions',
  'Cafe\u0301',
  2,
  1.5,
  true,
  null,
  [],
  {},
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, INTERESTING),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    key: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'A1', 'C7', 'version', 'name'),
    ),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, INTERESTING),
  }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/**
 * A copy of a generated value. fast-check hands out the same `[]` and `{}` objects
 * of INTERESTING in every run; inserting into one in place would carry into later
 * runs and, in time, into itself (a cycle no JSON file can hold).
 */
const fresh = (value: Json): Json => structuredClone(value);

function mutate(text: string, mutations: Mutation[]): string {
  const root = JSON.parse(text) as Json;
  for (const m of mutations) {
    const paths = pathsOf(root).slice(1); // never the root itself
    if (paths.length === 0) break;
    const path = paths[m.at % paths.length]!;
    const parent = containerAt(root, path.slice(0, -1));
    const key = path[path.length - 1]!;
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete (parent as Record<string, Json>)[key];
    } else if (m.kind === 'set') {
      defineField(parent, key, fresh(m.value));
    } else if (m.kind === 'insert') {
      const target = containerAt(root, path);
      const value = fresh(m.value);
      if (Array.isArray(target)) target.push(value);
      else if (target !== null && typeof target === 'object') defineField(target, m.key, value);
      else defineField(parent, key, { [m.key]: value });
    } else {
      const other = paths[m.with % paths.length]!;
      // Swapping a value into its own descendant would make a cycle; skip those pairs.
      if (other.length >= path.length && path.every((k, i) => other[i] === k)) continue;
      if (path.length >= other.length && other.every((k, i) => path[i] === k)) continue;
      const otherParent = containerAt(root, other.slice(0, -1));
      const otherKey = other[other.length - 1]!;
      const a = containerAt(root, path);
      const b = containerAt(root, other);
      defineField(parent, key, b);
      defineField(otherParent, otherKey, a);
    }
  }
  return JSON.stringify(root);
}

const goodText = fc.constantFrom(...GOOD_TEXTS);

/** Odd Unicode: hidden and direction characters, halves of characters, decomposed letters. */
const oddText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('\u200B', '\u200D', '\u202E', '\u2066', '\uFEFF', '\u0000', '\u0085'),
    fc.constantFrom('\uD800', '\uDFFF', 'e\u0301', '📚', 'é'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 8,
});

/** Direction, zero-width and C1 control characters (C0 controls are checked as < ' '). */
const HIDDEN = /[\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/** The places of a workbook that hold a name or a title. */
const NAME_PATHS: Path[] = [
  ['meta', 'title'],
  ['sheets', 0, 'name'],
  ['inputs', 0, 'label'],
  ['outputs', 0, 'label'],
  ['scenarios', 0, 'name'],
  ['charts', 0, 'title'],
];

/** JSON text with one key of one object written twice: first with `value`, then as it was. */
function withDuplicateKey(
  root: Json,
  objectPath: Path,
  value: Json,
): { text: string; key?: string } {
  let duplicated: string | undefined;
  const write = (node: Json, path: Path): string => {
    if (Array.isArray(node))
      return `[${node.map((item, i) => write(item, [...path, i])).join(',')}]`;
    if (node === null || typeof node !== 'object') return JSON.stringify(node);
    const entries = Object.entries(node).map(
      ([k, v]) => `${JSON.stringify(k)}:${write(v, [...path, k])}`,
    );
    const keys = Object.keys(node);
    if (duplicated === undefined && keys.length > 0 && path.join('/') === objectPath.join('/')) {
      duplicated = keys[0]!;
      entries.unshift(`${JSON.stringify(duplicated)}:${JSON.stringify(value)}`);
    }
    return `{${entries.join(',')}}`;
  };
  const text = write(root, []);
  return duplicated === undefined ? { text } : { text, key: duplicated };
}

describe('hostile inputs never throw past parseModelText', () => {
  test('odd Unicode in names and titles is refused, or kept composed (600 runs)', () => {
    fc.assert(
      fc.property(goodText, fc.nat(), oddText, (text, at, name) => {
        const root = JSON.parse(text) as Json;
        const path = NAME_PATHS[at % NAME_PATHS.length]!;
        const parent = path
          .slice(0, -1)
          .reduce<Json | undefined>(
            (node, key) => (node as Record<string | number, Json> | undefined)?.[key],
            root,
          );
        if (parent === undefined || parent === null || typeof parent !== 'object') return;
        defineField(parent, path[path.length - 1]!, name);
        const result = parseModelText(JSON.stringify(root));
        assertHandled(JSON.stringify(root));
        if (!result.ok) return;
        // What loads holds no hidden character and no half character, and is composed.
        for (const p of NAME_PATHS) {
          const value = p.reduce<unknown>(
            (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
            result.workbook,
          );
          if (typeof value !== 'string') continue;
          expect(value).toBe(value.normalize('NFC'));
          expect([...value].some((char) => HIDDEN.test(char) || char < ' ')).toBe(false);
          // no half of a character: a high surrogate without its low half, or a low one alone
          expect(value).not.toMatch(
            /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
          );
        }
      }),
      { numRuns: 600 },
    );
  });

  test('a key written twice anywhere is refused, naming the key (600 runs)', () => {
    fc.assert(
      fc.property(
        goodText,
        fc.nat(),
        fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>,
        (text, at, value) => {
          const root = JSON.parse(text) as Json;
          const objects = pathsOf(root).filter((path) => {
            const node = containerAt(root, path);
            return (
              node !== null &&
              typeof node === 'object' &&
              !Array.isArray(node) &&
              Object.keys(node).length > 0
            );
          });
          const { text: doubled, key } = withDuplicateKey(
            root,
            objects[at % objects.length]!,
            value,
          );
          const result = parseModelText(doubled);
          expect(result.ok).toBe(false);
          if (result.ok || key === undefined) return;
          expect(describeLoadError(result.error)).toContain(`${JSON.stringify(key)} appears twice`);
        },
      ),
      { numRuns: 600 },
    );
  });

  test('formulas and values nested at random depths (300 runs)', () => {
    fc.assert(
      fc.property(
        goodText,
        fc.integer({ min: 1, max: 400 }),
        fc.boolean(),
        (text, depth, asFormula) => {
          const root = JSON.parse(text) as { sheets: { cells: Record<string, Json> }[] };
          const nested = asFormula
            ? `=${'('.repeat(depth)}1${')'.repeat(depth)}`
            : `${'['.repeat(depth)}${']'.repeat(depth)}`;
          const body = JSON.stringify(root).replace(
            '"cells":{',
            `"cells":{"Z99":${asFormula ? JSON.stringify(nested) : nested},`,
          );
          assertHandled(body);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('random mutations of valid files never throw past parseModelText', () => {
  test('structural mutations: delete, set, insert, swap (2,000 runs)', () => {
    fc.assert(
      fc.property(
        goodText,
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (text, mutations) => {
          assertHandled(mutate(text, mutations));
        },
      ),
      { numRuns: 2000 },
    );
    // The mutations must reach both outcomes and the deeper checks, or the test proves little.
    expect(outcomes.loaded).toBeGreaterThan(50);
    expect([...outcomes.refused.keys()]).toEqual(
      expect.arrayContaining(['forbiddenKey', 'invalid', 'notAModel']),
    );
  });

  test('truncated text (400 runs)', () => {
    fc.assert(
      fc.property(goodText, fc.nat(), (text, cut) => {
        assertHandled(text.slice(0, cut % text.length));
      }),
      { numRuns: 400 },
    );
  });

  test('single characters changed in the text (400 runs)', () => {
    fc.assert(
      fc.property(
        goodText,
        fc.nat(),
        fc.string({ minLength: 0, maxLength: 3 }),
        (text, at, insert) => {
          const i = at % text.length;
          assertHandled(text.slice(0, i) + insert + text.slice(i + 1));
        },
      ),
      { numRuns: 400 },
    );
  });

  test('random JSON and random text (400 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc
            .jsonValue()
            .map((v) =>
              JSON.stringify({ format: 'library-finance-workbench', version: 1, meta: v }),
            ),
        ),
        (text) => {
          assertHandled(text);
        },
      ),
      { numRuns: 400 },
    );
  });
});
