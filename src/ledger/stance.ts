/**
 * Where a political statement stands, read without a language model: its ideological lean (the
 * left-right scale of the Manifesto Project's RILE index: market, tradition, law and order, nation and
 * military on one side; regulation, welfare, equality, environment, peace and internationalism on the
 * other), and which way it pushes each thing it names ("raise the minimum wage" pushes the wage up,
 * "the minimum wage should be cut" pushes it down).
 *
 * Both are clause-local: a clause's reversing words ("not", "oppose", "abolish", "cut", "ban", …) flip
 * the lean of the terms in it, twice-reversed is unreversed ("abolish the tax cuts" leans left).
 */
import type { Token } from './tokenize.js';

/** Terms that lean left (welfare state, regulation, equality, environment, peace, internationalism). */
const LEFT_TERMS = [
  // state and labour
  'regulation',
  'regulate',
  'regulatory',
  'nationalize',
  'nationalization',
  'public ownership',
  'state-owned',
  'public service',
  'public sector',
  'minimum wage',
  'wage',
  'worker',
  'trade union',
  'union',
  'collective bargaining',
  'employee',
  'dismissal protection',
  'labor protection',
  'tenant',
  'rent control',
  'rent cap',
  'social housing',
  'affordable',
  'redistribution',
  'wealth tax',
  'inheritance tax',
  'tax',
  'taxation',
  'welfare',
  'social security',
  'social assistance',
  'benefit',
  'basic income',
  'aid',
  'solidarity',
  'public funding',
  'public spending',
  'spending',
  'public investment',
  'free of charge',
  'tuition-free',
  'statutory insurance',
  'universal',
  'consumer protection',
  // equality and diversity
  'equality',
  'equal',
  'equity',
  'diversity',
  'diverse',
  'inclusion',
  'inclusive',
  'inclusivity',
  'quota',
  'feminist',
  'gender',
  'homosexual',
  'same-sex',
  'lgbt',
  'lgbtq',
  'queer',
  'gay',
  'lesbian',
  'trans',
  'transgender',
  'minority',
  'abortion',
  'contraceptive',
  'contraception',
  'tolerance',
  // migration and asylum
  'refugee',
  'asylum',
  'migrant',
  'immigrant',
  'integration',
  'reunification',
  'humanitarian',
  'multicultural',
  'openness',
  'dual citizenship',
  // environment
  'climate',
  'climate protection',
  'renewable',
  'solar',
  'wind power',
  'emission reduction',
  'environment',
  'environmental',
  'sustainable',
  'sustainability',
  'biodiversity',
  'organic',
  'animal welfare',
  'nature conservation',
  'public transport',
  'cycling',
  'bicycle',
  'rail',
  'speed limit',
  'carbon tax',
  // peace and internationalism
  'peace',
  'disarmament',
  'diplomacy',
  'diplomatic',
  'cooperation',
  'multilateral',
  'international',
  'united nations',
  'development aid',
  'human rights',
  'european integration',
  // civil liberties and participation
  'privacy',
  'data protection',
  'transparency',
  'participation',
  'rehabilitation',
  'reintegration',
  'resocialization',
  'decriminalize',
  'legalize',
  'legalization',
  'immigration',
  'living wage',
  'fair wage',
  'workers rights',
  'labor rights',
  'paid leave',
  'parental leave',
  'childcare',
  'daycare',
  'free school meals',
  'public healthcare',
  'public school',
  'tenant protection',
  'sexual orientation',
  'marriage equality',
  'civil partnership',
  'women',
  'feminism',
  'sea rescue',
  'animal rights',
  'electric car',
  'public broadcasting',
  'cannabis',
  'foreign aid',
  'humanitarian aid',
  'protectionism',
];

