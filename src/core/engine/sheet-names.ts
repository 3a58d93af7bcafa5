// Sheet names as Excel treats them: two names that differ only in case name the same
// sheet, a name must pass the file format's rules, and a new sheet is called SheetN.
import { sheetNameSchema } from '../file/schema';
import type { DocumentParts } from './document-parts';

/** The matching sheet name, compared case-insensitively. */
export function findSheetName(parts: DocumentParts, name: string): string | undefined {
  const lower = name.toLowerCase();
  return parts.sheets.find((s) => s.name.toLowerCase() === lower)?.name;
}

/**
 * Why a sheet name is not acceptable, or undefined when it is. `renaming` is the
 * current name of the sheet being renamed, which the new name may match.
 */
export function sheetNameProblem(
  parts: DocumentParts,
  name: string,
  renaming?: string,
): string | undefined {
  const parsed = sheetNameSchema.safeParse(name);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'That is not a valid sheet name.';
    // The character rules say what the name does ("contains U+200B …"): give them their subject.
    return /^(contains|is written) /.test(message) ? `The sheet name ${message}.` : message;
  }
  const clash = findSheetName(parts, name);
  if (clash !== undefined && clash !== renaming)
    return `There is already a sheet named "${clash}".`;
  return undefined;
}

/** `Sheet<n>` for the first n, counting from one past the number of sheets, not yet taken. */
export function nextFreeSheetName(parts: DocumentParts): string {
  for (let n = parts.sheets.length + 1; ; n++) {
    const name = `Sheet${n}`;
    if (!findSheetName(parts, name)) return name;
  }
}
