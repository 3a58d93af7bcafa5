// Files too big to commit, made in the test: each is refused with its message, and
// none overflows the stack (each of these once crashed the import with no message).
import { describe, expect, test, vi } from 'vitest';
import { WorkbookEngine } from '../../../../src/core/engine';
import { describeLoadError, loadModel, parseModelText } from '../../../../src/core/file';
import { formatFileSize, describeFileSize } from '../../../../src/core/file/file-size';
import { goodData } from './fixtures';

function messageOf(text: string): string {
  const result = parseModelText(text);
  return result.ok ? 'loaded' : describeLoadError(result.error);
}

function minimalWith(edit: (data: Record<string, unknown>) => void): string {
  const data = goodData('minimal.json');
  edit(data);
  return JSON.stringify(data);
}

describe('many problems', () => {
  test('130,000 bad cells: the first are listed, and counting stops at 1,000', () => {
    const text = minimalWith((data) => {
      const cells: Record<string, unknown> = {};
      for (let row = 1; row <= 130_000; row++) cells[`A${row}`] = {};
      (data.sheets as { cells: unknown }[])[0]!.cells = cells;
    });
    const shown = '- sheets[0].cells.A%: expected a number, text or true/false, found an object';
    expect(messageOf(text)).toBe(
      [
        'The file cannot be opened: it has more than 1,000 problems.',
        ...[1, 2, 3, 4, 5].map((row) => shown.replace('%', String(row))),
        '…and more.',
      ].join('\n'),
    );
  }, 30_000);

  test('130,000 unreadable formulas stop being checked at 1,000', () => {
    const text = minimalWith((data) => {
      const cells: Record<string, unknown> = {};
      for (let row = 1; row <= 130_000; row++) cells[`A${row}`] = '=(1';
      (data.sheets as { cells: unknown }[])[0]!.cells = cells;
    });
    const check = vi.spyOn(WorkbookEngine, 'isFormulaValid');
    expect(messageOf(text)).toMatch(
      /^The file cannot be opened: it has more than 1,000 problems\./,
    );
    // Checking all 130,000 with the engine's parser took seconds, for a list nobody reads.
    expect(check.mock.calls.length).toBeLessThanOrEqual(1001);
    check.mockRestore();
  }, 30_000);

  test('a list of 300,000 items is refused before the schema reads each one', () => {
    const text = minimalWith((data) => {
      data.inputs = Array.from({ length: 300_000 }, () => ({ label: 3 }));
    });
    expect(messageOf(text)).toBe(
      'The file cannot be opened: it has 1 problem.\n- inputs: has 300,000 items; no list in a model file may have more than 2,000',
    );
  }, 30_000);

  test('problems in records and elsewhere are listed in file order', () => {
    const data = goodData('minimal.json') as Record<string, unknown> & {
      meta: Record<string, unknown>;
      sheets: Record<string, unknown>[];
    };
    data.sheets[0]!.cells = { A1: [] };
    data.sheets[0]!.formats = { A1: 'pounds' };
    data.meta.title = 5;
    data.charts = 'none';
    const result = loadModel(data);
    expect(
      result.ok === false &&
        result.error.kind === 'invalid' &&
        result.error.problems.map((p) => p.path),
    ).toEqual(['meta.title', 'sheets[0].cells.A1', 'sheets[0].formats.A1', 'charts']);
  });
});

describe('deep nesting', () => {
  test('100,000 nested lists in an unknown field are refused with a message', () => {
    const text = `{"format":"library-finance-workbench","version":1,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(messageOf(text)).toBe(
      `The file cannot be opened: it has 1 problem.\n- x${'[0]'.repeat(31)}: lists and objects are nested more than 32 deep here; a model file needs at most 5 levels`,
    );
  });

  test('2.5 million nested lists, the most a file within the size limit holds, get a message too', () => {
    const depth = 2_500_000;
    const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(messageOf(text)).toMatch(/nested more than 32 deep/);
  });
});

describe('deep data from storage (no text to scan)', () => {
  test('a value nested 100,000 deep in a cell or an unknown field is refused, not a crash', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const data = goodData('minimal.json') as Record<string, unknown> & {
      sheets: { cells: Record<string, unknown> }[];
    };
    data.sheets[0]!.cells.C9 = deep;
    data.extra = deep;
    const result = loadModel(data);
    expect(result.ok === false && describeLoadError(result.error)).toBe(
      [
        'The file cannot be opened: it has 2 problems.',
        '- sheets[0].cells.C9: expected a number, text or true/false, found a list',
        '- extra: unknown field "extra"',
      ].join('\n'),
    );
  });
});

describe('long values are quoted in part', () => {
  test('an unknown field named with 4.5 million characters gives a short message', () => {
    const name = 'x'.repeat(4_500_000);
    const message = messageOf(minimalWith((data) => (data[name] = 1)));
    expect(message).toBe(
      `The file cannot be opened: it has 1 problem.\n- ${'x'.repeat(200)}…: unknown field "${'x'.repeat(200)}…"`,
    );
  });
});

describe('sizes said truthfully', () => {
  test.each([
    [5 * 1024 * 1024, '5 MB'],
    [5 * 1024 * 1024 + 1, '5.01 MB'],
    [6 * 1024 * 1024 + 14, '6.01 MB'],
    [5.5 * 1024 * 1024, '5.5 MB'],
    [800 * 1024, '800 KB'],
  ])('%i bytes are %s', (bytes, words) => {
    expect(formatFileSize(bytes)).toBe(words);
  });

  test('a size against its limit', () => {
    expect(describeFileSize(5 * 1024 * 1024 + 1, 5 * 1024 * 1024)).toBe(
      '5.01 MB; the limit is 5 MB',
    );
  });
});
