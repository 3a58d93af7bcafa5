// Mutation testing of src/core (`npm run mutate`; see the README's "Mutation testing").
// Each mutant is one small wrong change to the source; a test must fail on it.
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  mutate: ['src/core/**/*.ts', '!src/core/**/index.ts'],
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.stryker.json',
  // Only the tests whose coverage reaches a mutant run against it.
  coverageAnalysis: 'perTest',
  // A static mutant (in a top-level constant) would need every test rerun per mutant.
  ignoreStatic: true,
  // The machine is shared: one sandbox at a time keeps the run polite.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  // npm run mutate gives each folder its own incremental file in reports/stryker-incremental/
  // (committed), so a run after a small change only tests the mutants it touches.
  incremental: true,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { reportScoreTable: true, reportMutants: false, reportTests: false },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
export default config;
