// What a user types into a cell or a sheet tab meets the same limits as a file.
import { describe, expect, test } from 'vitest';
import { WorkbookEngine } from '../../../../src/core/engine';
import { createBlankWorkbook } from '../../../../src/core/file';

const A1 = { row: 0, col: 0 };
const B1 = { row: 0, col: 1 };

function blank(): WorkbookEngine {
  const engine = WorkbookEngine.fromWorkbook(createBlankWorkbook('Limits'));
  engine.setCell('Sheet1', A1, 5);
  return engine;
}

describe('a formula typed into a cell', () => {
  test('nested too deep is refused with a message naming the cell, and nothing changes', () => {
    const engine = blank();
    const before = engine.version;
    const deep = `=${'('.repeat(150)}A1${')'.repeat(150)}`;
    expect(engine.setCell('Sheet1', B1, deep)).toEqual({
      ok: false,
      message: `B1: the formula ${deep.slice(0, 60)}… nests brackets and functions 150 deep; the limit is 64. Split it across several cells.`,
    });
    expect(engine.getContent('Sheet1', B1)).toBeUndefined();
    expect(engine.version).toBe(before);
  });

  test('a paste holding one too-deep formula is refused whole', () => {
    const engine = blank();
    const deep = `=${'SUM('.repeat(300)}1${')'.repeat(300)}`;
    const result = engine.setCells('Sheet1', B1, [[1, 2, deep]]);
    expect(result.ok === false && result.message).toMatch(/^D1: the formula .* 300 deep/);
    expect(engine.getContent('Sheet1', B1)).toBeUndefined();
  });

  test('=1E308 is read as the number 1E+308, as Excel writes it', () => {
    const engine = blank();
    expect(engine.setCell('Sheet1', B1, '=1E308')).toEqual({ ok: true });
    expect(engine.getValue('Sheet1', B1)).toBe(1e308);
  });

  test('upper-case exponents work in arithmetic, but text in quotes is left as typed', () => {
    const engine = blank();
    engine.setCell('Sheet1', B1, '=2.5E3*A1&"1E3"');
    expect(engine.getValue('Sheet1', B1)).toBe('125001E3');
  });

  test('a number beyond 1E+308 is refused rather than stored as Infinity', () => {
    const engine = blank();
    const result = engine.setCell('Sheet1', B1, '=2E308');
    expect(result).toEqual({
      ok: false,
      message:
        'B1: the formula =2E308 writes the number 2E308, which is larger than the largest a cell can hold (1E+308).',
    });
  });

  test('a formula as long as a whole cell may be is quoted in the message only in part', () => {
    const engine = blank();
    const long = `=SUM(${'A1,'.repeat(10_000)}`;
    const result = engine.setCell('Sheet1', B1, long);
    expect(result.ok === false && result.message.length).toBeLessThan(200);
  });
});

describe('a sheet name typed on a tab', () => {
  test('"Sheet1" with a zero-width space is refused, naming the character', () => {
    const engine = blank();
    expect(engine.addSheet('Sheet1\u200B')).toEqual({
      ok: false,
      message:
        'The sheet name contains U+200B (zero-width space) at character 7; names and titles cannot hold invisible, control or text-direction characters.',
    });
    expect(engine.sheetNames).toEqual(['Sheet1']);
  });

  test('a right-to-left override or a lone surrogate is refused on rename', () => {
    const engine = blank();
    expect(engine.renameSheet('Sheet1', 'Costs\u202E').ok).toBe(false);
    expect(engine.renameSheet('Sheet1', 'Costs\uDC00')).toEqual({
      ok: false,
      message:
        'The sheet name contains U+DC00 (unpaired surrogate, half of a character) at character 6; names and titles cannot hold invisible, control or text-direction characters.',
    });
    expect(engine.sheetNames).toEqual(['Sheet1']);
  });

  test('a name typed in decomposed form is kept composed (NFC), so formulas find it', () => {
    const engine = blank();
    expect(engine.renameSheet('Sheet1', 'Cafe\u0301').ok).toBe(true);
    expect(engine.sheetNames).toEqual(['Caf\u00e9']);
    expect(engine.addSheet('Caf\u00e9').ok).toBe(false);
    engine.setCell('Caf\u00e9', B1, "='Caf\u00e9'!A1*2");
    expect(engine.getValue('Caf\u00e9', B1)).toBe(10);
  });
});
