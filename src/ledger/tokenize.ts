import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

function load(): Nlp {
  // Loaded on first use: the model costs ~100 ms and most CLI commands never frame a statement.
  nlp ??= winkNLP(model);
  return nlp;
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
  const its = load().its;
  const doc = load().readDoc(text);
  const tokens: Token[] = [];
  doc.sentences().each((sentence, index) => {
    sentence.tokens().each((token: ItemToken) => {
      const value = token.out();
      const lower = value.toLowerCase().replace(/\u2019/g, "'");
      const pos = String(token.out(its.pos));
      let lemma = LEMMA_FIXES[lower] ?? String(token.out(its.lemma as never)).toLowerCase();
      if (pos === 'NOUN' && lemma === lower && lower.length > 5 && lower.endsWith('ing'))
        lemma = gerundLemma(lower);
      tokens.push({
        text: value,
        lower,
        lemma,
        pos,
        sentence: index,
        space: String(token.out(its.precedingSpaces as never)),
      });
    });
  });
  return tokens;
}

/** wink's document sentiment, -1 (negative) to 1 (positive). */
export function sentimentOf(text: string): number {
  const doc = load().readDoc(text);
  return Number(doc.out(load().its.sentiment as never));
}

/** The text of a run of tokens with its original spacing. */
export function joinTokens(tokens: Token[]): string {
  return tokens
    .map((token, index) => (index === 0 ? '' : token.space) + token.text)
    .join('')
    .trim();
}
