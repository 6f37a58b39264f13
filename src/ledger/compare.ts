import {
  FEATURE_NAMES,
  PRAISE_WORDS,
  readPair,
  readStatement,
  type PairReading,
  type ReadStatement,
} from './compare-features.js';
import weights from './compare-weights.json' with { type: 'json' };
import { decide, decisionConfidence, scores, type SoftmaxModel } from './softmax.js';
import { topicLabel } from './topics.js';

export type Relation = 'consistent' | 'inconsistent' | 'unrelated';

export interface Comparison {
  relation: Relation;
  /** One line saying why. */
  reason: string;
  /** 0..1 */
  confidence: number;
}

const MODEL = weights as SoftmaxModel;
const COLUMNS = MODEL.features.map((name) => FEATURE_NAMES.indexOf(name as (typeof FEATURE_NAMES)[number]));

const quote = (words: string[]) =>
  words
    .slice(0, 3)
    .map((word) => `"${word}"`)
    .join(', ');

function topConcepts(statement: ReadStatement): string {
  const concepts = [...statement.concepts.keys()].slice(0, 2);
  return concepts.length > 0 ? concepts.join('/') : 'no known subject';
}

/** The lexicon term that carries a statement's lean, and whether the statement is for or against it. */
function leanTerm(statement: ReadStatement): { term: string; against: boolean } | null {
  const sign = Math.sign(statement.stance.lean);
  if (sign === 0) return null;
  const term = statement.stance.terms.find((item) => Math.sign(item.lean) === sign);
  return term ? { term: term.term, against: term.reversed } : null;
}

/** "one for \"quota\", the other for \"merit\"", or "one for \"nuclear\", the other against it". */
function sides(x: { term: string; against: boolean }, y: { term: string; against: boolean }): string {
  const side = (item: { term: string; against: boolean }) =>
    `${item.against ? 'against' : 'for'} "${item.term}"`;
  if (x.term === y.term) return `one ${side(x)}, the other ${y.against ? 'against' : 'for'} it`;
  return `one ${side(x)}, the other ${side(y)}`;
}

function praiseWord(statement: ReadStatement): string {
  return statement.lemmas.find((lemma) => PRAISE_WORDS.has(lemma)) ?? statement.favourWords[0] ?? 'good';
}

function reasonFor(relation: Relation, a: ReadStatement, b: ReadStatement, pair: PairReading): string {
  const shared = pair.sharedContent.length > 0 ? pair.sharedContent : pair.sharedConcepts;
  const subject = shared.length > 0 ? ` on ${quote(shared)}` : '';
  if (relation === 'unrelated') {
    return shared.length > 0
      ? `little in common beyond ${quote(shared)} (A: ${topConcepts(a)}; B: ${topConcepts(b)})`
      : `no shared subject (A: ${topConcepts(a)}; B: ${topConcepts(b)})`;
  }
  if (relation === 'inconsistent') {
    if (pair.opposed) {
      const { phrase, up, down } = pair.opposed;
      return `opposite directions on "${phrase}": "${up}" against "${down}"`;
    }
    if (pair.antonymPairs.length > 0) {
      const [x, y] = pair.antonymPairs[0];
      return `opposite terms${subject}: "${x}" against "${y}"`;
    }
    const leanA = leanTerm(a);
    const leanB = leanTerm(b);
    if (leanA && leanB && Math.sign(a.stance.lean) !== Math.sign(b.stance.lean)) {
      return `positions from opposite political sides${subject}: ${sides(leanA, leanB)}`;
    }
    if (a.negated !== b.negated && shared.length > 0) {
      return `one denies what the other asserts${subject}`;
    }
    if (a.direction !== 0 && b.direction !== 0 && a.direction !== b.direction) {
      const favour = a.direction > 0 ? a : b;
      const oppose = a.direction > 0 ? b : a;
      const pro = favour.favourWords[0] ?? 'favours';
      const against = oppose.opposeWords[0] ?? 'not';
      return `one favours ("${pro}") what the other goes against ("${against}")${subject}`;
    }
    return `same subject${subject || ` (${topConcepts(a)})`}, positions that pull apart`;
  }
  const praise = a.praises ? a : b.praises ? b : null;
  if (praise && (praise === a ? b : a).proposal) {
    return `one speaks well ("${praiseWord(praise)}") of what the other proposes${subject}`;
  }
  if (a.direction !== 0 && a.direction === b.direction) {
    const words = [
      ...new Set(
        a.direction > 0 ? [...a.favourWords, ...b.favourWords] : [...a.opposeWords, ...b.opposeWords],
      ),
    ];
    return `same direction${subject}${words.length > 0 ? ` (${quote(words)})` : ''}`;
  }
  return `close in subject${subject || ` (${topConcepts(a)})`} with nothing pulling them apart`;
}

/**
 * Compares two statements without a language model: consistent, inconsistent or unrelated, with a reason.
 * A stance read on a known news topic ("would not cede territory" / "might cede territory") decides
 * first, then a shared noun pushed opposite ways ("raise" / "cut" the minimum wage, stance.ts);
 * otherwise a small logistic model over subject-relatedness, proposal, political-side and praise
 * features (compare-features.ts, weights fitted by eval/fit-consistency.ts) decides.
 */
export function compareStatements(a: string, b: string): Comparison {
  const readA = readStatement(a);
  const readB = readStatement(b);
  const pair = readPair(readA, readB);
  if (pair.topicClash) {
    return {
      relation: 'inconsistent',
      reason: `opposite stances on ${topicLabel(pair.topicClash)}`,
      confidence: 0.8,
    };
  }
  if (pair.topicAgree) {
    return {
      relation: 'consistent',
      reason: `same stance on ${topicLabel(pair.topicAgree)}`,
      confidence: 0.7,
    };
  }
  if (pair.opposed) {
    // One pushes up what the other pushes down ("raise" / "cut" the minimum wage): the plainest
    // contradiction there is, and one the subject-overlap features would call consistent.
    return {
      relation: 'inconsistent',
      reason: reasonFor('inconsistent', readA, readB, pair),
      confidence: 0.75,
    };
  }
  const probabilities = scores(
    MODEL,
    COLUMNS.map((column) => pair.features[column]),
  );
  const chosen = decide(MODEL, probabilities);
  const relation = MODEL.classes[chosen] as Relation;
  return {
    relation,
    reason: reasonFor(relation, readA, readB, pair),
    confidence: Math.round(decisionConfidence(MODEL, probabilities, chosen) * 100) / 100,
  };
}
