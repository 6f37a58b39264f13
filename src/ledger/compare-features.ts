import { CONSERVATIVE_WORDS, PROGRESSIVE_WORDS, RELATED_CONCEPTS, conceptsOf } from './concepts.js';
import { frameText } from './frame.js';
import { alignedPush, opposedPush, readStance, type StanceReading } from './stance.js';
import { tokenize } from './tokenize.js';
import {
  indexVectors,
  isContentToken,
  softOverlap,
  textVector,
  cosine,
  type VectorIndex,
  type WordVectors,
} from './word-vectors.js';
import vectorData from './word-vectors.json' with { type: 'json' };

let vectors: VectorIndex | null = null;
function vectorIndex(): VectorIndex {
  vectors ??= indexVectors(vectorData as WordVectors);
  return vectors;
}

let axis: Float32Array | null = null;
/** Progressive minus conservative lexicon words, in vector space: a lean for words the lexicons miss. */
function leanAxis(): Float32Array {
  if (axis) return axis;
  const index = vectorIndex();
  const sum = new Float32Array(index.dimensions);
  const add = (words: Set<string>, sign: number) => {
    for (const word of words) {
      const entry = index.lookup(word);
      if (entry) for (let d = 0; d < sum.length; d++) sum[d] += sign * entry.vector[d];
    }
  };
  add(PROGRESSIVE_WORDS, 1);
  add(CONSERVATIVE_WORDS, -1);
  axis = sum;
  return axis;
}

/** Rarity of a lemma in the news corpus the vectors were trained on; unseen words count as rare. */
function idfOf(lemma: string): number {
  return vectorIndex().lookup(lemma)?.idf ?? MAX_IDF;
}
const MAX_IDF = 12.5;

/** What one statement says, as the comparison rules need it. */
export interface ReadStatement {
  text: string;
  content: Set<string>;
  stems: Set<string>;
  concepts: Map<string, string[]>;
  negated: boolean;
  /** +1 the statement favours what it names, -1 it goes against it, 0 unclear. */
  direction: number;
  favourWords: string[];
  opposeWords: string[];
  quantifiers: Set<string>;
  topicStances: Map<string, number>;
  words: number;
  /** +1 progressive, -1 conservative, 0 neither, after the statement's direction. */
  lean: number;
  lemmas: string[];
  vector: Float32Array | null;
  /** Singular noun lemmas: the policy objects a statement names ("tax", "speed limit" → limit, speed). */
  nouns: Set<string>;
  /** Adjacent content lemmas joined ("inheritance tax"): a shared one names the same specific issue. */
  bigrams: Set<string>;
  /** Where the statement sits on the vector axis from conservative to progressive words, after its direction. */
  leanScore: number;
  /** Left-right lean and what the statement pushes up or down (stance.ts). */
  stance: StanceReading;
  /** The statement says what ought to be ("should", "must", "is to be"), not what is. */
  proposal: boolean;
  /** The statement speaks well of what it names and reverses nothing ("body cameras are a good way to …"). */
  praises: boolean;
}

/** Words too common in political statements to tell what one is about. */
const GENERIC = new Set([
  'we',
  'support',
  'advocate',
  'believe',
  'should',
  'must',
  'need',
  'be',
  'have',
  'do',
  'make',
  'want',
  'will',
  'would',
  'can',
  'could',
  'may',
  'also',
  'all',
  'more',
  'people',
  'country',
  'our',
  'us',
  'new',
  'way',
  'important',
  'ensure',
  'call',
  'continue',
  'further',
  'promote',
  'strengthen',
  'create',
  'give',
  'take',
  'use',
  'provide',
  'increase',
  'reduce',
  'allow',
  'include',
  'remain',
  'become',
  'get',
  'let',
  'keep',
  'see',
  'only',
  'every',
  'other',
  'well',
  'already',
  'strongly',
  'commit',
  'committed',
  'aim',
  'goal',
  'essential',
  'necessary',
  'key',
  'good',
  'best',
  'fair',
  'level',
  'basis',
  'form',
  'case',
  'area',
  'part',
  'matter',
  'issue',
  'policy',
  'measure',
  'society',
  'citizen',
  'individual',
  'person',
  'everyone',
  'anyone',
  'priority',
  'prioritize',
  'term',
  'long',
  'high',
  'low',
  'large',
  'great',
  'certain',
  'whole',
  'general',
  'true',
  'real',
  'full',
  'fully',
  'complete',
  'state',
  'public',
  'government',
  'system',
  'within',
  'through',
  'instead',
  'rather',
  'place',
  'time',
  'year',
]);

