/**
 * The text a reader sees in server markup: statement tooltips (hidden until hover or focus) left out,
 * tags removed, entities decoded. Used to check that escaping kept every character of the input.
 */
export function visibleText(markup: string): string {
  let out = '';
  let position = 0;
  for (;;) {
    const start = markup.indexOf('<span class="tip"', position);
    if (start < 0) break;
    out += markup.slice(position, start);
    let depth = 0;
    let cursor = start;
    const tags = /<(\/?)span\b[^>]*>/g;
    tags.lastIndex = start;
    for (let match = tags.exec(markup); match; match = tags.exec(markup)) {
      depth += match[1] ? -1 : 1;
      cursor = tags.lastIndex;
      if (depth === 0) break;
    }
    position = cursor;
  }
  out += markup.slice(position);
  return out
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#96;/g, '`')
    .replace(/&amp;/g, '&');
}
