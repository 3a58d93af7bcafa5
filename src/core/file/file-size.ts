// Sizes said truthfully: a file one byte over the 5 MB limit was described as
// "5120 KB; the limit is 5120 KB". Sizes are rounded up, so a file over a limit is
// never shown as no bigger than it.

const KB = 1024;
const MB = 1024 * 1024;

/** `5.01 MB`, `6 MB`, `820 KB`: at most two decimals, rounded up. */
export function formatFileSize(bytes: number): string {
  if (bytes < MB) return `${Math.ceil(bytes / KB)} KB`;
  const megabytes = Math.ceil((bytes / MB) * 100) / 100;
  return `${megabytes.toFixed(2).replace(/\.?0+$/, '')} MB`;
}

/** `5.01 MB; the limit is 5 MB`: a file's size against the limit it is over. */
export function describeFileSize(bytes: number, limit: number): string {
  return `${formatFileSize(bytes)}; the limit is ${formatFileSize(limit)}`;
}