export const FAVOUR_WORDS = new Set([
  'support',
  'advocate',
  'promote',
  'increase',
  'expand',
  'strengthen',
  'introduce',
  'more',
  'ensure',
  'essential',
  'necessary',
  'important',
  'vital',
  'key',
  'right',
  'protect',
  'encourage',
  'invest',
  'fund',
  'subsidize',
  'allow',
  'enable',
  'guarantee',
  'improve',
  'priority',
  'prioritize',
  'benefit',
  'good',
  'need',
  'require',
  'demand',
  'favor',
  'favour',
  'maintain',
  'continue',
  'retain',
  'preserve',
  'establish',
  'create',
  'build',
  'raise',
  'recognize',
  'accept',
  'welcome',
  'extend',
  'boost',
  'grant',
  'offer',
  'provide',
  'best',
  'fairest',
  'drive',
  'thrive',
  'integral',
  'crucial',
  'valuable',
  'legitimate',
  'mandatory',
  'obligatory',
  'universal',
  'equal',
  'stronger',
  'success',
  'strength',
  'freedom',
  'free',
]);

export const OPPOSE_WORDS = new Set([
  'ban',
  'abolish',
  'reject',
  'oppose',
  'reduce',
  'cut',
  'against',
  'end',
  'limit',
  'restrict',
  'stop',
  'prohibit',
  'less',
  'harmful',
  'damage',
  'damaging',
  'undermine',
  'threat',
  'lower',
  'decrease',
  'halt',
  'eliminate',
  'remove',
  'removal',
  'abolition',
  'prevent',
  'discourage',
  'deny',
  'condemn',
  'fewer',
  'unnecessary',
  'unethical',
  'lack',
  'divert',
  'stifle',
  'threaten',
  'destroy',
  'dangerous',
  'burden',
  'exclude',
  'exclusion',
  'decline',
  'ease',
  'easing',
  'lift',
  'scrap',
  'phase',
  'exit',
  'leave',
  'dissolve',
  'barred',
  'bar',
  'forbid',
  'illegal',
  'abuse',
  'waste',
  'risk',
  'problem',
  'fail',
  'cost',
  'expensive',
  'reduction',
  'restriction',
  'opposition',
  'refuse',
  'withdraw',
  'sacrifice',
  'enough',
  'monopolize',
  'drive up',
]);

/** Verbs that affirm what follows them rather than favour a policy direction of their own. */
const AFFIRMING_VERBS = new Set([
  'support',
  'supports',
  'supported',
  'advocate',
  'advocates',
  'favor',
  'favour',
  'welcome',
  'demand',
  'need',
  'needs',
  'require',
  'requires',
  'ensure',
]);

const QUANTIFIERS = new Set([
  'all',
  'every',
  'only',
  'no',
  'none',
  'any',
  'some',
  'exclusively',
  'everyone',
  'never',
  'always',
  'solely',
]);
const NEGATORS = new Set([
  'not',
  "n't",
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'cannot',
  'without',
]);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);

/** Deontic modals: a statement with one proposes a policy rather than describing a state of affairs. */
const PROPOSAL =
  /\b(should|shouldn['’]t|must|mustn['’]t|shall|ought to|(is|are|be) to be|(has|have|had|need|needs) to|needs?)\b/i;

