/** A title as a safe file name: characters that Windows or macOS refuse become dashes. */
export function fileNameFor(title: string, extension: string): string {
  const printable = [...title].map((ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch)).join('');
  const base = printable
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'workbook'}.${extension}`;
}
