import { isBlank, type Analysis, type Token } from './analyse.js';
import { lookupCue } from './cue-lexicon.js';
import type { QuoteSpan } from './find-quotes.js';
import { softLineBreaks } from './line-wrap.js';

/**
 * A token, or a whole quotation treated as one opaque unit. Both kinds carry the same fields in the same
 * order (the other kind's field null), so the engine sees one shape wherever units are read.
 */
export type Unit =
  | { kind: 'token'; start: number; end: number; token: Token; quote: null; index: number }
  | { kind: 'quote'; start: number; end: number; token: null; quote: QuoteSpan; index: number };

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  /** Tokens outside quotations and quotations as single units, in text order. */
  units: Unit[];
}

/**
 * Sentences for attribution: wink-nlp's boundaries, except that a boundary inside a quotation is dropped
 * (sentence splitters break quotes apart) and a line break always ends a sentence (paragraphs, headlines,
 * captions and datelines sit on their own lines in news text).
 */
export function segment(text: string, analysis: Analysis, quotes: QuoteSpan[]): Sentence[] {
  const { tokens } = analysis;
  const soft = softLineBreaks(text);
  const sentences: Sentence[] = [];
  let quoteIndex = 0;
  let paragraph = 0;
  let current: Sentence | null = null;
  let lastQuoteAdded = -1;
  let lastWord: Token | null = null;
  let secondLastWord: Token | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    while (quoteIndex < quotes.length && quotes[quoteIndex].end <= token.start) quoteIndex++;
    const quote = quoteIndex < quotes.length ? quotes[quoteIndex] : null;
    const inQuote = quote !== null && quote.start <= token.start && token.start < quote.end;
    // wink-nlp keeps line breaks and other white space as tokens of their own: not words.
    if (token.pos === 'SPACE' || isBlank(token.value)) continue;
    const previous = lastWord;
    const lastBeforePrevious = secondLastWord;
    secondLastWord = lastWord;
    lastWord = token;
    let lineBreak = false;
    if (previous) {
      for (let c = previous.end; c < token.start; c++) {
        // where a hard-wrapped line ran out, the break is a space
        if (text.charCodeAt(c) === 10 && !soft(c)) {
          lineBreak = true;
          break;
        }
      }
    }
    if (lineBreak) paragraph++;
    const newSentence =
      current === null ||
      lineBreak ||
      quoteAfterClosedQuote(text, current, quote, token) ||
      (!inQuote && dashQuoteAfterFullStop(tokens, i, previous)) ||
      // ('… other organisations."This meets …': a quotation opened right after a full stop, its space lost.)
      (previous !== null &&
        quote !== null &&
        token.start === quote.start &&
        previous.end === token.start &&
        TERMINALS.has(previous.value)) ||
      (previous !== null &&
        previous.sentence !== token.sentence &&
        !(quote !== null && quote.start < token.start && token.start < quote.end) &&
        // "… A pathetic figure!” he wrote." – a lower-case word does not start a sentence.
        !startsLowerCase(token.value) &&
        !continuesAbbreviation(previous, token, lastBeforePrevious) &&
        !caliber(text, previous, token) &&
        !tickerCode(text, previous, token, lastBeforePrevious) &&
        !attributesQuoteBefore(text, tokens, i, current) &&
        // "\"…\" — Tom Reed": a dash after a quotation introduces its speaker. (After a full stop, "… in
        // the capital.- This power …" as some outlets glue a dash quotation to the sentence before, it opens
        // the next sentence.)
        !(LONG_DASHES.has(token.value) && !(previous !== null && TERMINALS.has(previous.value))) &&
        // ("\"We will rebuild.\" - John Smith": a spaced hyphen right after a quotation does too.)
        !spacedHyphenAfterQuote(text, token, quoteIndex > 0 ? quotes[quoteIndex - 1] : null));
    // A multi-paragraph quotation reappears as a unit in each of its paragraphs' sentences.
    if (newSentence && (!inQuote || lineBreak || token.start === quote?.start)) {
      if (current) sentences.push(current);
      current = { start: token.start, end: token.end, paragraph, units: [] };
      lastQuoteAdded = -1;
    }
    if (current === null) continue;
    current.end = Math.max(current.end, token.end);
    if (inQuote && quote) {
      if (lastQuoteAdded !== quoteIndex) {
        current.units.push({
          kind: 'quote',
          start: quote.start,
          end: quote.end,
          token: null,
          quote,
          index: quoteIndex,
        });
        lastQuoteAdded = quoteIndex;
      }
      current.end = Math.max(current.end, Math.min(quote.end, token.end));
    } else {
      current.units.push({ kind: 'token', start: token.start, end: token.end, token, quote: null, index: i });
    }
  }
  if (current) sentences.push(current);
  return sentences;
}

const LONG_DASHES = new Set(['—', '–', '―', '--']);
const DASHES = new Set([...LONG_DASHES, '-']);
const TERMINALS = new Set(['.', '!', '?']);

/**
 * "… a change of power in the capital.- This power does not respond - he said.": a dash quotation glued to
 * the full stop of the sentence before (as some outlets print dialogue) starts a sentence, which the
 * splitter does not see: a dash right after a full stop, question or exclamation mark, with a capitalised
 * word after it.
 */
function dashQuoteAfterFullStop(tokens: Token[], index: number, previous: Token | null): boolean {
  if (previous === null || !TERMINALS.has(previous.value) || !DASHES.has(tokens[index].value)) return false;
  for (let j = index + 1; j < tokens.length && j <= index + 3; j++) {
    const value = tokens[j].value;
    if (tokens[j].pos === 'SPACE' || isBlank(value)) continue;
    return /^\p{Lu}/u.test(value);
  }
  return false;
}

