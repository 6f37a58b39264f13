import type { Cue, Span, Venue } from '../model/statement.js';
import type { CueClass } from './cue-lexicon.js';
import { findCues, type CueCandidate } from './find-cues.js';
import { readAdjunct, readTime } from './find-venue.js';
import { phraseEndingAt, phraseStartingAt, type PhraseSpan } from './noun-phrase.js';
import type { Sentence, Unit } from './segment.js';
import { TITLE_WORDS } from './speaker-words.js';
import { isComma, isDash, isQuote, isTerminal, lowerOf, posOf } from './units.js';

/** A source mention inside a sentence: the speaker phrase as written, with its appositive if any. */
export interface SourceMention extends Span {
  sentence: number;
  /** Unit range of the name phrase (without the appositive). */
  first: number;
  last: number;
  pronoun: boolean;
  /** Unit range of an appositive ("Mark Rutte, NATO's secretary-general,"), if any. */
  appositive: [number, number] | null;
}

/** One attribution found in a sentence, before speakers are resolved. */
export interface Attribution {
  sentence: number;
  /** Content pieces in text order (one, or several for a split quote). */
  parts: Span[];
  source: SourceMention | null;
  cue: Cue | null;
  cueClass: CueClass | null;
  venue: Venue | null;
  /** How it was found: drives confidence. */
  pattern: 'before' | 'after' | 'inverted' | 'according' | 'colon' | 'dash' | 'shared' | 'floating';
  /** For `shared`: the attribution whose subject this one shares ("told Y … and said …"). */
  sharedWith: number | null;
}

interface Context {
  text: string;
  sentence: Sentence;
  sentenceIndex: number;
}

const COORDINATORS = new Set(['and', 'but']);
/** Prepositions that open a clause-like content ("says despite all that, Obama …"). */
const CLAUSE_PREPOSITIONS = new Set([
  'despite',
  'after',
  'before',
  'since',
  'because',
  'unlike',
  'given',
  'amid',
  'if',
  'while',
  'although',
]);

function mention(context: Context, phrase: PhraseSpan, appositive: [number, number] | null): SourceMention {
  const { units } = context.sentence;
  const first = appositive ? Math.min(appositive[0], phrase.first) : phrase.first;
  const last = appositive ? Math.max(appositive[1], phrase.last) : phrase.last;
  return {
    start: units[first].start,
    end: units[last].end,
    sentence: context.sentenceIndex,
    first: phrase.first,
    last: phrase.last,
    pronoun: phrase.pronoun,
    appositive,
  };
}

/** Skips a time expression read right to left ("on Friday", "earlier this week") ending at `index`. */
function skipTimeBackward(units: Unit[], index: number, floor: number): number {
  for (let start = Math.max(floor, index - 4); start <= index; start++) {
    if (posOf(units[start]) === 'PROPN' && lowerOf(units[start - 1]) !== 'on' && start !== index) continue;
    const end = readTime(units, start);
    if (end === index + 1) return start - 1;
  }
  return index;
}

function isCapitalizedWord(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === 'token' && /^\p{Lu}/u.test(unit.token.value);
}

