import type { Span } from '../model/statement.js';
import { mention, type Attribution } from './attribution.js';
import { NOT_SPEAKERS } from './attribute-punctuation.js';
import type { Sentence, Unit } from './segment.js';
import { ROLE_WORDS } from './name-registry.js';
import { isTitleWord, PLACES, UNNAMED_LABELS } from './speaker-words.js';
import {
  firstStartingAt,
  isCapitalized,
  isComma,
  isDash,
  isQuote,
  isTerminal,
  lowerOf,
  posOf,
} from './units.js';

/** A speaker label opening a sentence of a transcript: units first..last, then the colon. */
export interface TurnLabel {
  first: number;
  last: number;
  colon: number;
}

/** Words a label may hold besides capitalised ones ("Head of the Federal Agency Ann Lee"). */
const LABEL_LINKS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', '-', '(', ')']);

/** "* * *", "***", "—", "•": section marks and bullets that may stand before a label. */
function isMark(unit: Unit): boolean {
  return /^[*•·]+$/.test(lowerOf(unit)) || isDash(unit);
}

/** A label's shape; `key` is its name's last two words, `long` a label of more than eight words. */
interface LabelShape extends TurnLabel {
  key: string;
  long: boolean;
  /** Section marks before the label ("* * *"), and whether a heading runs into it. */
  marks: number;
  headed: boolean;
  /** A bracket closes the label ("Olaf Scholz (retranslated):", "Agency (FMBA):"). */
  bracketed: boolean;
}

/**
 * The label a sentence opens with, "Vladimir Putin: …", "President of Ruritania Karl Weber: …", read from
 * its shape alone: capitalised or linking words after any section mark, ending in a capitalised word,
 * then a colon and words that are not a quotation. Up to 24 words: a long one is a title run together
 * with the name ("Head of the Water Board Ann Lee Lee AnnHead of the Water Board:", as pages scraped with
 * their tooltips read), which ends the turn before it even when it names no speaker of its own.
 */
function labelShape(units: Unit[]): LabelShape | null {
  let first = 0;
  while (first < units.length && first < 6 && isMark(units[first])) first++;
  // ("DEAR ABBY: …" names whom a letter is written to)
  if (!isCapitalized(units[first]) || lowerOf(units[first]) === 'dear') return null;
  const marks = first;
  // A heading run into the label ("Opening remarks at the meeting President of Ruritania Karl Weber:"): the
  // label starts after its last lower-case word, with a title.
  let heading = -1;
  // (inside a bracket, a translator's note in lower case: "Question (retranslated):")
  let bracket = false;
  for (let colon = first + 1; colon < units.length - 1 && colon <= first + 24; colon++) {
    // ("Agency (FMBA):" reads its bracket and colon as one token)
    const closes = lowerOf(units[colon]) === '):';
    if (lowerOf(units[colon]) !== ':' && !closes) {
      const unit = units[colon];
      if (lowerOf(unit) === '(' || lowerOf(unit) === ')') bracket = lowerOf(unit) === '(';
      else if (!isCapitalized(unit) && !LABEL_LINKS.has(lowerOf(unit)) && !bracket) {
        if (unit.kind !== 'token' || posOf(unit) === 'VERB' || isComma(unit) || isTerminal(unit)) return null;
        heading = colon;
      }
      continue;
    }
    if (heading >= 0) {
      // (its last title: "… with President of Suria Ann Lee President of Ruritania Karl Weber:" is Weber's)
      const titleAt = (u: number) =>
        isCapitalized(units[u]) && (isTitleWord(lowerOf(units[u])) || ROLE_WORDS.has(lowerOf(units[u])));
      // (a name of two words before it ends the first title and name)
      const namePart = (u: number) =>
        isCapitalized(units[u]) && !titleAt(u) && !LABEL_LINKS.has(lowerOf(units[u]));
      let start = -1;
      for (let u = heading + 1; u + 3 <= colon; u++)
        if (titleAt(u) && (start < 0 || (namePart(u - 1) && namePart(u - 2)))) start = u;
      if (start < 0) return null;
      first = start;
    }
    let last = colon - 1;
    if (closes || lowerOf(units[last]) === ')') while (last > first && lowerOf(units[last]) !== '(') last--;
    if (last > first && lowerOf(units[last]) === '(') last--;
    const lastWord = lowerOf(units[last]);
    // ("Question:" alone, or "Question(retranslated):", is a journalist's turn in a press conference)
    const asking = last === first && UNNAMED_LABELS.has(lastWord);
    if (!isCapitalized(units[last]) || (NOT_SPEAKERS.has(lastWord) && !asking) || PLACES.has(lastWord))
      return null;
    if (isQuote(units[colon + 1])) return null;
    const keyFirst = last > first && isCapitalized(units[last - 1]) ? last - 1 : last;
    const key = units
      .slice(keyFirst, last + 1)
      .map((unit) => lowerOf(unit))
      .join(' ');
    const bracketed = last + 1 < colon;
    return { first, last, colon, key, long: colon - first > 8, marks, headed: heading >= 0, bracketed };
  }
  return null;
}