/** Words that speak well of something ("is important", "a good way", "makes a contribution"). */
export const PRAISE_WORDS = new Set([
  'important',
  'essential',
  'vital',
  'key',
  'crucial',
  'valuable',
  'good',
  'better',
  'best',
  'benefit',
  'beneficial',
  'contribution',
  'effective',
  'efficient',
  'necessary',
  'worthwhile',
  'improve',
  'success',
  'successful',
]);

/** A plural the lemmatiser left alone, folded ("taxes" → "tax", "policies" → "policy"). */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Reads one statement for comparison: content words, concepts, negation, direction. */
export function readStatement(text: string): ReadStatement {
  const tokens = tokenize(text);
  const words = tokens.filter((token) => token.pos !== 'PUNCT');
  const content = new Set<string>();
  const stems = new Set<string>();
  let favour = 0;
  let oppose = 0;
  const favourWords: string[] = [];
  const opposeWords: string[] = [];
  let negations = 0;
  const quantifiers = new Set<string>();
  let progressive = 0;
  let conservative = 0;
  for (const token of words) {
    if (PROGRESSIVE_WORDS.has(token.lemma) || PROGRESSIVE_WORDS.has(token.lower)) progressive++;
    if (CONSERVATIVE_WORDS.has(token.lemma) || CONSERVATIVE_WORDS.has(token.lower)) conservative++;
    if (NEGATORS.has(token.lower)) negations++;
    if (QUANTIFIERS.has(token.lower)) quantifiers.add(token.lower);
    if (FAVOUR_WORDS.has(token.lemma) || FAVOUR_WORDS.has(token.lower)) {
      favour++;
      favourWords.push(token.lower);
    }
    if (OPPOSE_WORDS.has(token.lemma) || OPPOSE_WORDS.has(token.lower)) {
      oppose++;
      opposeWords.push(token.lower);
    }
    if (!CONTENT_POS.has(token.pos) || GENERIC.has(token.lemma) || token.lemma.length < 2) continue;
    content.add(token.lemma);
    const stem = singular(token.lemma);
    if (stem.length >= 3) stems.add(stem.slice(0, 5));
  }
  // "We advocate the removal of rent control" goes against rent control: a stance verb affirms what
  // follows it, so when the statement names something it goes against, the verb adds no favour.
  const affirming = favourWords.filter((word) => AFFIRMING_VERBS.has(word)).length;
  const lean = oppose > 0 && affirming === favour ? -oppose : favour - oppose;
  const sign = Math.sign(lean);
  const direction = negations % 2 === 1 ? -sign || -1 : sign;
  const frame = frameText(text);
  const topicStances = new Map<string, number>();
  for (const stance of frame.stances ?? [])
    if (stance.stance !== 0) topicStances.set(stance.topic, stance.stance);
  const contentTokens = words.filter(isContentToken);
  const nouns = new Set(
    contentTokens
      .filter((token) => (token.pos === 'NOUN' || token.pos === 'PROPN') && !GENERIC.has(token.lemma))
      .map((token) => singular(token.lemma)),
  );
  const bigrams = new Set<string>();
  for (let index = 1; index < words.length; index++) {
    const [left, right] = [words[index - 1], words[index]];
    if (!isContentToken(left) || !isContentToken(right)) continue;
    if (GENERIC.has(left.lemma) || GENERIC.has(right.lemma)) continue;
    bigrams.add(`${singular(left.lemma)} ${singular(right.lemma)}`);
  }
  const vector = textVector(
    vectorIndex(),
    contentTokens.map((token) => token.lemma),
  );
  return {
    text,
    content,
    stems,
    concepts: conceptsOf(
      words.map((token) => singular(token.lemma)),
      words.map((token) => token.lower),
    ),
    negated: negations > 0,
    direction,
    favourWords,
    opposeWords,
    quantifiers,
    topicStances,
    words: words.length,
    lean: Math.sign(progressive - conservative) * (direction === 0 ? 1 : direction),
    lemmas: contentTokens.map((token) => token.lemma),
    vector,
    nouns,
    bigrams,
    leanScore: vector ? cosine(vector, leanAxis()) * (direction === 0 ? 1 : direction) : 0,
    stance: readStance(tokens),
    proposal: PROPOSAL.test(text),
    praises:
      negations === 0 &&
      oppose === 0 &&
      (contentTokens.some((token) => PRAISE_WORDS.has(token.lemma)) ||
        favourWords.some((word) => PRAISE_WORDS.has(word))),
  };
}

