import type { Venue } from '../model/statement.js';
import { MODAL_VERBS } from './cue-lexicon.js';
import { readAdjunct, readTime } from './find-venue.js';
import { dayOrMonth } from './name-registry.js';
import { phraseEndingAt, POSSESSIVE_PRONOUNS, type PhraseSpan } from './noun-phrase.js';
import { NAMING_WORDS, quotedName } from './naming-call.js';
import { SUBORDINATORS, verbless } from './read-content.js';
import type { Unit } from './segment.js';
import {
  AUTHORED_DOCUMENTS,
  BODY_KINDS,
  GROUP_WORDS,
  HONORIFICS,
  isFirstName,
  ORGANIZATION_WORDS,
  PERSON_DESCRIPTION_NOUNS,
  PLACES,
  TITLE_WORDS,
  WRITTEN_NOUNS,
} from './speaker-words.js';
import { isComma, isDash, isQuote, isTerminal, lowerOf, posOf, valueOf } from './units.js';

const INSERTED_ADVERBS = new Set(
  `though however too also meanwhile instead example instance fact turn moreover nonetheless nevertheless
  therefore now again meanwhile likewise similarly course`.split(/\s+/),
);

/** Closing brackets after a name and their openers: "(R-Ohio)", "<CHV>". */
const BRACKETS = new Map([
  [')', '('],
  ['>', '<'],
]);

/**
 * "Sen. Rob Portman (R-Ohio), another incumbent, said", "Pearson Plc <PSON.L>, the publisher, said": the
 * name before a parenthesis or a stock code.
 */
function nameEndingAt(units: Unit[], last: number, floor: number): PhraseSpan | null {
  const opener = BRACKETS.get(lowerOf(units[last]));
  if (opener === undefined) return phraseEndingAt(units, last, floor);
  for (let open = last - 1; open > floor && open >= last - 10; open--) {
    if (lowerOf(units[open]) === opener) return phraseEndingAt(units, open - 1, floor);
  }
  return null;
}

const FOCUS_ADVERBS = new Set(['even', 'also', 'only']);

/** Conjunctions opening a clause of time inserted after the subject ("X, when asked …, said"). */
const TIME_CLAUSES = new Set(['when', 'while', 'after', 'before', 'once']);

/** A quotation whose last character before its closing mark is a comma ('"fantastic,"'). */
export function quoteEndsWithComma(text: string, unit: Unit | undefined): boolean {
  return (
    unit?.kind === 'quote' && text.slice(unit.quote.innerStart, unit.quote.innerEnd).trimEnd().endsWith(',')
  );
}

/** A quotation right after a participle that follows a comma (", citing ''…'',"). */
function quotedByParticiple(units: Unit[], index: number): boolean {
  const verb = units[index - 1];
  return posOf(verb) === 'VERB' && lowerOf(verb).endsWith('ing') && isComma(units[index - 2]);
}

/** A full stop closing an abbreviation right before a comma ("R-Ky.,", "Calif.,"): no sentence end. */
function abbreviationStop(units: Unit[], index: number): boolean {
  return (
    lowerOf(units[index]) === '.' &&
    isComma(units[index + 1]) &&
    isCapitalizedWord(units[index - 1]) &&
    units[index - 1].end === units[index].start
  );
}

/** Relative pronouns that open a restrictive clause inside a description ("the group that owns …"). */
const DESCRIBING_RELATIVES = new Set(['that', 'which', 'who']);

/**
 * The relative pronoun right after a description's first noun ("The company that runs the awards"), or
 * -1: the description is that noun, whatever the clause after it ends with.
 */
function describingRelative(units: Unit[], first: number, last: number): number {
  for (let i = first + 1; i < last; i++) {
    const pos = posOf(units[i]);
    if (DESCRIBING_RELATIVES.has(lowerOf(units[i])) && posOf(units[i - 1]) === 'NOUN') return i;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN') return -1;
  }
  return -1;
}

/**
 * A short noun phrase with prepositions and no verb: a description, not a clause. A restrictive relative
 * right after its first noun may carry a verb ("The group that owns most of her music, Big Machine,
 * says"): the relative is part of the description, not the clause's verb.
 */
function describes(units: Unit[], first: number, last: number): boolean {
  if (last - first > 12 || last < first) return false;
  const opener = posOf(units[first]);
  // "One of his advisers, Tad Devine, told …": a number may open the description.
  if (opener !== 'DET' && opener !== 'ADJ' && opener !== 'NOUN' && opener !== 'PROPN' && opener !== 'NUM')
    return false;
  const relative = describingRelative(units, first, last);
  for (let i = first; i <= last; i++) {
    const pos = posOf(units[i]);
    if (pos === 'QUOTE' || isComma(units[i]) || isTerminal(units[i])) return false;
    if ((pos === 'VERB' || pos === 'AUX') && (relative < 0 || i < relative)) return false;
  }
  return true;
}

/** Months that are surnames too ("Theresa May", "Yin Myint May"). */
const SURNAME_MONTHS = new Set(['may', 'march', 'june', 'august']);

/**
 * "Yin Myint May said": a month after a name of two capitalised words (no "the" nor a third name before
 * them: "the Sydney Morning Herald May …") ends the name, whatever first name opens it.
 */
function monthEndsName(units: Unit[], index: number): boolean {
  if (index < 2 || posOf(units[index]) !== 'PROPN' || !SURNAME_MONTHS.has(lowerOf(units[index])))
    return false;
  const name = [units[index - 2], units[index - 1]];
  if (!name.every((unit) => posOf(unit) === 'PROPN' && isCapitalizedWord(unit))) return false;
  if (name.some((unit) => dayOrMonth(lowerOf(unit)))) return false;
  const before = units[index - 3];
  return (
    before === undefined ||
    (posOf(before) !== 'PROPN' && lowerOf(before) !== 'the' && !isCapitalizedWord(before))
  );
}

/** Skips a time expression read right to left ("on Friday", "earlier this week") ending at `index`. */
export function skipTimeBackward(units: Unit[], index: number, floor: number): number {
  // "Theresa May said", "Ada March told …": a month after a first name is the surname, no time.
  if (posOf(units[index]) === 'PROPN' && index > 0 && isFirstName(lowerOf(units[index - 1])))
    if (posOf(units[index - 1]) === 'PROPN' && lowerOf(units[index - 2]) !== 'on') return index;
  if (monthEndsName(units, index)) return index;
  if (monthIsSurname(units, index, floor)) return index;
  for (let start = Math.max(floor, index - 4); start <= index; start++) {
    if (posOf(units[start]) === 'PROPN' && lowerOf(units[start - 1]) !== 'on' && start !== index) continue;
    const end = readTime(units, start);
    if (end === index + 1) return start - 1;
  }
  return index;
}

/**
 * "Brian May is on tour. May said …", "…, March told reporters", "Mr May said": a month alone that opens
 * its clause or follows an honorific is the surname; a month that is a time comes with a preposition, a
 * day or a determiner ("in May", "May 5", "last May") or stands after the subject ("The firm May 5 said").
 */
function monthIsSurname(units: Unit[], index: number, floor: number): boolean {
  if (posOf(units[index]) !== 'PROPN' || !SURNAME_MONTHS.has(lowerOf(units[index]))) return false;
  const before = units[index - 1];
  return (
    index === floor ||
    before === undefined ||
    isComma(before) ||
    isTerminal(before) ||
    isQuote(before) ||
    HONORIFICS.has(lowerOf(before))
  );
}

export function isCapitalizedWord(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === 'token' && /^\p{Lu}/u.test(unit.token.value);
}

/**
 * An acronym that abbreviates the capitalised words right before the comma before it ("the Farm Lending
 * Board, FLB"): its letters are their initials, in order.
 */
function abbreviates(units: Unit[], index: number): boolean {
  const unit = units[index];
  if (unit === undefined || unit.kind !== 'token' || !/^[A-Z]{2,6}$/.test(unit.token.value)) return false;
  const letters = unit.token.value;
  let at = letters.length - 1;
  for (let k = index - 2; k >= 0 && k >= index - 12 && at >= 0; k--) {
    const word = units[k];
    if (word.kind !== 'token') return false;
    const value = word.token.value;
    if (/^(of|for|and|on|the|&)$/.test(value)) continue;
    if (value[0] !== letters[at]) return false;
    at--;
  }
  return at < 0;
}

