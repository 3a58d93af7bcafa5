import { describe, expect, test } from 'vitest';
import {
  describeLoadError,
  loadModel,
  type LoadError,
  type Workbook,
} from '../../../../src/core/file';
import { goodData } from './fixtures';

function messageAfter(edit: (workbook: Record<string, unknown> & Workbook) => void): string {
  const data = goodData() as Record<string, unknown> & Workbook;
  edit(data);
  const result = loadModel(data);
  return result.ok ? 'loaded' : describeLoadError(result.error);
}

describe('schema problems in plain words', () => {
  test.each<[string, (w: Record<string, unknown> & Workbook) => void, string]>([
    [
      'a number where text belongs',
      (w) => ((w.meta as Record<string, unknown>).title = 3),
      'meta.title: expected text, found a number',
    ],
    [
      'text where a number belongs',
      (w) => ((w.inputs[0] as Record<string, unknown>).low = 'low'),
      'inputs[0].low: expected a number, found text',
    ],
    [
      'a list where an object belongs',
      (w) => ((w as Record<string, unknown>).meta = []),
      'meta: expected an object, found a list',
    ],
    [
      'a missing field',
      (w) => delete (w.outputs[0] as Partial<Workbook['outputs'][number]>).label,
      'outputs[0].label: missing',
    ],
    [
      'an unknown field, named',
      (w) => ((w.charts[0] as Record<string, unknown>).colour = 'red'),
      'charts[0].colour: unknown field "colour"',
    ],
    [
      'a cell holding an object',
      (w) => ((w.sheets[0]!.cells as Record<string, unknown>).B2 = {}),
      'sheets[0].cells.B2: expected a number, text or true/false, found an object',
    ],
    [
      'a bad cell address',
      (w) => (w.sheets[0]!.cells.b2 = 1),
      'sheets[0].cells.b2: "b2" is not a cell address such as C7',
    ],
    [
      'a cell past the edge of a sheet',
      (w) => (w.sheets[0]!.cells.XFE1 = 1),
      'sheets[0].cells.XFE1: "XFE1" is beyond the last cell of a sheet (column XFD, row 65536)',
    ],
    [
      'a value outside a list of choices',
      (w) => ((w.charts[0] as Record<string, unknown>).kind = 'pie'),
      'charts[0].kind: must be one of "line", "bar"; found "pie"',
    ],
    [
      'a wrong date',
      (w) => (w.meta.createdAt = 'yesterday'),
      'meta.createdAt: expected a date and time such as 2026-04-01T09:00:00Z, found "yesterday"',
    ],
    ['no sheets', (w) => (w.sheets = []), ': a workbook needs at least one sheet'],
    [
      'too long a sheet name',
      (w) => (w.sheets[0]!.name = 'x'.repeat(32)),
      'sheets[0].name: sheet names are at most 31 characters (as in Excel)',
    ],
  ])('%s', (_, edit, expected) => {
    expect(messageAfter(edit)).toBe(
      `The file cannot be opened: it has 1 problem.\n- ${expected.replace(/^: /, 'sheets: ')}`,
    );
  });
});

describe('describeLoadError', () => {
  test('lists the first five problems of many and says how many more', () => {
    const problems = Array.from({ length: 8 }, (_, i) => ({
      path: `sheets[0].cells.A${i + 1}`,
      message: 'bad',
    }));
    expect(describeLoadError({ kind: 'invalid', problems })).toBe(
      [
        'The file cannot be opened: it has 8 problems.',
        ...problems.slice(0, 5).map((p) => `- ${p.path}: bad`),
        '…and 3 more problems.',
      ].join('\n'),
    );
  });

  test('a problem of the whole file has no path before it', () => {
    expect(
      describeLoadError({ kind: 'invalid', problems: [{ path: '', message: 'too big' }] }),
    ).toBe('The file cannot be opened: it has 1 problem.\n- too big');
  });

  test('gives a message for every kind of refusal', () => {
    const errors: LoadError[] = [
      { kind: 'empty' },
      { kind: 'tooLarge', bytes: 7 * 1024 * 1024, limit: 5 * 1024 * 1024 },
      { kind: 'notJson', detail: 'Unexpected end of JSON input' },
      { kind: 'notAModel' },
      { kind: 'versionTooNew', version: 3 },
      { kind: 'forbiddenKey', path: 'meta.__proto__', key: '__proto__' },
      { kind: 'migrationFailed', from: 0, detail: 'sheets: expected a list of sheets' },
      { kind: 'invalid', problems: [{ path: 'meta.title', message: 'missing' }] },
    ];
    const messages = errors.map(describeLoadError);
    expect(messages.every((m) => m.length > 10)).toBe(true);
    expect(new Set(messages).size).toBe(errors.length);
    expect(messages[1]).toBe('The file is too large to be a model: 7 MB; the limit is 5 MB.');
  });
});
