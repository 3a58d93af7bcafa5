// Keys that can reach an object's prototype. JSON.parse makes `"__proto__"` an ordinary
// own property, but zod 4 silently DROPS it from a z.record, and any later
// `target[key] = value` (a migration, a spread into a plain object) would set the
// prototype instead of a field. So such a file is refused whole: before the migrations
// see it, and again after them (a migration may turn a value into a key).
import type { PathKey } from './path';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Where a value sits: its parent's place and its key there. Paths are built only when needed. */
interface Place {
  parent: Place | undefined;
  key: PathKey;
}

function pathOf(place: Place | undefined): PathKey[] {
  const path: PathKey[] = [];
  for (let at = place; at; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** The path of the first forbidden key anywhere in the data, or undefined. */
export function findForbiddenKey(data: unknown): { path: PathKey[]; key: string } | undefined {
  // An explicit stack, not recursion, and no path copied per level: a hostile file
  // can nest tens of thousands of levels deep.
  const stack: { value: unknown; place: Place | undefined }[] = [{ value: data, place: undefined }];
  while (stack.length > 0) {
    const { value, place } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], place: { parent: place, key: i } });
      continue;
    }
    const keys = Object.keys(value);
    const forbidden = keys.find((key) => FORBIDDEN_KEYS.has(key));
    if (forbidden !== undefined)
      return { path: pathOf({ parent: place, key: forbidden }), key: forbidden };
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      stack.push({ value: (value as Record<string, unknown>)[key], place: { parent: place, key } });
    }
  }
  return undefined;
}
