// The tests Stryker runs against each mutant of src/core: the core's own unit tests.
// Template, storage and component tests are left out: a core mutant must be caught by
// the tests of the core, and those other suites are far slower per mutant.
import { defineConfig } from 'vitest/config';
import base from './vite.config';

export default defineConfig({
  ...base,
  test: { ...base.test, include: ['test/unit/core/**/*.test.ts'] },
});
