import { describe, expect, test } from 'vitest';
import {
  describeLoadError,
  MAX_FILE_BYTES,
  parseModelText,
  workbookSchema,
} from '../../../../src/core/file';
import { fixtureNames, readFixture } from './fixtures';

describe('good model files', () => {
  test.each(fixtureNames('good'))('%s loads as a current workbook', (name) => {
    const result = parseModelText(readFixture('good', name));
    if (!result.ok) throw new Error(describeLoadError(result.error));
    expect(workbookSchema.safeParse(result.workbook).success).toBe(true);
    expect(result.migratedFrom).toBeUndefined();
  });

  test('a byte-order mark at the start (as Windows editors save) is accepted', () => {
    expect(parseModelText(`\uFEFF${readFixture('good', 'minimal.json')}`).ok).toBe(true);
  });
});

describe('bad model files are refused with the exact message', () => {
  const expectations = JSON.parse(readFixture('bad', 'expectations.json')) as Record<
    string,
    string
  >;

  test('every bad fixture has an expected message, and every expectation a fixture', () => {
    expect(Object.keys(expectations).sort()).toEqual(fixtureNames('bad'));
  });

  test.each(fixtureNames('bad'))('%s', (name) => {
    const result = parseModelText(readFixture('bad', name));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeLoadError(result.error)).toBe(expectations[name]);
  });

  test('a file from a newer version says so in plain words', () => {
    expect(expectations['newer-version.json']).toContain(
      'made by a newer version of the workbench',
    );
  });

  test('an oversized file is refused before it is parsed', () => {
    // Truncated JSON: had it been parsed, it would be refused as not JSON instead.
    const text = `{"padding": "${'x'.repeat(6 * 1024 * 1024)}`;
    const result = parseModelText(text);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'tooLarge', bytes: text.length, limit: MAX_FILE_BYTES },
    });
    if (!result.ok) {
      expect(describeLoadError(result.error)).toBe(
        'The file is too large to be a model: 6.01 MB; the limit is 5 MB.',
      );
    }
  });

  test('a file one byte over the limit is said to be over it, not the same size', () => {
    const result = parseModelText('x'.repeat(MAX_FILE_BYTES + 1));
    expect(result.ok === false && describeLoadError(result.error)).toBe(
      'The file is too large to be a model: 5.01 MB; the limit is 5 MB.',
    );
  });

  test('a file exactly at the limit is read, not refused for its size', () => {
    const result = parseModelText(`"${'x'.repeat(MAX_FILE_BYTES - 2)}"`);
    expect(result.ok === false && result.error.kind).toBe('notAModel');
  });

  test('the size counts UTF-8 bytes, not characters', () => {
    // "£" is two bytes in UTF-8: 3 million of them are 6 MB though only 3 million characters.
    const result = parseModelText(`"${'£'.repeat(3_000_000)}"`);
    expect(result.ok === false && result.error.kind === 'tooLarge' && result.error.bytes).toBe(
      6_000_002,
    );
  });

  test('a file of only spaces and new lines counts as empty', () => {
    expect(parseModelText('  \n\t ')).toEqual({ ok: false, error: { kind: 'empty' } });
  });
});