/** The subject to the left of a verb group: "Zelensky", "Mark Rutte, NATO's secretary-general,", "who". */
function subjectBefore(
  text: string,
  units: Unit[],
  index: number,
  floor: number,
): { phrase: PhraseSpan; appositive: [number, number] | null; first: number; venue?: Venue | null } | null {
  let adverb = index;
  // "Carter however said", "Smith, though, said": adverbs between the subject and the verb.
  while (
    adverb > floor &&
    adverb > index - 2 &&
    posOf(units[adverb]) === 'ADV' &&
    !isCapitalizedWord(units[adverb])
  )
    adverb--;
  const j = skipTimeBackward(units, adverb, floor);
  if (j < floor) return null;
  // Relative clause: "Smith, who …, said" is rare; "…, who said" takes the antecedent.
  if (lowerOf(units[j]) === 'who' && isComma(units[j - 1]) && j - 2 >= floor) {
    const antecedent = phraseEndingAt(units, j - 2, floor);
    if (antecedent && !antecedent.pronoun)
      return { phrase: antecedent, appositive: null, first: antecedent.first };
    return null;
  }
  // Appositive or relative clause between commas: "Mark Rutte, NATO's secretary-general, said",
  // "Barkley, who said he votes Democratic, said".
  if (lowerOf(units[j]) === ')') {
    // "Gov. John Kasich (R-OH), said": skip the parenthesis.
    let k = j - 1;
    while (k > floor && k > j - 12 && lowerOf(units[k]) !== '(') k--;
    if (lowerOf(units[k]) === '(') {
      const name = phraseEndingAt(units, k - 1, floor);
      if (name && !name.pronoun) return { phrase: name, appositive: [k, j], first: name.first };
    }
    return null;
  }
  if ((isComma(units[j]) || isDash(units[j])) && j - 1 > floor) {
    const dash = isDash(units[j]);
    let commas = 0;
    for (let k = j - 1; k > floor && k >= j - 30; k--) {
      const unit = units[k];
      if (isQuote(unit) || isTerminal(unit)) break;
      if (dash ? !isDash(unit) : !isComma(unit)) continue;
      if (++commas > 3) break;
      const opener = units[k + 1];
      const openerPos = posOf(opener);
      const opens =
        lowerOf(opener) === 'who' ||
        openerPos === 'DET' ||
        openerPos === 'ADJ' ||
        openerPos === 'NUM' ||
        openerPos === 'NOUN' ||
        openerPos === 'PROPN' ||
        (openerPos === 'ADP' && isComma(units[j])) ||
        (openerPos === 'VERB' && lowerOf(opener).endsWith('ing') && isComma(units[j])) ||
        lowerOf(opener) === 'the';
      if (!opens) break;
      const name = phraseEndingAt(units, k - 1, floor);
      const titleOnly =
        name !== null && TITLE_WORDS.has(lowerOf(units[name.last])) && posOf(opener) === 'PROPN';
      if (
        name &&
        !name.pronoun &&
        !titleOnly &&
        (posOf(units[name.last]) === 'PROPN' || lowerOf(opener) === 'who')
      ) {
        // An adverbial insertion ("Lewandowski, in a statement, said") is not an appositive.
        const adverbial = posOf(opener) === 'ADP' || posOf(opener) === 'VERB';
        const appositive: [number, number] | null = adverbial ? null : [k + 1, j - 1];
        // "Blinken, speaking at a news conference in Brussels, said": the insertion may hold the venue.
        let venue: Venue | null = null;
        for (let v = k + 1; adverbial && v < j && venue === null; v++) {
          venue = readAdjunct(text, units, v)?.venue ?? null;
        }
        return { phrase: name, appositive, first: name.first, venue };
      }
      // "One Republican hopeful, Carly Fiorina, says": the name sits between the commas.
      const inserted = phraseEndingAt(units, j - 1, k + 1);
      if (
        name &&
        !name.pronoun &&
        inserted &&
        inserted.first === k + 1 &&
        posOf(units[inserted.last]) === 'PROPN' &&
        (posOf(units[name.last]) === 'NOUN' ||
          posOf(units[name.last]) === 'ADJ' ||
          TITLE_WORDS.has(lowerOf(units[name.last])))
      ) {
        return { phrase: inserted, appositive: [name.first, name.last], first: name.first };
      }
    }
    return null;
  }
  const phrase = phraseEndingAt(units, j, floor);
  if (!phrase) return null;
  return { phrase, appositive: null, first: phrase.first };
}

