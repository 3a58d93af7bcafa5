import { describe, expect, test } from 'vitest';
import { checkFailures, checkPasses, failingChecks } from '../../../../src/core/scenarios';
import type { CellValue } from '../../../../src/core/engine';

describe('failingChecks', () => {
  test('only TRUE and 1 pass; FALSE, 0, text, an error and an empty cell fail', () => {
    const values: CellValue[] = [
      true,
      1,
      false,
      0,
      'TRUE',
      { error: '#REF!', detail: '' },
      null,
      2,
    ];
    expect(values.map(checkPasses)).toEqual([true, true, false, false, false, false, false, false]);
  });

  test('names the failing checks in the order declared, reading each cell where it says', () => {
    const cells: Record<string, CellValue> = {
      'Summary!0,1': true,
      'Summary!1,1': false,
      'Cash flow!2,1': 0,
    };
    const checks = [
      { ref: 'Summary!B1', label: 'passes' },
      { ref: "'Cash flow'!B3", label: 'zero fails' },
      { ref: 'Summary!B2', label: 'false fails' },
    ];
    const read = (sheet: string, p: { row: number; col: number }) =>
      cells[`${sheet}!${p.row},${p.col}`] ?? null;
    expect(failingChecks(checks, read).map((c) => c.label)).toEqual(['zero fails', 'false fails']);
  });

  test('checkFailures says, for each failing check, every case it fails in, in the order given', () => {
    const checks = [
      { ref: 'S!A1', label: 'first' },
      { ref: 'S!A2', label: 'second' },
    ];
    const base = { name: 'Base', getValue: (_: string, p: { row: number }) => p.row === 0 };
    const worse = { name: 'Worse', getValue: () => false };
    expect(
      checkFailures(checks, [worse, base]).map((f) => [
        f.check.label,
        f.failsIn.map((c) => c.name),
      ]),
    ).toEqual([
      ['first', ['Worse']],
      ['second', ['Worse', 'Base']],
    ]);
  });
});
