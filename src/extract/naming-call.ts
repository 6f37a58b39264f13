import type { CueCandidate } from './find-cues.js';
import { phraseStartingAt, RELATIVES, type PhraseSpan } from './noun-phrase.js';
import type { Unit } from './segment.js';
import { GROUP_NOUNS } from './speaker-words.js';
import { isQuote, lowerOf, NOMINAL_TAGS, posOf, valueOf } from './units.js';

/**
 * "called Miracle Run, which …", "called the \"chained CPI\" that …": a name (capitalised words or a
 * quotation, perhaps after "the") and no second object after it ("called Oz a quack" calls someone
 * something).
 */
export function namedAfter(units: Unit[], from: number): boolean {
  let i = from;
  if (lowerOf(units[i]) === 'the') i++;
  const first = i;
  while (i < units.length && (isQuote(units[i]) || posOf(units[i]) === 'PROPN')) i++;
  if (i === first) return false;
  if (RELATIVES.has(lowerOf(units[i]))) return true;
  const next = posOf(units[i]);
  return next !== 'DET' && next !== 'ADJ' && next !== 'NOUN' && next !== 'PRON' && next !== 'NUM';
}

/**
 * "voice calls", "a form of energy called latent heat": a singular common noun with no determiner before
 * "call" is a noun compound or a mass noun being named, never a speaker (a lower-case noun that speaks is
 * a group: "police", "staff").
 */
function bareNoun(units: Unit[], subject: PhraseSpan): boolean {
  const head = units[subject.last];
  const word = lowerOf(head);
  if (posOf(head) !== 'NOUN' || word.endsWith('s') || GROUP_NOUNS.has(word)) return false;
  // (Capitalised inside the sentence, it is a name the tagger took for a noun: "Labour called …".)
  if (subject.last > 0 && valueOf(head) !== word) return false;
  // ("Gowdy's office calls …", "Sanders' campaign called …": a possessor or a name says who speaks.)
  for (let i = subject.first - 1; i <= subject.last; i++) {
    const pos = posOf(units[i]);
    if (pos === 'PROPN' || /^['’]s?$/.test(lowerOf(units[i]))) return false;
    if (i < subject.first) continue;
    // ("One recruit calls himself …", "one official called the plan …": a number counts people.)
    if (pos === 'DET' || pos === 'PRON' || pos === 'NUM' || isQuote(units[i])) return false;
  }
  return true;
}

/**
 * Does a name or a noun phrase after "called" start a clause of its own ("a system called Unicode is used",
 * "the horror called \"Holodomor\" has not been described")? No one calls anyone a clause: "called" then
 * names the noun before it, and that noun is the clause's subject.
 */
function clauseAfterName(units: Unit[], from: number): boolean {
  let next: number;
  if (isQuote(units[from])) next = from + 1;
  else {
    const phrase = phraseStartingAt(units, from);
    if (!phrase || phrase.pronoun) return false;
    next = phrase.last + 1;
  }
  const unit = units[next];
  const pos = posOf(unit);
  if (pos === 'AUX') return true;
  if (pos !== 'VERB' || lowerOf(unit).endsWith('ing') || lowerOf(units[next - 1]) === 'to') return false;
  // ("called the nine-year recommended term \"outrageous\"": a participle before a noun is inside the object.)
  const after = posOf(units[next + 1]);
  return after !== 'NOUN' && after !== 'PROPN' && after !== 'ADJ' && after !== 'QUOTE';
}

/**
 * "a company called Acme to …", "a form of energy called latent heat", "phone calls to …", "a system
 * called Unicode is used": "call" (without "for" or "on") naming a thing, or the noun "calls", where the
 * subject finder saw a speaker calling someone something. The phrase before it is the subject the cue
 * finder found.
 */
export function namingCall(units: Unit[], cue: CueCandidate, subject: PhraseSpan): boolean {
  const word = lowerOf(units[cue.verb]);
  if ((word !== 'called' && word !== 'calls') || cue.first !== cue.verb) return false;
  if (subject.last !== cue.first - 1) return false;
  if (bareNoun(units, subject)) return true;
  if (clauseAfterName(units, cue.verb + 1)) return true;
  // "an English ex-pat called Tom Reed", "a song called \"Rain\", which …": an indefinite noun named.
  const article = lowerOf(units[subject.first]);
  return word === 'called' && (article === 'a' || article === 'an') && namedAfter(units, cue.verb + 1);
}

/** Words after which a quotation is a name: "known as", "titled", "goes by", "the handle", "calls itself". */
export const NAMING_WORDS = new Set([
  'as',
  'titled',
  'entitled',
  'named',
  'nicknamed',
  'dubbed',
  'called',
  'by',
  'name',
  'nickname',
  'handle',
  'username',
  'alias',
  'pseudonym',
  'moniker',
  'himself',
  'herself',
  'itself',
  'themselves',
]);

/**
 * Is the quotation at `quote` a name inside the phrase before a verb ('A report titled "Dark Money" said
 * …', 'A hacker known as "Sabu" told …', 'The book "Fire and Fury" says …'), not what was said? A few
 * words with no closing punctuation, after a naming word or a noun phrase with no verb.
 */
export function quotedName(text: string, units: Unit[], floor: number, quote: number): boolean {
  const unit = units[quote];
  if (unit?.kind !== 'quote' || quote - 1 < floor) return false;
  const inner = text.slice(unit.quote.innerStart, unit.quote.innerEnd).trim();
  if (/[,.;:!?]$/.test(inner) || inner.split(/\s+/).length > 5) return false;
  if (NAMING_WORDS.has(lowerOf(units[quote - 1]))) return true;
  for (let i = floor; i < quote; i++) if (!NOMINAL_TAGS.has(posOf(units[i]))) return false;
  return true;
}
