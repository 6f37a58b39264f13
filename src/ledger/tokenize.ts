import { nlpForDocument } from '../extract/wink.js';

/** One word of a statement, as the frame and comparison rules see it. */
export interface Token {
  text: string;
  lower: string;
  lemma: string;
  pos: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** The whitespace before the token, to rebuild readable phrases. */
  space: string;
}

/** Irregular or mis-lemmatised forms that matter for the lexicons (wink keeps some plurals and adjectives). */
const LEMMA_FIXES: Record<string, string> = {
  'n\u2019t': 'not',
  "n't": 'not',
  ca: 'can',
  wo: 'will',
  sha: 'shall',
  talks: 'talk',
  arms: 'arms',
  negotiations: 'negotiation',
  sanctions: 'sanction',
  russian: 'russian',
  ceasefire: 'ceasefire',
  'cease-fire': 'ceasefire',
};

/**
 * wink tags many gerunds as nouns and keeps them whole ("ruled out ceding"); the verb lemma is what the
 * lexicons know. A spelling guess: "ceding" → "cede", "stopping" → "stop", "negotiating" → "negotiate".
 */
function gerundLemma(word: string): string {
  let stem = word.slice(0, -3);
  if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(ss|ll)$/.test(stem)) return stem.slice(0, -1);
  if (/(at|iz|is|uc|ur|as|ov|iv|ak|ok)$/.test(stem) && !/[aeiou]{2}.$/.test(stem)) stem += 'e';
  else if (stem.length <= 4 && /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(stem)) stem += 'e';
  return stem;
}

/** Tokens of a text with lemmas and parts of speech (wink-nlp), punctuation kept as its own tokens. */
export function tokenize(text: string): Token[] {
  const nlp = nlpForDocument();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  // Bulk reads: one call per attribute is several times faster than one per token.
  const all = doc.tokens();
  const values = all.out() as string[];
  const tags = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as never) as unknown as string[];
  const spaces = all.out(its.precedingSpaces as never) as unknown as string[];
  const spans = doc.sentences().out(its.span as never) as unknown as [number, number][];
  const sentenceOf = new Array<number>(values.length).fill(0);
  spans.forEach(([first, last], index) => {
    for (let position = first; position <= last && position < values.length; position++)
      sentenceOf[position] = index;
  });
  return values.map((value, index) => {
    const lower = value.toLowerCase().replace(/\u2019/g, "'");
    const pos = tags[index];
    let lemma = LEMMA_FIXES[lower] ?? String(lemmas[index]).toLowerCase();
    if (pos === 'NOUN' && lemma === lower && lower.length > 5 && lower.endsWith('ing'))
      lemma = gerundLemma(lower);
    return {
      text: value,
      lower,
      lemma,
      pos,
      sentence: sentenceOf[index],
      space: String(spaces[index] ?? ''),
    };
  });
}

/** The text of a run of tokens with its original spacing. */
export function joinTokens(tokens: Token[]): string {
  return tokens
    .map((token, index) => (index === 0 ? '' : token.space) + token.text)
    .join('')
    .trim();
}