/** The subject of the sentence's first clause, for a later verb that shares it. */
function clauseSubject(
  units: Unit[],
  limit: number,
): { phrase: PhraseSpan; appositive: [number, number] | null; first: number } | null {
  // The nearest noun phrase before the verb that is itself followed by a verb: "when Rubio thanked Miami
  // and said …", "Kasich jokingly offered the man a job, then says …".
  for (let k = limit - 2; k >= 0 && k >= limit - 40; k--) {
    if (isQuote(units[k]) || isTerminal(units[k])) return null;
    let next = k + 1;
    while (posOf(units[next]) === 'ADV') next++;
    const nextPos = posOf(units[next]);
    if (nextPos !== 'VERB' && nextPos !== 'AUX') continue;
    const phrase = phraseEndingAt(units, k, 0);
    if (!phrase) continue;
    const lead = posOf(units[phrase.first - 1]);
    if (lead === 'ADP' || lead === 'VERB' || lead === 'DET') continue;
    if (!phrase.pronoun && posOf(units[phrase.last]) !== 'PROPN' && posOf(units[phrase.last]) !== 'NOUN')
      continue;
    return { phrase, appositive: null, first: phrase.first };
  }
  return null;
}

/**
 * "told a crowded hall at a hotel in Baltimore that …", "said during the debate that …": prepositional
 * phrases between the verb and an explicit "that" are skipped.
 */
function skipToComplementizer(units: Unit[], tail: { next: number }): void {
  if (posOf(units[tail.next]) !== 'ADP') return;
  for (let i = tail.next; i < units.length && i < tail.next + 16; i++) {
    const pos = posOf(units[i]);
    if (lowerOf(units[i]) === 'that' && pos === 'SCONJ') {
      tail.next = i + 1;
      return;
    }
    if (pos === 'VERB' || pos === 'AUX' || pos === 'QUOTE' || isTerminal(units[i])) return;
  }
}

/** Reads object, venue and time adjuncts after a verb; returns where the content may start. */
function readTail(context: Context, cue: CueCandidate, from: number): { next: number; venue: Venue | null } {
  const { units } = context.sentence;
  let next = from;
  let venue: Venue | null = null;
  if (cue.cueClass === 'object') {
    const addressee = phraseStartingAt(units, next, { stopAtFirstCommonNoun: true });
    if (addressee) {
      const named = posOf(units[addressee.last]) === 'PROPN';
      if (named && cue.cue.lemma === 'tell') {
        const start = units[addressee.first].start;
        const end = units[addressee.last].end;
        venue = { text: context.text.slice(start, end), start, end };
      }
      next = addressee.last + 1;
    }
  }
  for (let guard = 0; guard < 4; guard++) {
    const adjunct = readAdjunct(context.text, units, next);
    if (!adjunct) break;
    if (adjunct.venue && !venue) venue = adjunct.venue;
    next = adjunct.next;
  }
  return { next, venue };
}

/** A noun phrase complement ("announced his resignation", "criticized the plan"). */
function startsNounPhrase(unit: Unit | undefined): boolean {
  const pos = posOf(unit);
  return (
    pos === 'DET' ||
    pos === 'NOUN' ||
    pos === 'PROPN' ||
    pos === 'ADJ' ||
    pos === 'NUM' ||
    pos === 'PRON' ||
    pos === 'QUOTE'
  );
}

/** Content after a verb must be a clause or a quotation, not a prepositional phrase ("said in Macau"). */
function holdsClause(units: Unit[], first: number, last: number): boolean {
  const from = first;
  while (
    first <= last &&
    (isComma(units[first]) || lowerOf(units[first]) === ':' || lowerOf(units[first]) === 'that')
  )
    first++;
  if (first > last) return false;
  if (posOf(units[first]) === 'ADP' && first === from && !CLAUSE_PREPOSITIONS.has(lowerOf(units[first])))
    return false;
  for (let i = first; i <= last; i++) {
    const pos = posOf(units[i]);
    if (pos === 'QUOTE' || pos === 'VERB' || pos === 'AUX') return true;
  }
  return false;
}