/**
 * A name the tagger splits, all of its words capitalised and the first a proper noun ("Big Machine":
 * Big/PROPN Machine/NOUN), set off between commas, where a capital is no sentence's first.
 */
function capitalizedName(units: Unit[], phrase: PhraseSpan): boolean {
  if (posOf(units[phrase.first]) !== 'PROPN' || phrase.last - phrase.first > 4) return false;
  for (let i = phrase.first; i <= phrase.last; i++) if (!isCapitalizedWord(units[i])) return false;
  return true;
}

/** Words that give a work its title ("a report titled …", "a book called …"). */
const TITLING_WORDS = new Set(['titled', 'entitled', 'called', 'dubbed']);

/** Works that carry a title and speak for their authors ("a report titled …", "a study called …"). */
const TITLED_WORKS = new Set([
  ...WRITTEN_NOUNS,
  ...'book study paper survey article documentary film programme program investigation analysis blog podcast series document dossier review'.split(
    ' ',
  ),
]);

/**
 * The work a title names, when the phrase before the verb is a title after "titled"/"called" and a work
 * ("A report titled Dark Money said"); null otherwise ("a man called Tom Reed said" names a person).
 */
function titledWork(units: Unit[], title: PhraseSpan, floor: number): PhraseSpan | null {
  if (title.pronoun || !TITLING_WORDS.has(lowerOf(units[title.first - 1])) || title.first - 2 < floor)
    return null;
  const work = phraseEndingAt(units, title.first - 2, floor);
  return work && !work.pronoun && TITLED_WORKS.has(lowerOf(units[work.last])) ? work : null;
}

/** Words that lead up to a naming word ("who goes by", "known as", "calling itself", "uses the handle"). */
const NAMING_LEADS = new Set([
  'known',
  'who',
  'goes',
  'go',
  'going',
  'went',
  'calls',
  'calling',
  'uses',
  'using',
  'under',
  'the',
  'a',
]);

/** Relative pronouns opening a clause set off after a subject ("X, who …, said"). */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'which']);

/**
 * The noun phrase that `phrase`, the object of a preposition, belongs to, read back over any chain of
 * prepositional phrases ("The head" for "the agency" in "The head of the agency", "An official" for "the
 * embassy" in "An official at the embassy"); null when no lower-case preposition stands before it.
 */
function headBefore(units: Unit[], phrase: PhraseSpan, floor: number): PhraseSpan | null {
  let head: PhraseSpan | null = null;
  let at = phrase;
  while (at.first - 2 >= floor) {
    const preposition = units[at.first - 1];
    if (posOf(preposition) !== 'ADP' || isCapitalizedWord(preposition)) break;
    const before = phraseEndingAt(units, at.first - 2, floor);
    if (!before || before.pronoun) break;
    head = before;
    at = before;
  }
  return head;
}

/** Past participles that end in neither -ed nor -en/-wn ("left", "sent", "held", "read"). */
const IRREGULAR_PARTICIPLES = new Set(
  `left sent hung held put read found set built kept made done gone bought brought caught taught fought sold
  paid laid heard lost cut hit shut spread struck stuck won spun dug led fed fled met shot lit spent lent
  meant dealt felt swept`.split(/\s+/),
);

/**
 * A bare past participle ("written", "signed", "left"): a verb ending in -ed, -en or -wn, or an irregular
 * one; not a past tense of its own ("wrote", "came").
 */
export function pastParticiple(unit: Unit | undefined): boolean {
  const lower = lowerOf(unit);
  return posOf(unit) === 'VERB' && (/(?:ed|en|wn)$/.test(lower) || IRREGULAR_PARTICIPLES.has(lower));
}

/** Tags of a particle after a participle ("handed out", "put up"). */
const PARTICLE_TAGS = new Set(['ADP', 'ADV', 'PART']);

/** Participles whose agent after "by" made what a work says ("a letter signed by 40 scientists"). */
const AUTHORING_PARTICIPLES = new Set(
  `written signed published issued released sent posted drafted authored penned prepared compiled filed
  submitted conducted carried done made given delivered commissioned collected gathered`.split(/\s+/),
);

/** Participles that put a work in a paper ("published in the Coastal Medical Journal"). */
const PRINTING_PARTICIPLES = new Set(['published', 'printed']);

/**
 * Works that speak for whoever made them, beside the titled ones ("research conducted by the EOC", "the
 * figures collected by the MDA").
 */
const AUTHORED_WORKS = new Set([
  ...TITLED_WORKS,
  ...AUTHORED_DOCUMENTS,
  ...'research polling speech remarks comments'.split(' '),
]);

/**
 * "A note left at the scene said", "Witnesses interviewed by the BBC said", "A statement posted on the
 * website said", "A leaked letter seen by Sky News says": a past participle right after a noun (or after its
 * comma, "The letter, signed by …,"), with one to four prepositional phrases, modifies that noun, which is the subject; `phrase`, ending at the verb, is
 * only the object of the last preposition. A work's author after "by" speaks for it ("A letter signed by
 * 40 scientists said", as "a letter by 40 scientists said"); whoever saw or obtained it does not.
 */
function participleModifies(
  units: Unit[],
  phrase: PhraseSpan,
  floor: number,
): { phrase: PhraseSpan; appositive: [number, number]; first: number } | null {
  let object = phrase;
  let agent: PhraseSpan | null = null;
  for (let hops = 0; hops < 4; hops++) {
    const preposition = object.first - 1;
    // ("The fall came as Indonesia said": a subordinator opens a clause, no prepositional phrase.)
    if (
      posOf(units[preposition]) !== 'ADP' ||
      isCapitalizedWord(units[preposition]) ||
      SUBORDINATORS.has(lowerOf(units[preposition]))
    )
      return null;
    // ("issued on behalf of a panel": the one it speaks for)
    // ("a study published in the Coastal Medical Journal": the paper, as "a report in the paper said")
    const word = lowerOf(units[preposition]);
    if (
      word === 'by' ||
      (word === 'of' && lowerOf(units[preposition - 1]) === 'behalf') ||
      (word === 'in' &&
        PRINTING_PARTICIPLES.has(lowerOf(units[preposition - 1])) &&
        isCapitalizedWord(units[object.last]))
    )
      agent = object;
    // "handed out at the rally": a particle between the participle and its preposition.
    const verb = pastParticiple(units[preposition - 1]) ? preposition - 1 : preposition - 2;
    if (
      pastParticiple(units[verb]) &&
      (verb === preposition - 1 || PARTICLE_TAGS.has(posOf(units[verb + 1])))
    ) {
      // ("The letter, signed by 40 scientists, said": the insertion's comma after the noun)
      const nounLast = isComma(units[verb - 1]) ? verb - 2 : verb - 1;
      const noun = nounLast >= floor ? phraseEndingAt(units, nounLast, floor) : null;
      // ("about 28% of the bosses polled for the survey say": a share of the respondents their participle
      // ends; "Economists polled by Reuters said" are the economists.)
      const polled = noun && nounLast === verb - 1 ? phraseEndingAt(units, verb, floor) : null;
      const head = polled && noun && polled.first < noun.first ? polled : noun;
      const headPos = posOf(units[nounLast]);
      if (!head || head.pronoun || (headPos !== 'NOUN' && headPos !== 'PROPN')) return null;
      // ("In a statement issued on Wednesday Lord Woolf said": the object of a preposition is no subject.)
      if (head.first - 1 >= floor && posOf(units[head.first - 1]) === 'ADP') return null;
      const work = lowerOf(units[head.last]);
      return agent !== null &&
        AUTHORING_PARTICIPLES.has(lowerOf(units[verb])) &&
        (AUTHORED_WORKS.has(work) || AUTHORED_WORKS.has(work.replace(/s$/, '')))
        ? { phrase: agent, appositive: [head.first, agent.first - 1], first: head.first }
        : { phrase: head, appositive: [Math.max(head.last + 1, verb), phrase.last], first: head.first };
    }
    const before = phraseEndingAt(units, preposition - 1, floor);
    if (!before || before.pronoun) return null;
    object = before;
  }
  return null;
}

/** Adverbs that date an age set off after a name ("then 38", "now 81"). */
const AGE_ADVERBS = new Set(['then', 'now']);

