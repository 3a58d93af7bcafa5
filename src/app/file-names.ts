/** A title as a safe file name: characters that Windows or macOS refuse become dashes. */
export function fileNameFor(title: string, extension: string): string {
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 120);
  return `${base || 'workbook'}.${extension}`;
}
