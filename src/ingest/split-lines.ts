export type Line =
  { line: number; text: string; tooLong?: false } | { line: number; text: null; tooLong: true };

/**
 * Splits decoded text chunks into lines ("\n", "\r\n" or "\r" ends) numbered from 1. A line longer than
 * `maxLineChars` is reported once as `tooLong` and skipped without being held in memory.
 */
export async function* splitLines(
  chunks: AsyncIterable<string>,
  options: { maxLineChars: number },
): AsyncGenerator<Line> {
  let pending = '';
  let number = 1;
  let overflowing = false;
  let lastWasCarriageReturn = false;
  for await (const chunk of chunks) {
    let start = 0;
    // Line ends found by indexOf (V8's own scan, a fraction of a loop over every character): the next
    // "\r" is looked for again only once passed, since most dumps have none.
    let carriageReturn = chunk.indexOf('\r');
    for (let index = 0; ; index += 1) {
      if (carriageReturn !== -1 && carriageReturn < index) carriageReturn = chunk.indexOf('\r', index);
      const lineFeed = chunk.indexOf('\n', index);
      index =
        lineFeed === -1 || carriageReturn === -1
          ? Math.max(lineFeed, carriageReturn)
          : Math.min(lineFeed, carriageReturn);
      if (index === -1) break;
      const code = chunk.charCodeAt(index);
      if (code === 10 && lastWasCarriageReturn && index === start && pending === '') {
        // the "\n" of a "\r\n" split across chunks, or right after "\r"
        lastWasCarriageReturn = false;
        start = index + 1;
        continue;
      }
      const piece = pending + chunk.slice(start, index);
      pending = '';
      if (overflowing || piece.length > options.maxLineChars) {
        yield { line: number, text: null, tooLong: true };
      } else {
        yield { line: number, text: piece };
      }
      overflowing = false;
      number += 1;
      lastWasCarriageReturn = code === 13;
      start = index + 1;
    }
    if (start < chunk.length) {
      lastWasCarriageReturn = false;
      if (!overflowing) {
        pending += chunk.slice(start);
        if (pending.length > options.maxLineChars) {
          overflowing = true;
          pending = '';
        }
      }
    }
  }
  if (overflowing) yield { line: number, text: null, tooLong: true };
  else if (pending.length > 0) yield { line: number, text: pending };
}