/** Words of a speaker's own voice: a turn of speech holds one of them or asks a question. */
const VOICE = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', '?']);

/** A transcript's labels (the sentences opening a turn) and every sentence that ends the turn before it. */
export interface Turns {
  labels: Map<number, TurnLabel>;
  boundaries: Set<number>;
}

/**
 * The turns of a transcript, by sentence index: sentences opening with a speaker label, when at least two
 * speakers, with three labels between them, speak in the first or second person or ask in their turns (or
 * one does, and a long label stands for another).
 * One "Rubio: I'm not interested" headline is no transcript; nor is a list of "Booked: Fowler, Sibierski."
 * lines, nor team notes ("Lakers: Kyle Kuzma left the court …"), which tell. Then every label opens a
 * turn, short ones too ("Vladimir Putin: I see."), and so does a long label holding a name that another
 * label gives.
 */
export function findTurnLabels(sentences: Sentence[]): Turns {
  const shapes: Array<{ index: number; shape: LabelShape }> = [];
  sentences.forEach((sentence, index) => {
    const shape = labelShape(sentence.units);
    if (shape) shapes.push({ index, shape });
  });
  const counts = new Map<string, number>();
  const voiced = new Set<string>();
  shapes.forEach(({ index, shape }, at) => {
    if (shape.long) return;
    counts.set(shape.key, (counts.get(shape.key) ?? 0) + 1);
    if (voiced.has(shape.key)) return;
    // the turn's sentences: up to the next label shape in the same paragraph
    const next = at + 1 < shapes.length ? shapes[at + 1].index : sentences.length;
    const paragraph = sentences[index].paragraph;
    for (let s = index; s < next && sentences[s].paragraph === paragraph; s++) {
      const units = sentences[s].units;
      const from = s === index ? shape.colon + 1 : 0;
      if (units.slice(from).some((unit) => VOICE.has(lowerOf(unit)))) {
        voiced.add(shape.key);
        break;
      }
    }
  });
  const labels = new Map<number, TurnLabel>();
  const boundaries = new Set<number>();
  // (a long label is a second speaker whose name the text runs into its title)
  const long = shapes.filter(({ shape }) => shape.long).length;
  let turns = long;
  for (const key of voiced) turns += counts.get(key) ?? 0;
  // Two turns do when each short label opens its paragraph (or follows a section mark) and gives a title
  // with the name ("President of Norland Ivo Rask: … ¶ Prime Minister Lena Voss: …"), as an exchange of
  // greetings reads; a headline and a note are no such pair. A translator's note closing the label
  // ("Chancellor of Norland Lena Voss (retranslated): …") marks a turn run on in the paragraph.
  const formal = shapes.every(
    ({ index, shape }) =>
      shape.long ||
      (index > 0 &&
        shape.last - shape.first >= 2 &&
        (shape.marks > 0 ||
          shape.bracketed ||
          sentences[index - 1].paragraph !== sentences[index].paragraph)),
  );
  if (voiced.size + Math.min(long, 1) < 2 || turns < (formal ? 2 : 3)) {
    const lone = loneTurn(sentences, shapes, voiced);
    if (lone) {
      labels.set(lone.index, { first: lone.shape.first, last: lone.shape.last, colon: lone.shape.colon });
      boundaries.add(lone.index);
    }
    return { labels, boundaries };
  }
  // (the text's pairs of name words, read once when a long label first needs them)
  let pairs: Map<string, number> | null = null;
  for (const { index, shape } of shapes) {
    boundaries.add(index);
    const label = { first: shape.first, last: shape.last, colon: shape.colon };
    if (!shape.long) {
      labels.set(index, label);
      continue;
    }
    const units = sentences[index].units;
    for (let u = label.first; u + 1 < label.colon; u++) {
      if (!counts.has(`${lowerOf(units[u])} ${lowerOf(units[u + 1])}`)) continue;
      labels.set(index, { first: u, last: u + 1, colon: label.colon });
      break;
    }
    if (!labels.has(index) && formal) {
      pairs ??= plainPairs(sentences);
      const name = namedBefore(sentences, index, label, pairs);
      if (name !== null) labels.set(index, { first: name, last: name + 1, colon: label.colon });
    }
  }
  return { labels, boundaries };
}

