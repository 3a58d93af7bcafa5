// Plain words for every refusal. zod's default messages ("Invalid input: expected
// string, received number") are written for programmers; a finance officer reads
// `meta.title: expected text, found a number`. Messages written into the schema itself
// (such as 'is not a cell address such as C7') take precedence over this map.
import type { z } from 'zod/mini';
import type { LoadError, Problem } from './load-result';
import { MAX_PROBLEMS_SHOWN } from './limits';
import { CURRENT_VERSION } from './version';
import { describeFound } from './path';
import { clipText } from './clip';
import { describeFileSize } from './file-size';

type RawIssue = z.core.$ZodRawIssue;

const EXPECTED_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true/false',
  object: 'an object',
  array: 'a list',
  int: 'a whole number',
  null: 'null',
};

function expectedWords(expected: string): string {
  return EXPECTED_WORDS[expected] ?? expected;
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function quoted(value: unknown): string {
  return typeof value === 'string'
    ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
    : String(value);
}

/** The per-parse error map given to workbookSchema.safeParse. */
export function plainIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'missing';
      return `expected ${expectedWords(issue.expected)}, found ${describeFound(issue.input)}`;
    case 'invalid_union': {
      const expected = issue.errors.flatMap((branch) =>
        branch[0]?.code === 'invalid_type' ? [expectedWords(branch[0].expected)] : [],
      );
      if (issue.input === undefined) return 'missing';
      if (expected.length === issue.errors.length && expected.length > 0) {
        return `expected ${listWords(expected)}, found ${describeFound(issue.input)}`;
      }
      return 'is not any of the allowed kinds of value';
    }
    case 'unrecognized_keys': {
      const keys = issue.keys.map((key) => JSON.stringify(clipText(key)));
      return keys.length === 1
        ? `unknown field ${keys[0]}`
        : `unknown fields ${listWords(keys).replace(/ or /, ' and ')}`;
    }
    case 'invalid_key': {
      const inner = issue.issues[0]?.message;
      return `${quoted(issue.input)} ${inner ?? 'is not an allowed key here'}`;
    }
    case 'invalid_value':
      if (issue.values.length === 1)
        return `must be ${quoted(issue.values[0])}, found ${quoted(issue.input)}`;
      return `must be one of ${issue.values.map((v) => quoted(v)).join(', ')}; found ${quoted(issue.input)}`;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return `has more than ${issue.maximum} items`;
      return `must be at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string')
        return issue.minimum === 1
          ? 'must not be empty'
          : `is shorter than ${issue.minimum} characters`;
      if (issue.origin === 'array')
        return `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      return `must be at least ${issue.minimum}`;
    case 'invalid_format':
      if (issue.format === 'datetime') {
        return `expected a date and time such as 2026-04-01T09:00:00Z, found ${quoted(issue.input)}`;
      }
      return `${quoted(issue.input)} is not in the expected form`;
    default:
      return undefined;
  }
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-GB')} ${word}${count === 1 ? '' : 's'}`;
}

export function describeProblem(problem: Problem): string {
  return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}

/** Plain words for each way a file can be refused: what is wrong and where. */
export function describeLoadError(error: LoadError): string {
  switch (error.kind) {
    case 'empty':
      return 'The file is empty.';
    case 'tooLarge':
      return `The file is too large to be a model: ${describeFileSize(error.bytes, error.limit)}.`;
    case 'notJson':
      return `The file is not a model file: it is not valid JSON (${error.detail}).`;
    case 'notAModel':
      return 'The file is JSON, but not a Library Finance Workbench model: it lacks "format": "library-finance-workbench".';
    case 'versionTooNew':
      return `The file was made by a newer version of the workbench (format version ${error.version}; this version reads up to ${CURRENT_VERSION}). Update the workbench to open it.`;
    case 'forbiddenKey':
      return `The file was refused: ${error.path} uses the key "${error.key}", which a model file may not contain.`;
    case 'migrationFailed':
      return `The file is an older version (format version ${error.from}) that could not be brought up to date: ${clipText(error.detail, 400)}.`;
    case 'invalid': {
      const { problems, truncated } = error;
      const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `- ${describeProblem(p)}`);
      const hidden = problems.length - shown.length;
      // Counting stopped at the cap: say so rather than give a count that is not true.
      const count = truncated
        ? `more than ${plural(problems.length, 'problem')}`
        : plural(problems.length, 'problem');
      const lines = [`The file cannot be opened: it has ${count}.`, ...shown];
      if (truncated) lines.push('…and more.');
      else if (hidden > 0) lines.push(`…and ${plural(hidden, 'more problem')}.`);
      return lines.join('\n');
    }
  }
}