function contentSpan(units: Unit[], first: number, last: number): Span | null {
  // Trim punctuation and connectors at both ends (but never a quotation unit).
  while (
    first <= last &&
    !isQuote(units[first]) &&
    (isComma(units[first]) ||
      lowerOf(units[first]) === ':' ||
      lowerOf(units[first]) === 'that' ||
      isDash(units[first]))
  )
    first++;
  while (
    last >= first &&
    !isQuote(units[last]) &&
    (isComma(units[last]) ||
      isTerminal(units[last]) ||
      isDash(units[last]) ||
      lowerOf(units[last]) === ':' ||
      COORDINATORS.has(lowerOf(units[last])))
  )
    last--;
  if (last < first) return null;
  let words = 0;
  for (let i = first; i <= last; i++) if (isQuote(units[i]) || posOf(units[i]) !== 'PUNCT') words++;
  if (words < 2 && !(first === last && isQuote(units[first]))) return null;
  return { start: units[first].start, end: units[last].end };
}

/** Is the cue at `index` a verb that shares the subject of an earlier one ("and said", ", adding")? */
function isCoordinated(units: Unit[], cue: CueCandidate): boolean {
  const before = lowerOf(units[cue.first - 1]);
  if (COORDINATORS.has(before)) return true;
  if (cue.participle && isComma(units[cue.first - 1])) return true;
  const lead = lowerOf(units[cue.first]);
  if (isComma(units[cue.first - 1]) && (lead === 'then' || lead === 'also') && cue.first < cue.verb)
    return true;
  return false;
}

/** Where content after a verb ends: the sentence end, or before a coordinated second cue. */
function contentEnd(units: Unit[], cues: CueCandidate[], cueIndex: number): number {
  for (let k = cueIndex + 1; k < cues.length; k++) {
    const other = cues[k];
    // "…, but Cook did not say when": a later clause with its own reporting verb and subject.
    const subject = phraseEndingAt(units, other.first - 1, cues[cueIndex].verb + 1);
    if (subject && COORDINATORS.has(lowerOf(units[subject.first - 1]))) {
      let end = subject.first - 1;
      while (end > 0 && (COORDINATORS.has(lowerOf(units[end])) || isComma(units[end]))) end--;
      return end;
    }
    if (isCoordinated(units, other)) {
      let end = other.first - 1;
      while (end > 0 && (COORDINATORS.has(lowerOf(units[end])) || isComma(units[end]))) end--;
      return end;
    }
  }
  return units.length - 1;
}

/**
 * Finds the attributions of one sentence from its reporting verbs: content before the subject
 * ("…, Zelensky said."), after the verb ("Zelensky said (that) …", "told Sky News …"), inverted
 * ("…, said Zelensky."), split quotes ("…," he said, "…"), "according to", colon and dash attributions,
 * and second verbs sharing a subject ("told Y … and said …").
 */
