// The one door in (STYLE.md 1): parse -> size and envelope -> refuse newer versions and
// prototype keys -> migrate -> schema -> cross-field checks. A file either comes out
// as a current Workbook or is refused whole; nothing is half-loaded.
import { workbookSchema } from './schema';
import type { z } from 'zod';
import type { LoadResult, Problem } from './load-result';
import { MAX_FILE_BYTES } from './limits';
import { migrateToCurrent } from './migrations';
import { plainIssueMessage } from './messages';
import { findCellLimitProblem, findCrossFieldProblems } from './validate';
import { formatPath } from './path';

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
    return {
      ok: false,
      error: { kind: 'notJson', detail: error instanceof Error ? error.message : String(error) },
    };
  }
  return loadModel(data);
}

/** From data already parsed: a document read from IndexedDB, a template module. */
export function loadModel(data: unknown): LoadResult {
  const migrated = migrateToCurrent(data);
  if (!migrated.ok) return migrated;
  const tooManyCells = findCellLimitProblem(migrated.data);
  if (tooManyCells) return { ok: false, error: { kind: 'invalid', problems: [tooManyCells] } };
  const parsed = workbookSchema.safeParse(migrated.data, { error: plainIssueMessage });
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap(problemsOfIssue);
    return { ok: false, error: { kind: 'invalid', problems } };
  }
  const problems = findCrossFieldProblems(parsed.data);
  if (problems.length > 0) return { ok: false, error: { kind: 'invalid', problems } };
  return migrated.migratedFrom === undefined
    ? { ok: true, workbook: parsed.data }
    : { ok: true, workbook: parsed.data, migratedFrom: migrated.migratedFrom };
}

/** One problem per issue; an unknown-fields issue becomes one problem per field, at its path. */
function problemsOfIssue(issue: z.core.$ZodIssue): Problem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: `unknown field ${JSON.stringify(key)}`,
    }));
  }
  return [{ path: formatPath(issue.path), message: issue.message }];
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