/** Terms that lean right (market, fiscal discipline, tradition, nation, law and order, military). */
const RIGHT_TERMS = [
  // market and fiscal discipline
  'market',
  'free market',
  'competition',
  'competitive',
  'private',
  'privatize',
  'privatization',
  'entrepreneur',
  'entrepreneurial',
  'enterprise',
  'business',
  'deregulation',
  'deregulate',
  'balanced budget',
  'debt brake',
  'austerity',
  'efficiency',
  'incentive',
  'self-reliance',
  'personal responsibility',
  'individual responsibility',
  'property',
  'investor',
  'economic growth',
  'growth',
  'economic freedom',
  'merit',
  'merit-based',
  'profit',
  // nation and tradition
  'nation',
  'national',
  'sovereignty',
  'sovereign',
  'homeland',
  'national identity',
  'tradition',
  'traditional',
  'family values',
  'christian',
  'church',
  'heritage',
  'patriot',
  'patriotic',
  'unborn',
  'protection of life',
  'biological',
  // law and order
  'police',
  'law and order',
  'security',
  'punishment',
  'penalty',
  'sentence',
  'harsh',
  'harsher',
  'tough',
  'tougher',
  'prison',
  'imprisonment',
  'detention',
  'deportation',
  'deport',
  'repatriation',
  'border control',
  'border protection',
  'surveillance',
  'criminal prosecution',
  // defence
  'military',
  'armed forces',
  'army',
  'defense',
  'defence',
  'nato',
  'armament',
  'rearmament',
  'conscription',
  'intelligence service',
  // energy and transport of the old economy
  'nuclear',
  'coal',
  'lignite',
  'fossil',
  'oil',
  'motorist',
  'highway',
  'combustion engine',
  'law enforcement',
  'public order',
  'order',
  'border',
  'free enterprise',
  'small business',
  'private property',
  'property rights',
  'homeowner',
  'motorway',
  'road construction',
  'fracking',
  'mining',
  'innovation',
  'competitiveness',
  'free trade',
  'death penalty',
  'preventive detention',
  'data retention',
  'deterrence',
  'soldier',
  'veteran',
  'traditional family',
  'assimilation',
  'religious education',
];

/**
 * Things one side wants less of, with the lean of wanting more: "fight poverty" (a reversed poverty)
 * leans left, "cut red tape" leans right.
 */
const BADS: [string, number][] = [
  ['discrimination', -1],
  ['racism', -1],
  ['poverty', -1],
  ['inequality', -1],
  ['emission', -1],
  ['pollution', -1],
  ['climate change', -1],
  ['global warming', -1],
  ['bureaucracy', 1],
  ['red tape', 1],
  ['deficit', 1],
  ['debt', 1],
  ['crime', 1],
  ['terrorism', 1],
  ['illegal immigration', 1],
  ['tax burden', 1],
  ['sexism', -1],
  ['homelessness', -1],
  ['exploitation', -1],
  ['tax evasion', -1],
  ['animal testing', -1],
  ['pesticide', -1],
  ['arms export', -1],
  ['lobbying', -1],
  ['corruption', -1],
  ['benefit fraud', 1],
  ['welfare fraud', 1],
];

/** Negations: they reverse the whole clause ("rent control should not be abolished"). */
const NEGATORS = new Set(['not', 'never']);

/** Words that reverse what their clause says about the terms in it. */
const REVERSERS = new Set([
  'no',
  'without',
  'against',
  'oppose',
  'opposed',
  'opposition',
  'reject',
  'rejection',
  'abolish',
  'abolition',
  'ban',
  'prohibit',
  'prohibition',
  'end',
  'stop',
  'halt',
  'scrap',
  'eliminate',
  'elimination',
  'remove',
  'removal',
  'reduce',
  'reduction',
  'cut',
  'lower',
  'decrease',
  'limit',
  'restrict',
  'restriction',
  'prevent',
  'withdraw',
  'withdrawal',
  'dismantle',
  'abandon',
  'lift',
  'phase-out',
  'phase',
  'sell',
  'close',
  'less',
  'fewer',
  'relief',
  'relieve',
  'combat',
  'fight',
  'tackle',
  'counter',
  'instead',
  'rather',
  'relax',
  'ease',
]);

/**
 * Words that speak ill of what comes before them ("rent control stifles investment", "the quota is
 * unnecessary"): they reverse the terms before them in the clause, not the ones after.
 */
const HARMS = new Set([
  'hinder',
  'undermine',
  'threaten',
  'harm',
  'harmful',
  'damage',
  'damaging',
  'detrimental',
  'counterproductive',
  'unnecessary',
  'redundant',
  'stifle',
  'fail',
  'lack',
  'destroy',
  'endanger',
  'weaken',
  'costly',
  'dangerous',
  'wrong',
  'mistake',
]);

