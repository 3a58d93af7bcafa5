// The app's Content-Security-Policy has no unsafe-eval: zod must never try `new Function`.
import { expect, test } from 'vitest';
import { z } from 'zod/mini';
import { workbookSchema } from '../../../../src/core/file';

test('the file schema is parsed by closures, never by compiled code (zod jitless, for the CSP)', () => {
  const RealFunction = globalThis.Function;
  let compiled = 0;
  // Counts any `new Function(...)` made while a document is parsed.
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args) {
      compiled++;
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    expect(z.config().jitless).toBe(true);
    workbookSchema.safeParse({ format: 'x' });
    expect(compiled).toBe(0);
  } finally {
    globalThis.Function = RealFunction;
  }
});
