// Problem paths as a person reads them: `sheets[1].cells.C7`, `meta.title`,
// `scenarios[0].overrides["Assumptions!B3"]` (keys that are not plain words are quoted).

import { clipText } from './clip';

export type PathKey = string | number;

export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'symbol') text += `[${String(key)}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
      text += text === '' ? clipText(key) : `.${clipText(key)}`;
    else text += `[${JSON.stringify(clipText(key))}]`;
  }
  return text;
}

/** How a value found in a file is named in a message: `expected a number, found text`. */
export function describeFound(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isFinite(value) ? 'a number' : 'a number too large to store';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
