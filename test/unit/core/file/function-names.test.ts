import { expect, test } from 'vitest';
import { HyperFormula } from 'hyperformula';
import { FUNCTION_NAMES } from '../../../../src/core/file/function-names';

test("core/file's list of function names is the engine's own list", () => {
  expect([...FUNCTION_NAMES].sort()).toEqual(
    [...HyperFormula.getRegisteredFunctionNames('enGB')].sort(),
  );
});
