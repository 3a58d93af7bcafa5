import { describe, expect, test } from 'vitest';
import {
  describeLoadError,
  parseModelText,
  serializeModel,
  type Workbook,
} from '../../../../src/core/file';
import { WorkbookEngine } from '../../../../src/core/engine';
import { fixtureNames, readFixture } from './fixtures';

function load(text: string): Workbook {
  const result = parseModelText(text);
  if (!result.ok) throw new Error(describeLoadError(result.error));
  return result.workbook;
}

describe('export then import gives back the same model', () => {
  test.each(fixtureNames('good'))('%s survives engine -> document -> text -> document', (name) => {
    const original = load(readFixture('good', name));
    const engine = WorkbookEngine.fromWorkbook(original);
    const exported = serializeModel(engine.toWorkbook('2027-01-01T00:00:00.000Z'));
    engine.destroy();
    const reimported = load(exported);

    const { modifiedAt: _later, ...meta } = reimported.meta;
    const { modifiedAt: _earlier, ...originalMeta } = original.meta;
    expect(meta).toEqual(originalMeta);
    expect(reimported.meta.modifiedAt).toBe('2027-01-01T00:00:00.000Z');
    expect(reimported.sheets).toEqual(original.sheets); // names, cells, formats, column widths
    expect(reimported.names).toEqual(original.names);
    expect(reimported.inputs).toEqual(original.inputs);
    expect(reimported.outputs).toEqual(original.outputs);
    expect(reimported.scenarios).toEqual(original.scenarios);
    expect(reimported.charts).toEqual(original.charts);
    expect(reimported.activeScenarioId).toEqual(original.activeScenarioId);
  });

  test('serializeModel writes pretty-printed JSON ending in a new line, readable and diff-able', () => {
    const text = serializeModel(load(readFixture('good', 'minimal.json')));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "meta": {\n    "title": "Minimal",');
  });
});
