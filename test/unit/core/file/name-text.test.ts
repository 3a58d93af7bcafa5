import { describe, expect, test } from 'vitest';
import {
  cleanName,
  hiddenCharacterProblem,
  workbookTitleProblem,
} from '../../../../src/core/file/name-text';
import { addScenario, renameScenario } from '../../../../src/core/scenarios';
import { describeLoadError, loadModel, type Workbook } from '../../../../src/core/file';
import { goodData } from './fixtures';

const RULE = 'names and titles cannot hold invisible, control or text-direction characters';

describe('hidden characters in names and titles', () => {
  test.each([
    ['Sheet1\u200B', 'U+200B (zero-width space) at character 7'],
    ['\u2066Budget\u2069', 'U+2066 (left-to-right isolate) at character 1'],
    ['abc\u202Edef', 'U+202E (right-to-left override) at character 4'],
    ['a\u200Fb', 'U+200F (right-to-left mark) at character 2'],
    ['\uFEFFTitle', 'U+FEFF (zero-width no-break space) at character 1'],
    ['two\nlines', 'U+000A (line break) at character 4'],
    ['bell\u0007', 'U+0007 (control character) at character 5'],
    ['c1\u0085', 'U+0085 (control character) at character 3'],
    ['lone\uD83D', 'U+D83D (unpaired surrogate, half of a character) at character 5'],
    ['\uDE00tail', 'U+DE00 (unpaired surrogate, half of a character) at character 1'],
  ])('%j is refused: %s', (name, where) => {
    expect(hiddenCharacterProblem(name)).toBe(`contains ${where}; ${RULE}`);
  });

  test.each([
    ['Café'],
    ['Bibliothèque'],
    ['📚 Books'],
    ['Ελληνικά'],
    ['مكتبة'],
    ['Sheet 1 (copy)'],
  ])('%j is allowed (a whole emoji is one character, not two halves)', (name) => {
    expect(hiddenCharacterProblem(name)).toBeUndefined();
  });

  test('a character is counted as people count them, so the position after an emoji is right', () => {
    expect(hiddenCharacterProblem('📚\u200B')).toMatch(/at character 2;/);
  });
});

describe('composed form (NFC)', () => {
  test('a typed name is trimmed and composed', () => {
    expect(cleanName('  Cafe\u0301 ')).toBe('Caf\u00e9');
  });

  test('a title, label or scenario name in a file is composed when loaded', () => {
    const data = goodData() as Workbook;
    data.meta.title = 'Cafe\u0301 budget';
    data.inputs[0]!.label = 'Re\u0301sume\u0301';
    const result = loadModel(data);
    if (!result.ok) throw new Error(describeLoadError(result.error));
    expect(result.workbook.meta.title).toBe('Caf\u00e9 budget');
    expect(result.workbook.inputs[0]!.label).toBe('R\u00e9sum\u00e9');
  });

  test('hidden characters in a label or chart title in a file are refused at their path', () => {
    const data = goodData() as Workbook;
    data.outputs[0]!.label = 'Net\u200Dcost';
    data.charts[0]!.title = '\u202DCost';
    const result = loadModel(data);
    expect(result.ok === false && describeLoadError(result.error)).toBe(
      [
        'The file cannot be opened: it has 2 problems.',
        `- outputs[0].label: contains U+200D (zero-width joiner) at character 4; ${RULE}`,
        `- charts[0].title: contains U+202D (left-to-right override) at character 1; ${RULE}`,
      ].join('\n'),
    );
  });
});

describe('names typed by the user', () => {
  test('a workbook title with a zero-width space is refused, naming it', () => {
    expect(workbookTitleProblem('Budget\u200B')).toBe(
      `The workbook title contains U+200B (zero-width space) at character 7; ${RULE}.`,
    );
    expect(workbookTitleProblem('  ')).toBe(
      'A workbook title must have between 1 and 200 characters.',
    );
    expect(workbookTitleProblem('Budget 2026')).toBeUndefined();
  });

  test('a scenario name with a bidi override is refused; a decomposed one is kept composed', () => {
    expect(addScenario([], 'Low\u202E')).toEqual({
      ok: false,
      message: `The scenario name contains U+202E (right-to-left override) at character 4; ${RULE}.`,
    });
    const added = addScenario([], 'Cafe\u0301 closes');
    expect(added.ok && added.scenarios[0]!.name).toBe('Caf\u00e9 closes');
    const renamed = added.ok && renameScenario(added.scenarios, added.id, 'Cafe\u0301');
    expect(renamed && renamed.ok && renamed.scenarios[0]!.name).toBe('Caf\u00e9');
  });

  test('"Pessimistic" and "Pessimistic" with a zero-width space are not both accepted', () => {
    const first = addScenario([], 'Pessimistic');
    expect(first.ok && addScenario(first.scenarios, 'Pessimistic\u200B').ok).toBe(false);
  });
});
