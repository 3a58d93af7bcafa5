// What loading a model gives back: a workbook, or one of the ways a file is refused.
// Errors are values (STYLE.md 9): the UI maps each kind to words with describeLoadError.
import type { Workbook } from './schema';

export interface Problem {
  /** where, as a path into the file: `sheets[1].cells.C7`, `meta.title`; '' for the whole file */
  path: string;
  /** plain words, starting lower-case: `expected a number, found text` */
  message: string;
}

export type LoadError =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'notJson'; detail: string }
  | { kind: 'notAModel' }
  | { kind: 'versionTooNew'; version: number }
  | { kind: 'forbiddenKey'; path: string; key: string }
  | { kind: 'migrationFailed'; from: number; detail: string }
  | {
      kind: 'invalid';
      problems: Problem[];
      /** set when counting stopped at MAX_PROBLEMS_COUNTED: there are more */ truncated?: boolean;
    };

export type LoadResult =
  | {
      ok: true;
      workbook: Workbook;
      /** the version the file had, when it was migrated */ migratedFrom?: number;
    }
  | { ok: false; error: LoadError };
