import { describe, expect, test } from 'vitest';
import {
  CURRENT_VERSION,
  describeLoadError,
  loadModel,
  migrateToCurrent,
  MIGRATIONS,
  parseModelText,
} from '../../../../src/core/file';
import { fixtureNames, goodData, readFixture } from './fixtures';

describe('the migration list', () => {
  test('each step rises by exactly one version, in order, from 0 up to the current version', () => {
    MIGRATIONS.forEach((step, index) => {
      expect(step.from).toBe(index);
      expect(step.to).toBe(step.from + 1);
    });
    expect(MIGRATIONS.at(-1)?.to ?? 0).toBe(CURRENT_VERSION);
  });

  test('each step writes its target version into the data', () => {
    for (const name of fixtureNames('v0')) {
      let data = JSON.parse(readFixture('v0', name)) as Record<string, unknown>;
      for (const step of MIGRATIONS) {
        data = step.up(data);
        expect(data.version).toBe(step.to);
      }
    }
  });
});

describe('loading a version 0 file', () => {
  test.each(fixtureNames('v0'))(
    'v0/%s loads into a current workbook and says it was migrated',
    (name) => {
      const result = parseModelText(readFixture('v0', name));
      if (!result.ok) throw new Error(describeLoadError(result.error));
      expect(result.migratedFrom).toBe(0);
      expect(result.workbook.version).toBe(CURRENT_VERSION);
    },
  );

  test('v0/branch-budget.json becomes the same workbook as good/branch-budget.json', () => {
    const migrated = parseModelText(readFixture('v0', 'branch-budget.json'));
    const current = goodData('branch-budget.json') as { meta: Record<string, unknown> };
    // Version 0 had no template or notes; everything else must carry over.
    delete current.meta.template;
    delete current.meta.notes;
    expect(migrated.ok && migrated.workbook).toEqual(current);
  });

  test('v0 lists left out (no inputs, no scenarios) come out as empty lists', () => {
    const result = parseModelText(readFixture('v0', 'minimal.json'));
    expect(
      result.ok && [result.workbook.inputs, result.workbook.scenarios, result.workbook.charts],
    ).toEqual([[], [], []]);
  });

  test('a v0 file whose cells are not a list is refused as an old file that cannot be brought up to date', () => {
    const result = parseModelText(readFixture('bad', 'old-version-broken.json'));
    expect(result.ok === false && result.error.kind).toBe('migrationFailed');
  });

  test('a v0 file naming the same cell twice is refused rather than one value silently winning', () => {
    const data = JSON.parse(readFixture('v0', 'minimal.json')) as {
      sheets: { cells: unknown[] }[];
    };
    data.sheets[0]!.cells.push({ address: 'B1', value: 5 });
    const result = loadModel(data);
    expect(result.ok === false && describeLoadError(result.error)).toBe(
      'The file is an older version (format version 0) that could not be brought up to date: sheets[0].cells[3]: cell B1 appears twice.',
    );
  });

  test('a v0 file with a wrong value is refused at the path of the current format', () => {
    const data = JSON.parse(readFixture('v0', 'minimal.json')) as {
      sheets: { cells: { value: unknown }[] }[];
    };
    data.sheets[0]!.cells[1]!.value = { amount: 1200 };
    const result = loadModel(data);
    expect(
      result.ok === false && result.error.kind === 'invalid' && result.error.problems[0]!.path,
    ).toBe('sheets[0].cells.B1');
  });
});

describe('migrateToCurrent, as storage calls it on stored documents', () => {
  test('leaves a current document as it is and does not mark it migrated', () => {
    const data = goodData();
    expect(migrateToCurrent(data)).toEqual({ ok: true, data });
  });

  test('does not change the data it is given (a stored document stays as stored)', () => {
    const data = JSON.parse(readFixture('v0', 'branch-budget.json')) as unknown;
    const copy = structuredClone(data);
    expect(loadModel(data).ok).toBe(true);
    expect(data).toEqual(copy);
  });

  test('migrates a stored version 0 document', () => {
    const result = migrateToCurrent(JSON.parse(readFixture('v0', 'minimal.json')));
    expect(result.ok && result.migratedFrom).toBe(0);
    expect(result.ok && result.data.version).toBe(CURRENT_VERSION);
  });

  test('refuses a newer document and another application’s data', () => {
    expect(migrateToCurrent({ ...goodData(), version: CURRENT_VERSION + 1 })).toEqual({
      ok: false,
      error: { kind: 'versionTooNew', version: CURRENT_VERSION + 1 },
    });
    expect(migrateToCurrent({ name: 'x' })).toEqual({ ok: false, error: { kind: 'notAModel' } });
  });

  test.each([
    ['missing', undefined, 'version: missing'],
    ['text', '1', 'version: expected a whole number such as 1, found text'],
    ['a fraction', 0.5, 'version: expected a whole number such as 1, found a number'],
    ['negative', -1, 'version: expected a whole number such as 1, found a number'],
  ])('refuses a version that is %s', (_, version, message) => {
    const data = goodData();
    if (version === undefined) delete data.version;
    else data.version = version;
    const result = loadModel(data);
    expect(result.ok === false && describeLoadError(result.error)).toBe(
      `The file cannot be opened: it has 1 problem.\n- ${message}`,
    );
  });
});