export function attributeSentence(text: string, sentence: Sentence, sentenceIndex: number): Attribution[] {
  const context: Context = { text, sentence, sentenceIndex };
  const { units } = sentence;
  const cues = findCues(text, sentence);
  const found: Attribution[] = [];
  let floor = 0;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c];
    if (cue.first < floor) continue;
    if (cue.cue.lemma === 'according to') {
      const result = according(context, cue, floor);
      if (result) {
        found.push(result);
      }
      continue;
    }
    // Second verb sharing the subject of the previous attribution in this sentence.
    if (isCoordinated(units, cue) && found.length > 0 && found[found.length - 1].source) {
      const tail = readTail(context, cue, cue.verb + 1);
      const span = contentSpan(units, tail.next, contentEnd(units, cues, c));
      if (span) {
        found.push({
          sentence: sentenceIndex,
          parts: [span],
          source: null,
          cue: cue.cue,
          cueClass: cue.cueClass,
          venue: tail.venue,
          pattern: 'shared',
          sharedWith: found.length - 1,
        });
      }
      continue;
    }
    let subject = cue.participle ? null : subjectBefore(text, units, cue.first - 1, floor);
    if (!subject && isCoordinated(units, cue) && found.length === 0) {
      // "Marco Rubio flipped his choice – saying …", "The judge rubbed his chin, and then said …".
      subject = clauseSubject(units, cue.first);
    }
    if (subject) {
      const tail = readTail(context, cue, cue.verb + 1);
      skipToComplementizer(units, tail);
      const end = contentEnd(units, cues, c);
      const atEnd = tail.next >= units.length || isTerminal(units[tail.next]);
      const before = subject.first - 1;
      const hasBefore =
        before >= floor && (isComma(units[before]) || isQuote(units[before]) || isDash(units[before]));
      const tailComma = isComma(units[tail.next]);
      const clauseAfter = holdsClause(units, tail.next, end);
      // The content before the subject is a quotation only when the quotation opens the region
      // ('Sunday on Fox News's "Sunday Morning Futures," Issa said' is an introduction, not a quote).
      const quoteFirst =
        (isQuote(units[before]) && units[before].start <= units[floor].start + 2) ||
        (isComma(units[before]) &&
          isQuote(units[before - 1]) &&
          units[before - 1].start <= units[floor].start + 2);
      // "When he interviewed Clinton, Ramos reminded her …": an introductory phrase is not content,
      // unless the sentence goes on after the attribution ("If she wins, Clinton suggested, she would …").
      const openerPos = posOf(units[floor]);
      const introductory =
        !quoteFirst &&
        (openerPos === 'ADP' ||
          openerPos === 'SCONJ' ||
          openerPos === 'ADV' ||
          openerPos === 'NUM' ||
          (openerPos === 'VERB' && /(ing|ed)$/.test(lowerOf(units[floor]))) ||
          (openerPos === 'PART' && lowerOf(units[floor]) === 'to'));
      const resumes = tailComma && holdsClause(units, tail.next + 1, end) && !isQuote(units[tail.next + 1]);
      const introducesAfter =
        lowerOf(units[tail.next]) === ':' ||
        isQuote(units[tail.next + (tailComma ? 1 : 0)]) ||
        lowerOf(units[tail.next]) === 'that';
      const attitude = cue.cueClass === 'attitude';
      const takeBefore =
        hasBefore &&
        !attitude &&
        (!introductory || resumes) &&
        (atEnd ||
          !clauseAfter ||
          (quoteFirst && !introducesAfter) ||
          (tailComma && !isQuote(units[tail.next + 1])) ||
          (tailComma && quoteFirst));
      if (takeBefore) {
        // "…, Zelensky said." / "\"…,\" Zelensky told Sky News." (and maybe a split quote after it)
        const span = contentSpan(units, floor, before);
        if (span) {
          const parts = [span];
          let last = tail.next;
          if (tailComma && isQuote(units[tail.next + 1])) {
            const second = units[tail.next + 1];
            parts.push({ start: second.start, end: second.end });
            last = tail.next + 2;
          } else if (
            tailComma &&
            (posOf(units[tail.next + 1]) === 'AUX' ||
              posOf(units[tail.next + 1]) === 'VERB' ||
              (introductory && resumes))
          ) {
            // ""Only you," she said, would use the occasion …": the sentence goes on after the attribution.
            const rest = contentSpan(units, tail.next + 1, end);
            if (rest) {
              parts.push(rest);
              last = end + 1;
            }
          }
          found.push({
            sentence: sentenceIndex,
            parts,
            source: mention(context, subject.phrase, subject.appositive),
            cue: cue.cue,
            cueClass: cue.cueClass,
            venue: tail.venue ?? subject.venue ?? null,
            pattern: 'before',
            sharedWith: null,
          });
          floor = tailComma && parts.length === 1 ? tail.next + 1 : last;
          continue;
        }
      }
      // "Zelensky said (that) …", "told Sky News he …", "said: \"…\"".
      const nounComplement = !clauseAfter && startsNounPhrase(units[tail.next]) && end - tail.next >= 1;
      const span = clauseAfter || nounComplement ? contentSpan(units, tail.next, end) : null;
      if (span) {
        found.push({
          sentence: sentenceIndex,
          parts: [span],
          source: mention(context, subject.phrase, subject.appositive),
          cue: cue.cue,
          cueClass: cue.cueClass,
          venue: tail.venue ?? subject.venue ?? null,
          pattern: 'after',
          sharedWith: null,
        });
      } else if (lowerOf(units[tail.next]) === ':' || cue.cue.text.endsWith(':')) {
        const rest = tail.next + (lowerOf(units[tail.next]) === ':' ? 1 : 0);
        if (rest >= units.length || isTerminal(units[rest])) {
          // "Reporter Jane Doe says:" closing its paragraph: the quotation follows in the next one.
          found.push({
            sentence: sentenceIndex,
            parts: [],
            source: mention(context, subject.phrase, subject.appositive),
            cue: cue.cue,
            cueClass: cue.cueClass,
            venue: tail.venue ?? subject.venue ?? null,
            pattern: 'after',
            sharedWith: null,
          });
        }
      }
      continue;
    }
    // Inverted: "…, said Zelensky." / "\"…,\" says Mark Rutte, NATO's secretary-general."
    const before = cue.first - 1;
    if (
      before >= floor &&
      (isComma(units[before]) || isQuote(units[before])) &&
      cue.cueClass !== 'belief' &&
      cue.cueClass !== 'attitude'
    ) {
      const speaker = phraseStartingAt(units, cue.verb + 1);
      if (speaker && !['him', 'her', 'them', 'me', 'us'].includes(lowerOf(units[speaker.first]))) {
        let after = speaker.last + 1;
        let appositive: [number, number] | null = null;
        if (isComma(units[after]) && !speaker.pronoun) {
          const apposition = phraseStartingAt(units, after + 1);
          const last = apposition ? extendAppositive(units, apposition.last) : -1;
          if (
            apposition &&
            (isComma(units[last + 1]) || isTerminal(units[last + 1]) || last + 1 >= units.length)
          ) {
            appositive = [apposition.first, last];
            after = last + 1;
          }
        }
        // "…, said X, the commander of the army, in an interview with the BBC."
        const skipComma = isComma(units[after]) && readAdjunct(context.text, units, after + 1) !== null;
        const tail = readTail(context, { ...cue, cueClass: 'speech' }, skipComma ? after + 1 : after);
        after = tail.next;
        const continuation = posOf(units[after]);
        const endsHere =
          after >= units.length ||
          isTerminal(units[after]) ||
          isComma(units[after]) ||
          (isQuote(units[before]) &&
            (continuation === 'SCONJ' || continuation === 'ADP' || continuation === 'ADV'));
        if (endsHere) {
          const span = contentSpan(units, floor, before);
          if (span) {
            const parts = [span];
            if (isComma(units[after]) && isQuote(units[after + 1])) {
              parts.push({ start: units[after + 1].start, end: units[after + 1].end });
              after += 2;
            }
            found.push({
              sentence: sentenceIndex,
              parts,
              source: mention(context, speaker, appositive),
              cue: cue.cue,
              cueClass: cue.cueClass,
              venue: tail.venue,
              pattern: 'inverted',
              sharedWith: null,
            });
            floor = after;
          }
        }
      }
    }
  }
  if (found.length === 0) {
    const punctuated = colonOrDash(context);
    if (punctuated) found.push(punctuated);
  }
  // A stance verb inside reported content ("told Sky News he wants to …") is part of that content.
  return found.filter(
    (attribution) =>
      (attribution.cueClass !== 'attitude' && attribution.cueClass !== 'belief') ||
      !found.some(
        (other) =>
          other !== attribution &&
          attribution.cue !== null &&
          other.parts.some(
            (part) => part.start <= attribution.cue!.start && attribution.cue!.end <= part.end,
          ),
      ),
  );
}