/**
 * A hyphen with a space on each side right after the end of a quotation and before a capital ("\"…\" -
 * John Smith"), as a signature is set; not a dash going on with the sentence ("\"…!\" - will have …").
 */
function spacedHyphenAfterQuote(text: string, token: Token, quote: QuoteSpan | null): boolean {
  return (
    token.value === '-' &&
    quote !== null &&
    /^\s+$/.test(text.slice(quote.end, token.start)) &&
    token.start - quote.end <= 2 &&
    /^ \p{Lu}/u.test(text.slice(token.end, token.end + 2))
  );
}

/**
 * "a loaded .45-caliber handgun", "a .22 rifle": a full stop after a space and glued to a number is the
 * number's, no sentence end.
 */
function caliber(text: string, previous: Token, token: Token): boolean {
  return (
    previous.value === '.' &&
    previous.end === token.start &&
    /^\d/.test(token.value) &&
    /\s/.test(text[previous.start - 1] ?? '')
  );
}

/**
 * "Nestle SA (NESN.S) said", "Pearson Plc <PSON.L> said": a stock code glued round a full stop inside a
 * bracket (capitals or digits on both sides, the bracket closing right after) ends no sentence.
 */
function tickerCode(text: string, previous: Token, token: Token, beforePrevious: Token | null): boolean {
  return (
    previous.value === '.' &&
    beforePrevious !== null &&
    beforePrevious.end === previous.start &&
    previous.end === token.start &&
    /^[\p{Lu}\d]{1,6}$/u.test(beforePrevious.value) &&
    /^[\p{Lu}\d]{1,3}$/u.test(token.value) &&
    (text[token.end] === ')' || text[token.end] === '>')
  );
}

/**
 * 'said on NBC\'s \'\'Meet the Press.\'\' \'\'She lies …\'\'': a quotation that opens right after one closed by
 * a full stop, question or exclamation mark starts a sentence even where the splitter (which reads two
 * apostrophes as no quotation mark) kept one sentence.
 */
function quoteAfterClosedQuote(
  text: string,
  current: Sentence | null,
  quote: QuoteSpan | null,
  token: Token,
): boolean {
  if (current === null || quote === null || token.start !== quote.start) return false;
  const last = current.units[current.units.length - 1];
  if (last?.kind !== 'quote' || last.end > token.start) return false;
  if (text.slice(last.end, token.start).trim() !== '') return false;
  return /[.!?]['"”’]{1,2}$/.test(text.slice(Math.max(last.start, last.end - 3), last.end));
}

const LOOK_AHEAD = 10;

/**
 * '“… the emails.” Trump said.': the splitter ends the sentence inside the quotation, but a short clause
 * with a speech verb right after a closing quotation is its attribution. The look-ahead is bounded.
 */
function attributesQuoteBefore(
  text: string,
  tokens: Token[],
  index: number,
  current: Sentence | null,
): boolean {
  const last = current?.units[current.units.length - 1];
  if (!last || last.kind !== 'quote' || last.end > tokens[index].start) return false;
  // 'Tom Reed said: "The plan is dead." He agreed.': a quotation its own sentence attributes is no
  // statement of the clause after it.
  if (speechVerbBefore(current!.units)) return false;
  const soft = softLineBreaks(text);
  for (let c = last.end; c < tokens[index].start; c++)
    if (text.charCodeAt(c) === 10 && !soft(c)) return false;
  let verb = false;
  for (let j = index; j < tokens.length && j < index + LOOK_AHEAD; j++) {
    const value = tokens[j].lower;
    if (value === '.' || value === '!' || value === '?') return verb;
    if ((value.includes('\n') && !soft(tokens[j].start + value.indexOf('\n'))) || /["“”]/.test(value))
      return false;
    if (isSpeechVerb(tokens[j])) verb = true;
  }
  return false;
}

/** A verb of the cue lexicon that reports words (not a belief or an attitude). */
function isSpeechVerb(token: Token): boolean {
  if (token.pos !== 'VERB') return false;
  const entry = lookupCue(token.lower);
  return entry !== undefined && entry.cueClass !== 'belief' && entry.cueClass !== 'attitude';
}

/** A speech verb before the sentence's last unit (its closing quotation). */
function speechVerbBefore(units: Sentence['units']): boolean {
  for (let u = 0; u < units.length - 1; u++) {
    const unit = units[u];
    if (unit.kind === 'token' && isSpeechVerb(unit.token)) return true;
  }
  return false;
}

function startsLowerCase(value: string): boolean {
  const first = value.charCodeAt(0);
  return first >= 97 && first <= 122;
}

/**
 * Splitters end sentences after initials and state abbreviations ("(D-N.Y.) said", "George H.W. Bush"):
 * a boundary right after a one- or two-letter capitalised piece, or before a closing bracket or comma,
 * is not one.
 */
function continuesAbbreviation(previous: Token | null, token: Token, beforePrevious: Token | null): boolean {
  if (token.value === ')' || token.value === ',' || token.value === ';') return true;
  if (!previous) return false;
  if (/^\p{Lu}{1,2}\.$/u.test(previous.value) || /^(\p{Lu}\.){1,3}$/u.test(previous.value)) return true;
  if (
    previous.value === '.' &&
    beforePrevious &&
    beforePrevious.end === previous.start &&
    /^\p{Lu}$/u.test(beforePrevious.value)
  ) {
    return true;
  }
  return false;
}
