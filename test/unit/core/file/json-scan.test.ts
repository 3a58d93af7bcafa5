import { describe, expect, test } from 'vitest';
import { scanJsonText } from '../../../../src/core/file/json-scan';
import { MAX_JSON_NESTING, MAX_PROBLEMS_COUNTED } from '../../../../src/core/file/limits';

const messages = (text: string) =>
  scanJsonText(text).problems.map((p) => (p.path === '' ? p.message : `${p.path}: ${p.message}`));

describe('keys written twice', () => {
  test('at the top level and deep inside, with the path of the object', () => {
    expect(
      messages('{"version":99,"version":1,"sheets":[{"cells":{"A1":1,"B1":2,"A1":3}}]}'),
    ).toEqual(['"version" appears twice', 'sheets[0].cells: "A1" appears twice']);
  });

  test('an escaped spelling of the same key is the same key', () => {
    expect(messages('{"a":{"A1":1,"\\u0041\\u0031":2}}')).toEqual(['a: "A1" appears twice']);
  });

  test('the same key in sibling objects, or as a value, is not a duplicate', () => {
    expect(messages('[{"a":1},{"a":2},{"b":"a","c":["a","a"]}]')).toEqual([]);
  });

  test('quotes, braces and backslashes inside strings do not confuse the scan', () => {
    expect(messages('{"x":"}{\\"a\\":1,\\\\","a":1,"y":"\\\\","a":2}')).toEqual([
      '"a" appears twice',
    ]);
  });

  test('the index of a list item is counted across nested values', () => {
    expect(messages('{"l":[[1,2],{"k":[3]},{"d":1,"d":2}]}')).toEqual(['l[2]: "d" appears twice']);
  });

  test(`counting stops at ${MAX_PROBLEMS_COUNTED} duplicates`, () => {
    const text = `{${Array.from({ length: 2000 }, () => '"k":1').join(',')}}`;
    const scan = scanJsonText(text);
    expect(scan.problems).toHaveLength(MAX_PROBLEMS_COUNTED);
    expect(scan.truncated).toBe(true);
  });

  test('a key of 4.5 million characters is quoted in 200', () => {
    const key = 'k'.repeat(4_500_000);
    const [problem] = scanJsonText(`{"${key}":1,"${key}":2}`).problems;
    expect(problem!.message.length).toBeLessThan(230);
  });
});

describe('nesting', () => {
  test(`${MAX_JSON_NESTING} levels are allowed, one more is refused where it starts`, () => {
    const within = `${'['.repeat(MAX_JSON_NESTING)}${']'.repeat(MAX_JSON_NESTING)}`;
    expect(messages(within)).toEqual([]);
    expect(
      messages(`{"a":${'['.repeat(MAX_JSON_NESTING)}${']'.repeat(MAX_JSON_NESTING)}}`),
    ).toEqual([
      `a${'[0]'.repeat(MAX_JSON_NESTING - 1)}: lists and objects are nested more than ${MAX_JSON_NESTING} deep here; a model file needs at most 5 levels`,
    ]);
  });

  test('100,000 nested lists are refused without overflowing the stack', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(scanJsonText(text).problems).toHaveLength(1);
  });
});