/** An appositive runs on through prepositional phrases to the next comma when no verb intervenes. */
function extendAppositive(units: Unit[], last: number): number {
  let end = last;
  const limit = last + 15;
  while (end + 1 < units.length && end < limit) {
    const next = units[end + 1];
    const pos = posOf(next);
    if (isComma(next) || isTerminal(next) || isQuote(next) || pos === 'VERB' || pos === 'AUX') break;
    if (
      pos === 'ADP' &&
      (lowerOf(next) === 'in' || lowerOf(next) === 'at' || lowerOf(next) === 'on') &&
      end === last
    )
      break;
    end++;
  }
  return end;
}

/** "According to X, …" and "…, according to X." */
function according(context: Context, cue: CueCandidate, floor: number): Attribution | null {
  const { units } = context.sentence;
  const speaker = phraseStartingAt(units, cue.verb + 2);
  if (!speaker) return null;
  let after = speaker.last + 1;
  let appositive: [number, number] | null = null;
  if (isComma(units[after]) && !speaker.pronoun) {
    const apposition = phraseStartingAt(units, after + 1);
    if (apposition) {
      // "According to Mykhailo Podolyak, advisor to the head of the office, …": the appositive runs to
      // the next comma when no verb intervenes.
      let last = apposition.last;
      while (last + 1 < units.length && last - apposition.first < 15) {
        const next = units[last + 1];
        const pos = posOf(next);
        if (isComma(next) || isTerminal(next) || isQuote(next) || pos === 'VERB' || pos === 'AUX') break;
        last++;
      }
      if (isComma(units[last + 1]) && last + 2 < units.length) {
        appositive = [apposition.first, last];
        after = last + 1;
      }
    }
  }
  const tail = readTail(context, { ...cue, cueClass: 'speech' }, after);
  after = tail.next;
  const base = {
    sentence: context.sentenceIndex,
    source: mention(context, speaker, appositive),
    cue: cue.cue,
    cueClass: 'speech' as const,
    venue: tail.venue,
    pattern: 'according' as const,
    sharedWith: null,
  };
  if (cue.first <= floor || (cue.first === floor + 1 && posOf(units[floor]) === 'CCONJ')) {
    const span = contentSpan(units, after, units.length - 1);
    return span ? { ...base, parts: [span] } : null;
  }
  if (isComma(units[cue.first - 1]) || isDash(units[cue.first - 1])) {
    const span = contentSpan(units, floor, cue.first - 1);
    if (!span) return null;
    const parts = [span];
    // "…, according to X, …": the content goes on after the attribution.
    if (isComma(units[after]) && after + 1 < units.length) {
      const rest = contentSpan(units, after + 1, units.length - 1);
      if (rest) parts.push(rest);
    }
    return { ...base, parts };
  }
  return null;
}

