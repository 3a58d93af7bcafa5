// public/model-format.schema.json is generated from the zod schema, never edited by hand.
// Regenerate it after a change to schema.ts with:  UPDATE_SCHEMA=1 npx vitest run test/unit/core/file/json-schema.test.ts
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { z } from 'zod/mini';
import { workbookSchema } from '../../../../src/core/file';
import { readFixture, fixtureNames } from './fixtures';

const SCHEMA_FILE = fileURLToPath(
  new URL('../../../../public/model-format.schema.json', import.meta.url),
);

function generated(): string {
  const schema = {
    ...z.toJSONSchema(workbookSchema),
    title: 'Library Finance Workbench model file',
    description:
      'Generated from src/core/file/schema.ts; see the README (The model file format). Cross-field rules (formulas, refs, duplicates) are checked by the app, not by this schema.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

test('public/model-format.schema.json is the JSON Schema generated from workbookSchema', () => {
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated());
  expect(existsSync(SCHEMA_FILE), 'run with UPDATE_SCHEMA=1 to generate it').toBe(true);
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated());
});

test('the JSON Schema is strict about unknown fields and names the required ones', () => {
  const schema = JSON.parse(generated()) as { required: string[]; additionalProperties: boolean };
  expect(schema.additionalProperties).toBe(false);
  expect(schema.required).toEqual([
    'format',
    'version',
    'meta',
    'sheets',
    'names',
    'inputs',
    'outputs',
    'scenarios',
    'charts',
  ]);
});

test('every good fixture has the fields the JSON Schema requires', () => {
  const { required } = JSON.parse(generated()) as { required: string[] };
  for (const name of fixtureNames('good')) {
    const data = JSON.parse(readFixture('good', name)) as Record<string, unknown>;
    expect(required.filter((key) => !(key in data))).toEqual([]);
  }
});
