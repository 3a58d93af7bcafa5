// The one door in (STYLE.md 1): parse -> size and envelope -> refuse newer versions and
// prototype keys -> migrate -> schema -> cross-field checks. A file either comes out
// as a current Workbook or is refused whole; nothing is half-loaded.
import type { LoadResult, Problem } from './load-result';
import { MAX_FILE_BYTES, MAX_JSON_NESTING } from './limits';
import { scanJsonText } from './json-scan';
import { migrateToCurrent } from './migrations';
import { parseWorkbook } from './parse-workbook';
import { findCellLimitProblem, findCrossFieldProblems } from './validate';

/** From the text of a file (an import, a drop, a paste). */
export function parseModelText(text: string): LoadResult {
  // Editors on Windows often save a byte-order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const bytes = utf8Length(body);
  if (bytes > MAX_FILE_BYTES)
    return { ok: false, error: { kind: 'tooLarge', bytes, limit: MAX_FILE_BYTES } };
  if (body.trim() === '') return { ok: false, error: { kind: 'empty' } };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    // JSON.parse itself may run out of stack on a file nested hundreds of thousands deep.
    if (error instanceof RangeError) return invalid([{ path: '', message: TOO_DEEP }]);
    return {
      ok: false,
      error: { kind: 'notJson', detail: error instanceof Error ? error.message : String(error) },
    };
  }
  // Keys written twice and nesting too deep: what JSON.parse accepts without a word.
  const scan = scanJsonText(body);
  if (scan.problems.length > 0) return invalid(scan.problems, scan.truncated);
  return loadModel(data);
}

const TOO_DEEP = `lists and objects are nested more than ${MAX_JSON_NESTING} deep; a model file needs at most 5 levels`;

function invalid(problems: Problem[], truncated = false): LoadResult {
  return { ok: false, error: { kind: 'invalid', problems, ...(truncated && { truncated }) } };
}

/** From data already parsed: a document read from IndexedDB, a template module. */
export function loadModel(data: unknown): LoadResult {
  const migrated = migrateToCurrent(data);
  if (!migrated.ok) return migrated;
  const tooManyCells = findCellLimitProblem(migrated.data);
  if (tooManyCells) return invalid([tooManyCells]);
  const parsed = parseWorkbook(migrated.data);
  if (!parsed.ok) return invalid(parsed.problems, parsed.truncated);
  const { problems, truncated } = findCrossFieldProblems(parsed.workbook);
  if (problems.length > 0) return invalid(problems, truncated);
  return migrated.migratedFrom === undefined
    ? { ok: true, workbook: parsed.workbook }
    : { ok: true, workbook: parsed.workbook, migratedFrom: migrated.migratedFrom };
}

/** The size of the text once saved as UTF-8, without building a copy of it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one character of four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}
