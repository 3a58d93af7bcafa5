// A browser's storage errors in plain words: what happened and what the user can do.
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner =
    typeof error === 'object' && error !== null && 'inner' in error
      ? (error as { inner?: unknown }).inner
      : undefined;
  // Dexie wraps the browser's error; its own name says less than the one inside.
  if (inner && inner !== error && name !== 'QuotaExceededError') {
    const innerName = inner instanceof Error || inner instanceof DOMException ? inner.name : '';
    if (innerName === 'QuotaExceededError') return describeStorageError(inner);
  }
  switch (name) {
    case 'QuotaExceededError':
      return 'the browser’s storage for this site is full. Free some space (delete workbooks you no longer need, or clear other sites’ data) and it will be saved.';
    case 'InvalidStateError':
    case 'MissingAPIError':
    case 'OpenFailedError':
    case 'DatabaseClosedError':
      return 'the workbench is not allowed to use the browser’s storage here (a private window, or storage turned off for this site).';
    case 'VersionError':
      return 'the workbooks in this browser were saved by a newer version of the workbench. Reload the page to get it.';
    default:
      return `the browser refused to store it (${name || 'unknown error'}).`;
  }
}