/** Words that push what they govern up or keep it ("raise", "expand", "maintain"). */
const RAISERS = new Set([
  'increase',
  'stay',
  'remain',
  'rise',
  'grow',
  'raise',
  'expand',
  'expansion',
  'more',
  'strengthen',
  'extend',
  'introduce',
  'introduction',
  'boost',
  'promote',
  'support',
  'protect',
  'maintain',
  'keep',
  'retain',
  'preserve',
  'continue',
  'invest',
  'fund',
  'guarantee',
  'higher',
  'greater',
  'stronger',
  'mandatory',
]);

/** Tokens that end a clause: a reversing word does not reach past them. */
const CLAUSE_ENDS = new Set([
  ',',
  ';',
  ':',
  '.',
  '!',
  '?',
  '(',
  ')',
  '–',
  '—',
  'but',
  'while',
  'whereas',
  'although',
]);

interface Lexicon {
  /** First word → phrases starting with it, longest first, with their lean (+1 left, -1 right). */
  byFirst: Map<string, { words: string[]; lean: number }[]>;
}

function buildLexicon(): Lexicon {
  const byFirst = new Map<string, { words: string[]; lean: number }[]>();
  const add = (phrase: string, lean: number) => {
    const words = phrase.split(' ');
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, lean });
    list.sort((x, y) => y.words.length - x.words.length);
    byFirst.set(words[0], list);
  };
  for (const term of LEFT_TERMS) add(term, 1);
  for (const term of RIGHT_TERMS) add(term, -1);
  for (const [term, lean] of BADS) add(term, lean);
  add('european union', 0);
  return { byFirst };
}

let lexicon: Lexicon | null = null;

/** One lexicon term found in a statement, with its lean after the reversals of its clause. */
export interface LeanTerm {
  term: string;
  /** +1 left, -1 right, after reversal. */
  lean: number;
  reversed: boolean;
}

/** A thing the statement names and which way the statement pushes it. */
export interface Push {
  noun: string;
  /** The noun with the word before it when that word is part of the name ("minimum wage"). */
  phrase: string;
  /** +1 up or kept, -1 down or away. */
  sign: number;
  /** The word that decided the sign ("raise", "cut", "not"). */
  cue: string;
}

export interface StanceReading {
  /** Left minus right terms after reversal: > 0 leans left, < 0 leans right. */
  lean: number;
  terms: LeanTerm[];
  pushes: Push[];
}

const keyOf = (token: Token) => token.lemma.toLowerCase();

const plainSingular = (word: string) =>
  word.length > 4 && word.endsWith('ies')
    ? `${word.slice(0, -3)}y`
    : word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)
      ? word.slice(0, -1)
      : word;

/** Reads the lean and the pushes of a tokenised statement. */
export function readStance(tokens: Token[]): StanceReading {
  lexicon ??= buildLexicon();
  const terms: LeanTerm[] = [];
  const pushes: Push[] = [];
  let clause: Token[] = [];
  const flush = () => {
    if (clause.length > 0) readClause(clause, lexicon!, terms, pushes);
    clause = [];
  };
  for (const token of tokens) {
    if (CLAUSE_ENDS.has(token.lower)) flush();
    else clause.push(token);
  }
  flush();
  return { lean: terms.reduce((sum, term) => sum + term.lean, 0), terms, pushes };
}

