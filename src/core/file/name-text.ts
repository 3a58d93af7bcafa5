// Names and titles people read and tell apart: sheet names, the workbook title,
// input and output labels, scenario names, chart titles. Characters that cannot be
// seen, or that reorder what is seen, are refused in them: "Sheet" and "Sheet" with a
// zero-width space looked identical yet were two sheets, and a right-to-left override
// shows a name backwards. A lone surrogate (half of a character) is refused too: the
// browser cannot encode it, and a sheet named with one made every opening throw.
// Text is compared and kept in Unicode's composed form (NFC), as keyboards type it.

const NAMED: Record<number, string> = {
  0x09: 'tab',
  0x0a: 'line break',
  0x0d: 'carriage return',
  0xad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2061: 'invisible function application',
  0x2062: 'invisible times',
  0x2063: 'invisible separator',
  0x2064: 'invisible plus',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space',
};

/** What a refused character is, in words, or undefined for an allowed one. */
function refusedCharacter(code: number): string | undefined {
  const named = NAMED[code];
  if (named !== undefined) return named;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return 'control character';
  if (code >= 0xd800 && code <= 0xdfff) return 'unpaired surrogate, half of a character';
  return undefined;
}

/** `U+200B`: a code point as Unicode writes it. */
export function codePointName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why a name holds a character it may not, saying which and where: `contains U+200B
 * (zero-width space) at character 6`; undefined when every character is allowed.
 */
export function hiddenCharacterProblem(text: string): string | undefined {
  let position = 0;
  // for...of walks code points, so a surrogate pair is one character and a lone half stays alone.
  for (const char of text) {
    position++;
    const code = char.codePointAt(0)!;
    const what = refusedCharacter(code);
    if (what !== undefined)
      return `contains ${codePointName(code)} (${what}) at character ${position}; names and titles cannot hold invisible, control or text-direction characters`;
  }
  return undefined;
}

/** A name as typed, made ready to check and keep: trimmed and in composed form (NFC). */
export function cleanName(text: string): string {
  return text.trim().normalize('NFC');
}

/** Why a workbook title cannot be used, or undefined when it can. */
export function workbookTitleProblem(title: string): string | undefined {
  const clean = cleanName(title);
  if (clean === '' || clean.length > 200)
    return 'A workbook title must have between 1 and 200 characters.';
  const hidden = hiddenCharacterProblem(clean);
  return hidden === undefined ? undefined : `The workbook title ${hidden}.`;
}
