// Reading the shared fixture files of test/fixtures/ for the core/file tests.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

export function fixtureNames(folder: 'good' | 'bad' | 'v0'): string[] {
  return readdirSync(`${FIXTURES}${folder}`)
    .filter((name) => name !== 'expectations.json')
    .sort();
}

export function readFixture(folder: 'good' | 'bad' | 'v0', name: string): string {
  return readFileSync(`${FIXTURES}${folder}/${name}`, 'utf8');
}

/** A fresh, mutable copy of a good fixture's data. */
export function goodData(name = 'branch-budget.json'): Record<string, unknown> {
  return JSON.parse(readFixture('good', name)) as Record<string, unknown>;
}
