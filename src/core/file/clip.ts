// Values quoted in messages are cut short: a hostile file's 4.5 MB field name once made
// a 9-million-character message whose Dismiss button was off-screen.

/** The most characters of any one value a message quotes. */
export const MAX_QUOTED_CHARS = 200;

/** The text, or its first `max` characters and "…"; a surrogate pair is never split. */
export function clipText(text: string, max = MAX_QUOTED_CHARS): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