/** Concepts broad enough that sharing one says little about sharing a subject. */
const BROAD = new Set(['public', 'rights', 'market', 'finance', 'regions', 'sovereignty', 'social']);

const ANTONYMS: [string, string][] = [
  ['increase', 'decrease'],
  ['increase', 'reduce'],
  ['raise', 'lower'],
  ['more', 'less'],
  ['more', 'fewer'],
  ['allow', 'ban'],
  ['allow', 'prohibit'],
  ['support', 'oppose'],
  ['support', 'reject'],
  ['expand', 'reduce'],
  ['expand', 'cut'],
  ['introduce', 'abolish'],
  ['public', 'private'],
  ['mandatory', 'voluntary'],
  ['free', 'fee'],
  ['open', 'close'],
  ['strengthen', 'weaken'],
  ['include', 'exclude'],
  ['national', 'european'],
  ['national', 'international'],
  ['state', 'private'],
  ['state', 'market'],
  ['universal', 'private'],
  ['accept', 'reject'],
  ['promote', 'ban'],
  ['protect', 'undermine'],
  ['encourage', 'discourage'],
  ['continue', 'end'],
  ['continue', 'abolish'],
  ['maintain', 'abolish'],
  ['retain', 'abolish'],
  ['keep', 'abolish'],
  ['regulate', 'deregulate'],
  ['tax', 'cut'],
  ['higher', 'lower'],
  ['high', 'low'],
  ['equal', 'preferential'],
  ['diversity', 'merit'],
  ['inclusion', 'separation'],
  ['open', 'border'],
  ['mandatory', 'choice'],
  ['biological', 'identity'],
  ['traditional', 'modern'],
  ['tradition', 'openness'],
  ['unity', 'sovereign'],
];

