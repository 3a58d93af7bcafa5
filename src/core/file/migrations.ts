// Migrations are data (STYLE.md 2): an ordered list of small pure steps, each taking a
// file of version N to version N+1. They run after the envelope check and before the
// schema, on every file imported and every document read from IndexedDB, so the rest
// of the app only ever sees the current version. How to add one: docs/SCHEMA_MIGRATIONS.md.
import { CURRENT_VERSION } from './version';
import type { LoadError } from './load-result';
import { checkEnvelope, isPlainObject } from './envelope';
import { findForbiddenKey } from './forbidden-keys';
import { formatPath } from './path';

type Data = Record<string, unknown>;

export interface Migration {
  from: number;
  to: number;
  /** what changed, in one line, for people reading the history of the format */
  description: string;
  /** pure; throws MigrationError when the old file is not the shape its version promised */
  up(data: Data): Data;
}

/** Thrown by a step when the file does not have the shape of its declared version. */
export class MigrationError extends Error {}

/**
 * Version 0 was the pre-release format: `title`, `description`, `createdAt`,
 * `modifiedAt` and `sources` at the top level, no `meta` and no `currency` (always
 * pounds), empty lists could be left out, and each sheet's cells were a list of
 * `{ "address": "B2", "value": 1200 }` rather than an object keyed by address.
 */
const v0ToV1: Migration = {
  from: 0,
  to: 1,
  description: 'gather title, description, dates and sources into meta; cells keyed by address',
  up(data) {
    const { title, description, createdAt, modifiedAt, sources, sheets, ...rest } = data;
    if (!Array.isArray(sheets)) throw new MigrationError('sheets: expected a list of sheets');
    return {
      ...rest,
      version: 1,
      meta: {
        title,
        description: description ?? '',
        currency: 'GBP',
        createdAt,
        modifiedAt,
        sources: sources ?? [],
      },
      sheets: sheets.map((sheet: unknown, index) => migrateV0Sheet(sheet, index)),
      names: rest.names ?? [],
      inputs: rest.inputs ?? [],
      outputs: rest.outputs ?? [],
      scenarios: rest.scenarios ?? [],
      charts: rest.charts ?? [],
    };
  },
};

function migrateV0Sheet(sheet: unknown, index: number): unknown {
  if (!isPlainObject(sheet) || !Array.isArray(sheet.cells)) {
    throw new MigrationError(
      `sheets[${index}].cells: expected a list of cells, each { "address", "value" }`,
    );
  }
  const cells: [string, unknown][] = [];
  const seen = new Set<string>();
  sheet.cells.forEach((cell: unknown, c) => {
    if (!isPlainObject(cell) || typeof cell.address !== 'string' || !Object.hasOwn(cell, 'value')) {
      throw new MigrationError(
        `${formatPath(['sheets', index, 'cells', c])}: expected { "address", "value" }`,
      );
    }
    if (seen.has(cell.address)) {
      throw new MigrationError(
        `${formatPath(['sheets', index, 'cells', c])}: cell ${cell.address} appears twice`,
      );
    }
    seen.add(cell.address);
    cells.push([cell.address, cell.value]);
  });
  // Object.fromEntries defines properties, never assigns them, so no key can reach a
  // prototype (and forbidden keys were refused before any migration ran).
  return { ...sheet, cells: Object.fromEntries(cells) };
}

function refuseForbiddenKeys(data: unknown): MigrationResult | undefined {
  const forbidden = findForbiddenKey(data);
  if (!forbidden) return undefined;
  return {
    ok: false,
    error: { kind: 'forbiddenKey', key: forbidden.key, path: formatPath(forbidden.path) },
  };
}

/** Every step, in order. Each rises by exactly 1 and the last reaches CURRENT_VERSION. */
export const MIGRATIONS: readonly Migration[] = [v0ToV1];

export type MigrationResult =
  | {
      ok: true;
      data: Data;
      /** set when the data was older and has been migrated */ migratedFrom?: number;
    }
  | { ok: false; error: LoadError };

/**
 * Brings a model of any known version up to the current one: envelope check, refusal
 * of newer versions and of prototype keys, then each step in turn. The result still
 * needs the schema (loadModel does both); storage may call this alone.
 */
export function migrateToCurrent(data: unknown): MigrationResult {
  const envelope = checkEnvelope(data);
  if (!envelope.ok) return envelope;
  const before = refuseForbiddenKeys(data);
  if (before) return before;
  let current = data as Data;
  for (let version = envelope.version; version < CURRENT_VERSION; version++) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) {
      return {
        ok: false,
        error: {
          kind: 'migrationFailed',
          from: envelope.version,
          detail: `no migration from version ${version}`,
        },
      };
    }
    try {
      current = step.up(current);
    } catch (error) {
      if (!(error instanceof MigrationError)) throw error;
      return {
        ok: false,
        error: { kind: 'migrationFailed', from: envelope.version, detail: error.message },
      };
    }
  }
  if (envelope.version === CURRENT_VERSION) return { ok: true, data: current };
  const after = refuseForbiddenKeys(current);
  if (after) return after;
  return { ok: true, data: current, migratedFrom: envelope.version };
}
