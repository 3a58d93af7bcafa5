import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SHORTCUT_GROUPS } from '../../../src/ui/help/shortcuts';

/** The README's Keyboard shortcuts section, as rows of [keys, what it does]. */
function readmeRows(): string[][] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split('\n## Keyboard shortcuts\n')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| ---') && !/^\| Keys\s/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\\|/g, '|')),
    );
}

describe('the Keyboard shortcuts help and the README agree', () => {
  const shortcuts = SHORTCUT_GROUPS.flatMap((group) => group.shortcuts);

  test('every key in the help is a row of the README table, saying the same', () => {
    const rows = readmeRows();
    for (const { keys, does } of shortcuts) expect(rows).toContainEqual([keys, does]);
  });

  test('the README lists no key the help leaves out', () => {
    expect(readmeRows()).toHaveLength(shortcuts.length);
  });

  test('no two rows give the same keys', () => {
    const keys = shortcuts.map((shortcut) => shortcut.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
