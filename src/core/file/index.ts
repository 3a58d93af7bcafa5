// The one door into the app (STYLE.md): every model, whether imported, a template,
// loaded from IndexedDB or pasted, comes through here:
// parse -> envelope -> refuse newer -> migrate -> schema -> cross-field checks.
// NOTE: first cut; the file-format work (issue 3) deepens the checks behind these signatures.
import { CURRENT_VERSION, FORMAT_ID, workbookSchema, type Workbook } from './schema';

export * from './schema';

/** A model file larger than this is refused before it is parsed. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface Problem {
  /** where, as a path into the file: `sheets[1].cells.C7` */
  path: string;
  message: string;
}

export type LoadError =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'notJson'; detail: string }
  | { kind: 'notAModel' }
  | { kind: 'versionTooNew'; version: number }
  | { kind: 'migrationFailed'; from: number; detail: string }
  | { kind: 'invalid'; problems: Problem[] };

export type LoadResult = { ok: true; workbook: Workbook; migratedFrom?: number } | { ok: false; error: LoadError };

/** From the text of a file. */
export function parseModelText(text: string): LoadResult {
  if (text.trim() === '') return { ok: false, error: { kind: 'empty' } };
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES) return { ok: false, error: { kind: 'tooLarge', bytes, limit: MAX_FILE_BYTES } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { kind: 'notJson', detail: (error as Error).message } };
  }
  return loadModel(data);
}

/** From data already parsed (IndexedDB, a template module). */
export function loadModel(data: unknown): LoadResult {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FORMAT_ID) {
    return { ok: false, error: { kind: 'notAModel' } };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > CURRENT_VERSION) {
    return { ok: false, error: { kind: 'versionTooNew', version } };
  }
  const parsed = workbookSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        kind: 'invalid',
        problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
      },
    };
  }
  return { ok: true, workbook: parsed.data };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

/** Plain words for each way a file can be refused. */
export function describeLoadError(error: LoadError): string {
  switch (error.kind) {
    case 'empty':
      return 'The file is empty.';
    case 'tooLarge':
      return `The file is too large (${Math.round(error.bytes / 1024)} KB; the limit is ${Math.round(error.limit / 1024)} KB).`;
    case 'notJson':
      return `The file is not a model file: it is not valid JSON (${error.detail}).`;
    case 'notAModel':
      return 'The file is JSON, but not a Library Finance Workbench model.';
    case 'versionTooNew':
      return `The file was made by a newer version of the workbench (format version ${error.version}). Update the workbench to open it.`;
    case 'migrationFailed':
      return `The file is an older version (${error.from}) that could not be brought up to date: ${error.detail}`;
    case 'invalid':
      return error.problems
        .slice(0, 10)
        .map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))
        .join('\n');
  }
}

/** The text of an exported model file: pretty-printed so people can read and diff it. */
export function serializeModel(workbook: Workbook): string {
  return `${JSON.stringify(workbook, null, 2)}\n`;
}

/** A new, empty workbook. */
export function createBlankWorkbook(title: string, now: string = new Date().toISOString()): Workbook {
  return {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    meta: { title, description: '', currency: 'GBP', createdAt: now, modifiedAt: now, sources: [] },
    sheets: [{ name: 'Sheet1', cells: {} }],
    names: [],
    inputs: [],
    outputs: [],
    scenarios: [],
    charts: [],
  };
}
