/**
 * Hard-wrapped text: wire archives (Reuters-21578), e-mail and old plain-text copy break lines every 60–80
 * characters inside sentences ("Medco Containment Services\nInc said its board …") and mark paragraphs
 * by indentation or a blank line. Elsewhere a line break ends a sentence (headlines, captions and
 * datelines sit on lines of their own), but in such text most of them are only where the line ran out.
 *
 * A text is hard-wrapped when nine in ten of its lines are at most 100 characters long and, over the
 * lines followed by another non-blank line, at least half end mid-sentence (30 characters or more, no
 * closing punctuation, not a list item): one paragraph a line (most web and agency copy) runs longer
 * and ends its lines with full stops.
 * In a hard-wrapped text a line break is soft (a space) when the next line goes on without indentation
 * and the line before is not a heading in capitals.
 */

const CLOSING = /[.!?:;"”’)\]]$/;
/** A list item ("- Duty cuts on …", "• …", "1. …"): its line ends where the item does. */
const BULLET = /^\s*(?:[-–—•*]|\d{1,2}[.)])\s/;

function isHardWrapped(text: string): boolean {
  const lines = text.split('\n').map((line) => line.trimEnd());
  let filled = 0;
  let short = 0;
  let candidates = 0;
  let wrapped = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    filled += 1;
    if (line.length <= 100) short += 1;
    const next = lines[index + 1];
    if (next === undefined || next.trim() === '') return;
    candidates += 1;
    if (line.length >= 30 && !CLOSING.test(line) && !BULLET.test(line)) wrapped += 1;
  });
  // every line short, as a wrapping width makes them; half of those followed by another end mid-sentence
  return candidates >= 3 && short >= filled * 0.9 && wrapped >= candidates / 2;
}

let memo: { text: string; soft: (offset: number) => boolean } | null = null;
const NEVER = (): boolean => false;

/**
 * For one text, whether the line break at `offset` is soft (where a hard-wrapped line ran out). The
 * soft breaks are found once per text (the answer for the last text asked about is kept: extraction
 * asks for each text from several steps, some once per token).
 */
export function softLineBreaks(text: string): (offset: number) => boolean {
  if (memo !== null && memo.text === text) return memo.soft;
  let soft: (offset: number) => boolean = NEVER;
  if (text.indexOf('\n') >= 0 && isHardWrapped(text)) {
    const breaks = new Set<number>();
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1))
      if (isSoftBreak(text, at)) breaks.add(at);
    soft = (offset) => {
      // "\r\n": the carriage return goes with its line feed
      if (text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10) offset += 1;
      return breaks.has(offset);
    };
  }
  memo = { text, soft };
  return soft;
}

/** The line feed at `at` of a hard-wrapped text is soft: the next line goes on, and this one is prose. */
function isSoftBreak(text: string, at: number): boolean {
  const next = text.charCodeAt(at + 1);
  // the next line goes on at once: not blank, not indented, not the end
  if (Number.isNaN(next) || next === 10 || next === 13 || next === 32 || next === 9) return false;
  const nextLineEnd = text.indexOf('\n', at + 1);
  if (BULLET.test(text.slice(at + 1, nextLineEnd < 0 ? text.length : nextLineEnd))) return false;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(lineStart, at);
  // a heading in capitals ("BAHIA COCOA REVIEW") or a blank line before
  return /\p{Ll}/u.test(line);
}