function readClause(clause: Token[], lex: Lexicon, terms: LeanTerm[], pushes: Push[]): void {
  const keys = clause.map(keyOf);
  const lowers = clause.map((token) => token.lower);
  // Terms first: a word inside a term ("speed limit", "tax relief") is not a reversing word of its own.
  const found: { term: string; lean: number; at: number }[] = [];
  const inTerm = new Set<number>();
  for (let index = 0; index < keys.length; index++) {
    const candidates = lex.byFirst.get(keys[index]) ?? lex.byFirst.get(plainSingular(lowers[index])) ?? [];
    for (const candidate of candidates) {
      const span = candidate.words.length;
      const matches = candidate.words.every((word, offset) => {
        const at = index + offset;
        return at < keys.length && (keys[at] === word || plainSingular(lowers[at]) === word);
      });
      if (!matches) continue;
      found.push({ term: candidate.words.join(' '), lean: candidate.lean, at: index });
      if (span > 1) for (let offset = 0; offset < span; offset++) inTerm.add(index + offset);
      index += span - 1;
      break;
    }
  }
  // Each reversing word reverses the terms after it in the clause; one with no term after it ("the
  // quota should be abolished") reverses the terms before it. A word of harm reverses what precedes it.
  const reversers: string[] = [];
  const raisers: string[] = [];
  const flips = new Array<number>(keys.length).fill(0);
  const termAt = found.map((item) => item.at);
  const isNoun = (token: Token) => token.pos === 'NOUN' || token.pos === 'PROPN';
  keys.forEach((key, index) => {
    if (inTerm.has(index)) return;
    const lower = lowers[index];
    if (HARMS.has(key) || HARMS.has(lower)) {
      reversers.push(lower);
      for (let at = 0; at < index; at++) flips[at]++;
    } else if (NEGATORS.has(key)) {
      // "X should not be Y": the negation reverses the whole clause, its subject included.
      reversers.push(lower);
      for (let at = 0; at < keys.length; at++) if (at !== index) flips[at]++;
    } else if (REVERSERS.has(key) || REVERSERS.has(lower)) {
      reversers.push(lower);
      const previous = clause[index - 1];
      if (isNoun(clause[index]) && previous && (isNoun(previous) || previous.pos === 'ADJ')) {
        // "tax cuts", "a weapons ban": the reversal is of the words it is compounded with.
        for (let at = index - 1; at >= 0 && (isNoun(clause[at]) || clause[at].pos === 'ADJ'); at--)
          flips[at]++;
        return;
      }
      const passive = keys.slice(Math.max(0, index - 2), index).includes('be');
      const after = !passive && (termAt.some((at) => at > index) || clause.slice(index + 1).some(isNoun));
      if (after) for (let at = index + 1; at < keys.length; at++) flips[at]++;
      else for (let at = 0; at < index; at++) flips[at]++;
    } else if (RAISERS.has(key) || RAISERS.has(lower)) raisers.push(lower);
  });
  for (const item of found) {
    const reversed = flips[item.at] % 2 === 1;
    terms.push({ term: item.term, lean: reversed ? -item.lean : item.lean, reversed });
  }
  // Every noun of the clause, pushed up unless a reversing word reaches it ("cut" in "the wage
  // should be cut" pushes the wage down); the cue is the word that decided.
  const cue = reversers[0] ?? raisers[0] ?? '';
  clause.forEach((token, index) => {
    if (token.pos !== 'NOUN' && token.pos !== 'PROPN') return;
    const noun = plainSingular(keys[index]);
    if (REVERSERS.has(noun) || HARMS.has(noun) || RAISERS.has(noun) || noun.length < 3) return;
    const down = flips[index] % 2 === 1;
    const before = clause[index - 1];
    const phrase =
      before &&
      (before.pos === 'ADJ' || before.pos === 'NOUN' || before.pos === 'PROPN') &&
      !REVERSERS.has(keys[index - 1]) &&
      !RAISERS.has(keys[index - 1])
        ? `${before.lower} ${token.lower}`
        : token.lower;
    pushes.push({
      noun,
      phrase,
      sign: down ? -1 : 1,
      cue: down ? (reversers[0] ?? '') : (raisers[0] ?? cue),
    });
  });
}

/**
 * The first thing both statements name that one pushes up and the other down, with both cue words:
 * the clearest sign that two statements on one subject disagree.
 */
export function opposedPush(
  a: StanceReading,
  b: StanceReading,
): { noun: string; phrase: string; up: string; down: string } | null {
  let best: { noun: string; phrase: string; up: string; down: string } | null = null;
  for (const x of a.pushes) {
    const y = b.pushes.find((push) => push.noun === x.noun && push.sign !== x.sign && push.cue !== '');
    if (!y || x.cue === '') continue;
    const [up, down] = x.sign > 0 ? [x, y] : [y, x];
    const phrase = x.phrase.length >= y.phrase.length ? x.phrase : y.phrase;
    // The longest name wins: "rent control" says more than "rent".
    if (!best || phrase.length > best.phrase.length)
      best = { noun: x.noun, phrase, up: up.cue, down: down.cue };
  }
  return best;
}

/** Both statements push some shared noun the same way. */
export function alignedPush(a: StanceReading, b: StanceReading): string | null {
  for (const x of a.pushes)
    if (b.pushes.some((push) => push.noun === x.noun && push.sign === x.sign)) return x.noun;
  return null;
}
