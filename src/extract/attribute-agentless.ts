import type { Attribution } from './attribution.js';
import { BE_FORMS, HAVE_FORMS, lookupCue } from './cue-lexicon.js';
import { contentSpan } from './read-content.js';
import type { Sentence, Unit } from './segment.js';
import { isComma, lowerOf } from './units.js';

/*
 * "During the conversation, it was noted that …", "It was also reported that …", "The President was
 * informed that …": a report whose speaker the sentence does not name. Official readouts (kremlin.ru,
 * president.gov.ua) sum up talks so, and agencies relay so; the gold guidelines record them with no
 * speaker (an agentless passive). The content is the clause after "that" to the end of the sentence, the
 * speaker no one in particular.
 */

/** Adverbs between the auxiliary and the participle ("it was also noted", "it was once again stressed"). */
const ADVERBS = new Set([
  'also',
  'further',
  'repeatedly',
  'again',
  'separately',
  'specifically',
  'particularly',
]);
/** Reports of a decision or an estimate, not of words said ("it was agreed that", "it was estimated that"). */
const NOT_SAID = new Set([
  'agree',
  'estimate',
  'conclude',
  'forecast',
  'predict',
  'reckon',
  'surmise',
  'write',
]);
/** Participles that report words to the sentence's subject ("X was informed that …"). */
const TOLD = new Set(['informed', 'told', 'assured', 'reminded']);

/** Opens a clause: the sentence start, or after a comma, "and", "but" or "while". */
function opensClause(units: Unit[], at: number): boolean {
  if (at === 0) return true;
  const before = lowerOf(units[at - 1]);
  return (
    isComma(units[at - 1]) || before === 'and' || before === 'but' || before === 'while' || before === ';'
  );
}

/** After an auxiliary at `at`: the unit of the participle ("was also noted" → "noted"), or -1. */
function participleAfter(units: Unit[], at: number): number {
  let i = at;
  if (HAVE_FORMS.has(lowerOf(units[i]))) {
    if (lowerOf(units[i + 1]) !== 'been') return -1;
    i += 2;
  } else if (BE_FORMS.has(lowerOf(units[i]))) i += 1;
  else return -1;
  for (let guard = 0; guard < 2 && ADVERBS.has(lowerOf(units[i])); guard++) i += 1;
  if (lowerOf(units[i]) === 'once' && lowerOf(units[i + 1]) === 'again') i += 2;
  return i;
}

/**
 * The agentless report of a sentence ("it was noted that …", "X was informed that …"), or null. `it`
 * opens a clause; the participle is a verb of saying ending in -ed or "said" (no "it was agreed", "it was
 * believed"), then "that" (or "out that"); "by" after the participle names an agent, which other readers
 * take.
 */
export function attributeAgentless(
  text: string,
  sentence: Sentence,
  sentenceIndex: number,
): Attribution | null {
  const { units } = sentence;
  for (let i = 0; i + 3 < units.length; i++) {
    const lower = lowerOf(units[i]);
    let verb = -1;
    let entry: ReturnType<typeof lookupCue>;
    if (lower === 'it' && opensClause(units, i)) {
      verb = participleAfter(units, i + 1);
      if (verb < 0) continue;
      const form = lowerOf(units[verb]);
      entry = lookupCue(form);
      if (!entry || entry.cueClass !== 'speech' || NOT_SAID.has(entry.lemma)) continue;
      if (!/ed$/.test(form) && form !== 'said') continue;
    } else if (BE_FORMS.has(lower) && i > 0 && lowerOf(units[i - 1]) !== 'it') {
      // "X was informed that": the addressee is the subject, the speaker unnamed
      verb = TOLD.has(lowerOf(units[i + 1])) ? i + 1 : -1;
      if (verb < 0) continue;
      entry = lookupCue(lowerOf(units[verb]));
    } else continue;
    let that = verb + 1;
    if (lowerOf(units[that]) === 'out') that += 1;
    if (lowerOf(units[that]) !== 'that') continue;
    // ("X was told that according to the lawyers …": the clause names its own source)
    for (let u = that + 1; u + 1 < units.length; u++)
      if (lowerOf(units[u]) === 'according' && lowerOf(units[u + 1]) === 'to') return null;
    const content = contentSpan(units, that + 1, units.length - 1);
    if (!content) return null;
    const verbUnit = units[verb];
    // ("pointed out": the particle is part of the cue)
    const end = units[that - 1].end;
    return {
      sentence: sentenceIndex,
      parts: [content],
      source: null,
      cue: {
        text: text.slice(verbUnit.start, end),
        start: verbUnit.start,
        end,
        lemma: entry?.lemma ?? 'tell',
      },
      cueClass: entry?.cueClass ?? 'object',
      venue: null,
      pattern: 'before',
      sharedWith: null,
      agentless: true,
    };
  }
  return null;
}
