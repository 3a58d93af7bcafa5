// The envelope: the two fields that say what a file is and which version of the format
// it follows. Checked before anything else, so another application's JSON is told
// apart from a broken model, and a newer file is refused rather than misread.
import { CURRENT_VERSION, FORMAT_ID } from './version';
import type { LoadError } from './load-result';
import { describeFound } from './path';

export type EnvelopeResult = { ok: true; version: number } | { ok: false; error: LoadError };

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkEnvelope(data: unknown): EnvelopeResult {
  if (!isPlainObject(data) || !Object.hasOwn(data, 'format') || data.format !== FORMAT_ID) {
    return { ok: false, error: { kind: 'notAModel' } };
  }
  if (!Object.hasOwn(data, 'version')) {
    return invalidVersion('missing');
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return invalidVersion(
      `expected a whole number such as ${CURRENT_VERSION}, found ${describeFound(version)}`,
    );
  }
  if (version > CURRENT_VERSION) return { ok: false, error: { kind: 'versionTooNew', version } };
  return { ok: true, version };
}

function invalidVersion(message: string): EnvelopeResult {
  return { ok: false, error: { kind: 'invalid', problems: [{ path: 'version', message }] } };
}