/** A capitalised word of a person's name: no place, title or role word. */
function plainWord(unit: Unit): boolean {
  return (
    isCapitalized(unit) &&
    !PLACES.has(lowerOf(unit)) &&
    !isTitleWord(lowerOf(unit)) &&
    !ROLE_WORDS.has(lowerOf(unit))
  );
}

/** Every pair of plain words the text holds ("lena voss"), with the index of the first sentence holding it. */
function plainPairs(sentences: Sentence[]): Map<string, number> {
  const pairs = new Map<string, number>();
  sentences.forEach((sentence, index) =>
    sentence.units.forEach((unit, u) => {
      const next = sentence.units[u + 1];
      if (!next || !plainWord(unit) || !plainWord(next)) return;
      const key = `${lowerOf(unit)} ${lowerOf(next)}`;
      if (!pairs.has(key)) pairs.set(key, index);
    }),
  );
  return pairs;
}

/**
 * Where in a long label (a title run together with the name, "President of Norland Lena Voss Voss
 * LenaPresident of Norland:") a name of two capitalised words stands that a sentence before the label
 * gives too ("Ivo Rask and President of Norland Lena Voss met"): no place and no title word; else null.
 * `pairs` is plainPairs() of the text.
 */
function namedBefore(
  sentences: Sentence[],
  index: number,
  label: TurnLabel,
  pairs: Map<string, number>,
): number | null {
  const units = sentences[index].units;
  // (the last such pair: "Suria Lena" before "Lena Voss" in "President of Suria Lena Voss" when the
  // country is no place this knows)
  let found: number | null = null;
  for (let u = label.first; u + 1 < label.colon; u++)
    if (
      plainWord(units[u]) &&
      plainWord(units[u + 1]) &&
      (pairs.get(`${lowerOf(units[u])} ${lowerOf(units[u + 1])}`) ?? Infinity) < index
    )
      found = u;
  return found;
}

/**
 * A transcript of one speaker: the text's only label opens a paragraph after a lede that names its
 * speaker ("Vladimir Putin congratulated the border guards. ¶ Vladimir Putin: Comrades, I congratulate you
 * … ."), and the turn speaks in the first or second person over at least three sentences. A headline
 * ("Rubio: I'm not interested") opens the text, a note ("Update: we have corrected …") names nobody the
 * text named before, and a one-line colon ("Ann Lee: I see.") stays the sentence it is.
 */
function loneTurn(
  sentences: Sentence[],
  shapes: Array<{ index: number; shape: LabelShape }>,
  voiced: Set<string>,
): { index: number; shape: LabelShape } | null {
  if (shapes.length !== 1) return null;
  const { index, shape } = shapes[0];
  if (shape.long || !voiced.has(shape.key) || !shape.key.includes(' ')) return null;
  const paragraph = sentences[index].paragraph;
  if (index === 0) return null;
  // A section mark before the label ("… were Ann Lee and Tom Reed. * * * Prime Minister Ivo Rask: …", as
  // transcripts scraped into one paragraph read) breaks the text as a new paragraph does; a label with a
  // title before its name ("Prime Minister Ivo Rask:") names its speaker in full itself.
  const opensParagraph = sentences[index - 1].paragraph !== paragraph;
  const marked = shape.marks > 0 || (shape.headed && opensParagraph);
  const titled = marked && shape.last - shape.first >= 2;
  if (!marked && !opensParagraph) return null;
  let length = 0;
  for (let s = index; s < sentences.length && sentences[s].paragraph === paragraph; s++) length++;
  if (length < 3) return null;
  if (titled) return shapes[0];
  const [given, surname] = shape.key.split(' ');
  const named = sentences
    .slice(0, index)
    .some(({ units }) =>
      units.some(
        (unit, u) => lowerOf(unit) === given && u + 1 < units.length && lowerOf(units[u + 1]) === surname,
      ),
    );
  return named ? shapes[0] : null;
}