/** Conjunctions that open an adverbial clause: a word before a verb that cannot end its subject. */
const CLAUSE_CONJUNCTIONS = new Set(['as', 'because', 'if', 'although', 'whereas', 'unless']);

/** The subject to the left of a verb group: "Zelensky", "Mark Rutte, NATO's secretary-general,", "who". */
export function subjectBefore(
  text: string,
  units: Unit[],
  index: number,
  floor: number,
): { phrase: PhraseSpan; appositive: [number, number] | null; first: number; venue?: Venue | null } | null {
  let adverb = index;
  // "Reed himself said", "the minister herself told": a reflexive stressing the subject.
  if (INTENSIVES.has(lowerOf(units[adverb])) && adverb - 1 >= floor && !isComma(units[adverb - 1])) adverb--;
  // "Carter however said", "Smith, though, said": adverbs between the subject and the verb.
  while (
    adverb > floor &&
    adverb > index - 2 &&
    posOf(units[adverb]) === 'ADV' &&
    !isCapitalizedWord(units[adverb])
  )
    adverb--;
  // "Murphy, though, said", "Rogers, for example, said": a discourse adverb set off by commas.
  if (isComma(units[adverb]) && INSERTED_ADVERBS.has(lowerOf(units[adverb - 1]))) {
    for (let back = adverb - 2; back >= adverb - 3 && back > floor; back--) {
      if (isComma(units[back])) {
        adverb = back - 1;
        break;
      }
    }
  }
  const j = skipTimeBackward(units, adverb, floor);
  if (j < floor) return null;
  // "As previously reported, the debt matures …", "If confirmed, the deal …": a conjunction opening an
  // adverbial clause ends no subject; the writer's own earlier report names no speaker.
  if (CLAUSE_CONJUNCTIONS.has(lowerOf(units[j]))) return null;
  // Relative clause: "Smith, who …, said" is rare; "…, who said" takes the antecedent.
  if (lowerOf(units[j]) === 'who' && j > 0 && isComma(units[j - 1]) && j - 2 >= floor) {
    const antecedent = phraseEndingAt(units, j - 2, floor);
    if (antecedent && !antecedent.pronoun)
      return { phrase: antecedent, appositive: null, first: antecedent.first };
    return null;
  }
  // "an architect who said he was never paid": a restrictive relative takes its antecedent, and the
  // mention runs to "who".
  if (lowerOf(units[j]) === 'who' && j - 1 >= floor) {
    const antecedent = phraseEndingAt(units, j - 1, floor);
    const head = posOf(units[j - 1]);
    if (antecedent && !antecedent.pronoun && (head === 'NOUN' || head === 'PROPN'))
      return { phrase: antecedent, appositive: [j, j], first: antecedent.first };
    return null;
  }
  // Appositive or relative clause between commas: "Mark Rutte, NATO's secretary-general, said",
  // "Barkley, who said he votes Democratic, said".
  // "Sen. Jack Reed (D-R.I.), said": the parenthesis closes right before the comma.
  // "Chevron Corp <CHV> said": a stock code in angle brackets is skipped like a parenthesis (before a
  // comma it may end an appositive instead: "Shearson, a unit of American Express Co <AXP>, said").
  const closing = BRACKETS.has(lowerOf(units[j]))
    ? j
    : isComma(units[j]) && lowerOf(units[j - 1]) === ')'
      ? j - 1
      : -1;
  if (closing >= 0) {
    // "Gov. John Kasich (R-OH) said": skip the parenthesis.
    const j = closing;
    const open = BRACKETS.get(lowerOf(units[j]));
    let k = j - 1;
    while (k > floor && k > j - 12 && lowerOf(units[k]) !== open) k--;
    if (lowerOf(units[k]) === open) {
      const name = phraseEndingAt(units, k - 1, floor);
      if (name && !name.pronoun) {
        // "Jeff Joseph, from the Consumer Electronics Association (CEA) told …": the phrase before the
        // parenthesis may itself close an insertion whose closing comma is missing.
        const whole = k - 1 > floor ? subjectBefore(text, units, k - 1, floor) : null;
        if (whole && !whole.phrase.pronoun && whole.appositive && whole.phrase.last < name.first)
          return { phrase: whole.phrase, appositive: [whole.appositive[0], j], first: whole.first };
        return { phrase: name, appositive: [k, j], first: name.first };
      }
    }
    return null;
  }
  // 'A hacker known as "Sabu" told …', 'A report titled "Dark Money" said …', 'The book "Fire and Fury"
  // says …': a quoted name closes the subject that opens the clause.
  if (isQuote(units[j]) && quotedName(text, units, floor, j)) {
    let k = j - 1;
    while (k > floor && (NAMING_WORDS.has(lowerOf(units[k])) || NAMING_LEADS.has(lowerOf(units[k])))) k--;
    const phrase = phraseEndingAt(units, k, floor);
    if (phrase && !phrase.pronoun && phrase.first === floor)
      return { phrase, appositive: [phrase.last + 1, j], first: floor };
    return null;
  }
  // "Mr. Manafort, citing ''the unique magic of Trump,'' said": the insertion ends in a quotation.
  if (isQuote(units[j]) && quotedByParticiple(units, j) && quoteEndsWithComma(text, units[j])) {
    const name = nameEndingAt(units, j - 3, floor);
    if (name && !name.pronoun && name.first === floor && posOf(units[name.last]) === 'PROPN')
      return { phrase: name, appositive: null, first: name.first };
    return null;
  }
  if ((isComma(units[j]) || isDash(units[j])) && j - 1 > floor) {
    const dash = isDash(units[j]);
    let commas = 0;
    for (let k = j - 1; k > floor && k >= j - 40; k--) {
      const unit = units[k];
      // "Mr. Manafort, citing ''the unique magic of Trump,'' said": a quotation a participle inserts.
      if (isQuote(unit) && isComma(units[j]) && quotedByParticiple(units, k)) continue;
      // "Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said": a quoted name inside
      // the insertion, not a quotation the sentence opens with.
      if (
        isQuote(unit) &&
        isComma(units[j]) &&
        k > floor + 1 &&
        !isComma(units[k - 1]) &&
        !isComma(units[k + 1]) &&
        !quoteEndsWithComma(text, unit)
      )
        continue;
      // "Sen. Rand Paul, R-Ky., told": the full stop of an abbreviation before a comma ends no sentence.
      if (isQuote(unit) || (isTerminal(unit) && !abbreviationStop(units, k))) break;
      if (dash ? !isDash(unit) : !isComma(unit)) continue;
      if (++commas > 5) break;
      const opener = units[k + 1];
      const openerPos = posOf(opener);
      // "The letter, signed by 40 scientists, said", "The sign, written in Veldish, read": a participle's
      // insertion after a subject opening the clause, read as it is without the commas.
      if (pastParticiple(opener) && isComma(units[j]) && commas === 1) {
        const object = phraseEndingAt(units, j - 1, k + 1);
        const modified = object && !object.pronoun ? participleModifies(units, object, floor) : null;
        if (modified && (modified.first === floor || isQuote(units[modified.first - 1]))) return modified;
      }
      const opens =
        lowerOf(opener) === 'who' ||
        // "BFA, which runs two plants, said": a body's relative clause (the antecedent a name, below).
        lowerOf(opener) === 'which' ||
        // "Tom Reed, whose question revealed the figure, said": a possessive relative clause.
        lowerOf(opener) === 'whose' ||
        openerPos === 'DET' ||
        POSSESSIVE_PRONOUNS.has(lowerOf(opener)) ||
        openerPos === 'ADJ' ||
        openerPos === 'NUM' ||
        // "Mr. Reed, then 38, said", "Ms. Lee, now 81 and retired, said": an age with "then" or "now";
        // "Ed Balls, now a parliamentary hopeful, said": a description with them.
        (AGE_ADVERBS.has(lowerOf(opener)) &&
          (posOf(units[k + 2]) === 'NUM' || posOf(units[k + 2]) === 'DET')) ||
        openerPos === 'NOUN' ||
        openerPos === 'PROPN' ||
        // "Mr Bez, himself a former executive at Porsche, said", "Yukos - itself a target of a lawsuit -
        // said": a reflexive stressing the subject before the description.
        (INTENSIVES.has(lowerOf(opener)) && ['DET', 'ADJ', 'NUM'].includes(posOf(units[k + 2]))) ||
        (openerPos === 'ADP' && isComma(units[j])) ||
        (openerPos === 'VERB' && lowerOf(opener).endsWith('ing') && isComma(units[j])) ||
        // "Smith, asked about the plan, said"
        (pastParticiple(opener) && isComma(units[j])) ||
        // "Ted Cruz, when asked what is wrong with the plan, responded that …"
        (TIME_CLAUSES.has(lowerOf(opener)) && isComma(units[j])) ||
        lowerOf(opener) === 'the';
      // "Democratic leaders — and, in particular, Harry Reid — insisted", "Many speakers at the service —
      // including Muslims, Christians — said": a dash pair sets off what the group includes.
      const dashed = dash && (lowerOf(opener) === 'including' || lowerOf(opener) === 'and');
      if (!opens && !dashed) continue;
      // "Six newspapers in the state, including the Asbury Park Press, said": the group before the
      // insertion is the subject, whatever its head.
      if (((lowerOf(opener) === 'including' && isComma(units[j])) || dashed) && k - 1 > floor) {
        const before = phraseEndingAt(units, k - 1, floor);
        // "Six newspapers in the county, including …": back over the prepositional phrases to the head.
        const group = before && !before.pronoun ? (headBefore(units, before, floor) ?? before) : before;
        if (group && !group.pronoun && group.first === floor)
          return { phrase: group, appositive: [group.last + 1, j - 1], first: group.first };
      }
      const name = nameEndingAt(units, k - 1, floor);
      // "The head of the agency, who took office in May, said": a relative clause after a description
      // with its prepositional phrases, which opens the clause; so an appositive on the phrase's last noun
      // ("Officials at the agency, a division of the Commerce Department, said").
      // (the appositive a noun phrase with no verb, "…, such as Indonesia, do not buy …, said X" is a
      // clause; and the head one who speaks, not "The advice of Basta, the minister, warned")
      const relative = RELATIVE_OPENERS.has(lowerOf(opener));
      const apposed =
        (openerPos === 'DET' || openerPos === 'ADJ' || POSSESSIVE_PRONOUNS.has(lowerOf(opener))) &&
        verbless(units, k + 1, j - 1);
      if (name !== null && !name.pronoun && (relative || apposed) && isComma(units[j])) {
        const head = headBefore(units, name, floor);
        if (head !== null && head.first === floor && (relative || speakingHead(units, head)))
          return { phrase: head, appositive: [head.last + 1, name.last], first: floor };
      }
      // The subject starts its clause; "…in Aurora, Colorado, in July 2012, said" names places, not it.
      const startsClause =
        name !== null &&
        (name.first === floor ||
          posOf(units[name.first - 1]) === 'CCONJ' ||
          isQuote(units[name.first - 1]) ||
          // "WASHINGTON -- President Obama, dedicating the museum, said": after a dateline's dash.
          (isDash(units[name.first - 1]) && name.first - 1 <= floor + 3) ||
          // "Even Rendell, a stalwart supporter, said": a focusing adverb opening the clause.
          // "As Andrew Tabler, an expert on Syria, noted, …": an "as" clause of attribution.
          (name.first - 1 === floor &&
            (FOCUS_ADVERBS.has(lowerOf(units[floor])) || lowerOf(units[floor]) === 'as')) ||
          // "The report came as Ann Lee, the US envoy, said …": a clause a subordinator opens, with one
          // insertion ("Although Mr Lee, 21, managed …, it is thought …, said" is no subject; nor "such as").
          (SUBORDINATORS.has(lowerOf(units[name.first - 1])) &&
            lowerOf(units[name.first - 2]) !== 'such' &&
            isComma(units[j]) &&
            commas === 1) ||
          // (not an acronym set off after its body's name before "which": "Tom Vale, chairman of the
          // Farm Lending Board, FLB, which oversees …, said" is Vale's)
          (isComma(units[name.first - 1]) &&
            posOf(opener) !== 'ADP' &&
            posOf(opener) !== 'VERB' &&
            !(lowerOf(opener) === 'which' && name.first === name.last && abbreviates(units, name.first))));
      if (name !== null && !name.pronoun && !startsClause) {
        // "Another delegate on the Cruz slate, Jim Poolman, said": a description opening the clause, then
        // the name between the commas.
        // "On Wednesday, however, the director of the FBI, James Comey, said": the description may follow
        // an introductory phrase and its comma.
        let start = k - 1;
        while (start > floor && start > k - 13 && !isComma(units[start - 1]) && !isQuote(units[start - 1]))
          start--;
        const inserted = phraseEndingAt(units, j - 1, k + 1);
        if (
          inserted &&
          inserted.first === k + 1 &&
          !inserted.pronoun &&
          (posOf(units[inserted.last]) === 'PROPN' || capitalizedName(units, inserted)) &&
          // ("The festival organiser in Veldonia, Ada Varn, told": a description may end in a place)
          (posOf(units[name.last]) === 'NOUN' ||
            // ("The company that runs the AMAs, Dick Clark Productions, denies": the relative's object
            // may be a name; the description's head is the noun before the relative)
            describingRelative(units, start, k - 1) >= 0 ||
            (posOf(units[name.first - 1]) === 'ADP' &&
              // ("The Secretary for Transport, Ann Lee, said": a capitalised title before the preposition)
              (posOf(units[name.first - 2]) === 'NOUN' ||
                (lowerOf(units[name.first - 1]) === 'for' &&
                  TITLE_WORDS.has(lowerOf(units[name.first - 2])))) &&
              ['the', 'a', 'an'].includes(lowerOf(units[start])) &&
              // a person's full name, not a state or a body after a place ("in Loudoun County, Virginia,")
              inserted.last > inserted.first &&
              posOf(units[inserted.first]) === 'PROPN')) &&
          // ('"…," the festival organiser in Veldonia, Ada Varn, told …': after a quotation too)
          (start === floor || isComma(units[start - 1]) || isQuote(units[start - 1])) &&
          describes(units, start, k - 1)
        ) {
          return { phrase: inserted, appositive: [start, k - 1], first: start };
        }
        continue;
      }
      const titleOnly =
        name !== null && TITLE_WORDS.has(lowerOf(units[name.last])) && posOf(opener) === 'PROPN';
      if (
        name &&
        !name.pronoun &&
        !titleOnly &&
        (posOf(units[name.last]) === 'PROPN' ||
          lowerOf(opener) === 'who' ||
          // ("BFA, which runs two plants, said": the tagger reads a body's acronym as a common noun)
          (lowerOf(opener) === 'which' && /^[A-Z][A-Z&]+$/.test(valueOf(units[name.last]))) ||
          // ("The company, which is expected to cut jobs, confirmed that …", "According to Reuters, the
          // civil society groups, which met on Monday, said …": a kind of body the story resolves later)
          (lowerOf(opener) === 'which' && bodyWithRelative(units, name, floor)) ||
          describedBody(units, name, k + 1))
      ) {
        // An adverbial insertion ("Lewandowski, in a statement, said") is not an appositive.
        const adverbial =
          posOf(opener) === 'ADP' || posOf(opener) === 'VERB' || TIME_CLAUSES.has(lowerOf(opener));
        // Nor is a body's relative clause ("BFA, which runs two plants, said") a title.
        const appositive: [number, number] | null =
          adverbial || lowerOf(opener) === 'which' ? null : [k + 1, j - 1];
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
    // "Lydia Marsh for Food Standards Freedonia, says …": the comma that should open the insertion is
    // missing, so only its closing one stands between the subject and the verb.
    if (!dash && j - 1 > floor) {
      const unpaired = subjectBefore(text, units, j - 1, floor);
      const joined = unpaired?.appositive
        ? unpaired.appositive[1] === j - 1 && ROLE_PREPOSITIONS.has(lowerOf(units[unpaired.appositive[0]]))
        : unpaired?.phrase.last === j - 1 &&
          units.slice(unpaired.phrase.first, j).some((unit) => ROLE_PREPOSITIONS.has(lowerOf(unit)));
      if (unpaired && joined && unpaired.first === floor && posOf(units[unpaired.phrase.first]) === 'PROPN')
        return unpaired;
    }
    return null;
  }
  const phrase = phraseEndingAt(units, j, floor);
  // "Those close to him say": an object pronoun ends the description.
  if (!phrase && OBJECT_PRONOUNS.has(lowerOf(units[j]))) {
    // "Two of them said …", "Only 42% of them say that …", "Most of them agree": a part of the group the
    // pronoun stands for speaks; the pronoun is the mention the speaker resolves from.
    const part = partOfGroup(text, units, j, floor);
    if (part >= 0) return { phrase: { first: j, last: j, pronoun: true }, appositive: null, first: part };
    const described = sourceDescription(units, j, floor);
    return described
      ? { phrase: described, appositive: [described.last + 1, j], first: described.first }
      : null;
  }
  if (!phrase) return null;
  const modified = phrase.pronoun ? null : participleModifies(units, phrase, floor);
  if (modified) return modified;
  // "A report titled Dark Money said": a title written without quotation marks names the work, which
  // speaks, never a person.
  const work = titledWork(units, phrase, floor);
  if (work) return { phrase: work, appositive: [work.last + 1, phrase.last], first: work.first };
  // "People familiar with the matter said", "Sources close to the president say", "Those close to him
  // say": the people are the speaker, not the matter or the president they are close to.
  const postmodifier = sourceDescription(units, phrase.first, floor);
  if (postmodifier)
    return {
      phrase: postmodifier,
      appositive: [postmodifier.last + 1, phrase.last],
      first: postmodifier.first,
    };
  // "PC World's analysis of its own traffic statistics concluded", "an analysis of the census data
  // found": what a study is "of" is its topic, not its author; the study (its possessor's) speaks.
  const topic = studyOfTopic(units, phrase, floor);
  if (topic) return { phrase: topic, appositive: [topic.last + 1, phrase.last], first: topic.first };
  // "A spokesman for the Pentagon said", "Officials at the agency said": the speaker is the role before
  // the preposition; the mention runs over the whole phrase.
  const preposition = phrase.first - 1;
  // A capitalised preposition is a title-case headline ("… Won't Trigger War With Russia Kallas said").
  // "One user on the forum wrote", "Officials in Kyiv said": people placed by where they are.
  const placing = PLACING_PREPOSITIONS.has(lowerOf(units[preposition]));
  if (
    !phrase.pronoun &&
    (ROLE_PREPOSITIONS.has(lowerOf(units[preposition])) || placing) &&
    !isCapitalizedWord(units[preposition]) &&
    preposition - 1 >= floor
  ) {
    // "Emmanuel Ferry, from Exane BNP Paribas told …", "Chris Lee, managing director of Freedom2surf
    // said …": the comma that should close the insertion after a person's name is missing.
    const insertion = isComma(units[preposition - 1])
      ? preposition
      : (phraseEndingAt(units, preposition - 1, floor)?.first ?? -1);
    if (!placing && insertion - 2 >= floor && isComma(units[insertion - 1])) {
      const name = nameEndingAt(units, insertion - 2, floor);
      const role = insertion === preposition ? null : phraseEndingAt(units, preposition - 1, floor);
      if (
        name &&
        !name.pronoun &&
        name.last > name.first &&
        posOf(units[name.first]) === 'PROPN' &&
        posOf(units[name.last]) === 'PROPN' &&
        (role === null || (!role.pronoun && TITLE_WORDS.has(lowerOf(units[role.last])))) &&
        // (opening the clause: "During talks with the minister, Jan Rau, the head of … said" is no insertion)
        (name.first === floor ||
          isQuote(units[name.first - 1]) ||
          (isComma(units[name.first - 1]) && isQuote(units[name.first - 2])))
      )
        return { phrase: name, appositive: [insertion, phrase.last], first: name.first };
    }
    const role = phraseEndingAt(units, preposition - 1, floor);
    // "A Texaco spokesman in Houston said", "the U.S. Embassy in Moscow warned": a role or a body placed
    // in a named place speaks as it would without the place.
    const inPlace = placing && lowerOf(units[preposition]) === 'in' && isCapitalizedWord(units[phrase.last]);
    // (Not a written thing in a paper, "a report in the Economic Observer said", whose paper speaks, nor a
    // phrase inside a title, "the Special Representative on Sexual Violence in Conflict".)
    const placedSpeaker =
      inPlace &&
      role !== null &&
      !WRITTEN_NOUNS.has(lowerOf(units[role.last])) &&
      !['on', 'of'].includes(lowerOf(units[role.first - 1])) &&
      (speaksForOthers(units, role) || ORGANIZATION_WORDS.has(lowerOf(units[role.last])));
    if (
      role &&
      !role.pronoun &&
      (peopleNoun(units, role) || (!placing && speaksForOthers(units, role)) || placedSpeaker)
    ) {
      return { phrase: role, appositive: [preposition, phrase.last], first: role.first };
    }
    // "The Special Representative on Sexual Violence in Conflict said", "Residents of the village on the
    // river said": a title's or people's complement runs over two prepositional phrases; the title or the
    // people speak, not the noun of the last phrase. (Not after "for": "a spokesman for the World Summit
    // on the Information Society" speaks for the body.)
    const link = role ? role.first - 1 : -1;
    if (
      role &&
      !role.pronoun &&
      placing &&
      link - 1 >= floor &&
      (lowerOf(units[link]) === 'on' || lowerOf(units[link]) === 'of') &&
      !isCapitalizedWord(units[link])
    ) {
      const head = phraseEndingAt(units, link - 1, floor);
      if (head && !head.pronoun && (TITLE_WORDS.has(lowerOf(units[head.last])) || peopleNoun(units, head)))
        return { phrase: head, appositive: [link, phrase.last], first: head.first };
    }
  }
  // '"…," the letter from Qwest said.', 'a motion by the lawyers stated', 'a statement on her website
  // said': a written thing with its author or its place; the mention runs over the whole phrase.
  if (
    !phrase.pronoun &&
    WRITTEN_PREPOSITIONS.has(lowerOf(units[preposition])) &&
    !isCapitalizedWord(units[preposition]) &&
    preposition - 1 >= floor
  ) {
    const thing = phraseEndingAt(units, preposition - 1, floor);
    if (
      thing &&
      !thing.pronoun &&
      thing.first < thing.last &&
      WRITTEN_NOUNS.has(lowerOf(units[thing.last]))
    ) {
      // (The author after "from", "by", "of" is the speaker; "on her website" only places the thing.)
      return lowerOf(units[preposition]) === 'on'
        ? { phrase: thing, appositive: [preposition, phrase.last], first: thing.first }
        : { phrase, appositive: [thing.first, preposition], first: thing.first };
    }
  }
  // "a number of analysts said", "dozens of residents said", "a wide range of experts say": a quantity of
  // the speakers opens the subject (the speakers stay its head).
  if (!phrase.pronoun && lowerOf(units[phrase.first - 1]) === 'of' && phrase.first - 2 >= floor) {
    const before = units[phrase.first - 2];
    if (QUANTITY_HEADS.has(lowerOf(before)) || posOf(before) === 'NUM') {
      const quantity = phraseEndingAt(units, phrase.first - 2, floor);
      return { phrase, appositive: null, first: quantity ? quantity.first : phrase.first - 2 };
    }
  }
  // "Ann Lee and Tom Ray said", "Reed and others say", "she and another passenger said": two speakers
  // joined by "and" open the clause. A person before a plain noun ("others") is the speaker, the mention
  // running over both; else the last stays the speaker, as "and" may be inside a name or a title ("Trade
  // and Industry Secretary Patricia Hewitt", "the Department for Work and Pensions spokeswoman").
  const other =
    lowerOf(units[phrase.first - 1]) === 'and' ? phraseEndingAt(units, phrase.first - 2, floor) : null;
  if (other && jointSpeakers(units, other, phrase, floor)) {
    const lead = units[phrase.first];
    const plain =
      !phrase.pronoun &&
      posOf(units[phrase.last]) === 'NOUN' &&
      // ("Culture and Sport spokeswoman", "Lithuanian and Latvian politicians": one name or title.)
      lead.kind === 'token' &&
      lead.token.value === lead.token.lower &&
      !PLACES.has(lowerOf(units[other.last])) &&
      (other.pronoun || other.first === other.last || posOf(units[other.first]) === 'PROPN');
    return plain
      ? { phrase: other, appositive: [phrase.first - 1, phrase.last], first: other.first }
      : { phrase, appositive: null, first: other.first };
  }
  // '"…," chairman and chief executive Richard Parsons said', 'JPL scientist and study co-author Michael
  // Malaska said': two titles of one person joined by "and" before the name open the clause.
  if (
    other &&
    !other.pronoun &&
    !phrase.pronoun &&
    TITLE_WORDS.has(lowerOf(units[other.last])) &&
    posOf(units[phrase.last]) === 'PROPN' &&
    !isCapitalizedWord(units[phrase.first]) &&
    (other.first === floor ||
      isComma(units[other.first - 1]) ||
      isQuote(units[other.first - 1]) ||
      isDash(units[other.first - 1]))
  )
    return { phrase, appositive: [other.first, phrase.first - 1], first: other.first };
  // "the Labour peer and former minister said", "the actor and comedian says": a definite description and
  // a second one with no determiner of its own describe one person, the whole phrase the speaker.
  if (other && !other.pronoun && !phrase.pronoun && twoDescriptionsOfOne(units, other, phrase))
    return {
      phrase: { first: other.first, last: phrase.last, pronoun: false },
      appositive: null,
      first: other.first,
    };
  return { phrase, appositive: null, first: phrase.first };
}

/**
 * Whether "the A and B" is one person described twice ("the Labour peer and former minister", "the
 * singer and actress"): `first` opens with "the" and ends in a singular noun of a person that is no office, `second` has no
 * determiner, starts in lower case and ends in a role, title or trade. Not two bodies ("the union and
 * management"), nor two people each with their article ("the mayor and the governor").
 */
function twoDescriptionsOfOne(units: Unit[], first: PhraseSpan, second: PhraseSpan): boolean {
  if (lowerOf(units[first.first]) !== 'the' || first.last === first.first) return false;
  const lead = units[second.first];
  if (lead.kind !== 'token' || lead.token.value !== lead.token.lower || posOf(lead) === 'DET') return false;
  const personNoun = (lower: string): boolean =>
    TITLE_WORDS.has(lower) || PERSON_DESCRIPTION_NOUNS.has(lower);
  const firstHead = lowerOf(units[first.last]);
  return (
    posOf(units[first.last]) === 'NOUN' &&
    !firstHead.endsWith('s') &&
    // ("the mayor and governor", "the president and prime minister": two offices are two people)
    !TITLE_WORDS.has(firstHead) &&
    !ORGANIZATION_WORDS.has(firstHead) &&
    !GROUP_WORDS.has(firstHead) &&
    personNoun(lowerOf(units[second.last]))
  );
}

/**
 * Do `first` "and" `second` name two speakers that open their clause: a person (a name or "he", "she")
 * first, then a name, a pronoun or a noun ("others", "another passenger").
 */
function jointSpeakers(units: Unit[], first: PhraseSpan, second: PhraseSpan, floor: number): boolean {
  const opens =
    first.first === floor ||
    isComma(units[first.first - 1]) ||
    isQuote(units[first.first - 1]) ||
    isDash(units[first.first - 1]);
  if (!opens) return false;
  const person = first.pronoun
    ? ['he', 'she'].includes(lowerOf(units[first.first]))
    : posOf(units[first.last]) === 'PROPN';
  const head = posOf(units[second.last]);
  return person && (second.pronoun || head === 'PROPN' || head === 'NOUN');
}

/** Determiners of a body or person the story has named before ("the company", "this ministry"). */
const DEFINITE_DETERMINERS = new Set(['the', 'this']);

/**
 * "The company, a unit of Nynex Corp, said", "the firm - China's biggest jet fuel supplier - said", "The
 * ministry, in a statement, said": a definite body ("the company", "the Swiss bank", "the research
 * team") with a description or an adjunct set off after it, at `opener`. The head must be a word for a
 * body (not "the city, the capital, said"), and the insertion must not open with a name ("The agency,
 * Frontex, said" is Frontex's, read below). An office or a work ("the minister", "the letter") takes an
 * adjunct or a participle's phrase only.
 */
function describedBody(units: Unit[], name: PhraseSpan, opener: number): boolean {
  if (!DEFINITE_DETERMINERS.has(lowerOf(units[name.first])) || name.last - name.first > 2) return false;
  const head = units[name.last];
  const lower = lowerOf(head);
  if (posOf(head) !== 'NOUN') return false;
  const first = units[opener];
  const pos = posOf(first);
  // "The minister, speaking on Monday, said", "The letter, in its second paragraph, said": an office or a
  // work with an adjunct or a participle's phrase set off after it.
  const adjunct =
    pos === 'ADP' || pastParticiple(first) || (pos === 'VERB' && lowerOf(first).endsWith('ing'));
  if ((TITLE_WORDS.has(lower) || AUTHORED_WORKS.has(lower)) && adjunct) return true;
  // (A body: "the businessman, whose latest venture is …," would stand in for a person named before,
  // whom a pronoun after it should still reach.)
  if (!BODY_KINDS.has(lower) && !ORGANIZATION_WORDS.has(lower) && !GROUP_WORDS.has(lower)) return false;
  if (adjunct) return true;
  // "China's biggest jet fuel supplier": a possessor's name opens the description.
  if (pos === 'PROPN') return /^['’]s$/.test(lowerOf(units[opener + 1]));
  return (
    pos === 'DET' ||
    pos === 'ADJ' ||
    pos === 'NUM' ||
    pos === 'ADP' ||
    POSSESSIVE_PRONOUNS.has(lowerOf(first))
  );
}

/**
 * A definite body or group before a relative "which" that opens its clause ("The company, which …",
 * "the civil society groups, which …", after an opening phrase and its comma): a head word for a body,
 * one or many ("groups", "companies"), with no more than two words before it.
 */
function bodyWithRelative(units: Unit[], name: PhraseSpan, floor: number): boolean {
  if (name.first !== floor && !isComma(units[name.first - 1])) return false;
  if (!['the', 'this', 'these'].includes(lowerOf(units[name.first])) || name.last - name.first > 3)
    return false;
  if (posOf(units[name.last]) !== 'NOUN') return false;
  const lower = lowerOf(units[name.last]);
  const singular = lower.replace(/ies$/, 'y').replace(/s$/, '');
  return [lower, singular].some(
    (word) => BODY_KINDS.has(word) || ORGANIZATION_WORDS.has(word) || GROUP_WORDS.has(word),
  );
}

/** Reflexives that stress a subject ("Reed himself said"). */
const INTENSIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);

/** Studies whose "of" names their topic ("an analysis of the data"), not their author. */
const STUDIES = new Set(['analysis', 'analyses', 'study', 'studies']);

/**
 * The study before "of" when `phrase` is its topic: "X's recent analysis of Y", "an analysis of Y", one
 * to five words ending in a study noun (a report "of" a body is the body's, read elsewhere). Null if not.
 */
function studyOfTopic(units: Unit[], phrase: PhraseSpan, floor: number): PhraseSpan | null {
  if (phrase.pronoun && lowerOf(units[phrase.first]) !== 'its') return null;
  const of = phrase.first - 1;
  if (of - 1 < floor || lowerOf(units[of]) !== 'of' || !STUDIES.has(lowerOf(units[of - 1]))) return null;
  const study = phraseEndingAt(units, of - 1, floor);
  if (!study || study.pronoun || study.last !== of - 1 || study.last - study.first > 5) return null;
  return study;
}

/** Nouns of quantity before "of" and the speakers ("a number of analysts", "dozens of residents"). */
const QUANTITY_HEADS = new Set(
  `number group handful dozen dozens hundreds thousands scores couple range array host coalition lot lots
  crowd chorus slew raft variety many most some several few all none both`.split(/\s+/),
);

const ROLE_PREPOSITIONS = new Set(['for', 'at', 'of', 'from', 'with', 'within', 'inside']);

/** Prepositions after a written thing that name its author or where it stands ("a letter from …"). */
const WRITTEN_PREPOSITIONS = new Set(['from', 'by', 'of', 'on']);

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);

/**
 * Words that take a part of a group before "of them" / "of us" ("two of them", "most of us", "half of
 * them", "a number of them", "42% of them"). Not "none", "neither" or "few", which deny the saying
 * ("None of them said …").
 */
/** Modals and negations after a subject: what follows is a guess or a denial, no saying. */
const HEDGES: ReadonlySet<string> = new Set([...MODAL_VERBS, 'not', 'never', "n't"]);

const PART_WORDS = new Set(
  `one two three four five six seven eight nine ten some many most several all both each half majority
  minority third quarter number group handful dozen dozens hundreds scores couple lot lots percent %`.split(
    /\s+/,
  ),
);

/**
 * Where the part of a group opens when the object pronoun at `pronoun` ends "two of them", "most of us",
 * "only 42% of them", "a majority of them"; else -1.
 */
function partOfGroup(text: string, units: Unit[], pronoun: number, floor: number): number {
  if (lowerOf(units[pronoun]) !== 'them' || lowerOf(units[pronoun - 1]) !== 'of') return -1;
  // (Not a guess or a denial: "Some of them could well start lobbying …, pointing out …", "Many of them
  // would say …", "Two of them did not say …".)
  for (let k = pronoun + 1; k < units.length && k <= pronoun + 4; k++) {
    if (HEDGES.has(lowerOf(units[k]))) return -1;
    if (!['AUX', 'ADV', 'PART'].includes(posOf(units[k]))) break;
  }
  // (Not inside a quotation left open in its paragraph: '"… I can't drive them with sticks. Many of them
  // say: "We will not go there," the President stated' is the President's.)
  const paragraph = text.slice(text.lastIndexOf('\n', units[pronoun].start) + 1, units[pronoun].start);
  if (
    (paragraph.match(/"/g)?.length ?? 0) % 2 === 1 ||
    paragraph.lastIndexOf('“') > paragraph.lastIndexOf('”')
  )
    return -1;
  let first = pronoun - 2;
  if (first < floor) return -1;
  const word = lowerOf(units[first]);
  if (!PART_WORDS.has(word) && posOf(units[first]) !== 'NUM') return -1;
  // ("42% of them", "40 percent of them": the number before the unit)
  if ((word === '%' || word === 'percent') && first - 1 >= floor && posOf(units[first - 1]) === 'NUM')
    first--;
  // ("a majority of them", "the rest of them", "only two of them")
  while (
    first - 1 >= floor &&
    ['a', 'the', 'only', 'just', 'about', 'nearly', 'almost'].includes(lowerOf(units[first - 1]))
  )
    first--;
  return first;
}

/** Adjectives that describe a source by its closeness to what it speaks about: "close to", "familiar with". */
const SOURCE_ADJECTIVES = new Set(['close', 'closest', 'familiar', 'near', 'loyal', 'allied', 'privy']);

/**
 * Participles and adjectives that describe a source by its part in what it speaks about, with the
 * prepositions they take: "people briefed on the talks", "officials involved in the negotiations",
 * "diplomats knowledgeable about the plan", "sources aware of the decision".
 */
const SOURCE_PARTICIPLES = new Map([
  ['briefed', ['on', 'about']],
  ['involved', ['in', 'with']],
  ['knowledgeable', ['about', 'of']],
  ['aware', ['of']],
]);

/**
 * Where the description of a source starts before the object at `objectFirst` ("familiar" in "people
 * familiar with the matter", "briefed" in "sources briefed on the talks", "with" in "a person with
 * direct knowledge of the talks"), or -1.
 */
function sourceWordBefore(units: Unit[], objectFirst: number): number {
  const preposition = lowerOf(units[objectFirst - 1]);
  const word = lowerOf(units[objectFirst - 2]);
  if ((preposition === 'to' || preposition === 'with') && SOURCE_ADJECTIVES.has(word)) return objectFirst - 2;
  if (SOURCE_PARTICIPLES.get(word)?.includes(preposition)) return objectFirst - 2;
  // "with (direct) knowledge of the talks"
  if (preposition === 'of' && word === 'knowledge') {
    const before = posOf(units[objectFirst - 3]) === 'ADJ' ? objectFirst - 4 : objectFirst - 3;
    if (lowerOf(units[before]) === 'with') return before;
  }
  return -1;
}

/**
 * The head of "people familiar with …", "sources close to …", "those close to …", "officials briefed
 * on …", "a person with knowledge of …" when the phrase that ends at the verb is the object of such a
 * description (its preposition is at `objectFirst - 1`).
 */
function sourceDescription(units: Unit[], objectFirst: number, floor: number): PhraseSpan | null {
  const adjective = sourceWordBefore(units, objectFirst);
  if (adjective < 0 || adjective - 1 < floor) return null;
  if (lowerOf(units[adjective - 1]) === 'those')
    return { first: adjective - 1, last: adjective - 1, pronoun: false };
  // "people", "two sources", "several aides": a short run of determiners, numbers, adjectives and nouns.
  const last = adjective - 1;
  if (posOf(units[last]) !== 'NOUN' && posOf(units[last]) !== 'PROPN') return null;
  let first = last;
  while (
    first - 1 >= floor &&
    first > last - 4 &&
    ['DET', 'NUM', 'ADJ', 'NOUN'].includes(posOf(units[first - 1]))
  )
    first--;
  return { first, last, pronoun: false };
}

/** Prepositions that place people ("users on the forum", "residents in the north"). */
const PLACING_PREPOSITIONS = new Set(['on', 'in']);

/** Common nouns for people a story leaves unnamed ("one user", "a poster", "a commenter", "one resident"). */
const UNNAMED_PEOPLE = new Set(
  `user poster commenter resident reader viewer listener customer passenger witness visitor fan neighbour
  neighbor shopper student parent driver voter contributor member employee worker villager local farmer
  teacher nurse patient survivor refugee volunteer subscriber follower participant traveller traveler
  tourist guest owner tenant`.split(/\s+/),
);

/** A lower-case head noun naming people, one or many ("a poster", "officials", "soldiers", "the doctor"). */
function peopleNoun(units: Unit[], role: PhraseSpan): boolean {
  const head = units[role.last];
  if (head.kind !== 'token') return false;
  // ("Officials" opening a sentence may be read as a name.)
  if (head.token.pos !== 'NOUN' && !(head.token.pos === 'PROPN' && role.last === 0)) return false;
  const lower = head.token.lower;
  const singular = lower.replace(/s$/, '');
  return (
    GROUP_WORDS.has(lower) ||
    ROLE_NOUNS.has(lower) ||
    UNNAMED_PEOPLE.has(lower) ||
    UNNAMED_PEOPLE.has(singular) ||
    PERSON_DESCRIPTION_NOUNS.has(lower) ||
    PERSON_DESCRIPTION_NOUNS.has(singular)
  );
}

/** A head that speaks: people ("officials", "a spokesman", "the head"), or a body ("the agency"). */
function speakingHead(units: Unit[], phrase: PhraseSpan): boolean {
  const lower = lowerOf(units[phrase.last]);
  return (
    peopleNoun(units, phrase) ||
    speaksForOthers(units, phrase) ||
    BODY_KINDS.has(lower) ||
    ORGANIZATION_WORDS.has(lower)
  );
}

/** A person named, or a role or group that speaks for an institution ("a spokesman", "officials"). */
function speaksForOthers(units: Unit[], role: PhraseSpan): boolean {
  const head = units[role.last];
  const lower = lowerOf(head);
  if (TITLE_WORDS.has(lower) || GROUP_WORDS.has(lower) || ROLE_NOUNS.has(lower)) return true;
  return posOf(head) === 'PROPN' && role.last > role.first && !ORGANIZATION_WORDS.has(lower);
}

const ROLE_NOUNS = new Set(
  `source sources expert experts official officials lawyer lawyers attorney attorneys representative
  representatives member members head heads chief chiefs leader leaders researcher researchers professor analyst
  analysts economist economists staffer staffers aide aides employee employees worker workers
  investigator investigators scientist scientists doctor doctors dealer dealers trader traders broker
  brokers banker bankers diplomat diplomats negotiator negotiators insider insiders executive executives
  manager managers`.split(/\s+/),
);

/**
 * A few words quoted inside a clause, after a word of it ("called out “the brutal invasion” of the port,
 * and said …", "described the plan as \"a fair deal\", saying …"): the search for the clause's subject
 * passes over them as over its other words. Not a quotation after punctuation or opening the sentence,
 * whose words are a speaker's statement and no part of the clause.
 */
function inlineQuote(units: Unit[], k: number): boolean {
  const unit = units[k];
  if (unit === undefined || unit.kind !== 'quote' || unit.quote.multiParagraph) return false;
  if (unit.quote.innerEnd - unit.quote.innerStart > 60) return false;
  const before = units[k - 1];
  return before !== undefined && before.kind === 'token' && /^[\p{L}\d]/u.test(valueOf(before));
}

/**
 * Words that, with a quotation passed over, leave the verb in a clause of its own whose subject is not the
 * sentence's ("the court - which ruled the pact could not be put \"in abeyance\", and confirmed …",
 * "kits, which shoot \"laser\" rays and tell …", "a report that contained one mention of \"war\",
 * referring to …", "was asked about \"concessions\", without specifying …", "This comes after officials
 * raised concerns about \"provocations\", saying …").
 */
const AFTER_QUOTED_STOPS = new Set([
  'which',
  'who',
  'whose',
  'that',
  'without',
  'after',
  'before',
  'when',
  'because',
  'since',
  'although',
  'though',
  'whereas',
  'unless',
  'until',
]);

/** The subject of the sentence's first clause, for a later verb that shares it. */
export function clauseSubject(
  units: Unit[],
  limit: number,
): { phrase: PhraseSpan; appositive: [number, number] | null; first: number } | null {
  // The nearest noun phrase before the verb that is itself followed by a verb: "when Rubio thanked Miami
  // and said …", "Kasich jokingly offered the man a job, then says …".
  let quoted = false;
  // ("…, without specifying": the word right before the verb counts too)
  let stopped = AFTER_QUOTED_STOPS.has(lowerOf(units[limit - 1]));
  for (let k = limit - 2; k >= 0 && k >= limit - 40; k--) {
    if (inlineQuote(units, k)) {
      quoted = true;
      continue;
    }
    if (AFTER_QUOTED_STOPS.has(lowerOf(units[k]))) stopped = true;
    if (quoted && stopped) return null;
    if (isQuote(units[k]) || isTerminal(units[k])) return null;
    let next = k + 1;
    let appositive: [number, number] | null = null;
    if (
      isComma(units[next]) &&
      (posOf(units[k]) === 'PROPN' ||
        // "Other candidates, including Jane Fiorina, have followed his lead, saying …"
        (posOf(units[k]) === 'NOUN' && INCLUDING.has(lowerOf(units[next + 1]))))
    ) {
      // "Gary Emineth, a former party chairman, became a delegate and said …"
      const last = extendAppositive(units, next + 1);
      if (isComma(units[last + 1]) && last > next) {
        appositive = [next + 1, last];
        next = last + 2;
      }
    }
    while (posOf(units[next]) === 'ADV') next++;
    const nextPos = posOf(units[next]);
    if (nextPos !== 'VERB' && nextPos !== 'AUX') continue;
    let phrase = phraseEndingAt(units, k, 0);
    if (!phrase) continue;
    // "One operative inside Trump Tower tried to downplay …, saying": back over the prepositional phrase
    // to the head it describes, when that head opens the clause.
    let described: [number, number] | null = null;
    if (posOf(units[phrase.first - 1]) === 'ADP' && !isCapitalizedWord(units[phrase.first - 1])) {
      const head = phraseEndingAt(units, phrase.first - 2, 0);
      const opener = head ? posOf(units[head.first - 1]) : '';
      if (
        head &&
        !head.pronoun &&
        posOf(units[head.last]) === 'NOUN' &&
        speaksForOthers(units, head) &&
        (head.first === 0 || opener === 'CCONJ')
      ) {
        described = [head.last + 1, phrase.last];
        phrase = head;
      }
    }
    const lead = posOf(units[phrase.first - 1]);
    if (lead === 'ADP' || lead === 'VERB' || lead === 'DET') continue;
    if (!phrase.pronoun && posOf(units[phrase.last]) !== 'PROPN' && posOf(units[phrase.last]) !== 'NOUN')
      continue;
    return { phrase, appositive: appositive ?? described, first: phrase.first };
  }
  return null;
}

/** Words opening an insertion that names members of a group ("Republicans, including Kasich, …"). */
const INCLUDING = new Set(['including', 'like', 'notably', 'especially']);

/** An appositive runs on through prepositional phrases to the next comma when no verb intervenes. */
export function extendAppositive(units: Unit[], last: number): number {
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

/**
 * The subject of the finite verb nearest before `limit`, read as `subjectBefore` reads a reporting verb's
 * ("Donald Trump on Thursday ratcheted up his attacks, saying …", "Republicans, who hold a majority,
 * have blocked the bills, saying …", "Rep. Ann Lee (D-Ore.) reacted to the news, saying: …"): for a
 * participle after a comma when `clauseSubject` finds no noun phrase right before a verb. Only a subject
 * that opens the sentence, or follows an introductory phrase and its comma, is taken; the search stops at
 * a quotation, a sentence end or a semicolon, and is bounded.
 */
export function finiteVerbSubject(
  text: string,
  units: Unit[],
  limit: number,
): { phrase: PhraseSpan; appositive: [number, number] | null; first: number } | null {
  let quoted = false;
  // ("…, without specifying": the word right before the verb counts too)
  let stopped = AFTER_QUOTED_STOPS.has(lowerOf(units[limit - 1]));
  for (let k = limit - 2; k >= 1 && k >= limit - 60; k--) {
    const unit = units[k];
    if (inlineQuote(units, k)) {
      quoted = true;
      continue;
    }
    if (AFTER_QUOTED_STOPS.has(lowerOf(unit))) stopped = true;
    if (quoted && stopped) return null;
    if (isQuote(unit) || isTerminal(unit) || lowerOf(unit) === ';') return null;
    const pos = posOf(unit);
    // ("Ann Lee informed/ADJ his guest about …": the tagger may read a past tense between a name and its
    // object as an adjective.)
    const pastAsAdjective =
      pos === 'ADJ' &&
      /ed$/.test(lowerOf(unit)) &&
      posOf(units[k - 1]) === 'PROPN' &&
      ['PRON', 'DET', 'PROPN'].includes(posOf(units[k + 1]));
    if (pos !== 'VERB' && pos !== 'AUX' && !pastAsAdjective) continue;
    // The first word of the verb group: back over auxiliaries and adverbs ("has publicly derided").
    let group = k;
    while (
      group - 1 >= 0 &&
      ['AUX', 'ADV', 'PART'].includes(posOf(units[group - 1])) &&
      lowerOf(units[group - 1]) !== 'to'
    )
      group--;
    const lead = units[group - 1];
    // An infinitive, a participle or a gerund is no finite verb ("tried to downplay", "a man arrested").
    if (lowerOf(lead) === 'to' || posOf(lead) === 'ADP' || posOf(lead) === 'DET' || posOf(lead) === 'VERB')
      continue;
    if (pos === 'VERB' && group === k && lowerOf(unit).endsWith('ing')) continue;
    if (group < 1) return null;
    const subject = subjectBefore(text, units, group - 1, 0);
    if (!subject) continue;
    const before = units[subject.first - 1];
    const opens =
      subject.first === 0 ||
      (isComma(before) && introductionOnly(units, subject.first - 1)) ||
      (posOf(before) === 'CCONJ' && subject.first === 1);
    if (!opens) return null;
    return { phrase: subject.phrase, appositive: subject.appositive, first: subject.first };
  }
  return null;
}

/** Is everything before the comma at `comma` a phrase without a verb ("On Thursday,", "In a statement released Thursday,")? */
function introductionOnly(units: Unit[], comma: number): boolean {
  if (comma > 12) return false;
  const opener = posOf(units[0]);
  if (opener !== 'ADP' && opener !== 'ADV' && opener !== 'PROPN' && opener !== 'NOUN' && opener !== 'DET')
    return false;
  for (let i = 0; i < comma; i++) {
    if (isQuote(units[i]) || isComma(units[i])) return false;
    // ("In a statement released Thursday": a participle after a noun is part of the phrase.)
    if (posOf(units[i]) === 'AUX') return false;
    if (posOf(units[i]) === 'VERB' && !(posOf(units[i - 1]) === 'NOUN' && /ed$/.test(lowerOf(units[i]))))
      return false;
  }
  return true;
}
