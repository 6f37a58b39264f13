import type { Attribution } from './attribute.js';
import type { Sentence } from './segment.js';

const MIN_WORDS = 3;

function wordCount(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** The end of a paragraph without its final full stop. */
function trimEnd(text: string, end: number): number {
  let last = end;
  while (last > 0 && /[\s.]/.test(text[last - 1])) last--;
  return last;
}

/**
 * A quotation that fills its sentence and that no reporting verb claims continues the previous speaker
 * (news style: `"…," Zelensky said. "That's why …"`). Returns all attributions in text order with the
 * floating ones added; a floating quote before any attributed statement is left out (no one to give it to).
 */
export function findFloatingQuotes(
  sentences: Sentence[],
  attributions: Attribution[],
  text = '',
): Attribution[] {
  const claimed = new Set<number>();
  const attributedSentences = new Set<number>();
  for (const attribution of attributions) attributedSentences.add(attribution.sentence);
  for (const attribution of attributions) for (const part of attribution.parts) claimed.add(part.start);
  const result: Attribution[] = [];
  let next = 0;
  let lastSourced = -1;
  let lastParagraph = -1;
  let last: Attribution | null = null;
  const filled = new Map<Attribution, Attribution>();
  let awaiting: Attribution | null = null;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    const floating: Attribution[] = [];
    let attributed = false;
    // "X said:" at the end of a paragraph takes the quotation that opens the next sentence.
    const opening = sentence.units[0];
    if (awaiting && opening && opening.kind === 'quote' && !claimed.has(opening.start)) {
      filled.set(awaiting, { ...awaiting, parts: [{ start: opening.start, end: opening.end }] });
      claimed.add(opening.start);
      attributed = true;
    } else if (
      awaiting &&
      opening &&
      sentence.paragraph === sentences[awaiting.sentence].paragraph + 1 &&
      !attributedSentences.has(s)
    ) {
      // "The governor added:" closing its paragraph, then the words as a paragraph of their own without
      // quotation marks: the whole paragraph, unless a sentence of it has an attribution of its own.
      let last = s;
      while (last + 1 < sentences.length && sentences[last + 1].paragraph === sentence.paragraph) last++;
      let own = false;
      for (let k = s; k <= last && !own; k++) own = attributedSentences.has(k);
      if (!own && last - s < 8) {
        filled.set(awaiting, {
          ...awaiting,
          parts: [{ start: sentence.start, end: trimEnd(text, sentences[last].end) }],
        });
        attributed = true;
      }
    }
    awaiting = null;
    while (next < attributions.length && attributions[next].sentence === s) {
      attributed = true;
      if (attributions[next].parts.length === 0) awaiting = attributions[next];
      else if (attributions[next].source) last = attributions[next];
      next++;
    }
    if (!attributed) {
      let outside = 0;
      let quoteUnit = -1;
      for (let u = 0; u < sentence.units.length; u++) {
        const unit = sentence.units[u];
        if (unit.kind === 'quote') {
          if (quoteUnit >= 0) outside += 2; // two quotations in one sentence: read as not floating
          quoteUnit = u;
        } else if (unit.token.pos !== 'PUNCT') {
          outside++;
        }
      }
      if (quoteUnit >= 0 && outside === 0 && lastSourced >= 0 && sentence.paragraph - lastParagraph <= 1) {
        const unit = sentence.units[quoteUnit];
        // Single-quoted phrases are titles and scare quotes far more often than speech.
        const enough =
          unit.kind === 'quote' &&
          unit.quote.mark === 'double' &&
          (text === '' || wordCount(text, unit.start, unit.end) >= MIN_WORDS);
        if (enough && !claimed.has(unit.start)) {
          claimed.add(unit.start);
          // In the paragraph of its attribution (`"…," Reed said. "…"`) the continuation shares its
          // mention and cue; a quoted paragraph of its own has neither.
          const sameParagraph = last !== null && sentences[last.sentence].paragraph === sentence.paragraph;
          floating.push({
            sentence: s,
            parts: [{ start: unit.start, end: unit.end }],
            source: sameParagraph && last ? last.source : null,
            cue: sameParagraph && last ? last.cue : null,
            cueClass: sameParagraph && last ? last.cueClass : null,
            venue: null,
            pattern: 'floating',
            sharedWith: null,
          });
          lastParagraph = sentence.paragraph;
        }
      }
    }
    result.push(...floating);
    if (attributed) lastParagraph = sentence.paragraph;
    if (attributed) lastSourced = s;
  }
  // Merge the two ordered lists (attributions by sentence, floating by sentence); an awaiting "said:"
  // that found no quotation is dropped.
  const complete = attributions.flatMap((attribution) =>
    attribution.parts.length > 0 ? [attribution] : filled.has(attribution) ? [filled.get(attribution)!] : [],
  );
  const merged: Attribution[] = [];
  let i = 0;
  let j = 0;
  while (i < complete.length || j < result.length) {
    if (j >= result.length || (i < complete.length && complete[i].sentence <= result[j].sentence)) {
      merged.push(complete[i++]);
    } else {
      merged.push(result[j++]);
    }
  }
  return merged;
}