/** The turn a label opens: its words after the colon, spoken by the label's name; the colon is the cue. */
export function turnAttribution(
  text: string,
  sentence: Sentence,
  sentenceIndex: number,
  label: TurnLabel,
): Attribution | null {
  const { units } = sentence;
  const colon = units[label.colon];
  const span = trimTurn(text, { start: units[label.colon + 1].start, end: sentence.end });
  if (!span) return null;
  return {
    sentence: sentenceIndex,
    parts: [span],
    source: mention(
      { text, sentence, sentenceIndex },
      { first: label.first, last: label.last, pronoun: false },
      null,
    ),
    cue: { start: colon.end - 1, end: colon.end, text: ':', lemma: 'say' },
    cueClass: 'speech',
    venue: null,
    pattern: 'colon',
    sharedWith: null,
    turn: true,
  };
}

/** A span without surrounding blanks, an editor's cut mark "<…>" or its final full stop; null if empty. */
function trimTurn(text: string, span: Span): Span | null {
  let { start, end } = span;
  const cut = /\s*<(?:…|\.\.\.)>\s*$/.exec(text.slice(start, end));
  if (cut) end -= cut[0].length;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  if (end > start && text[end - 1] === '.' && text[end - 2] !== '.') end--;
  while (start < end && text.charCodeAt(start) <= 32) start++;
  return end > start ? { start, end } : null;
}

/** An editor's note in a transcript opens with one: "(Minute of silence)", "(After that, X spoke.)". */
const BRACKETS = new Set(['(', '[']);

/**
 * A turn goes on to the next label: each turn attribution's content is carried to the end of the last
 * sentence before the next label sentence, within its paragraph (a transcript's turn after a line break
 * is a paragraph of its own, and narrative may follow) and before an editor's note in brackets. What the turn reports inside it ("as I have
 * already said, …", "He claims that …") is part of the speaker's words, as inside a quotation: those
 * attributions are kept as subjects only (silent). Returns a new list, same order and length.
 */
export function extendTurns(
  text: string,
  sentences: Sentence[],
  attributions: Attribution[],
  { labels, boundaries }: Turns,
): Attribution[] {
  if (labels.size === 0) return attributions;
  const extended = attributions.map((attribution) => {
    if (!attribution.turn) return attribution;
    const paragraph = sentences[attribution.sentence].paragraph;
    let last = attribution.sentence;
    while (
      last + 1 < sentences.length &&
      !boundaries.has(last + 1) &&
      sentences[last + 1].paragraph === paragraph &&
      !BRACKETS.has(lowerOf(sentences[last + 1].units[0]))
    )
      last++;
    if (last === attribution.sentence) return attribution;
    const parts = attribution.parts;
    const tail = trimTurn(text, { start: parts[parts.length - 1].start, end: sentences[last].end });
    if (!tail) return attribution;
    return { ...attribution, parts: [...parts.slice(0, -1), tail] };
  });
  // (turns are in text order and disjoint: a binary search for the last one starting at or before)
  const turns = extended
    .filter((attribution) => attribution.turn)
    .map((turn) => ({ start: turn.parts[0].start, end: turn.parts[turn.parts.length - 1].end }));
  return extended.map((attribution) => {
    if (attribution.turn || attribution.silent) return attribution;
    const where = attribution.cue?.start ?? attribution.parts[0]?.start ?? -1;
    const turn = turns[firstStartingAt(turns, where + 1) - 1];
    return turn && where < turn.end ? { ...attribution, silent: true } : attribution;
  });
}
