// What JSON.parse does not tell: a key written twice in one object (JSON.parse keeps
// the last silently, so `"version": 99, "version": 1` read as version 1), and lists
// and objects nested deeper than any model file needs. One pass over the text of a
// file that JSON.parse has already accepted, with an explicit stack, not recursion:
// a hostile file can nest 100,000 levels deep.
import type { Problem } from './load-result';
import { MAX_JSON_NESTING, MAX_PROBLEMS_COUNTED } from './limits';
import { formatPath, type PathKey } from './path';
import { clipText } from './clip';

interface Container {
  keys?: Set<string>;
  /** the key or index of the value being read inside it */
  at: PathKey;
  /** in an object: the next string is a key */
  expectingKey: boolean;
}

export interface JsonScan {
  problems: Problem[];
  truncated: boolean;
}

/** Duplicate keys (every one, up to the cap) and the first place nested too deep. */
export function scanJsonText(text: string): JsonScan {
  const stack: Container[] = [];
  const scan: JsonScan = { problems: [], truncated: false };
  const report = (path: PathKey[], message: string): void => {
    if (scan.problems.length >= MAX_PROBLEMS_COUNTED) scan.truncated = true;
    else scan.problems.push({ path: formatPath(path), message });
  };
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x22 /* " */) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectingKey) {
        const raw = text.slice(i + 1, end);
        // "A1" and "\u0041\u0031" are the same key: decode escapes before comparing.
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (top.keys.has(key))
          report(pathOf(stack, 1), `${JSON.stringify(clipText(key))} appears twice`);
        top.keys.add(key);
        top.at = key;
        top.expectingKey = false;
      }
      i = end;
    } else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      if (stack.length >= MAX_JSON_NESTING) {
        report(
          pathOf(stack, 0).slice(0, MAX_JSON_NESTING),
          `lists and objects are nested more than ${MAX_JSON_NESTING} deep here; a model file needs at most 5 levels`,
        );
        return scan;
      }
      stack.push(
        char === 0x7b
          ? { keys: new Set(), at: '', expectingKey: true }
          : { at: 0, expectingKey: false },
      );
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      stack.pop();
    } else if (char === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (!top) continue;
      if (top.keys) top.expectingKey = true;
      else top.at = (top.at as number) + 1;
    }
  }
  return scan;
}

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close < 0) return text.length;
    // Escaped when preceded by an odd number of backslashes.
    let slashes = 0;
    while (text.charCodeAt(close - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return close;
    i = close + 1;
  }
}

/** The path to the value being read, leaving out the innermost `drop` containers' keys. */
function pathOf(stack: Container[], drop: number): PathKey[] {
  return stack.slice(0, stack.length - drop).map((container) => container.at);
}
