import { softLineBreaks } from './line-wrap.js';

/** A span of quoted text, marks included. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark (or the end of the last paragraph when it was omitted there). */
  end: number;
  /** Inner content, marks excluded. */
  innerStart: number;
  innerEnd: number;
  /** `double` for “ ” " « » „, `single` for ‘ ’ ' quotations outside double quotes. */
  mark: 'double' | 'single';
  /** True when the quote runs across paragraphs (opening mark repeated, closing mark omitted). */
  multiParagraph: boolean;
}

const OPENING_DOUBLE = new Set(['“', '«', '„', '‟']);
/**
 * Marks read as the straight double mark, opening or closing by context: '"' and the double prime '″'
 * some sites type for it ('"Wyoming has the uranium …,″ Barrasso added.').
 */
const STRAIGHT_DOUBLE = new Set(['"', '″']);
const CLOSING_DOUBLE = new Set(['”', '»']);
const SPACE_OR_OPENER = /[\s([{\u2014\u2013\-/]/;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Two single marks as one double mark, as some wire archives and feeds set them: two apostrophes
 * (''We should not …,'' she said), or curly ones (“It was a trick,’’ he said; ‘‘Never,’’ she said).
 */
const DOUBLED: Record<string, string> = { "'": '"', '‘': '“', '’': '”' };

function doubledSingle(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code === 39 || code === 0x2018 || code === 0x2019) && text.charCodeAt(index + 1) === code;
}

function isOpeningContext(text: string, index: number): boolean {
  if (index === 0) return true;
  return SPACE_OR_OPENER.test(text[index - 1]);
}

/**
 * Finds quotations with a state machine over each paragraph, in one pass. Straight marks are read as
 * opening after a space or at a paragraph start and as closing otherwise. A quote still open at the end of
 * a paragraph continues when the next paragraph opens with a quotation mark (news style for multi-paragraph
 * quotes); otherwise its opening mark is treated as stray, so an unbalanced mark never swallows the text.
 * Where paragraphs were flattened into one ('…the first game. "Next week …'), a quotation opened again after a
 * sentence end closes the open one at that sentence (sentenceEndBefore).
 */
export function findQuotes(text: string): QuoteSpan[] {
  const soft = softLineBreaks(text);
  const quotes: QuoteSpan[] = [];
  let open = -1;
  // An opening mark still open when another opened inside it ('"… the proposal on "alternatives" is …,"'):
  // the outer quotation, resumed if the inner one closes and a closing mark follows.
  let outer = -1;
  let continued = false;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 10;
    // Fast path: only line breaks and quotation marks matter (", “ ” „ ‟ « »), none of them a space or
    // between "(" and "«" (letters, digits and most punctuation: one test for most characters).
    if (code === 32 || (code > 39 && code < 0xab)) continue;
    if (
      code !== 10 &&
      code !== 13 &&
      code !== 34 &&
      code !== 0x2033 &&
      !doubledSingle(text, i) &&
      code !== 0xab &&
      code !== 0xbb &&
      (code < 0x201c || code > 0x201f)
    ) {
      continue;
    }
    const width = doubledSingle(text, i) ? 2 : 1;
    const char = i < length ? (width === 2 ? DOUBLED[text[i]] : text[i]) : '\n';
    // where a hard-wrapped line ran out, the quotation goes on
    if ((char === '\n' || char === '\r') && soft(i)) continue;
    if (char === '\n' || char === '\r') {
      outer = -1;
      if (open >= 0) {
        // A quote open at the end of its paragraph: continued only if the next paragraph opens with a mark.
        let next = i;
        while (next < length && /\s/.test(text[next])) next++;
        const nextChar = next < length ? text[next] : '';
        const twoApostrophes = doubledSingle(text, next) && nextChar !== '’';
        if (nextChar === '“' || nextChar === '"' || nextChar === '«' || nextChar === '„' || twoApostrophes) {
          if (twoApostrophes) next++;
          continued = true;
          i = next; // the repeated opening mark is part of the continuing quote
          continue;
        }
        // A paragraph break inside one quotation (a line break a converter made a paragraph): after a
        // blank line, the next paragraph holds no mark but the closing one, at its very end.
        const close =
          next < length && /\n[^\S\n]*\r?\n/.test(text.slice(i, next)) ? closesParagraph(text, next) : -1;
        if (close >= 0) {
          i = close - 1;
          continue;
        }
        open = -1;
        continued = false;
      }
      continue;
    }
    // (a double prime after a digit is inches or seconds, '55″ screen', no quotation mark)
    if (char === '″' && /\d/.test(text[i - 1] ?? '')) continue;
    const isStraight = STRAIGHT_DOUBLE.has(char);
    if (!isStraight && !OPENING_DOUBLE.has(char) && !CLOSING_DOUBLE.has(char)) continue;
    if (open < 0) {
      // ('The message reads, in part:"It is …': a straight mark glued to a colon opens too, and so does one
      // glued to a sentence's full stop before a capital: '… other organisations."This meets …'.)
      const opening =
        OPENING_DOUBLE.has(char) ||
        ((isOpeningContext(text, i) || text[i - 1] === ':') && i + 1 < length && !/\s/.test(text[i + 1])) ||
        (isStraight && gluedToSentenceEnd(text, i));
      if (opening) {
        open = i;
        continued = false;
      }
      i += width - 1;
      continue;
    }
    // Inside a quote: a closing mark (or a straight mark not followed by a word start) closes it.
    // An opening curly mark glued to the end of a word (“…here,“ said X) is a typo for the closing one.
    const closing =
      CLOSING_DOUBLE.has(char) ||
      (isStraight && !(isOpeningContext(text, i) && WORD.test(text[i + width] ?? ''))) ||
      (OPENING_DOUBLE.has(char) && !isOpeningContext(text, i) && !WORD.test(text[i + 1] ?? ''));
    if (closing) {
      // A quotation closed inside an outer one: when the next mark of the paragraph closes, it closes the
      // outer quotation, and the inner one is part of it.
      if (outer >= 0) {
        const next = nextMark(text, i + width);
        if (next > 0 && closingMarkAt(text, next)) {
          open = outer;
          outer = -1;
          i += width - 1;
          continue;
        }
        outer = -1;
      }
      const openWidth = doubledSingle(text, open) ? 2 : 1;
      // "''… 'old-school,''' said": a nested single quote closes first, then the two-apostrophe mark.
      const nested = width === 2 && text.charCodeAt(i + 2) === code ? 1 : 0;
      quotes.push({
        start: open,
        end: i + width + nested,
        innerStart: open + openWidth,
        innerEnd: i + nested,
        mark: 'double',
        multiParagraph: continued,
      });
      open = -1;
      continued = false;
      i += nested;
    } else if (OPENING_DOUBLE.has(char) || isStraight) {
      // Two openings in a row. After a sentence end ('…the first game. "Next week …'), the earlier quotation
      // ran to that sentence: a quoted paragraph whose closing mark is omitted by news style, the
      // paragraph break lost when the text was flattened. Otherwise the earlier mark was stray.
      const end = sentenceEndBefore(text, i, open);
      if (end > 0) {
        quotes.push({
          start: open,
          end,
          innerStart: open + (doubledSingle(text, open) ? 2 : 1),
          innerEnd: end,
          mark: 'double',
          multiParagraph: continued,
        });
        outer = -1;
      } else if (outer < 0) outer = open;
      open = i;
      continued = false;
    }
    i += width - 1;
  }
  return mergeSingles(text, quotes);
}

/**
 * The end (after its full stop, question or exclamation mark) of a sentence that closes right before
 * the mark at `mark`, with only spaces between, and that holds several words since the opening mark at
 * `open`; 0 when there is none.
 */
function sentenceEndBefore(text: string, mark: number, open: number): number {
  let k = mark - 1;
  if (text[k] !== ' ') return 0;
  while (k > open && text[k] === ' ') k--;
  if (!/[.?!]/.test(text[k])) return 0;
  // ('"A. B. "C' in a title or initials is too short to be a quotation: two spaces at least)
  let spaces = 0;
  for (let p = open + 1; p < k && spaces < 2; p++) if (text[p] === ' ') spaces++;
  if (spaces < 2) return 0;
  // The open mark must have opened a sentence or followed a colon: after a comma or a word it may be
  // a closing mark set off by a space ('… a little bit, "Volodymyr Zelenskyy said. The …').
  let lead = open - 1;
  while (lead >= 0 && text[lead] === ' ') lead--;
  if (lead >= 0 && !/[\n.?!:"”]/.test(text[lead])) return 0;
  // '"… what I heard? "Don't mention it". These …': a short quotation nested in the open one closes
  // with no punctuation of its own before its mark, and the open one goes on.
  const next = nextMark(text, mark + 1);
  let before = next - 1;
  while (before > mark && text[before] === ' ') before--;
  if (
    next > 0 &&
    !(isOpeningContext(text, next) && WORD.test(text[next + 1] ?? '')) &&
    !/[.,?!…]/.test(text[before])
  )
    return 0;
  // '"The word is confusion, Tom Reed said in an interview. "When …': the closing mark forgotten before
  // the reporting clause; the sentence is not all quotation. Not so the speaker's own reports, '"… that
  // time. I always said we needed a PR person. "An athlete …', '"… and they told me they know nothing.
  // "If …'.
  // The reporting clause follows a comma; with no comma since the opening mark there is none ('"Some
  // people have said I am obsessed. It helps me. "…' is the speaker's own words throughout).
  const comma = text.lastIndexOf(',', k);
  const tail = comma > open ? text.slice(comma, k) : '';
  for (const report of tail.matchAll(REPORTING)) {
    const at = report.index;
    const own =
      OWN_SUBJECT.test(tail.slice(Math.max(0, at - 24), at)) ||
      TO_SPEAKER.test(tail.slice(at + report[0].length, at + report[0].length + 8));
    if (!own) return 0;
  }
  return k + 1;
}

const REPORTING = /\b(?:said|says|told|added|according to)\b/g;
/** "I said", "we have told", "you always say", "I shouldn't have said": a first or second person subject. */
const OWN_SUBJECT = /\b(?:I|we|you)(?: [\w']+){0,2} $/;
/** "told me", "said to us": a report made to the speaker. */
const TO_SPEAKER = /^ (?:to )?(?:me|us)\b/;

/**
 * A straight mark right after a sentence's full stop (or ? or !) that follows a lower-case word, and right
 * before a capital: an opening mark whose space was lost ('… organisations."This meets …').
 */
function gluedToSentenceEnd(text: string, index: number): boolean {
  return (
    /[.?!]/.test(text[index - 1] ?? '') &&
    /\p{Ll}/u.test(text[index - 2] ?? '') &&
    /\p{Lu}/u.test(text[index + 1] ?? '')
  );
}

/** Does the double mark at `index` close a quotation (a closing mark, or a straight one not opening a word)? */
function closingMarkAt(text: string, index: number): boolean {
  const char = text[index];
  if (CLOSING_DOUBLE.has(char)) return true;
  return STRAIGHT_DOUBLE.has(char) && !(isOpeningContext(text, index) && WORD.test(text[index + 1] ?? ''));
}

/** The offset of the next double quotation mark from `from` within its paragraph, or -1. */
function nextMark(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') return -1;
    if (STRAIGHT_DOUBLE.has(char) || OPENING_DOUBLE.has(char) || CLOSING_DOUBLE.has(char)) return i;
  }
  return -1;
}

/**
 * Where the paragraph starting at `from` ends its quotation: the offset of its only quotation mark when
 * that mark closes (”, », or a straight mark after a word) and only spaces follow it before the
 * paragraph's end; -1 otherwise.
 */
function closesParagraph(text: string, from: number): number {
  let mark = -1;
  let i = from;
  for (; i < text.length && text[i] !== '\n' && text[i] !== '\r'; i++) {
    const char = text[i];
    if (
      char === '"' ||
      OPENING_DOUBLE.has(char) ||
      CLOSING_DOUBLE.has(char) ||
      (char === "'" && text[i + 1] === "'")
    ) {
      if (mark >= 0) return -1;
      mark = i;
    }
  }
  if (mark < 0 || OPENING_DOUBLE.has(text[mark]) || text[mark] === "'") return -1;
  if (mark === from || /\s/.test(text[mark - 1])) return -1;
  for (let k = mark + 1; k < i; k++) if (!/\s/.test(text[k])) return -1;
  return mark;
}

const SINGLE_OPEN = new Set(['‘', "'"]);
const SINGLE_CLOSE = new Set(['’', "'"]);

/**
 * Single-quoted quotations outside double quotes (headline style: Trump says 'we will win'). Apostrophes
 * share the marks, so an opening must start a word and a closing must end one and not sit inside a word.
 */
function mergeSingles(text: string, doubles: QuoteSpan[]): QuoteSpan[] {
  const soft = softLineBreaks(text);
  const result: QuoteSpan[] = [];
  let gapStart = 0;
  const gaps: Array<[number, number]> = [];
  for (const quote of doubles) {
    gaps.push([gapStart, quote.start]);
    gapStart = quote.end;
  }
  gaps.push([gapStart, text.length]);
  const singles: QuoteSpan[] = [];
  for (const [from, to] of gaps) {
    let open = -1;
    for (let i = from; i < to; i++) {
      // Fast path: only line breaks and the marks ' ‘ ’ matter.
      const code = text.charCodeAt(i);
      if (code !== 10 && code !== 39 && code !== 0x2018 && code !== 0x2019) continue;
      const char = text[i];
      if (char === '\n') {
        if (!soft(i)) open = -1;
        continue;
      }
      if (open < 0) {
        if (SINGLE_OPEN.has(char) && isOpeningContext(text, i) && WORD.test(text[i + 1] ?? '')) open = i;
        continue;
      }
      if (SINGLE_CLOSE.has(char)) {
        const before = text[i - 1] ?? '';
        const after = text[i + 1] ?? '';
        if (!/\s/.test(before) && !WORD.test(after) && i - open > 3) {
          singles.push({
            start: open,
            end: i + 1,
            innerStart: open + 1,
            innerEnd: i,
            mark: 'single',
            multiParagraph: false,
          });
          open = -1;
        }
      }
    }
  }
  // Merge the two sorted lists.
  let s = 0;
  for (const quote of doubles) {
    while (s < singles.length && singles[s].start < quote.start) result.push(singles[s++]);
    result.push(quote);
  }
  while (s < singles.length) result.push(singles[s++]);
  return result;
}