/** `Zelensky: "…"` and `"…" — Zelensky` (headline and caption style). */
function colonOrDash(context: Context): Attribution | null {
  const { units } = context.sentence;
  for (let i = 1; i < units.length - 1 && i < 10; i++) {
    if (lowerOf(units[i]) === ':' && isQuote(units[i + 1])) {
      const phrase = phraseEndingAt(units, i - 1, 0);
      if (phrase && phrase.first === 0 && (posOf(units[phrase.last]) === 'PROPN' || phrase.pronoun)) {
        const span = contentSpan(units, i + 1, units.length - 1);
        if (!span) return null;
        return {
          sentence: context.sentenceIndex,
          parts: [span],
          source: mention(context, phrase, null),
          cue: { start: units[i].start, end: units[i].end, text: ':', lemma: 'say' },
          cueClass: 'speech',
          venue: null,
          pattern: 'colon',
          sharedWith: null,
        };
      }
    }
  }
  // "…" — Zelensky
  let last = units.length - 1;
  while (last > 0 && isTerminal(units[last])) last--;
  for (let d = last - 1; d > 0 && d >= last - 8; d--) {
    if (isDash(units[d]) && isQuote(units[d - 1])) {
      const phrase = phraseStartingAt(units, d + 1);
      if (phrase && phrase.last === last && posOf(units[phrase.last]) === 'PROPN') {
        return {
          sentence: context.sentenceIndex,
          parts: [{ start: units[d - 1].start, end: units[d - 1].end }],
          source: mention(context, phrase, null),
          cue: {
            start: units[d].start,
            end: units[d].end,
            text: context.text.slice(units[d].start, units[d].end),
            lemma: 'say',
          },
          cueClass: 'speech',
          venue: null,
          pattern: 'dash',
          sharedWith: null,
        };
      }
    }
  }
  return null;
}