export const FEATURE_NAMES = [
  'bias',
  'sharedContent',
  'contentJaccard',
  'sharedStems',
  'sharedSpecificConcepts',
  'sharedBroadConcepts',
  'conceptJaccard',
  'noSharedAnything',
  'negationDiffers',
  'bothNegated',
  'directionsAgree',
  'directionsClash',
  'antonyms',
  'topicStanceClash',
  'topicStanceAgree',
  'quantifierOnly',
  'shorter',
  'lengthGap',
  'onlyBroadShared',
  'sharedContentTimesClash',
  'relatedConceptPairs',
  'leansAgree',
  'leansClash',
  'relatedness',
  'vectorCosine',
  'softOverlap',
  'idfCoverage',
  'idfJaccard',
  'maxSharedIdf',
  'sharedNouns',
  'nounCoverage',
  'sharedBigrams',
  'clashTimesCosine',
  'agreeTimesCosine',
  'leanProduct',
  'negationParity',
  'antonymsTimesCosine',
  'bestNounCosine',
  'stanceAgree',
  'stanceClash',
  'stanceProduct',
  'pushClash',
  'pushAgree',
  'proposals',
  'bothProposals',
  'praises',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * The features the committed model uses: subject relatedness (shared stems, shared concepts), agreement
 * of direction, opposite terms (antonyms), a quantifier clash ("only" on one side), length, whether
 * both statements propose policy ("should", "must": two proposals on different subjects are unrelated
 * more often than a proposal and a report), whether the two lean to opposite political sides
 * (stance.ts), and praise ("is important", "a good way"), which a statement agreeing with a proposal
 * often is. The others stay for experiments (FIT_FEATURES): with 348 labelled pairs, each of them
 * (idf-weighted coverage, shared bigrams and nouns, vector cosines, pushes on a shared noun,
 * interactions) moved the cross-validated score by less than its split-to-split spread, and most
 * lowered it.
 */
export const MODEL_FEATURES: FeatureName[] = [
  'bias',
  'sharedStems',
  'conceptJaccard',
  'directionsAgree',
  'antonyms',
  'quantifierOnly',
  'shorter',
  'bothProposals',
  'stanceClash',
  'praises',
];

export interface PairReading {
  features: number[];
  sharedContent: string[];
  sharedConcepts: string[];
  antonymPairs: [string, string][];
  topicClash: string | null;
  topicAgree: string | null;
  /** A noun both name that one pushes up and the other down ("raise" / "cut" the minimum wage). */
  opposed: { phrase: string; up: string; down: string } | null;
}

function has(statement: ReadStatement, word: string): boolean {
  return (
    statement.content.has(word) ||
    statement.favourWords.includes(word) ||
    statement.opposeWords.includes(word) ||
    statement.text.toLowerCase().includes(` ${word} `)
  );
}

/**
 * Overlap weighted by rarity, measured on the shorter statement: sharing "inheritance" says more than
 * sharing "tax", and a short statement wholly inside a long one is on its issue.
 */
function rarityFeatures(a: ReadStatement, b: ReadStatement): number[] {
  const weight = (words: Iterable<string>) => {
    let sum = 0;
    for (const word of words) sum += idfOf(word);
    return sum;
  };
  const setA = new Set(a.lemmas);
  const setB = new Set(b.lemmas);
  const shared = [...setA].filter((lemma) => setB.has(lemma) && !GENERIC.has(lemma));
  const sharedWeight = weight(shared);
  const smaller = Math.min(weight(setA), weight(setB));
  const union = weight(new Set([...setA, ...setB]));
  const sharedNouns = [...a.nouns].filter((noun) => b.nouns.has(noun)).length;
  const fewerNouns = Math.min(a.nouns.size, b.nouns.size);
  const sharedBigrams = [...a.bigrams].filter((bigram) => b.bigrams.has(bigram)).length;
  return [
    smaller === 0 ? 0 : sharedWeight / smaller,
    union === 0 ? 0 : sharedWeight / union,
    shared.reduce((top, lemma) => Math.max(top, idfOf(lemma)), 0),
    Math.log1p(sharedNouns),
    fewerNouns === 0 ? 0 : sharedNouns / fewerNouns,
    Math.min(sharedBigrams, 2),
  ];
}

/**
 * The closest pair of distinct nouns across the two statements ("Catalonia" / "Spain"): related
 * subjects named with different words, which shared-word counts miss.
 */
function bestNounCosine(a: ReadStatement, b: ReadStatement): number {
  const index = vectorIndex();
  const vectorsOf = (nouns: Set<string>) =>
    [...nouns]
      .slice(0, 32)
      .map((noun) => ({ noun, entry: index.lookup(noun) }))
      .filter((item) => item.entry !== null);
  const left = vectorsOf(a.nouns);
  const right = vectorsOf(b.nouns);
  let best = 0;
  for (const x of left)
    for (const y of right)
      if (x.noun !== y.noun) best = Math.max(best, cosine(x.entry!.vector, y.entry!.vector));
  return best;
}

/** The features of a pair, in FEATURE_NAMES order, with what produced them (for reason lines). */
export function readPair(a: ReadStatement, b: ReadStatement): PairReading {
  const sharedContent = [...a.content].filter((word) => b.content.has(word));
  const sharedStems = [...a.stems].filter((stem) => b.stems.has(stem)).length;
  const conceptsA = new Set(a.concepts.keys());
  const conceptsB = new Set(b.concepts.keys());
  const sharedConcepts = [...conceptsA].filter((concept) => conceptsB.has(concept));
  const specific = sharedConcepts.filter((concept) => !BROAD.has(concept));
  const broad = sharedConcepts.length - specific.length;
  const unionConcepts = new Set([...conceptsA, ...conceptsB]).size;
  const unionContent = new Set([...a.content, ...b.content]).size;
  const antonymPairs = ANTONYMS.filter(([x, y]) => (has(a, x) && has(b, y)) || (has(a, y) && has(b, x)));
  let topicClash: string | null = null;
  let topicAgree: string | null = null;
  for (const [topic, stance] of a.topicStances) {
    const other = b.topicStances.get(topic);
    if (other === undefined) continue;
    if (other !== stance) topicClash = topic;
    else topicAgree = topic;
  }
  let relatedPairs = 0;
  for (const [x, y] of RELATED_CONCEPTS) {
    if (
      (conceptsA.has(x) && conceptsB.has(y) && !conceptsB.has(x)) ||
      (conceptsA.has(y) && conceptsB.has(x) && !conceptsA.has(y))
    ) {
      relatedPairs++;
    }
  }
  const clash = a.direction !== 0 && b.direction !== 0 && a.direction !== b.direction ? 1 : 0;
  const onlyIn = (x: ReadStatement, y: ReadStatement) =>
    (x.quantifiers.has('only') || x.quantifiers.has('exclusively') || x.quantifiers.has('solely')) &&
    !y.quantifiers.has('only');
  const features = [
    1,
    Math.log1p(sharedContent.length),
    unionContent === 0 ? 0 : sharedContent.length / unionContent,
    Math.log1p(sharedStems),
    Math.log1p(specific.length),
    Math.log1p(broad),
    unionConcepts === 0 ? 0 : sharedConcepts.length / unionConcepts,
    sharedContent.length === 0 && sharedConcepts.length === 0 && sharedStems === 0 ? 1 : 0,
    a.negated !== b.negated ? 1 : 0,
    a.negated && b.negated ? 1 : 0,
    a.direction !== 0 && a.direction === b.direction ? 1 : 0,
    clash,
    Math.min(antonymPairs.length, 2),
    topicClash ? 1 : 0,
    topicAgree ? 1 : 0,
    onlyIn(a, b) || onlyIn(b, a) ? 1 : 0,
    Math.log1p(Math.min(a.words, b.words)),
    Math.abs(Math.log1p(a.words) - Math.log1p(b.words)),
    specific.length === 0 && broad > 0 ? 1 : 0,
    Math.log1p(sharedContent.length) * clash,
    Math.log1p(relatedPairs),
    a.lean !== 0 && a.lean === b.lean ? 1 : 0,
    a.lean !== 0 && b.lean !== 0 && a.lean !== b.lean ? 1 : 0,
    Math.log1p(sharedContent.length + specific.length + 0.5 * relatedPairs + 0.5 * sharedStems),
    a.vector && b.vector ? cosine(a.vector, b.vector) : 0,
    softOverlap(vectorIndex(), a.lemmas, b.lemmas),
    ...rarityFeatures(a, b),
  ];
  const cosineAB = features[FEATURE_NAMES.indexOf('vectorCosine')];
  features.push(
    clash * cosineAB,
    (a.direction !== 0 && a.direction === b.direction ? 1 : 0) * cosineAB,
    a.leanScore * b.leanScore,
    a.negated === b.negated ? 1 : 0,
    Math.min(antonymPairs.length, 2) * cosineAB,
    bestNounCosine(a, b),
  );
  const leanA = Math.sign(a.stance.lean);
  const leanB = Math.sign(b.stance.lean);
  features.push(
    leanA !== 0 && leanA === leanB ? 1 : 0,
    leanA !== 0 && leanB !== 0 && leanA !== leanB ? 1 : 0,
    Math.tanh(a.stance.lean) * Math.tanh(b.stance.lean),
    opposedPush(a.stance, b.stance) ? 1 : 0,
    alignedPush(a.stance, b.stance) ? 1 : 0,
  );
  features.push(
    (a.proposal ? 1 : 0) + (b.proposal ? 1 : 0),
    a.proposal && b.proposal ? 1 : 0,
    (a.praises ? 1 : 0) + (b.praises ? 1 : 0),
  );
  const opposed = opposedPush(a.stance, b.stance);
  return { features, sharedContent, sharedConcepts, antonymPairs, topicClash, topicAgree, opposed };
}
