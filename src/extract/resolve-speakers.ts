import type { Span, Speaker, SpeakerKind } from '../model/statement.js';
import type { Attribution, SourceMention } from './attribute.js';
import {
  authorLinker,
  NAME_PARTICLES,
  phraseEndingAt,
  POSSESSIVE_CLITICS,
  POSSESSIVE_PRONOUNS,
  RELATIVES,
  ROLES_TO,
} from './noun-phrase.js';
import { NOT_SPEAKERS } from './attribute-punctuation.js';
import { BE_FORMS } from './cue-lexicon.js';
import { createSpanIndex } from './layout.js';
import { identifyLeadDescriptions } from './lead-description.js';
import { SUBORDINATORS } from './read-content.js';
import type { Sentence, Unit } from './segment.js';
import {
  COMPLEMENT_WORDS,
  COUNTRY_FORMS,
  genderFits,
  nearestMention,
  CALENDAR_WORDS,
  countryStem,
  NATIONALITIES,
  NOT_NAMES,
  personForDescription,
  roleHead,
  headOf,
  rolesOf,
  inRoleTitles,
  mentionCount,
  ROLE_WORDS,
  headsPersonName,
  dayOrMonth,
  dayBeforeName,
  type NameRegistry,
  type RoleEntry,
} from './name-registry.js';
import {
  BODY_KINDS,
  FIRM_KINDS,
  BODY_NAME_WORDS,
  LEGAL_FORMS,
  GROUP_WORDS,
  UNNAMED_LABELS,
  RECORD_WORDS,
  HONORIFICS,
  isFirstName,
  isTitleWord,
  ORGANIZATION_NAME_ENDS,
  PLACE_FORMS,
  ORGANIZATION_WORDS,
  DEMONYM_NOUNS,
  EVERYDAY_PERSON_NOUNS,
  FEMALE_PERSON_NOUNS,
  MALE_PERSON_NOUNS,
  PERSON_DESCRIPTION_NOUNS,
  COUNTRIES,
  PLACES,
  ROLE_ACRONYMS,
  SPOKESPERSON_WORDS,
  AUTHORED_DOCUMENTS,
} from './speaker-words.js';
import { firstStartingAt, isComma, isQuote, isTerminal, lowerOf, posOf, valueOf } from './units.js';

export { buildNameRegistry, type NameRegistry } from './name-registry.js';

/** A statement's speaker when the text names no one (a fresh object: statements do not share one). */
export function unknownSpeaker(): Speaker {
  return { name: 'unknown', kind: 'unknown', mention: null };
}

interface ResolvedMention {
  speaker: Speaker;
  /** Offset used to order candidates for pronouns. */
  at: number;
  /** The statement's cue reports ("reported", "according to", "wrote"): how an outlet speaks. */
  reports?: boolean;
  /** The words an outlet relays ("According to Ukrinform, …", "…, Ukrinform reports"): not its own. */
  relayed?: { start: number; end: number };
  /** The mention lies inside another's words ("Acme said Beta Inc agreed to …"): no "it" takes it up. */
  nested?: boolean;
}

/** What a story calls a newspaper it has quoted ("the paper said", "the daily reported"). */
const PAPER_NOUNS = new Set(['paper', 'newspaper', 'daily', 'tabloid', 'broadsheet', 'weekly', 'magazine']);

/** Words a newspaper's or a magazine's name ends in ("the Financial Times", "The Mail on Sunday"). */
const PAPER_NAME =
  /\b(?:Times|Post|Journal|Mail|Telegraph|Guardian|Herald|Tribune|Independent|Observer|Express|Mirror|Sun|Gazette|Chronicle|Standard|Economist|Record|Daily|Weekly|Magazine|Zeitung|Pravda|Izvestia|Kommersant|Vedomosti)\b/;

/**
 * "…, according to the Financial Times. The paper said …": "the paper" alone takes up the organisation
 * that last spoke as an outlet (its name a newspaper's, or it "reported" or was given "according to"),
 * among the last few speakers; null when there is none.
 */
function latestPaper(speaker: Speaker, history: ResolvedMention[]): Speaker | null {
  const words = speaker.mention?.text.toLowerCase().split(/\s+/) ?? [];
  if (speaker.kind === 'person' || words.length !== 2 || words[0] !== 'the' || !PAPER_NOUNS.has(words[1]))
    return null;
  for (let h = history.length - 1; h >= 0 && h >= history.length - 4; h--) {
    const { speaker: candidate, reports } = history[h];
    if (candidate.kind !== 'organization' || !/^(?:the )?\p{Lu}/u.test(candidate.name)) continue;
    if (PAPER_NAME.test(candidate.name) || reports) return candidate;
  }
  return null;
}

const ATTACHED = new Set(['-', '.', "'s", '’s']);

function textOf(text: string, units: Unit[], first: number, last: number): string {
  // a name run over a hard-wrapped line ("Medco Containment Services\nInc") is written with a space
  return text.slice(units[first].start, units[last].end).replace(/\s+/g, ' ');
}

/**
 * A speaker mention over other units of its sentence, written field by field in mention()'s order (a
 * spread copy would give the engine another shape of mention to compile for).
 */
function remention(
  source: SourceMention,
  first: number,
  last: number,
  appositive: [number, number] | null,
  start = source.start,
): SourceMention {
  return {
    start,
    end: source.end,
    sentence: source.sentence,
    first,
    last,
    pronoun: source.pronoun,
    appositive,
  };
}

/** Splits a speaker phrase into title and name and decides its kind. */
export function readSpeakerPhrase(
  text: string,
  units: Unit[],
  source: SourceMention,
  registry: NameRegistry,
  prefer: (names: ReadonlySet<string>) => string | null = () => null,
): Speaker {
  source = withoutDateAfter(units, withoutDayBeforeName(units, source));
  // "Montedison Spa <MONI.MI> said": a stock code after the name is neither a title nor an apposition.
  const code = source.appositive;
  if (code && lowerOf(units[code[0]]) === '<' && lowerOf(units[code[1]]) === '>')
    source = { ...source, appositive: null };
  // "A recent report by analysts Screen Digest said", "The statement issued by Lycos said": an author the
  // subject finder read after a document (the mention running over both) is read as one found after the
  // document here is (below): one word, or a name after a lower-case kind ("analysts"), with no known
  // first name is a body.
  const document = source.appositive;
  if (
    document &&
    document[1] === source.first - 1 &&
    (lowerOf(units[document[1]]) === 'by' || lowerOf(units[document[1]]) === 'from') &&
    // (not a described author, "the message from the President of Russia", read in full below)
    posOf(units[source.first]) !== 'DET' &&
    units.slice(document[0], document[1]).some((unit) => DOCUMENTS.has(lowerOf(unit)))
  ) {
    const author = readSpeakerPhrase(text, units, { ...source, appositive: null }, registry, prefer);
    const bodyLike = !/\s/.test(author.name) || !isCapitalizedUnit(units[source.first]);
    if (author.kind !== 'person' || knownFirstName(author.name) || !bodyLike) return author;
    return { name: author.name, kind: 'organization', mention: author.mention };
  }
  // "The President's message of greetings reads": a document "of" a document is one, the possessor's.
  if (
    document &&
    document[1] === source.first - 1 &&
    source.first === source.last &&
    lowerOf(units[document[1]]) === 'of' &&
    DOCUMENTS.has(lowerOf(units[source.first])) &&
    DOCUMENTS.has(lowerOf(units[document[1] - 1]))
  )
    return readSpeakerPhrase(
      text,
      units,
      remention(source, document[0], source.last, null),
      registry,
      prefer,
    );
  const { first } = source;
  // "the head of state", "the head of government": one role, whatever split "of" off as the body a head
  // speaks for (or read it in the phrase: "according to the head of government").
  const headOfState = (at: number): boolean =>
    /^heads?$/.test(lowerOf(units[at])) &&
    lowerOf(units[at + 1]) === 'of' &&
    /^(?:state|government)$/.test(lowerOf(units[at + 2]));
  const split =
    source.appositive?.[0] === source.last + 1 &&
    source.appositive[1] === source.last + 2 &&
    headOfState(source.last);
  const ofState = split || (source.last - 2 > source.first && headOfState(source.last - 2));
  if (split) source = remention(source, source.first, source.last + 2, null);
  // "the heads of state noted": the leaders together, no one of them
  if (ofState && lowerOf(units[source.last - 2]) === 'heads')
    return {
      name: textOf(text, units, source.first, source.last).replace(/^The /, 'the '),
      kind: 'group',
      mention: { start: source.start, end: source.end, text: text.slice(source.start, source.end) },
    };
  const last = withoutHomePlace(units, first, source.last);
  const mention = { start: source.start, end: source.end, text: text.slice(source.start, source.end) };
  // "the President", "The Head of the Office of the President", "the team's coach": a role that names a
  // person the article introduced with it.
  // "Cornyn's statement added", "the ministry's report says": a document speaks for its author.
  // "The Statement of the Ministry of Foreign Affairs reads": the body that issued it.
  // "according to a recent report by analysts Screen Digest", "according to a survey from the Institute
  // for Supply Management": a document the phrase ends in, then its author after "by" or "from".
  const after = authorAfter(units, first, last);
  if (after !== null) {
    const author = readSpeakerPhrase(
      text,
      units,
      remention(source, after[0], after[1], null),
      registry,
      prefer,
    );
    // (an author with no known first name is a body: "by analysts Screen Digest")
    const kind = author.kind === 'person' && !knownFirstName(author.name) ? 'organization' : author.kind;
    if (!PLACES.has(author.name.toLowerCase().replace(/^the /, ''))) return { ...author, kind, mention };
  }
  const issuer = documentIssuer(units, first, last);
  if (issuer !== null)
    return {
      ...readSpeakerPhrase(text, units, remention(source, issuer, last, null), registry, prefer),
      mention,
    };
  const author = documentPossessor(units, first, last);
  if (author !== null) {
    const speaker = readSpeakerPhrase(
      text,
      units,
      remention(source, source.first, author, null),
      registry,
      prefer,
    );
    return { ...speaker, mention };
  }
  // "A White House statement said", "a Kremlin readout": a body named before its document.
  const issuing = documentBody(units, first, last);
  if (issuing !== null) {
    const speaker = readSpeakerPhrase(
      text,
      units,
      remention(source, issuing[0], issuing[1], null),
      registry,
      prefer,
    );
    if (speaker.kind === 'organization') return { ...speaker, mention };
  }
  // "The Executive Order says", "the Presidential Decree reads": a document named in capitals, with a
  // title word in its name, is the document (as "the executive order" is), not a titled person "Order".
  if (titledDocument(units, first, last))
    return { name: textOf(text, units, first, last).replace(/^The /, 'the '), kind: 'unknown', mention };
  const body = bodySpokenFor(text, units, source, first, last, registry);
  if (body !== null) return { ...body, mention };
  if (groupOfPlace(units, first, last)) return { name: lowerOf(units[first]), kind: 'group', mention };
  // "Ernst & Young", "Johnson & Johnson": a name joined by an ampersand is a firm's.
  const ampersand = ampersandName(units, first, last);
  if (ampersand !== null)
    return { name: textOf(text, units, ampersand, last), kind: 'organization', mention };
  const company = companyNamed(text, units, source.start, first, last, registry);
  if (company !== null) return { name: company, kind: 'organization', mention };
  const municipality = municipalityNamed(text, units, source.start, first, last);
  if (municipality !== null) return { name: municipality, kind: 'organization', mention };
  const legalName = legalFormName(text, units, first, last);
  if (legalName !== null) return { name: legalName, kind: 'organization', mention };
  const holder = portfolioHolder(text, units, source, first, last, registry, mention);
  if (holder !== null) return holder;
  const described = describedPerson(text, units, first, last, source.start, registry, prefer);
  if (described) return { ...described, mention };
  if (ofState)
    return { name: textOf(text, units, first, last).replace(/^The /, 'the '), kind: 'unknown', mention };
  // "the archbishop of Canterbury", "the mayor of Veldgrad": a role named by its place or body is a person
  // (when no one was introduced with it), whatever split "of …" off as what a spokesman speaks for.
  const of =
    source.appositive?.[0] === last + 1 && lowerOf(units[last + 1]) === 'of' ? source.appositive : null;
  if (
    of &&
    lowerOf(units[first]) === 'the' &&
    onlyTitles(units, first, last) &&
    namesPlace(units, of[0] + 1, of[1]) &&
    // "the head of the Foreign Affairs Committee Michael McCaul" names its holder
    !registry.mentions.some((m) => m.start > units[of[0]].start && m.start < units[of[1]].end)
  ) {
    const role = textOf(text, units, first, of[1]).replace(/^The /, 'the ');
    return { name: role, kind: 'person', mention, title: role };
  }
  // "the head of Karvian diplomacy", "the chief of the city's fire service": a role whose "of" names no
  // place describes one person by the whole phrase (for a holder to be found), not "the head".
  if (
    of &&
    lowerOf(units[first]) === 'the' &&
    last > first &&
    onlyTitles(units, first, last) &&
    !registry.mentions.some((m) => m.start > units[of[0]].start && m.start < units[of[1]].end)
  )
    return { name: textOf(text, units, first, of[1]).replace(/^The /, 'the '), kind: 'unknown', mention };
  // "the Afghan team's coach, Alireza Mehraban": a description with the name in apposition.
  if (
    source.appositive &&
    source.appositive[0] > last &&
    // "A spokeswoman for Senator Tom Reed": a prepositional phrase is no apposition.
    posOf(units[source.appositive[0]]) !== 'ADP' &&
    !isProperName(units, first, last) &&
    isProperName(units, source.appositive[0], source.appositive[1])
  ) {
    const [a0, a1] = source.appositive;
    const name = textOf(text, units, a0, a1);
    return {
      name,
      kind: 'person',
      mention,
      title: textOf(text, units, first, last).replace(/^(the|a|an) /i, ''),
    };
  }
  // "said another witness in the probe, former White House Russia adviser Fiona Hill": a description,
  // then a title and a full name in apposition.
  // (The phrase before is a description, opened by a determiner or a word in lower case: not "Mr Lee, an
  // MEP for the East Midlands", "Belarusian President Alexander Lukashenko, a close ally of …".)
  const lead = units[first];
  const titled =
    source.appositive &&
    source.appositive[0] > last &&
    posOf(units[source.appositive[0]]) !== 'ADP' &&
    (posOf(lead) === 'DET' ||
      POSSESSIVE_PRONOUNS.has(lowerOf(lead)) ||
      !isCapitalizedUnit(lead) ||
      // ("India's minister of external affairs, Dr Anil Varanath": a country's or body's possessive)
      (last > first + 1 && POSSESSIVE_CLITICS.has(lowerOf(units[first + 1])))) &&
    !units.slice(first, last + 1).some((unit) => HONORIFICS.has(lowerOf(unit)))
      ? titledNameAt(units, source.appositive[0], source.appositive[1])
      : -1;
  if (titled >= 0) {
    const [a0, a1] = source.appositive!;
    return {
      name: textOf(text, units, titled, a1),
      kind: 'person',
      mention,
      title: textOf(text, units, a0, titled - 1),
    };
  }
  // "The President of the Republic of Poland", "the Foreign Minister of the Russian Federation": a role
  // named by its country's formal name is no body: a description of a person, for its holder to be found.
  if (roleOfCountry(units, first, last) || roleOfBody(units, first, last)) {
    const role = textOf(text, units, first, last).replace(/^The /, 'the ');
    return { name: role, kind: 'unknown', mention };
  }
  // "the Treasury", "The Observer", "the London Stock Exchange": a person's name takes no article, so a
  // proper name after "the" is a body (a role after it is a title: "the President", "the Rev Al Lee").
  if (definiteProperName(units, first, last, registry)) {
    // ("according to the FT.": the sentence's full stop glued to an acronym is no part of it)
    const name = textOf(text, units, first, last)
      .replace(/^The /, 'the ')
      .replace(/(?<=\b\p{Lu}{2,6})\.$/u, '');
    const bare = name.replace(/^the /, '');
    const kind: SpeakerKind = GROUP_WORDS.has(lowerOf(units[last])) ? 'group' : 'organization';
    const full =
      registry.acronyms.get(bare) ??
      (registry.acronymNames.has(bare) ? bare : null) ??
      (last === first + 1 ? bodyWithComplement(text, bare, source.start, registry) : null) ??
      name;
    return { name: full, kind, mention };
  }
  return readNamedPhrase(text, units, source, first, last, mention, registry, prefer);
}

/**
 * The rest of readSpeakerPhrase, for a phrase that is no document, no company named before and no role
 * of a place: title, name and kind from its words. (A function of its own, so the engine compiles it apart.)
 */
function readNamedPhrase(
  text: string,
  units: Unit[],
  source: SourceMention,
  first: number,
  last: number,
  mention: Speaker['mention'],
  registry: NameRegistry,
  prefer: (names: ReadonlySet<string>) => string | null,
): Speaker {
  let titleEnd = -1;
  let hasProper = false;
  let hasOrganization = false;
  for (let i = first; i <= last; i++) {
    const lower = lowerOf(units[i]);
    if (isTitleWord(lower) && i < last) titleEnd = i;
    const pos = posOf(units[i]);
    if (pos === 'PROPN' || (isCapitalizedUnit(units[i]) && (pos === 'VERB' || pos === 'X'))) hasProper = true;
    if (ORGANIZATION_WORDS.has(lower)) hasOrganization = true;
  }
  let nameFirst = titleEnd + 1 > first ? titleEnd + 1 : first;
  // The name is the trailing run of proper nouns ("Retired neurosurgeon Ben Carson" → "Ben Carson").
  let run = last;
  while (
    run - 1 >= nameFirst &&
    // An acronym before a name is an organisation in the title ("Ambassador to the UN Linda Thomas").
    !/^\p{Lu}{2,}$/u.test(valueOf(units[run - 1])) &&
    (posOf(units[run - 1]) === 'PROPN' ||
      (NAME_PARTICLES.has(valueOf(units[run - 1])) && posOf(units[run - 2]) === 'PROPN') ||
      (ATTACHED.has(lowerOf(units[run - 1])) && units[run - 1].end === units[run].start) ||
      // "Allied-Signal", "Burr-Brown": a capital glued to the hyphen opens the name, whatever its tag.
      (valueOf(units[run]) === '-' &&
        units[run - 1].end === units[run].start &&
        isCapitalizedUnit(units[run - 1])))
  )
    run--;
  if (posOf(units[last]) === 'PROPN' && run > nameFirst) nameFirst = run;
  // "CEO of the Refugee Council Enver Solomon", "Council on American-Islamic Relations Alia Salem": a
  // person's name after the organisation they speak for starts after its last word.
  for (let i = last - 2; i >= nameFirst; i--) {
    const lower = lowerOf(units[i]);
    if (!ORGANIZATION_WORDS.has(lower) && !ORGANIZATION_NAME_ENDS.has(lower) && !PLACE_FORMS.has(lower))
      continue;
    const person =
      allProperPersonLike(units, i + 1, last) &&
      !PLACES.has(lowerOf(units[i + 1])) &&
      // "told Fox News Digital Friday": a day after an outlet is no one's name.
      !units.slice(i + 1, last + 1).some((unit) => CALENDAR_WORDS.has(lowerOf(unit)));
    if (person) nameFirst = i + 1;
    break;
  }
  nameFirst = afterComplement(units, nameFirst, last);
  // "Actor Keanu Reeves said", "Boss Graeme Souness said", "American Robby Ginepri": a trade, a role or a
  // nationality capitalised at the head of a full name is its title, not its first word.
  const nameUnits = units.slice(nameFirst, last + 1);
  if (
    nameUnits.every((unit) => isCapitalizedUnit(unit) || ATTACHED.has(lowerOf(unit))) &&
    headsPersonName(
      nameUnits.map((unit) => lowerOf(unit)),
      nameFirst > 0 ? lowerOf(units[nameFirst - 1]) : undefined,
    )
  )
    nameFirst++;
  // "… War With Russia Kallas said" (a headline run into the story), "Ambassador of Belarus to Russia
  // Dmitry Krutoi": a country before a surname or a known first name is no part of the name.
  const placeFirst =
    PLACES.has(lowerOf(units[nameFirst])) ||
    COUNTRIES.has(lowerOf(units[nameFirst])) ||
    NOT_NAMES.has(lowerOf(units[nameFirst]));
  const firstName = (i: number): boolean => isFirstName(lowerOf(units[i]));
  // ("Japan Airlines": before a word that is no one's surname, the country is the name's).
  const surname = registry.bySurname.has(lowerOf(units[last]));
  if (placeFirst && nameFirst < last && ((nameFirst === last - 1 && surname) || firstName(nameFirst + 1)))
    nameFirst++;
  while (
    nameFirst <= last &&
    (ATTACHED.has(lowerOf(units[nameFirst])) || HONORIFICS.has(lowerOf(units[nameFirst])))
  )
    nameFirst++;
  const head = lowerOf(units[last]);
  const headProper =
    posOf(units[last]) === 'PROPN' ||
    /^\p{Lu}/u.test(units[last].kind === 'token' ? units[last].token.value : '');
  if (GROUP_WORDS.has(head) && first === last) {
    return { name: head, kind: 'group', mention };
  }
  if (UNNAMED_LABELS.has(head) && first === last) return { name: head, kind: 'unknown', mention };
  // "Moody's said", "McDonald's announced": a name that ends in "'s" before its verb is a firm's.
  if (POSSESSIVE_CLITICS.has(head) && last > first && posOf(units[last - 1]) === 'PROPN')
    return { name: textOf(text, units, first, last).replace(/^the /i, ''), kind: 'organization', mention };
  // "Ministers said", "Investors fear": a plural noun capitalised only because it opens the sentence.
  if (first === last && first === 0 && sentenceCapitalPlural(text, units[first], registry))
    return { name: head, kind: 'group', mention };
  // "US phone company Qwest", "oil giant Shell", "record label Universal": a body described, then named.
  const body = describedBody(units, first, last);
  if (body !== null) {
    const title = textOf(text, units, first, body - 1).replace(/^the /i, '');
    return { name: textOf(text, units, body, last), kind: 'organization', mention, title };
  }
  // An organisation: "the Kremlin", "the Defense Ministry", "NATO", "The New York Post".
  // ("Jim Press", "Ann Street": a known first name and one more word is a person.)
  const firstAndSurname = last === first + 1 && isCapitalizedUnit(units[last]) && firstName(first);
  // "the Adviser to the Head of the President's Office": a role held to someone, whatever body ends it
  const roleFirst = lowerOf(units[first]) === 'the' ? first + 1 : first;
  if (
    ROLES_TO.has(lowerOf(units[roleFirst])) &&
    lowerOf(units[roleFirst + 1]) === 'to' &&
    !(nameFirst > roleFirst + 1 && nameFirst <= last && allProperPersonLike(units, nameFirst, last))
  )
    return { name: textOf(text, units, first, last).replace(/^The /, 'the '), kind: 'unknown', mention };
  if (
    hasOrganization &&
    (ORGANIZATION_WORDS.has(head) || headProper) &&
    // ("U.S. authorities", "Ukrainian authorities", "local authorities": a plural head in lower case is a
    // group the adjectives qualify, no body named)
    !(GROUP_WORDS.has(head) && !headProper && /s$/.test(head)) &&
    !(nameFirst > first && nameFirst <= last && allProperPersonLike(units, nameFirst, last)) &&
    !firstAndSurname
  ) {
    // "said lead manager Union Bank of Switzerland": a role in lower case before the body's name is its
    // title, not its name's.
    let bodyFirst = first;
    while (
      bodyFirst < last &&
      !isCapitalizedUnit(units[bodyFirst]) &&
      isTitleWord(lowerOf(units[bodyFirst])) &&
      !['the', 'of'].includes(lowerOf(units[bodyFirst]))
    )
      bodyFirst++;
    // ("state statistics body INSEE", "press reports in China": no capitalised name after the words)
    if (!isCapitalizedUnit(units[bodyFirst])) bodyFirst = first;
    const title = bodyFirst > first ? textOf(text, units, first, bodyFirst - 1) : undefined;
    const name = textOf(text, units, bodyFirst, last).replace(/^The /, 'the ');
    // "the Northern Weather Agency" and "NWA" after "The Northern Weather Agency (NWA)": one name.
    const bare = name.replace(/^the /, '');
    const full = registry.acronyms.get(name) ?? (registry.acronymNames.has(bare) ? bare : name);
    return title
      ? { name: full, kind: 'organization', mention, title }
      : { name: full, kind: 'organization', mention };
  }
  // "The President of Russia", "the Prime Minister of Poland": a role named by its country is a person.
  // "the Prime Minister of Great Britain": a country of two words.
  let country =
    PLACES.has(head) && nameFirst === last - 1 && isCapitalizedUnit(units[nameFirst]) ? nameFirst : last;
  let of = country - 1;
  // "the President of the United States", "the First Lady of the United States": a country's formal name
  // of complement words only, after "of the" (not "States" alone as a surname).
  if (nameFirst === last && COMPLEMENT_WORDS.has(head)) {
    let start = last;
    while (
      start - 1 > first &&
      COMPLEMENT_WORDS.has(lowerOf(units[start - 1])) &&
      isCapitalizedUnit(units[start - 1])
    )
      start--;
    if (start < last) {
      country = start;
      of = lowerOf(units[start - 1]) === 'the' ? start - 2 : start - 1;
    }
  }
  if (
    (nameFirst === last || country === nameFirst) &&
    of - 1 >= first &&
    lowerOf(units[of]) === 'of' &&
    (PLACES.has(head) ||
      onlyTitles(units, first, of - 1) ||
      // ("the First Lady of …": an ordinal before a title)
      (country < last &&
        lowerOf(units[first + (lowerOf(units[first]) === 'the' ? 1 : 0)]) === 'first' &&
        onlyTitles(units, first + (lowerOf(units[first]) === 'the' ? 2 : 1), of - 1)))
  ) {
    const role = textOf(text, units, first, last).replace(/^The /, 'the ');
    // ("First Lady of Ukraine Olena Zelenska … said the First Lady of Ukraine": the holder written after
    // the same role)
    const holder = titledBefore(text, role.replace(/^the /, ''), source.start, registry);
    if (holder) return { name: holder, kind: 'person', mention, title: role.replace(/^the /, '') };
    return { name: role, kind: 'person', mention, title: role };
  }
  // "The Chancellor", "The Culture Secretary", "The Russian President": a role capitalised names no one
  // itself; it stays a description, for the role's holder to be found ("Chancellor" is no one's name).
  const roleOnly = units.slice(first, last + 1).every((unit, i) => {
    const lower = lowerOf(unit);
    return (
      (i === 0 && lower === 'the') ||
      (i > 0 && i < last - first && NATIONALITIES.has(lower)) ||
      ((isTitleWord(lower) || ROLE_WORDS.has(lower) || COMPLEMENT_WORDS.has(lower)) && !HONORIFICS.has(lower))
    );
  });
  if (roleOnly && lowerOf(units[first]) === 'the' && last > first && ROLE_WORDS.has(lowerOf(units[last])))
    return { name: textOf(text, units, first, last).replace(/^The /, 'the '), kind: 'unknown', mention };
  // "the MP", "Labour MPs", "Frank Field MP": a role written as capitals, not an organisation's acronym.
  const acronym = valueOf(units[last]);
  if (ROLE_ACRONYMS.has(acronym)) {
    const plural = acronym.endsWith('s');
    const before = last > first ? units[last - 1] : null;
    if (!plural && before !== null && isCapitalizedUnit(before) && !ORGANIZATION_WORDS.has(lowerOf(before))) {
      const named = readSpeakerPhrase(
        text,
        units,
        remention(source, source.first, last - 1, null),
        registry,
        prefer,
      );
      // ("A Plaid Cymru MP", "a senior Tory MP": a party before the role, no one's name)
      const article = /^(?:a|an|the)$/.test(lowerOf(units[first]));
      const person = knownFirstName(named.name) || (named.name.includes(' ') && !article);
      if (named.kind === 'person' && person) return { ...named, mention };
    }
    const phrase = textOf(text, units, first, last).replace(/^The /, 'the ');
    return { name: phrase, kind: plural ? 'group' : 'unknown', mention };
  }
  // "The First Lady said", "the Duchess said": a title alone after "the" names no one itself; it stays a
  // description, for the holder the story introduced with it to be found.
  if (
    nameFirst === last &&
    last > first &&
    lowerOf(units[first]) === 'the' &&
    (isTitleWord(head) || HONORIFICS.has(head))
  ) {
    const title = textOf(text, units, first + 1, last);
    const holder = titledBefore(text, title, source.start, registry);
    if (holder) return { name: holder, kind: 'person', mention, title };
    return { name: textOf(text, units, first, last).replace(/^The /, 'the '), kind: 'unknown', mention };
  }
  const whole = wholeCompanyName(units, first, last, nameFirst, registry);
  if (whole) return { name: textOf(text, units, first, last), kind: 'organization', mention };
  if (hasProper && headProper && nameFirst <= last)
    return readProperName(text, units, source, first, last, nameFirst, head, mention, registry);
  // A capitalised word the tagger took for a common noun ("Park told reporters") that names a person
  // introduced earlier in the article.
  const introduced = registry.bySurname.get(head);
  // ("Ford/VERB reported" after "Ford, the US car company": the body, whoever else is a Ford)
  if (first === last && registry.bodies.has(head) && isCapitalizedUnit(units[last]))
    return { name: valueOf(units[last]), kind: 'organization', mention };
  if (introduced && isCapitalizedUnit(units[last]) && !GROUP_WORDS.has(head)) {
    return { name: introduced, kind: 'person', mention };
  }
  const phrase = textOf(text, units, first, last);
  // "The source" → "the source", but "Russian media" keeps its proper adjective, and an acronym the
  // tagger read as a common noun its capitals ("BFA", not "bFA").
  const name =
    posOf(units[first]) === 'PROPN' || /^[A-Z][A-Z&]+$/.test(valueOf(units[first]))
      ? phrase
      : phrase.charAt(0).toLowerCase() + phrase.slice(1);
  const kind: SpeakerKind =
    GROUP_WORDS.has(head) || (posOf(units[last]) === 'NOUN' && /s$/.test(head) && !/ss$/.test(head))
      ? 'group'
      : ORGANIZATION_WORDS.has(head) || FIRM_KINDS.has(head)
        ? 'organization'
        : 'unknown';
  return { name, kind, mention };
}

/**
 * The person last written after this title before `before` ("First Lady Olena Zelenska", "First Lady of
 * Ukraine Olena Zelenska"), or null.
 */
function titledBefore(text: string, title: string, before: number, registry: NameRegistry): string | null {
  const titled = titledMentions(title, registry);
  // (each mention read once per title, as far as the latest statement that asked)
  for (; titled.read < registry.mentions.length; titled.read++) {
    const mention = registry.mentions[titled.read];
    if (mention.start >= before) break;
    if (titled.written.test(text.slice(Math.max(0, mention.start - 60), mention.start)))
      titled.found.push(mention);
  }
  const count = firstStartingAt(titled.found, before);
  return count > 0 ? titled.found[count - 1].name : null;
}

/**
 * Per document and title, the mentions read so far (the registry's mentions are in text order) and
 * those written after the title: a story of thousands of "the Duchess said" reads each mention once per
 * title, not once per statement.
 */
interface TitledMentions {
  written: RegExp;
  read: number;
  found: Array<{ start: number; name: string }>;
}

const TITLED_MENTIONS = new WeakMap<NameRegistry, Map<string, TitledMentions>>();

function titledMentions(title: string, registry: NameRegistry): TitledMentions {
  let byTitle = TITLED_MENTIONS.get(registry);
  if (!byTitle) TITLED_MENTIONS.set(registry, (byTitle = new Map()));
  let titled = byTitle.get(title);
  if (!titled) {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const written = new RegExp(`\\b${escaped}(?: of(?: the)? \\p{Lu}[\\p{L}-]*)*,? $`, 'iu');
    byTitle.set(title, (titled = { written, read: 0, found: [] }));
  }
  return titled;
}

/**
 * "General Motors", "Federal Express", "UK Coal", "River Oaks", "Computer Memories": capitalised words
 * alone, the last of which the title-splitting would leave as a surname, are one firm's name when none of
 * the words before is a role, an honorific, a nationality or initials ("President Reagan", "Lord Woolf",
 * "Indonesian Subroto", "KK Mittal") and the last is no one's surname or first name in the story ("General
 * Pacek" after "Boguslaw Pacek"). "General" goes before a firm's plural ("Motors", "Mills") only.
 */
function wholeCompanyName(
  units: Unit[],
  first: number,
  last: number,
  nameFirst: number,
  registry: NameRegistry,
): boolean {
  if (nameFirst !== last || last === first || last - first > 2) return false;
  const head = lowerOf(units[last]);
  if (!isCapitalizedUnit(units[last]) || /^\p{Lu}+$/u.test(valueOf(units[last]))) return false;
  if (registry.bySurname.has(head) || registry.byFirstName.has(head) || isFirstName(head)) return false;
  // ("Most Europeans", "Some Republicans": people of a nation or a party)
  if (DEMONYM_NOUNS.has(head.replace(/s$/, '')) || /(?:ans|ians|ese)$/.test(head)) return false;
  for (let i = first; i < last; i++) {
    const unit = units[i];
    const lower = lowerOf(unit);
    // ("Her Majesty", "Many Iranians", "De Croo", "Ten Cate": a determiner or a name's particle)
    const pos = posOf(unit);
    if (pos !== 'PROPN' && pos !== 'NOUN' && pos !== 'ADJ') return false;
    if (NAME_PARTICLES.has(lower) || lower === 'ten' || lower === 'dos') return false;
    if (!isCapitalizedUnit(unit) || (/^\p{Lu}{1,2}\.?$/u.test(valueOf(unit)) && !PLACES.has(lower)))
      return false;
    // ("General Motors", "General Mills", but "General Zaluzhny" is an officer)
    const firm = lower === 'general' && i === last - 1 && /[^s]s$/.test(head);
    if (!firm && (isTitleWord(lower) || ROLE_WORDS.has(lower))) return false;
    if (HONORIFICS.has(lower) || NATIONALITIES.has(lower) || isFirstName(lower)) return false;
    if (lower === 'the' || lower === 'a' || lower === 'an' || NOT_NAMES.has(lower)) return false;
  }
  return true;
}

/** Where a firm's name joined by "&" starts in the phrase ("Ernst & Young"), or null. */
function ampersandName(units: Unit[], first: number, last: number): number | null {
  for (let i = first + 1; i < last; i++) {
    if (lowerOf(units[i]) !== '&' || !isCapitalizedUnit(units[i - 1]) || !isCapitalizedUnit(units[i + 1]))
      continue;
    let start = i - 1;
    while (start > first && isCapitalizedUnit(units[start - 1]) && !isTitleWord(lowerOf(units[start - 1])))
      start--;
    for (let k = i + 1; k <= last; k++)
      if (!isCapitalizedUnit(units[k]) && lowerOf(units[k]) !== '&') return null;
    return start;
  }
  return null;
}

/**
 * A transcript's speaker label in capitals, opening a line before a colon: the person it names. "JAKE
 * TAPPER:" (a first name, then the surname) is Jake Tapper; "PENCE:" is the Mike Pence the text named, or
 * the "MIKE PENCE:" of an earlier label. Null for any other capitals ("NOTES:", "BREAKING:", "WAR:").
 */
function capitalLabel(
  text: string,
  units: Unit[],
  first: number,
  last: number,
  registry: NameRegistry,
): string | null {
  const start = units[first].start;
  const end = units[last].end;
  if (!/^\s?:/.test(text.slice(end, end + 2))) return null;
  let p = start - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === '"' || text[p] === '“')) p--;
  if (p >= 0 && text[p] !== '\n') return null;
  const words = text.slice(start, end).split(/\s+/);
  // ("MR. JONES:", "SEN. SMITH:": an honorific or a title before the surname)
  const titled =
    words.length === 2 && (HONORIFICS.has(words[0].toLowerCase()) || isTitleWord(words[0].toLowerCase()));
  if (words.length > 1 && !titled)
    return isFirstName(words[0].toLowerCase()) ? words.map(titleCase).join(' ') : null;
  const word = words[words.length - 1];
  const known = registry.bySurname.get(word.toLowerCase());
  if (known) return known;
  const full = fullLabels(text, registry).get(word);
  if (full) return full;
  // "SMITH: …" among other labels in capitals: a transcript's speaker, named by the word in title case.
  if (PLACES.has(word.toLowerCase())) return null;
  return titled || capitalTranscript(text, registry) ? titleCase(word) : null;
}

/** Per document, whether it is a transcript whose speakers are labelled in capitals. */
const CAPITAL_TRANSCRIPTS = new WeakMap<NameRegistry, boolean>();
const CAPITAL_LABEL = /(?:^|\n)[ \t"“]*(?:\p{Lu}[\p{Lu}'’-]*\.? )?(\p{Lu}[\p{Lu}'’-]+) ?:/gu;

/**
 * Do at least three lines open with a label in capitals, of at least two speakers ("SMITH: …", "JONES:
 * …", "MR. SMITH: …")? Labels of notes and sections ("NOTE:", "UPDATE:") do not count.
 */
function capitalTranscript(text: string, registry: NameRegistry): boolean {
  const known = CAPITAL_TRANSCRIPTS.get(registry);
  if (known !== undefined) return known;
  const speakers = new Set<string>();
  let labels = 0;
  for (const [, word] of text.matchAll(CAPITAL_LABEL)) {
    if (NOT_SPEAKERS.has(word.toLowerCase())) continue;
    speakers.add(word);
    labels++;
  }
  const transcript = labels >= 3 && speakers.size >= 2;
  CAPITAL_TRANSCRIPTS.set(registry, transcript);
  return transcript;
}

/** Per document, the labels in capitals of a first name and a surname, by surname: "TAPPER" → "Jake Tapper". */
const FULL_LABELS = new WeakMap<NameRegistry, Map<string, string>>();
const FULL_LABEL = /(?:^|\n)[ \t"“]*(\p{Lu}[\p{Lu}'’-]*) (\p{Lu}[\p{Lu}'’-]+) ?:/gu;

function fullLabels(text: string, registry: NameRegistry): Map<string, string> {
  let labels = FULL_LABELS.get(registry);
  if (labels) return labels;
  labels = new Map();
  for (const [, given, surname] of text.matchAll(FULL_LABEL)) {
    if (isFirstName(given.toLowerCase()) && !labels.has(surname))
      labels.set(surname, `${titleCase(given)} ${titleCase(surname)}`);
  }
  FULL_LABELS.set(registry, labels);
  return labels;
}

function titleCase(word: string): string {
  return word[0] + word.slice(1).toLowerCase();
}

/** An age opening an apposition ("60", "aged 60, a farmer"), with the comma after it. */
const AGE = /^(?:aged )?\d{1,3}(?:,\s*|$)/;

/** A phrase ending in a proper name ("Retired neurosurgeon Ben Carson"): the name, its title and kind. */
function readProperName(
  text: string,
  units: Unit[],
  source: SourceMention,
  first: number,
  last: number,
  nameFirst: number,
  head: string,
  mention: Speaker['mention'],
  registry: NameRegistry,
): Speaker {
  // ("Ann Lee, who directed the film, said": a relative clause describes, it is no title; nor is an age,
  // "Ann Lee, 60, said", "Ann Lee, aged 60, a farmer, said"; nor does a participle's phrase, "Witnesses
  // interviewed by the BBC", or a work its author made, "A letter from Qwest", "The statement issued by
  // Lycos")
  const appositiveTitle =
    source.appositive &&
    !RELATIVES.has(lowerOf(units[source.appositive[0]])) &&
    posOf(units[source.appositive[0]]) !== 'VERB' &&
    posOf(units[source.appositive[1]]) !== 'ADP'
      ? textOf(text, units, source.appositive[0], source.appositive[1]).replace(AGE, '') || undefined
      : undefined;
  let name = textOf(text, units, nameFirst, last).replace(/[’']s$/, '');
  if (/^\p{Lu}{2,}$/u.test(name)) {
    // "PENCE: Gennifer Flowers will not …": a transcript's label in capitals is a person, named in full
    // where the text introduced them ("Mike Pence"), else by the word in title case.
    const label = registry.acronyms.has(name) ? null : capitalLabel(text, units, first, last, registry);
    if (label) return { name: label, kind: 'person', mention };
    return { name: registry.acronyms.get(name) ?? name, kind: 'organization', mention };
  }
  // "Ford, the US car company, … Ford said" with a "Bill Ford" elsewhere: one word the story introduced
  // as a body's name, bare (no title, no honorific: "Mr Ford" is the person), is the body.
  if (nameFirst === first && first === last && registry.bodies.has(head) && /^\p{Lu}\p{Ll}+$/u.test(name))
    return { name, kind: 'organization', mention };
  // One word, possibly hyphenated ("Zelensky", "Thomas-Greenfield"): the full name introduced earlier.
  const known = registry.bySurname.get(head);
  let shortName = false;
  if (known && known !== name && known.endsWith(` ${name}`)) {
    // "De Vido" after "Julio De Vido".
    name = known;
  } else if (
    known &&
    name.endsWith(` ${known}`) &&
    /\s/.test(known) &&
    !isFirstName(lowerOf(units[nameFirst])) &&
    !HONORIFICS.has(lowerOf(units[nameFirst])) &&
    cutAfterLink(units, nameFirst)
  ) {
    // "… and Orsk Microbiology Denis Brenn" when the story registered "Denis Brenn": the words before the
    // full name end the body's name, which the phrase was cut inside (right after its "and", "to" …: not
    // a name's own first word after a country, "of Velgaria Andrés Manuel Brenn").
    name = known;
  } else if (nameFirst === last || !/\s/.test(name)) {
    const byFirst = registry.byFirstName.get(head);
    // "Mr Howard" after "Howard Flight … Mr Flight": an honorific goes before a surname, so it is not
    // the first name of someone the story calls by another surname; "Mr Xi" after "Xi Jinping" (a
    // family name first, never "Jinping" alone) is his. "Sir" and "Rev" go before a first name.
    const before = nameFirst > first ? lowerOf(units[nameFirst - 1]).replace(/\.$/, '') : '';
    const surnameOnly =
      HONORIFICS.has(before) &&
      before !== 'sir' &&
      before !== 'rev' &&
      byFirst !== undefined &&
      calledBySurname(text, byFirst, registry);
    const byFirstWord = surnameOnly ? undefined : byFirst;
    const full = registry.bySurname.get(head) ?? byFirstWord ?? surnameVariant(registry, head);
    if (full) name = full;
    // "Cairn" after "Cairn Energy", "Lycos" after "Lycos Europe", "Uefa" after "Uefa Cup": the first word
    // of a longer name that goes on like a company's, a product's or an event's, no known first name and
    // with no role or honorific for a person, is a body's short name.
    const rest = typeof full === 'string' ? full.toLowerCase().split(/\s+/).slice(1) : [];
    shortName =
      typeof full === 'string' &&
      full === byFirstWord &&
      rest.some((word) => bodyNameWord(word) || ORGANIZATION_WORDS.has(word) || PLACES.has(word)) &&
      !registry.bySurname.has(head) &&
      !isFirstName(head) &&
      !isTitleWord(head) &&
      !HONORIFICS.has(before) &&
      rolesOf(registry, full).length === 0;
  }
  const title = nameFirst > first ? textOf(text, units, first, nameFirst - 1) : appositiveTitle;
  // "Rosatom, the Russian state corporation", "Titan, a California-based company": a body described.
  // "Yukos said" after "the oil company Yukos": a body the story introduced as one.
  // "Zurich Financial", "Cairn Energy", "Pearson Plc": a name that ends like a company's.
  // "Argentina has said it …": a country speaking through its government.
  const companyName = /\s/.test(name) && bodyNameWord(name.toLowerCase().split(/\s+/).pop() ?? '');
  const body =
    (bodyDescription(title, nameFirst === first) ||
      registry.bodies.has(name.toLowerCase()) ||
      shortName ||
      companyName ||
      COUNTRIES.has(name.toLowerCase())) &&
    !knownFirstName(name);
  const kind: SpeakerKind = body ? 'organization' : 'person';
  const speaker: Speaker = { name, kind, mention };
  // "Russia" in "… War With Russia Kallas said" is no title
  let kept = title;
  // "Manchester United manager Sir Alex Ferguson": the honorific is no part of the title; "During his
  // 49 minute speech Mr Brown told MPs", "Labour's Mr Livingstone": nor are words with no role in them.
  const honorific = title?.match(/^(.*\S)\s+(\S+)$/);
  if (honorific && HONORIFICS.has(honorific[2].toLowerCase())) {
    const words = honorific[1].toLowerCase().split(/\s+/);
    const role = (word: string): boolean =>
      ROLE_WORDS.has(word) || (isTitleWord(word) && !HONORIFICS.has(word) && word !== 'the' && word !== 'of');
    kept = words.some(role) ? honorific[1] : undefined;
  }
  const bare = kept?.toLowerCase() ?? '';
  // "The Centers for" before "Disease Control", "The Republic of" before "Estonia": a body's name cut in two
  // is the body's whole name; any other title cut after "of", "for" or "and" is none.
  // ("Minister of State for Textiles R.N. Mirdha", "Director General of the …": a role, not a body.)
  const cut = /\s(?:and|&|of|for)$/.test(bare);
  const words = bare.replace(/^(?:the|a|an) /, '').split(/\s+/);
  if (
    cut &&
    !knownFirstName(name) &&
    !isTitleWord(words[0]) &&
    !ROLE_WORDS.has(words[0]) &&
    words.some((word) => STATE_WORDS.has(word) || ORGANIZATION_WORDS.has(word))
  )
    return {
      name: `${kept} ${name}`.replace(/^the /i, 'the ').replace(/^an? /i, ''),
      kind: 'organization',
      mention,
    };
  if (
    kept &&
    !cut &&
    !HONORIFICS.has(bare) &&
    !PLACES.has(bare) &&
    !COUNTRIES.has(bare) &&
    !NOT_NAMES.has(bare)
  )
    speaker.title = kept;
  return speaker;
}

/**
 * Whether the capitalised words before `at` (none or more, no place among them) follow a role's link
 * word: "and Microbiology|", "on Economic Issues|", "to|" (not "of Velgaria|").
 */
function cutAfterLink(units: Unit[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isCapitalizedUnit(units[k]) && lowerOf(units[k]) !== 'the') {
    const lower = lowerOf(units[k]);
    if (PLACES.has(lower) || COUNTRIES.has(lower) || isFirstName(lower)) return false;
    k--;
  }
  return k >= 0 && ['and', 'of', 'for', 'on', 'to', 'the'].includes(lowerOf(units[k]));
}

/** The company a phrase names by a shorter form of a name the story gave it, or by "the company". */
function companyNamed(
  text: string,
  units: Unit[],
  start: number,
  first: number,
  last: number,
  registry: NameRegistry,
): string | null {
  // "First Wisconsin said" after "First Wisconsin Corp": the company, named without its legal form.
  const written = textOf(text, units, first, last).replace(/^the /i, '').toLowerCase();
  const company = registry.companies.get(written) ?? registry.companies.get(written.replace(/[’']s$/, ''));
  if (company) return company;
  // "the company said" in a story that named a company with its legal form: the first one named before
  // (a wire story's lede names the company it is about first: "Acme Corp said it would buy Beta Inc").
  if (
    last === first + 1 &&
    lowerOf(units[first]) === 'the' &&
    COMPANY_NOUNS.has(valueOf(units[last])) &&
    registry.companyMentions.length > 0
  ) {
    const lede = registry.companyMentions.find((entry) => entry.start < start);
    // "the bank" only for a bank: a company's story often quotes the bank that lends to it
    const fits = lede && (valueOf(units[last]) !== 'bank' || /\bBan(?:k|c)/.test(lede.name));
    if (lede && fits) return lede.name;
  }
  return null;
}

/** What a story calls a town's government it has named: "the city", "the municipality", "the town". */
const MUNICIPAL_NOUNS = new Set(['city', 'municipality', 'town']);

/**
 * "the city said" after "the Municipality of Veldgrad" (or "the City of Veldgrad", "the Town Council of
 * Veldgrad"): the body named last before it, by its name; null when the story named none.
 */
function municipalityNamed(
  text: string,
  units: Unit[],
  start: number,
  first: number,
  last: number,
): string | null {
  if (last !== first + 1 || lowerOf(units[first]) !== 'the' || !MUNICIPAL_NOUNS.has(valueOf(units[last])))
    return null;
  const named = [
    ...text.slice(0, start).matchAll(/\b(?:Municipality|City|Town)(?: Council)? of (?:\p{Lu}[\p{L}-]+ ?)+/gu),
  ];
  return named.length > 0 ? named[named.length - 1][0].trim() : null;
}

/** A capitalised name ending in a legal form ("Pacific Gas and Electric Co"), or null. */
function legalFormName(text: string, units: Unit[], first: number, last: number): string | null {
  // "Pacific Gas and Electric Co", "Harlow, Reed and Co": a capitalised name ending in a legal form
  if (LEGAL_FORMS.has(lowerOf(units[last])) && isCapitalizedUnit(units[last]) && last > first) {
    // the run of capitalised words (joined by "and", "&" or a comma before "X and") that ends in it
    let start = last;
    let joined = false;
    while (start > first) {
      const before = units[start - 1];
      const word = lowerOf(before);
      if (isCapitalizedUnit(before) || ATTACHED.has(word)) start--;
      else if ((word === 'and' || word === '&') && isCapitalizedUnit(units[start - 2])) {
        start--;
        joined = true;
      } else if (word === ',' && joined && isCapitalizedUnit(units[start - 2])) start--;
      else break;
    }
    if (/^(?:the|a|an)$/.test(lowerOf(units[start]))) start++;
    if (start < last && isCapitalizedUnit(units[start])) return textOf(text, units, start, last);
  }
  return null;
}

/** The holder named at the end of a role whose portfolio "for …" was split off, or null. */
function portfolioHolder(
  text: string,
  units: Unit[],
  source: SourceMention,
  first: number,
  last: number,
  registry: NameRegistry,
  mention: Speaker['mention'],
): Speaker | null {
  // "The Minister for Foreign Affairs of Ruritania Ivo Marek": a role whose portfolio "for …" was split off
  // as what a spokesman speaks for, ending in the holder's full name (after a body or a place, not after a
  // title: "a spokesman for Senator Tom Reed" is the spokesman).
  const portfolio = source.appositive?.[0] === last + 1 ? source.appositive : null;
  if (portfolio && ['for', 'of'].includes(lowerOf(units[last + 1])) && onlyTitles(units, first, last)) {
    const end = units[portfolio[1]].end;
    const holder = registry.mentions.find(
      (m) => m.start > units[portfolio[0] + 1].start && m.start + m.name.length === end,
    );
    const at = holder ? units.findIndex((unit) => unit.start === holder.start) : -1;
    // ("director of rugby Nigel Melville": a portfolio noun in lower case too, unless the role speaks for
    // another: "a spokesman for singer Tom Reed" is the spokesman; not "… in Latin America")
    if (
      holder &&
      at > portfolio[0] + 1 &&
      (isCapitalizedUnit(units[at - 1]) ||
        (posOf(units[at - 1]) === 'NOUN' && !SPOKESPEOPLE.has(lowerOf(units[last])))) &&
      !isTitleWord(lowerOf(units[at - 1]))
    )
      return {
        name: holder.name,
        kind: 'person',
        mention,
        title: textOf(text, units, first, at - 1).replace(/^the /i, ''),
      };
  }
  return null;
}

const PERSONAL = new Set(['he', 'she', 'him', 'her']);

/** The noun phrase that opens the sentence and is the subject of its first verb before `before`. */
function openingSubject(units: Unit[], before: number): SourceMention | null {
  let verb = -1;
  const start = firstWord(units);
  for (let i = start + 1; i < before && i < start + 12; i++) {
    const pos = posOf(units[i]);
    if (pos === 'VERB' || pos === 'AUX') {
      verb = i;
      break;
    }
    if (units[i].kind !== 'token' || lowerOf(units[i]) === ',') return null;
  }
  if (verb < 1) return null;
  // ("Rescuers often arrive …": an adverb before the verb is no part of the subject)
  let end = verb - 1;
  while (end > start && posOf(units[end]) === 'ADV') end--;
  const phrase = phraseEndingAt(units, end, start);
  if (!phrase || phrase.pronoun || phrase.first !== start) return null;
  return {
    start: units[phrase.first].start,
    end: units[phrase.last].end,
    sentence: 0,
    first: phrase.first,
    last: phrase.last,
    pronoun: false,
    appositive: null,
  };
}

/** Things a person sends that then "read" or "say" ("the message", "the telegram", "the letter"). */
const SENT_THINGS =
  /^the (?:message|telegram|letter|greetings?|condolences|address|appeal|statement|communiqu[eé]|declaration)$/i;

/**
 * The person who opens a sentence as the subject of its verb, when that verb sends something ("sent
 * greetings", "addressed a message", "expressed condolences", "congratulated the staff"), or the person or body that issued a
 * statement ("The EU released a statement …. '…,' read the statement"); else null.
 */
function senderBefore(text: string, units: Unit[], registry: NameRegistry): Speaker | null {
  const source = openingSubject(units, units.length);
  if (!source) return null;
  // ("has sent", "also congratulated")
  let at = source.last + 1;
  while (/^(?:has|have|had|also)$/.test(lowerOf(units[at])) && at < source.last + 3) at++;
  const verb = lowerOf(units[at]);
  // "sent greetings", "congratulated the staff on …", "offered condolences", "extended greetings",
  // "wished the team success", "greeted the participants": a person who sends a message.
  const sends =
    /^(?:sent|sends|addressed|expressed|wrote|signed|conveyed|congratulated|congratulates|offered|offers|extended|extends|wished|wishes|greeted|greets)$/.test(
      verb,
    );
  const issues = /^(?:issued|issues|released|releases|published|publishes)$/.test(verb);
  if (!sends && !issues) return null;
  const speaker = readSpeakerPhrase(text, units, source, registry);
  if (speaker.kind === 'person') return speaker;
  const place = PLACES.has(speaker.name.toLowerCase().replace(/^the /, ''));
  // ("The joint statement issued on Friday …": a document issues nothing)
  const document = DOCUMENTS.has(lowerOf(units[source.last]));
  return issues && speaker.kind === 'organization' && !place && !document ? speaker : null;
}

/** Documents a speaker says things "in", that the news then quotes as speaking ("the statement said"). */
const ISSUED_THINGS = /^the (statement|letter|report|message|email|e-mail|filing|tweet|post|communiqu[eé])$/i;

/**
 * "The army said in a statement that two soldiers died. '…,' the statement said": the speaker who said
 * things "in a statement" (the same document word) in one of the two sentences before, the one named
 * nearest that phrase ("X said this in a statement …, Ukrinform reports" is X's); not a bare noun
 * ("according to data in its annual report"); else null.
 */
function issuerBefore(
  text: string,
  sentences: Sentence[],
  sentence: number,
  document: string,
  history: ResolvedMention[],
): Speaker | null {
  const said = new RegExp(`\\bin (?:a|an|its|his|her|their|the) (?:[\\w-]+ ){0,2}${document}\\b`, 'i');
  for (let s = sentence - 1; s >= 0 && s >= sentence - 2; s--) {
    const { start, end } = sentences[s];
    const phrase = said.exec(text.slice(start, end));
    if (!phrase) continue;
    const at = start + phrase.index;
    let nearest: ResolvedMention | null = null;
    for (const mention of history) {
      if (mention.at < start || mention.at >= end) continue;
      // ("According to Ukrinform, the ministry said this in a statement": not the outlet that relays it)
      if (mention.relayed && mention.relayed.start <= at && at < mention.relayed.end) continue;
      const distance = Math.abs(mention.at - start - phrase.index);
      if (nearest === null || distance < Math.abs(nearest.at - start - phrase.index)) nearest = mention;
    }
    // "According to Ukrinform, the ministry said this in a statement": a body described before the verb.
    if (nearest === null) {
      const subject = DESCRIBED_ISSUER.exec(text.slice(start, at));
      return subject
        ? { name: subject[1].replace(/^The /, 'the '), kind: 'organization', mention: null }
        : null;
    }
    const name = nearest.speaker.name;
    return /^\p{Ll}/u.test(name) && !name.startsWith('the ') ? null : nearest.speaker;
  }
  return null;
}

/** "the ministry said this ", "the Foreign Ministry stated ": a body described as the subject of a report. */
const DESCRIBED_ISSUER =
  /\b([Tt]he (?:\p{Lu}[\p{L}-]*\s+){0,4}(?:ministry|Ministry|office|Office|department|Department|agency|Agency|embassy|Embassy|company|firm|group|council|Council|committee|Committee|government|service|Service|army|Army|court|Court))\s+(?:has\s+)?(?:said|stated|announced|wrote|reported)(?:\s+this)?\s+$/u;

/**
 * Whether the mention at `at` of attribution `index` lies inside another's words in its sentence ("Acme
 * Corp said its unit and Beta Co agreed to …"), that other not itself inside this one's ("[The EU's
 * institutions have noted …], the US office said": the office's words hold the other).
 */
function nestedIn(attributions: Attribution[], index: number, at: number): boolean {
  const sentence = attributions[index].sentence;
  const inside = (attribution: Attribution, offset: number) =>
    attribution.parts.some((part) => part.start <= offset && offset < part.end);
  for (let b = index - 1; b >= 0 && attributions[b].sentence === sentence; b--) {
    const other = attributions[b];
    if (inside(other, at) && !(other.source && inside(attributions[index], other.source.start))) return true;
  }
  for (let b = index + 1; b < attributions.length && attributions[b].sentence === sentence; b++) {
    const other = attributions[b];
    if (inside(other, at) && !(other.source && inside(attributions[index], other.source.start))) return true;
  }
  return false;
}

/** The span an outlet's "according to" or "reports" relays, for ResolvedMention.relayed. */
function relayOf(attribution: Attribution): { relayed?: { start: number; end: number } } {
  const lemma = attribution.cue?.lemma;
  if (lemma !== 'according to' && lemma !== 'report') return {};
  const { parts } = attribution;
  return { relayed: { start: parts[0].start, end: parts[parts.length - 1].end } };
}

/** The plural subject of the sentence before `before` ("Scientology officials went …"), if any. */
function pluralSubject(text: string, units: Unit[], before: number, registry: NameRegistry): Speaker | null {
  // "Rescuers often arrive …, and they say", "Rescuers from the Emergency Service arrive …": a plural
  // noun the tagger took for a name for its capital, opening the sentence before a verb or a complement,
  // no name or body the story knows, and no number ("Millions of those who …")
  const start = firstWord(units);
  const word = start + 1 < before ? valueOf(units[start]) : '';
  const lower = word.toLowerCase();
  const next = units[start + 1];
  const capitalised =
    next !== undefined &&
    (GROUP_PLACES.has(lowerOf(next)) || ['VERB', 'AUX', 'ADV'].includes(posOf(next))) &&
    posOf(units[start]) === 'PROPN' &&
    /^\p{Lu}\p{Ll}+s$/u.test(word) &&
    !word.endsWith('ss') &&
    !registry.bySurname.has(lower) &&
    !registry.bodies.has(lower) &&
    !PLACES.has(lower) &&
    !isFirstName(lower) &&
    !/^(?:tens|dozens|hundreds|thousands|millions|billions)$/.test(lower) &&
    // (a common noun the story writes in lower case elsewhere: "rescuers", not "Democrats")
    new RegExp(`\\b${lower}\\b`).test(text);
  if (capitalised)
    return {
      name: lower,
      kind: 'group',
      mention: { start: units[start].start, end: units[start].end, text: word },
    };
  const source = openingSubject(units, before);
  if (!source) return null;
  const head = lowerOf(units[source.last]);
  const plural = GROUP_WORDS.has(head) || (posOf(units[source.last]) === 'NOUN' && /[^s]s$/.test(head));
  if (!plural) return null;
  const speaker = readSpeakerPhrase(text, units, source, registry);
  return speaker.kind === 'group' || speaker.kind === 'organization' ? speaker : null;
}

/**
 * The body that is the subject of the sentence before `before` ("Boeing apologised …, although it
 * claimed …", "The agency denied the report, but it said …"), if any: an organisation, or a single
 * capitalised name that is no person's (no known first name, no surname or first name of someone named).
 */
function bodySubject(text: string, units: Unit[], before: number, registry: NameRegistry): Speaker | null {
  const source = openingSubject(units, before);
  if (!source) return null;
  const speaker = readSpeakerPhrase(text, units, source, registry);
  const lower = speaker.name.toLowerCase().replace(/^the /, '');
  if (PLACES.has(lower) || NOT_NAMES.has(lower)) return null;
  if (speaker.kind === 'organization') return speaker;
  const single =
    speaker.kind === 'person' &&
    source.first === source.last &&
    speaker.name === valueOf(units[source.first]) &&
    /^\p{Lu}[\p{L}\d&-]+$/u.test(speaker.name) &&
    !isFirstName(lower) &&
    !registry.bySurname.has(lower) &&
    !registry.byFirstName.has(lower) &&
    rolesOf(registry, speaker.name).length === 0;
  return single ? { ...speaker, kind: 'organization' } : null;
}

/** A name that ends like a body's, a product's or an event's ("Zurich Premiership", "Lycos Europe"). */
function namedLikeBody(name: string, registry: NameRegistry): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return bodyNameWord(last) || ORGANIZATION_WORDS.has(last) || registry.bodies.has(name.toLowerCase());
}

/**
 * The latest person to speak, when the story described them before with the head of a bare role ("the
 * president" after "The US president said …. Biden said …"), with no rank on either; null otherwise.
 */
function recentlyDescribed(speaker: Speaker, history: ResolvedMention[]): Speaker | null {
  const words = speaker.mention?.text.split(/\s+/) ?? [];
  if (words.length !== 2 || words[0].toLowerCase() !== 'the') return null;
  const wanted = roleHead(words.slice(1));
  if (!wanted || wanted.ranks.size > 0) return null;
  let latest: Speaker | null = null;
  for (let h = history.length - 1; h >= 0 && h >= history.length - 3 && !latest; h--)
    if (history[h].speaker.kind === 'person') latest = history[h].speaker;
  if (!latest) return null;
  return describedEarlier(history, latest.name, wanted.head);
}

/**
 * Per history, each speaker's first turn described with each bare role head, read as the history grows
 * (it is only ever added to): a story of thousands of turns asks each "the president said" in constant
 * time instead of reading its whole history.
 */
const DESCRIBED_TURNS = new WeakMap<
  ResolvedMention[],
  { read: number; byName: Map<string, Map<string, Speaker>> }
>();

/** The first turn of `name` whose title or description has this head and no rank, or null. */
function describedEarlier(history: ResolvedMention[], name: string, head: string): Speaker | null {
  let turns = DESCRIBED_TURNS.get(history);
  if (!turns) DESCRIBED_TURNS.set(history, (turns = { read: 0, byName: new Map() }));
  for (; turns.read < history.length; turns.read++) {
    const earlier = history[turns.read].speaker;
    // its title, or the description it was named by ("The Ruritanian president said")
    const mentioned = earlier.mention?.text;
    const title = earlier.title ?? (mentioned && /^the /i.test(mentioned) ? mentioned : undefined);
    const role = title ? roleHead(title.split(/\s+/)) : null;
    if (!role || role.ranks.size > 0) continue;
    const heads = turns.byName.get(earlier.name);
    if (!heads) turns.byName.set(earlier.name, new Map([[role.head, earlier]]));
    else if (!heads.has(role.head)) heads.set(role.head, earlier);
  }
  return turns.byName.get(name)?.get(head) ?? null;
}

/**
 * The story calls `name` by its last word alone somewhere ("Howard Flight … Mr Flight said"). Each name
 * is counted once per document (`CALLED_BY_SURNAME`), not at each "Mr Howard".
 */
function calledBySurname(text: string, name: string, registry: NameRegistry): boolean {
  let answers = CALLED_BY_SURNAME.get(registry);
  if (!answers) CALLED_BY_SURNAME.set(registry, (answers = new Map()));
  let called = answers.get(name);
  if (called === undefined) answers.set(name, (called = countsSurnameAlone(text, name, registry)));
  return called;
}

const CALLED_BY_SURNAME = new WeakMap<NameRegistry, Map<string, boolean>>();

/**
 * Whether the surname alone is written more often than the whole name. A name of plain words (letters
 * and hyphens, its first word not repeated, so no two of its occurrences overlap) is counted from the
 * document's words (`wordRuns`), read once; any other by regular expressions over the text.
 */
function countsSurnameAlone(text: string, name: string, registry: NameRegistry): boolean {
  const words = name.split(' ');
  if (words.length < 2) return false;
  if (!words.every((word) => PLAIN_WORD.test(word)) || words.indexOf(words[0], 1) > 0)
    return countedByExpression(text, name);
  const runs = wordRuns(text, registry);
  return joinedCount(runs, words.slice(-1)) > joinedCount(runs, words);
}

const PLAIN_WORD = /^[\p{L}-]+$/u;

/**
 * Per document, its words (maximal runs of letters and hyphens) in text order, whether only white space
 * stands before each, and, for each number of words asked, how often each sequence of that many words
 * joined by white space alone occurs: what `(?<![\p{L}-])Ann\s+Lee(?![\p{L}-])` counts, for every name
 * at once.
 */
interface WordRuns {
  words: string[];
  spaced: boolean[];
  joined: Map<number, Map<string, number>>;
}

const WORD_RUNS = new WeakMap<NameRegistry, WordRuns>();

function wordRuns(text: string, registry: NameRegistry): WordRuns {
  let runs = WORD_RUNS.get(registry);
  if (runs) return runs;
  runs = { words: [], spaced: [], joined: new Map() };
  let end = -1;
  for (const match of text.matchAll(/[\p{L}-]+/gu)) {
    runs.spaced.push(end >= 0 && /^\s+$/u.test(text.slice(end, match.index)));
    runs.words.push(match[0]);
    end = match.index + match[0].length;
  }
  WORD_RUNS.set(registry, runs);
  return runs;
}

/** How often these words occur in a row, joined by white space alone. */
function joinedCount(runs: WordRuns, words: string[]): number {
  const size = words.length;
  let counts = runs.joined.get(size);
  if (!counts) {
    counts = new Map();
    for (let last = size - 1; last < runs.words.length; last++) {
      let joined = true;
      for (let i = last - size + 2; i <= last && joined; i++) joined = runs.spaced[i];
      if (!joined) continue;
      const key = runs.words.slice(last - size + 1, last + 1).join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    runs.joined.set(size, counts);
  }
  return counts.get(words.join(' ')) ?? 0;
}

function countedByExpression(text: string, name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2) return false;
  const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const surname = new RegExp(`(?<![\\p{L}-])${escape(words[words.length - 1])}(?![\\p{L}-])`, 'gu');
  const whole = new RegExp(`(?<![\\p{L}-])${words.map(escape).join('\\s+')}(?![\\p{L}-])`, 'gu');
  return (text.match(surname)?.length ?? 0) > (text.match(whole)?.length ?? 0);
}

/** The first unit of a sentence after an opening phrase and its comma ("On September 29, …"). */
function firstWord(units: Unit[]): number {
  for (let i = 0; i < units.length && i < 6; i++) {
    if (posOf(units[i]) === 'VERB' || posOf(units[i]) === 'AUX') return 0;
    if (lowerOf(units[i]) === ',') return i + 1;
  }
  return 0;
}

/** What a person or body issues and the news quotes as speaking: "X's statement said". */
const DOCUMENTS = new Set(
  `statement statements letter report analysis study website blog tweet post article memo release
  announcement message editorial column book speech filing submission decree resolution communique
  document declaration greetings telegram`.split(/\s+/),
);

/** Documents of a government or court, named in capitals after the office that issues them. */
const TITLED_DOCUMENTS = new Set(
  `order orders decree decrees directive ordinance edict proclamation memorandum statement declaration
  communique resolution report letter message address`.split(/\s+/),
);

/**
 * "The Executive Order", "the Presidential Decree", "an Executive Memorandum": a determiner, capitalised
 * words of which one is a title's, and a document's name at the end.
 */
function titledDocument(units: Unit[], first: number, last: number): boolean {
  if (last - first < 2 || posOf(units[first]) !== 'DET') return false;
  if (!TITLED_DOCUMENTS.has(lowerOf(units[last])) || !isCapitalizedUnit(units[last])) return false;
  let titled = false;
  for (let i = first + 1; i < last; i++) {
    if (!isCapitalizedUnit(units[i])) return false;
    if (isTitleWord(lowerOf(units[i]))) titled = true;
  }
  return titled;
}

/**
 * "according to a report by Screen Digest": the units of the capitalised author named after a document
 * that ends the phrase ("by" or "from", a determiner and a lower-case kind allowed before it), or null.
 */
function authorAfter(units: Unit[], first: number, last: number): [number, number] | null {
  if (
    !(DOCUMENTS.has(lowerOf(units[last])) || AUTHORED_DOCUMENTS.has(lowerOf(units[last]))) ||
    lowerOf(units[first]) === 'his' ||
    lowerOf(units[first]) === 'her'
  )
    return null;
  // ("a report published by the World Food Programme", "data from the Kyiv School of Economics")
  const authored = authorLinker(units, last);
  const linker = authored >= 0 ? authored : last + 1;
  if (lowerOf(units[linker]) !== 'by' && lowerOf(units[linker]) !== 'from') return null;
  let from = linker + 1;
  const determiner = lowerOf(units[from]) === 'the' ? from : -1;
  if (posOf(units[from]) === 'DET') from++;
  // ("by analysts Screen Digest": a lower-case kind before the name)
  for (let k = 0; k < 2 && posOf(units[from]) === 'NOUN' && !isCapitalizedUnit(units[from]); k++) from++;
  if (!isCapitalizedUnit(units[from]) || dayOrMonth(lowerOf(units[from]))) return null;
  let to = from;
  // ("from the Retail Consortium": the article stays with the name)
  if (determiner === from - 1) from = determiner;
  while (
    to + 1 < units.length &&
    (isCapitalizedUnit(units[to + 1]) ||
      (/^(?:of|for|and|&)$/.test(lowerOf(units[to + 1])) && isCapitalizedUnit(units[to + 2])))
  )
    to++;
  // "by UK think-tank Demos": a capitalised word before a lower-case kind qualifies it; the name follows
  let kind = to + 1;
  const kindWord = (unit: Unit): boolean =>
    lowerOf(unit) === '-' || ((posOf(unit) === 'NOUN' || posOf(unit) === 'VERB') && !isCapitalizedUnit(unit));
  while (kind < units.length && kind <= to + 4 && kindWord(units[kind])) kind++;
  if (kind > to + 1 && isCapitalizedUnit(units[kind])) {
    from = kind;
    to = kind;
  }
  while (
    to + 1 < units.length &&
    (isCapitalizedUnit(units[to + 1]) ||
      (/^(?:of|for|and|&)$/.test(lowerOf(units[to + 1])) && isCapitalizedUnit(units[to + 2])))
  )
    to++;
  return [from, to];
}

/** "the statement of the Ministry", "a joint letter by Tom Reed": the first unit of the issuer named after it. */
function documentIssuer(units: Unit[], first: number, last: number): number | null {
  let head = first;
  while (head < last && (posOf(units[head]) === 'DET' || posOf(units[head]) === 'ADJ')) head++;
  if (!DOCUMENTS.has(lowerOf(units[head]))) return null;
  const linker = lowerOf(units[head + 1]);
  if ((linker !== 'of' && linker !== 'by') || head + 2 > last) return null;
  // ("the statement of claims", "a letter of thanks": a capitalised issuer only.)
  let issuer = head + 2;
  if (posOf(units[issuer]) === 'DET') issuer++;
  return issuer <= last && /^\p{Lu}/u.test(valueOf(units[issuer])) ? head + 2 : null;
}

/**
 * "A White House statement", "a joint Kremlin statement": the units of the capitalised name written
 * before the document (after a determiner and adjectives), or null.
 */
function documentBody(
  units: Unit[],
  first: number,
  last: number,
  heads: Set<string> = DOCUMENTS,
): [number, number] | null {
  if (last - first < 1 || !heads.has(lowerOf(units[last]))) return null;
  let start = first;
  while (
    start < last &&
    (posOf(units[start]) === 'DET' || (posOf(units[start]) === 'ADJ' && !isCapitalizedUnit(units[start])))
  )
    start++;
  if (start === last) return null;
  let proper = false;
  for (let i = start; i < last; i++) {
    if (!isCapitalizedUnit(units[i]) || !['PROPN', 'ADJ', 'NOUN'].includes(posOf(units[i]))) return null;
    if (posOf(units[i]) === 'PROPN' && !NATIONALITIES.has(lowerOf(units[i]))) proper = true;
  }
  // ("A Russian statement": a nationality alone names no issuer)
  return proper ? [start, last - 1] : null;
}

/** Whether a body's speaker spoke through a spokesperson a personal pronoun can take up. */
function spokespersonFits(title: string | undefined, pronoun: string): boolean {
  if (title === undefined || !SPOKESPEOPLE.has(title)) return false;
  return pronoun === 'he' ? title !== 'spokeswoman' : title !== 'spokesman';
}

/** Prepositions that name the body a spokesperson speaks for ("a spokesman for the Guild"). */
const SPOKEN_FOR = new Set(['for', 'of', 'from', 'at']);

/**
 * "A Vodafone spokeswoman said", "a spokesman for the Casino Guild said", "a Kremlin official told": an
 * unnamed spokesperson or official speaks for the body named with them, so the statement is the body's
 * (kind organisation, the role as title), as a document's is. Only where the named words read as an
 * organisation: "a US official" (a place), "a Russian spokesman" (a nationality) and "a spokeswoman for
 * Senator Tom Reed" (a person) stay descriptions.
 */
function bodySpokenFor(
  text: string,
  units: Unit[],
  source: SourceMention,
  first: number,
  last: number,
  registry: NameRegistry,
): Speaker | null {
  const head = lowerOf(units[last]);
  // ("EU High Representative for Foreign Affairs …": a capitalised role is a title, its holder named)
  if (!SPOKESPEOPLE.has(head) || isCapitalizedUnit(units[last])) return null;
  // ("Street spokesman" of a phrase cut short is not "a Downing Street spokesman")
  let span = posOf(units[first]) === 'DET' ? documentBody(units, first, last, SPOKESPEOPLE) : null;
  const after = source.appositive;
  if (span === null && after !== null && after[0] === last + 1 && SPOKEN_FOR.has(lowerOf(units[after[0]]))) {
    const start = after[0] + 1;
    const named = lowerOf(units[start]) === 'the' && start < after[1] ? start + 1 : start;
    if (isCapitalizedUnit(units[named])) span = [start, after[1]];
  }
  if (span === null) return null;
  for (let i = span[0]; i <= span[1]; i++) {
    const lower = lowerOf(units[i]);
    if (PLACES.has(lower) || countryStem(lower) !== null || lower === 'uk' || HONORIFICS.has(lower))
      return null;
  }
  const speaker = readSpeakerPhrase(text, units, remention(source, span[0], span[1], null), registry);
  // After "for", a name that is no known person's is the body's ("a spokesperson for Icstis"); before the
  // role, only what reads as an organisation ("a Vodafone spokeswoman" may be "a Smith spokeswoman").
  const named =
    speaker.kind === 'organization' ||
    (span[0] > last &&
      speaker.kind === 'person' &&
      speaker.title === undefined &&
      !knownFirstName(speaker.name) &&
      !registry.bySurname.has(lowerOf(units[span[1]])));
  if (!named) return null;
  return { name: speaker.name, kind: 'organization', mention: null, title: head };
}

/** Prepositions that say where a group of people is from or belongs ("residents of Velga"). */
const GROUP_PLACES = new Set(['of', 'in', 'at', 'from']);

/**
 * "Residents of Velga said", "Supporters of Mr Navalny said": people in the plural before "of" (or "in",
 * "at", "from") are the group speaking, whoever the place or person after it is; the sentence's capital
 * made the tagger read "Residents" as a name. (Not records: "figures from the ministry" are its.)
 */
function groupOfPlace(units: Unit[], first: number, last: number): boolean {
  const head = lowerOf(units[first]);
  return (
    first < last &&
    GROUP_WORDS.has(head) &&
    !RECORD_WORDS.has(head) &&
    head.endsWith('s') &&
    GROUP_PLACES.has(lowerOf(units[first + 1]))
  );
}

/** "Cornyn's statement": the last unit of the possessor when the phrase is "X's [adjectives] document". */
function documentPossessor(units: Unit[], first: number, last: number): number | null {
  if (!DOCUMENTS.has(lowerOf(units[last]))) return null;
  for (let p = last - 1; p > first; p--) {
    const lower = lowerOf(units[p]);
    // ("Wednesday's statement said": a day's document is no one's)
    if (POSSESSIVE_CLITICS.has(lower))
      return p - 1 >= first && !dayOrMonth(lowerOf(units[p - 1])) ? p - 1 : null;
    // ("The President's message of greetings reads": a document of a document is one)
    if (lower === 'of' && DOCUMENTS.has(lowerOf(units[p - 1]))) continue;
    const pos = posOf(units[p]);
    if (pos !== 'ADJ' && pos !== 'NOUN') return null;
  }
  return null;
}

/** The person named at the start of each sentence ("Harry Kane won …", "Senior researcher Mu Li said"). */
function sentenceOpeners(
  sentences: Sentence[],
  registry: NameRegistry,
): Array<{ start: number; name: string }> {
  const openers: Array<{ start: number; name: string }> = [];
  if (registry.mentions.length === 0) return openers;
  const byStart = new Map<number, string>();
  for (const mention of registry.mentions) byStart.set(mention.start, mention.name);
  for (const sentence of sentences) {
    const { units } = sentence;
    // "With Putin looking on, President Ann Lee rolled out a plan": a name in an opening prepositional or
    // subordinate phrase is not the subject; the subject comes after the phrase's comma. A clause's own
    // subject still opens the sentence when the main clause names nobody ("If Lee runs, she …").
    const opening = leadingPhraseEnd(units);
    let opener = openerFrom(units, opening, byStart, registry);
    if (!opener && opening > 0 && SUBORDINATORS.has(lowerOf(units[0])))
      opener = openerFrom(units, 0, byStart, registry);
    opener ??= passiveAgent(units, byStart, registry);
    if (opener) openers.push(opener);
  }
  return openers;
}

/** Whether the proper name at `i` ends its sentence or is followed by an appositive's comma. */
function agentEnds(units: Unit[], i: number): boolean {
  let j = i + 1;
  while (j < units.length && posOf(units[j]) === 'PROPN') j++;
  return j >= units.length || isTerminal(units[j]) || lowerOf(units[j]) === ',';
}

/** Forms of "be" that make a passive with a past participle ("was summarised by …"). */
const PASSIVE_AUXILIARIES = new Set([...BE_FORMS, 'been', 'being', 'be']);

/**
 * "The objection was summarised by the former envoy Ivo Daalder.": the person named as the agent that
 * ends a passive sentence does what its subject would in the active, so a pronoun after takes them up.
 * Not an agent in a relative clause ("Aston Martin - whose cars were used by James Bond - will …", "in
 * which his role was played by Tom Reed").
 */
function passiveAgent(
  units: Unit[],
  byStart: Map<number, string>,
  registry: NameRegistry,
): { start: number; name: string } | null {
  for (let by = 0; by < units.length; by++) {
    if (RELATIVES.has(lowerOf(units[by]))) return null;
    if (lowerOf(units[by]) !== 'by' || posOf(units[by - 1]) !== 'VERB') continue;
    let auxiliary = by - 2;
    while (auxiliary > 0 && auxiliary > by - 4 && posOf(units[auxiliary]) === 'ADV') auxiliary--;
    if (PASSIVE_AUXILIARIES.has(lowerOf(units[auxiliary])))
      return openerFrom(units, by + 1, byStart, registry, true);
  }
  return null;
}

/**
 * Where sentences open with a person described, not named, as their subject ("The Tory leader was asked
 * …", "The former minister told …", "The Head of State also met …"): a definite description whose head is
 * a role or a person noun, with the words of the description (`end`) and whether its head is a role.
 */
function describedOpenings(sentences: Sentence[]): DescribedOpening[] {
  const starts: DescribedOpening[] = [];
  for (const { units } of sentences) {
    const first = leadingPhraseEnd(units);
    if (lowerOf(units[first]) !== 'the') continue;
    for (let i = first + 1; i < units.length && i <= first + 4; i++) {
      const pos = posOf(units[i]);
      if (!MODIFIERS.has(pos) && pos !== 'PROPN') break;
      const lower = lowerOf(units[i]);
      const role = ROLE_WORDS.has(lower);
      const person = role || personNounFits(lower, 'he') || personNounFits(lower, 'she');
      if (!person) continue;
      // "The Head of State", "The President of Russia": a role's complement of capitalised words.
      let last = i;
      if (role && lowerOf(units[i + 1]) === 'of') {
        let j = i + 2;
        if (lowerOf(units[j]) === 'the') j++;
        while (j < units.length && j <= i + 6 && isCapitalizedUnit(units[j])) j++;
        if (j > i + 2 && isCapitalizedUnit(units[j - 1])) last = j - 1;
      }
      const next = posOf(units[last + 1]);
      if (next === 'VERB' || next === 'AUX' || next === 'ADV') {
        starts.push({ start: units[first].start, end: units[last].end, role });
        break;
      }
    }
  }
  return starts;
}

/** A sentence opening with a person described ("The Head of State also met …"). */
interface DescribedOpening {
  start: number;
  /** Where the description ends. */
  end: number;
  /** Whether its head is a role ("president", "head"), not a trade or an everyday noun. */
  role: boolean;
}

/**
 * The person named as the subject within six words of `from`, after any titles (or as the `agent` that
 * ends a passive sentence), or null.
 */
function openerFrom(
  units: Unit[],
  from: number,
  byStart: Map<number, string>,
  registry: NameRegistry,
  agent = false,
): { start: number; name: string } | null {
  for (let i = from; i < units.length && i < from + 6; i++) {
    const unit = units[i];
    if (unit.kind !== 'token') return null;
    const name = byStart.get(unit.start);
    if (name) {
      // A person: one with a known first name or named again, or, as an agent, by a name the story gives
      // once with a role right before it ("by the former ambassador Ivo Daalder").
      // The name is the subject: a verb, an adverb, an appositive's comma or "of"/"for" follows it
      // ("Strong Oscar contenders Million Dollar Baby …" opens with no person).
      let j = i + 1;
      // "Ursula von der Leyen": the particles belong to the name
      while (
        j < units.length &&
        (posOf(units[j]) === 'PROPN' ||
          ATTACHED.has(lowerOf(units[j])) ||
          (NAME_PARTICLES.has(valueOf(units[j])) &&
            (posOf(units[j + 1]) === 'PROPN' || NAME_PARTICLES.has(valueOf(units[j + 1])))))
      )
        j++;
      const person =
        personLike(name, registry) ||
        (agent && i > from && ROLE_WORDS.has(lowerOf(units[i - 1]))) ||
        (!agent && predicatedPerson(units, j));
      const pos = posOf(units[j]);
      const after = lowerOf(units[j]);
      // (an agent ends its sentence, or an appositive does: "… was summarised by Ivo Daalder.")
      if (agent) return agentEnds(units, i) && person ? { start: unit.start, name } : null;
      const subject =
        pos === 'VERB' ||
        pos === 'AUX' ||
        pos === 'ADV' ||
        after === ',' ||
        after === 'for' ||
        after === 'of';
      return subject && person ? { start: unit.start, name } : null;
    }
    // Titles and their determiners may come first: "The coach, Ann Lee", "Senior researcher Mu Li".
    const lower = unit.token.lower;
    if (
      !isTitleWord(lower) &&
      !ROLE_WORDS.has(lower) &&
      lower !== 'the' &&
      lower !== ',' &&
      !isCapitalizedUnit(unit) &&
      !describesName(units, i)
    )
      return null;
  }
  return null;
}

/** The words of a description before a name: nouns, adjectives and numbers, no verb or preposition. */
const MODIFIERS = new Set(['NOUN', 'ADJ', 'NUM']);

/**
 * Whether a lower-case word at `i` belongs to a description written before a name ("Conservative shadow
 * home secretary Tom Reed", "Party co-chairman Ivo Gale", "Two-time winner Ann Lee"): a noun, an adjective
 * or a number followed by another word of it or, for a noun, by the name. Not a noun of something else
 * ("The film, A Far Story", "the team of the Vell Games") nor an adjective of a name ("Any unilateral
 * U.S. Moves").
 */
function describesName(units: Unit[], i: number): boolean {
  if (!MODIFIERS.has(posOf(units[i]))) return false;
  const next = units[i + 1];
  if (next === undefined || next.kind !== 'token') return false;
  if (isCapitalizedUnit(next)) return posOf(units[i]) === 'NOUN';
  return MODIFIERS.has(next.token.pos) || ROLE_WORDS.has(next.token.lower);
}

/** Prepositions that open a sentence with a phrase before its subject ("With …,", "Like …,"). */
const PREPOSITION_OPENERS = new Set('with without despite unlike like following amid during upon'.split(' '));

/**
 * Where the subject of a sentence may start: 0, or after the comma that closes an opening prepositional
 * phrase or subordinate clause ("With Putin looking on, …"); the phrase is read up to 25 words.
 */
function leadingPhraseEnd(units: Unit[]): number {
  if (units.length === 0) return 0;
  const first = lowerOf(units[0]);
  if (!PREPOSITION_OPENERS.has(first) && !SUBORDINATORS.has(first)) return 0;
  for (let i = 1; i < units.length && i <= 25; i++) if (lowerOf(units[i]) === ',') return i + 1;
  return 0;
}

/** Whether a speaker's mention lies inside the statement's own words. */
function inStatement(speaker: Speaker, attribution: Attribution): boolean {
  const mention = speaker.mention;
  return !!mention && attribution.parts.some((part) => part.start < mention.end && mention.start < part.end);
}

/**
 * Words that open a description of someone new: "our taxi driver", "a woman", "one trader". Not "the":
 * "the writer" takes up the writer the story named.
 */
const ONE_PERSON_DETERMINERS = new Set(['a', 'an', 'our', 'my', 'his', 'her', 'their', 'one']);
/** What may come right before a clause's subject inside a sentence (a comma: see describedSubject). */
const CLAUSE_STARTS = new Set(['but', 'when', 'then', 'while', 'as', 'so']);

/** Whether a noun names one person of a gender the pronoun can take up. */
function personNounFits(noun: string, pronoun: string): boolean {
  if (FEMALE_PERSON_NOUNS.has(noun)) return pronoun === 'she';
  if (MALE_PERSON_NOUNS.has(noun)) return pronoun === 'he';
  if (FEMALE_DESCRIPTIONS.has(noun)) return pronoun === 'she';
  return EVERYDAY_PERSON_NOUNS.has(noun) || PERSON_DESCRIPTION_NOUNS.has(noun);
}

/**
 * "There was no bunker, but our taxi driver shrugged. There was no point in panicking, he said": a person
 * the story describes without naming, as the subject of a clause before `before` in sentence `s` or in the
 * sentence before it; the latest such (its words and start), or null. Only a noun that fits the pronoun.
 */
function describedSubject(
  sentences: Sentence[],
  s: number,
  before: number,
  text: string,
  pronoun: string,
): { name: string; start: number } | null {
  for (let k = s; k >= 0 && k >= s - 1; k--) {
    const { units } = sentences[k];
    // The latest such subject: read back from `before`, over a sentence's worth of words at most (a
    // "sentence" of thousands of words costs no more per pronoun).
    const end = firstStartingAt(units, before);
    for (let i = end - 1; i >= 0 && i >= end - DESCRIBED_REACH; i--) {
      const unit = units[i];
      if (unit.kind !== 'token' || !ONE_PERSON_DETERMINERS.has(lowerOf(unit))) continue;
      // a clause's start: the sentence's, after a conjunction, or after a comma that closes no name
      // ("When she was eight, her mother took …", not the appositive "Ann Lee, a journalist based …")
      const previous = i > 0 ? lowerOf(units[i - 1]) : '';
      const afterComma = previous === ',' && i > 1 && posOf(units[i - 2]) !== 'PROPN';
      if (i > 0 && !CLAUSE_STARTS.has(previous) && !afterComma) continue;
      // "our taxi driver", "the elderly man": modifiers up to the head noun
      let j = i + 1;
      while (
        j < units.length &&
        j <= i + 3 &&
        (posOf(units[j]) === 'ADJ' || posOf(units[j]) === 'NOUN') &&
        !personNounFits(lowerOf(units[j]), pronoun)
      )
        j++;
      const head = units[j];
      const next = units[j + 1];
      if (!head || !next || head.end > before || !personNounFits(lowerOf(head), pronoun)) continue;
      const pos = posOf(next);
      if (pos !== 'VERB' && pos !== 'AUX' && pos !== 'ADV') continue;
      // named as the story's other descriptions are, in lower case ("One trader said" → "one trader")
      const words = text.slice(unit.start, head.end).replace(/\s+/g, ' ');
      return { name: words.charAt(0).toLowerCase() + words.slice(1), start: unit.start };
    }
  }
  return null;
}

/** How many words back describedSubject reads in one sentence. */
const DESCRIBED_REACH = 250;

/** Where the registry last names `name` before `before`; -1 when it does not. */
function lastNamedAt(registry: NameRegistry, name: string, before: number): number {
  const { mentions } = registry;
  for (let i = firstStartingAt(mentions, before) - 1; i >= 0; i--)
    if (mentions[i].name === name) return mentions[i].start;
  return -1;
}

/** Whether the registry names anyone after `after` and before `before`. */
function namedBetween(registry: NameRegistry, after: number, before: number): boolean {
  const { mentions } = registry;
  const first = firstStartingAt(mentions, after + 1);
  return first < mentions.length && mentions[first].start < before;
}

/**
 * A registry name that is a person, not a product or a club ("Motorola Razr V3", "Sale Sharks"): a
 * known first name, or a name the article takes up again.
 */
function personLike(name: string, registry: NameRegistry): boolean {
  // (the registry's mention counts, read once, not a scan of every mention for each sentence's opener:
  // a story of thousands of people was quadratic here, bench:adversarial honorific-first-names)
  return knownFirstName(name) || mentionCount(registry, name) >= 2;
}

/**
 * "Kira Veld was one of the journalists injured …", "Ada Varn is a nurse": a name whose sentence says it is
 * a person (one of the people a plural person noun names, or one a person noun names) is a person's,
 * though its first name is not a known one and the story names it once.
 */
function predicatedPerson(units: Unit[], verb: number): boolean {
  const be = lowerOf(units[verb]);
  if (be !== 'was' && be !== 'is') return false;
  let k = verb + 1;
  const plural =
    lowerOf(units[k]) === 'one' && lowerOf(units[k + 1]) === 'of' && lowerOf(units[k + 2]) === 'the';
  if (plural) k += 3;
  else if (lowerOf(units[k]) === 'a' || lowerOf(units[k]) === 'an') k += 1;
  else return false;
  for (let m = k; m < units.length && m <= k + 3; m++) {
    const pos = posOf(units[m]);
    if (pos !== 'NOUN') {
      if (pos === 'ADJ' || pos === 'NUM' || lowerOf(units[m]) === '-') continue;
      return false;
    }
    const noun = plural ? lowerOf(units[m]).replace(/s$/, '') : lowerOf(units[m]);
    if (posOf(units[m + 1]) === 'NOUN') continue;
    return (
      AGENT_NOUN.test(noun) ||
      ROLE_WORDS.has(noun) ||
      personNounFits(noun, 'he') ||
      personNounFits(noun, 'she')
    );
  }
  return false;
}

/** The latest sentence-opening person after `after` and before `before` that `fits`. */
function latestOpener(
  openers: Array<{ start: number; name: string }>,
  after: number,
  before: number,
  fits: (name: string) => boolean,
): string | null {
  for (let i = openers.length - 1; i >= 0; i--) {
    const opener = openers[i];
    if (opener.start >= before) continue;
    if (opener.start <= after) return null;
    if (fits(opener.name)) return opener.name;
  }
  return null;
}

/** Unit range [first, last] is a run of capitalised proper nouns ("Alireza Mehraban"). */
function isProperName(units: Unit[], first: number, last: number): boolean {
  if (last < first || last - first > 5) return false;
  // "Sen. Ada Brennick, R-Ky., said": a party and state, no one's name.
  if (/^[RDI]$/.test(valueOf(units[first])) && lowerOf(units[first + 1]) === '-') return false;
  for (let i = first; i <= last; i++) {
    if (ATTACHED.has(lowerOf(units[i])) || NAME_PARTICLES.has(valueOf(units[i]))) continue;
    if (posOf(units[i]) !== 'PROPN' || !isCapitalizedUnit(units[i]) || isTitleWord(lowerOf(units[i])))
      return false;
    if (ORGANIZATION_WORDS.has(lowerOf(units[i])) || PLACES.has(lowerOf(units[i]))) return false;
  }
  return last > first || posOf(units[first]) === 'PROPN';
}

/**
 * The first word of a person's full name that ends an appositive after a title in lower case or a title
 * word ("former harbour adviser Ada Varn"), or -1.
 */
function titledNameAt(units: Unit[], first: number, last: number): number {
  if (last - first > 12) return -1;
  let run = last;
  while (run - 1 > first && isProperName(units, run - 1, last)) run--;
  if (run >= last || !isProperName(units, run, last)) return -1;
  const before = units[run - 1];
  const titleWord = isTitleWord(lowerOf(before));
  if (!titleWord && !(posOf(before) === 'NOUN' && !isCapitalizedUnit(before))) return -1;
  // only a title before the name: "former White House Russia adviser", not "a close ally of", "close to"
  for (let i = first; i < run; i++) {
    const pos = posOf(units[i]);
    if (i === first && lowerOf(units[i]) === 'the') continue;
    if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ' && !isTitleWord(lowerOf(units[i]))) return -1;
    if (['of', 'for', 'to', 'at', 'in', 'by'].includes(lowerOf(units[i]))) return -1;
  }
  return run;
}

/** Words that may stand in a role without naming anyone: roles, places, nationalities, bodies. */
function roleOnlyWord(lower: string, registry: NameRegistry): boolean {
  if (ROLE_WORDS.has(lower) || isTitleWord(lower) || PLACES.has(lower) || NOT_NAMES.has(lower)) return true;
  if (ORGANIZATION_WORDS.has(lower) || COMPLEMENT_WORDS.has(lower)) return true;
  // "Ruritanian" in "the Ruritanian President" after "President of Ruritania".
  return inRoleTitles(registry, lower);
}

/**
 * The person a role phrase stands for ("the Ukrainian President" → the "President of Ukraine" introduced
 * earlier), or 'acronym' when an acronym speaker has a full name, or null when the phrase names someone
 * itself or no introduced person fits.
 */
function describedPerson(
  text: string,
  units: Unit[],
  first: number,
  last: number,
  at: number,
  registry: NameRegistry,
  prefer: (names: ReadonlySet<string>) => string | null,
): Speaker | null {
  const words: string[] = [];
  // ("the Secretary General of the Congress of Local Authorities": a body's name, in capitals, names no one.)
  const ofBody = roleOfBody(units, first, last);
  for (let i = first; i <= last; i++) {
    const unit = units[i];
    if (unit.kind !== 'token') return null;
    const lower = unit.token.lower;
    if (
      !ofBody &&
      isCapitalizedUnit(unit) &&
      posOf(unit) === 'PROPN' &&
      !roleOnlyWord(lower.replace(/[’']s$/, ''), registry)
    )
      return null;
    words.push(unit.token.value);
  }
  if (registry.bySurname.has(lowerOf(units[last]))) return null;
  // "a spokeswoman", "an aide": an indefinite description introduces someone new.
  if (/^(a|an)$/i.test(words[0] ?? '')) return null;
  if (!roleHead(words)) return null;
  const name = personForDescription(registry, words, at, prefer);
  if (!name) return null;
  return {
    name,
    kind: 'person',
    mention: null,
    title: textOf(text, units, first, last).replace(/^(the|a|an) /i, ''),
  };
}

/**
 * "President of Ukraine Volodymyr Zelenskyy": after a role and "of", the first words of a run of names
 * name the country or body ("of the Grand Duchy of Luxembourg Xavier Bettel" → "Xavier Bettel").
 */
function afterComplement(units: Unit[], nameFirst: number, last: number): number {
  // "Minister of Foreign Affairs Vladimir Makei": a body's words left before a name are not part of it.
  // ("United-Guardian": a word glued to a hyphen is the first half of one name)
  while (
    last - nameFirst >= 1 &&
    COMPLEMENT_WORDS.has(lowerOf(units[nameFirst])) &&
    valueOf(units[nameFirst + 1]) !== '-'
  )
    nameFirst++;
  let k = nameFirst - 1;
  if (lowerOf(units[k]) === 'the') k--;
  if (lowerOf(units[k]) !== 'of') return nameFirst;
  let r = k - 1;
  // (back over the body's name to its role: "Secretary General of the Congress of Local and Regional
  // Authorities of the Council of Europe Andreas Kiefer")
  while (
    r >= 0 &&
    r > k - 16 &&
    !ROLE_WORDS.has(lowerOf(units[r])) &&
    (isCapitalizedUnit(units[r]) || ['of', 'the', 'and'].includes(lowerOf(units[r])))
  )
    r--;
  if (r < 0 || !ROLE_WORDS.has(lowerOf(units[r]))) return nameFirst;
  let from = nameFirst;
  while (last - from >= 2) {
    const lower = lowerOf(units[from]);
    if (
      PLACES.has(lower) ||
      NOT_NAMES.has(lower) ||
      ORGANIZATION_WORDS.has(lower) ||
      COMPLEMENT_WORDS.has(lower)
    )
      from++;
    else break;
  }
  if (from === nameFirst && last - from >= 2) from++;
  // "Director General of the Orsk Society Maxim Brenn": the body's words run on into its head's name,
  // which starts at a known first name (one of the last three words, after a word that is none).
  for (let i = Math.max(from + 1, last - 2); i < last; i++)
    if (
      isFirstName(lowerOf(units[i])) &&
      !isFirstName(lowerOf(units[i - 1])) &&
      valueOf(units[i - 1]) !== '-' &&
      valueOf(units[i]) !== '-'
    ) {
      from = i;
      break;
    }
  // Only a country after "of" names no one: "the President of Poland" is a role.
  let named = false;
  for (let i = from; i <= last; i++) {
    const lower = lowerOf(units[i]);
    if (!(
      PLACES.has(lower) ||
      NOT_NAMES.has(lower) ||
      ORGANIZATION_WORDS.has(lower) ||
      COMPLEMENT_WORDS.has(lower)
    ))
      named = true;
  }
  // "the President of Poland": the country stays the last word, and the role speaks as a person.
  return named ? from : last;
}

/**
 * "On Thursday Intel said", "In September Symantec said": a day or month that is no first name, before a
 * lone name, is not part of the speaker's name (see dayBeforeName: "April Ryan said" is hers).
 */
function withoutDayBeforeName(units: Unit[], source: SourceMention): SourceMention {
  const { first, last } = source;
  if (last !== first + 1 || source.appositive !== null) return source;
  const before = first > 0 ? posOf(units[first - 1]) : undefined;
  if (!dayBeforeName(lowerOf(units[first]), before) || !isCapitalizedUnit(units[last])) return source;
  return remention(source, last, source.last, source.appositive, units[last].start);
}

/** Words that open a time phrase ending a speaker phrase ("released on Monday", "published last May"). */
const DATE_LEADS = new Set(['on', 'in', 'since', 'until', 'last', 'this', 'late', 'early']);

/**
 * "According to figures released on Monday", "a survey published in March": a day or month ending the
 * phrase dates what spoke; it names no one, so the phrase ends before its time phrase (and before the
 * participle that the time phrase hangs on): "figures".
 */
function withoutDateAfter(units: Unit[], source: SourceMention): SourceMention {
  const { first, appositive } = source;
  let last = source.last;
  if (appositive !== null) return source;
  if (posOf(units[last]) === 'NUM' && last > first) last--;
  if (!dayOrMonth(lowerOf(units[last]))) return source;
  let lead = last - 1;
  if (lead > first && posOf(units[lead]) === 'NUM') lead--;
  if (lead <= first || !DATE_LEADS.has(lowerOf(units[lead]))) return source;
  let end = lead - 1;
  if (end > first && posOf(units[end]) === 'VERB' && /ed$/.test(lowerOf(units[end]))) end--;
  // ("figures also released on Tuesday")
  if (end > first && posOf(units[end]) === 'ADV') end--;
  return remention(source, first, end, null);
}

/** "Senator John Cornyn of Texas": the place after "of" says where the person is from, not who. */
function withoutHomePlace(units: Unit[], first: number, last: number): number {
  // "Mr. Morgan of the Sierra Club", "Jane Doe of the Acme Institute": the name ends before "of the".
  // ("the President of the Republic of Poland": "Republic" is the country's, no one's name)
  const name = (i: number): boolean =>
    posOf(units[i]) === 'PROPN' &&
    !isTitleWord(lowerOf(units[i])) &&
    !COUNTRY_FORMS.has(lowerOf(units[i])) &&
    !ROLE_WORDS.has(lowerOf(units[i])) &&
    !ORGANIZATION_WORDS.has(lowerOf(units[i])) &&
    !ORGANIZATION_NAME_ENDS.has(lowerOf(units[i]));
  for (let of = first + 1; of < last - 1 && of <= first + 4; of++) {
    if (lowerOf(units[of]) !== 'of') continue;
    // "… of the Sierra Club"; "Lydia Marsh of Food Standards": a full name before "of" an organisation.
    if (name(of - 1) && (lowerOf(units[of + 1]) === 'the' || (of - 2 >= first && name(of - 2))))
      return of - 1;
    break;
  }
  if (!PLACES.has(lowerOf(units[last]))) return last;
  for (let of = last - 1; of > first && of >= last - 3; of--) {
    // "the Bank of England", "the Minister of Foreign Affairs of China": a body's or a role's country.
    if (lowerOf(units[of]) === 'of') return name(of - 1) ? of - 1 : last;
    if (!isCapitalizedUnit(units[of])) return last;
  }
  return last;
}

/**
 * A capitalised plural ("Ministers", "Traders") that the story never capitalises inside a sentence (a
 * name is: "Yukos", "Francis", "Qantas"), nor introduced as a surname.
 */
function sentenceCapitalPlural(text: string, unit: Unit, registry: NameRegistry): boolean {
  if (unit.kind !== 'token') return false;
  const { value, lower } = unit.token;
  if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(value) || registry.bySurname.has(lower)) return false;
  let inside = CAPITALISED_INSIDE.get(registry);
  if (!inside) CAPITALISED_INSIDE.set(registry, (inside = new Map()));
  let found = inside.get(value);
  if (found === undefined)
    inside.set(value, (found = new RegExp(`[\\p{Ll}\\d,;]\\s+${value}\\b`, 'u').test(text)));
  return !found;
}

/** Per document, whether each word asked is capitalised inside a sentence: the text read once per word. */
const CAPITALISED_INSIDE = new WeakMap<NameRegistry, Map<string, boolean>>();

/**
 * "The Church also claims …" after "the Church of Scientology", "the Ministry said" after "the Ministry of
 * Velgan Affairs": one capitalised word after "the" takes up the body the story named before with that word,
 * "of" and a proper name (the latest such), or null.
 */
function bodyWithComplement(
  text: string,
  word: string,
  before: number,
  registry: NameRegistry,
): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const found = complementedBodies(text, word, registry);
  const count = firstStartingAt(found, before);
  if (count === 0) return null;
  // (the latest may run on past `before`: read as the text cut there reads it)
  const latest = found[count - 1];
  if (latest.end > before) {
    let last: string | null = count > 1 ? found[count - 2].name : null;
    const pattern = complementPattern(word);
    pattern.lastIndex = latest.start;
    for (const match of text.slice(0, before).matchAll(pattern)) last = bodyName(match[0]);
    return last;
  }
  return latest.name;
}

function complementPattern(word: string): RegExp {
  return new RegExp(
    `\\b[Tt]he ${word} of (?:the )?\\p{Lu}[\\p{L}-]*(?: (?:of |and |for |the )?\\p{Lu}[\\p{L}-]*)*`,
    'gu',
  );
}

function bodyName(written: string): string {
  return written.replace(/^The /, 'the ');
}

/**
 * Per document, the bodies written "the Word of …" for each word asked, in text order: found once per
 * word, not once per statement that says "the Word" (a story of thousands of such statements).
 */
const COMPLEMENTED = new WeakMap<
  NameRegistry,
  Map<string, Array<{ start: number; end: number; name: string }>>
>();

function complementedBodies(
  text: string,
  word: string,
  registry: NameRegistry,
): Array<{ start: number; end: number; name: string }> {
  let byWord = COMPLEMENTED.get(registry);
  if (!byWord) COMPLEMENTED.set(registry, (byWord = new Map()));
  let found = byWord.get(word);
  if (!found) {
    found = [...text.matchAll(complementPattern(word))].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      name: bodyName(match[0]),
    }));
    byWord.set(word, found);
  }
  return found;
}

/** Titles that stand alone for a person after "the" without being title words before a name. */
const STANDALONE_TITLES = new Set(['lama', 'ayatollah', 'patriarch', 'taoiseach', 'duke', 'duchess', 'earl']);

/**
 * "the Bundesbank", "The Deseret News": "the" and then only capitalised words, none a title, a role, a
 * known first name or a possessive ("the Kremlin's Dmitry Peskov" names a person).
 */
function definiteProperName(units: Unit[], first: number, last: number, registry: NameRegistry): boolean {
  if (last <= first || lowerOf(units[first]) !== 'the') return false;
  // "the Argentine", "the Scot", "the Kiwi": a nationality alone describes a person.
  const only = lowerOf(units[last]);
  const demonym =
    DEMONYMS.has(only) ||
    (DEMONYM.test(only) && !NOT_DEMONYMS.has(only) && !/^\p{Lu}+$/u.test(valueOf(units[last])));
  // ("the Northern Irishman", "the New Zealander")
  const qualified =
    last === first + 2 && /^(?:new|north|south|northern|southern)$/.test(lowerOf(units[first + 1]));
  if ((last === first + 1 || qualified) && (NATIONALITIES.has(only) || demonym)) return false;
  for (let i = first + 1; i <= last; i++) {
    const lower = lowerOf(units[i]);
    if (lower === '-' || lower === '&' || (lower === '.' && i < last)) continue;
    // "the Church of Scientology", "the Archdiocese of the Orsk Valley": "of" (and "the") between
    // capitalised words, none a title ("the Duke of Orsk" is a person's)
    if (lower === 'of' && i === first + 2 && i < last && !PLACES.has(lowerOf(units[last]))) continue;
    if (lower === 'the' && lowerOf(units[i - 1]) === 'of' && i < last) continue;
    if (!isCapitalizedUnit(units[i])) return false;
    if (isTitleWord(lower) || ROLE_WORDS.has(lower) || STANDALONE_TITLES.has(lower)) return false;
    if (isFirstName(lower) || /[’']s?$/.test(lower)) return false;
  }
  // "Russia's ambassador to the US Anatoly Antonov": a full name after the body's name (a name run
  // starting right after "the", "the Lib Dems", is the body's own).
  const at = firstStartingAt(registry.mentions, units[first + 1].end);
  return !(at < registry.mentions.length && registry.mentions[at].start < units[last].end);
}

/**
 * Words that end like a nationality noun but are not one: "The Guardian", "the Civilian" name a paper or
 * a body, not a person of a country.
 */
const NOT_DEMONYMS = new Set(
  'guardian custodian historian librarian comedian politician musician physician technician civilian pedestrian'.split(
    ' ',
  ),
);

/** Nationality nouns: "the Argentine", "the Brazilian", "the Pakistani", "the Portuguese", "the Scot". */
const DEMONYM = /(?:ian|ean|ese|i)$/;
const DEMONYMS = new Set(
  `argentine american african mexican moroccan scot kiwi dane swede briton finn pole czech turk greek
  frenchman englishman irishman welshman dutchman`.split(/\s+/),
);

/**
 * The speaker labels of a transcript: a person's full name opening a sentence or a line and followed by a
 * colon ("Karl Weber: First, I …", "President of Ruritania Karl Weber: Friends, …"), in text order.
 */
function turnLabels(text: string, registry: NameRegistry): Array<{ start: number; name: string }> {
  const labels: Array<{ start: number; name: string }> = [];
  for (const mention of registry.mentions) {
    if (!text.startsWith(mention.name, mention.start)) continue;
    if (
      !/^\s?:/.test(text.slice(mention.start + mention.name.length, mention.start + mention.name.length + 2))
    )
      continue;
    // the text's start counts as a line's
    const before =
      (mention.start <= 80 ? '\n' : '') + text.slice(Math.max(0, mention.start - 80), mention.start);
    if (/(?:[.!?…"”]\s*|\n\s*)(?:(?:\p{Lu}[\p{L}'’-]*|of|the)\s+)*$/u.test(before)) labels.push(mention);
  }
  return labels;
}

/** The latest label before `before`. */
function latestLabel(
  labels: Array<{ start: number; name: string }>,
  before: number,
): { start: number; name: string } | null {
  const at = firstStartingAt(labels, before);
  return at > 0 ? labels[at - 1] : null;
}

/** "Canterbury", "the Veldgrad Water Board": capitalised words, "the" and "of" only. */
function namesPlace(units: Unit[], first: number, last: number): boolean {
  if (last < first || !isCapitalizedUnit(units[last])) return false;
  for (let i = first; i <= last; i++) {
    const lower = lowerOf(units[i]);
    if (!isCapitalizedUnit(units[i]) && lower !== 'the' && lower !== 'of') return false;
  }
  return true;
}

/** "the Prime Minister": determiners and title words only. */
function onlyTitles(units: Unit[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const lower = lowerOf(units[i]);
    // ("the German Minister of Energy": a nationality before a title qualifies it)
    if (i < last && NATIONALITIES.has(lower)) continue;
    if (lower !== 'the' && !isTitleWord(lower)) return false;
  }
  return true;
}

/**
 * "Procter and Gamble said it would …", "Duff and Phelps said its …", "Standard and Poor's said …": a one-word
 * speaker after "Name and" is the second half of a firm's name when the pair speaks of itself as "it" (two
 * people or two countries would be "they") or the pair ends in "'s"; neither half may be a person the story
 * names, a known first name or a place.
 */
function conjoinedBody(
  text: string,
  units: Unit[],
  source: SourceMention,
  attribution: Attribution,
  registry: NameRegistry,
): Speaker | null {
  const { first, last } = source;
  if (first < 2 || !['and', '&'].includes(lowerOf(units[first - 1]))) return null;
  const lead = first - 2;
  // one capitalised word before "and", opening the sentence or after a lower-case word or a comma
  // ("the Institute of Purchasing and Supply": the end of a longer name)
  const before = lead > 0 ? lowerOf(units[lead - 1]) : '';
  if (!isCapitalizedUnit(units[lead]) || (lead > 0 && isCapitalizedUnit(units[lead - 1]))) return null;
  if (['of', 'for', 'and', '&'].includes(before)) return null;
  const halves = [lowerOf(units[lead]), lowerOf(units[first]).replace(/[’']s$/, '')];
  if (last > first + 1 || (last === first + 1 && !POSSESSIVE_CLITICS.has(lowerOf(units[last])))) return null;
  const personal = (word: string): boolean =>
    registry.bySurname.has(word) ||
    registry.byFirstName.has(word) ||
    isFirstName(word) ||
    PLACES.has(word) ||
    countryStem(word) !== null ||
    isTitleWord(word) ||
    CALENDAR_WORDS.has(word);
  if (halves.some(personal)) return null;
  const content = text.slice(attribution.parts[0].start, attribution.parts[0].end);
  // "S and P said", "B and Q said": two initials are a firm's, whatever it speaks of
  const initials = halves.every((half) => /^\p{L}$/u.test(half)) && last === first;
  const itself = /^(?:it|its)\b/.test(content) || last === first + 1 || initials;
  if (!itself) return null;
  const written = textOf(text, units, lead, last);
  // "McAndrews and Forbes" after "McAndrews and Forbes Holdings Inc": the company as introduced
  const name =
    registry.companies.get(written.toLowerCase()) ??
    (initials ? initialled(text, [halves[0], halves[1]]) : null) ??
    written;
  const start = units[lead].start;
  return {
    name,
    kind: 'organization',
    mention: { start, end: source.end, text: text.slice(start, source.end) },
  };
}

/** Words after which a clause may open with its subject. */
const CLAUSE_LEADS = new Set([
  'as',
  'but',
  'when',
  'while',
  'after',
  'because',
  'that',
  'so',
  'then',
  'meanwhile',
]);

/**
 * "Sergei Lavrov and Antony Blinken told reporters …", "Smith and Jones said …": two people named as one
 * subject make one joint statement, whose speaker is the pair (kind group, as eval/gold/README.md has a
 * joint statement of named people: no one person), not the second name alone. Null unless both halves
 * are people; firms ("Procter and Gamble said it …") are read by conjoinedBody first.
 */
function jointSpeakers(
  text: string,
  units: Unit[],
  source: SourceMention,
  registry: NameRegistry,
  prefer: (names: ReadonlySet<string>) => string | null,
  parts: readonly Span[],
): { pair: Speaker; members: Speaker[] } | null {
  const { first } = source;
  if (source.pronoun || source.appositive || first < 2 || lowerOf(units[first - 1]) !== 'and') return null;
  const before = phraseEndingAt(units, first - 2, 0);
  if (!before || before.pronoun || !isCapitalizedUnit(units[before.first])) return null;
  // The pair opens its clause ("…, as Tony Blair and Ruth Kelly have suggested"); not "His name is Tote
  // King and Manuel Millan says", "met on Monday and Astiazaran added".
  const lead = units[before.first - 1];
  if (before.first > 0 && !isComma(lead) && !isQuote(lead) && !CLAUSE_LEADS.has(lowerOf(lead))) return null;
  const halfMention = (from: number, to: number): SourceMention => ({
    start: units[from].start,
    end: units[to].end,
    sentence: source.sentence,
    first: from,
    last: to,
    pronoun: false,
    appositive: null,
  });
  const one = readSpeakerPhrase(text, units, halfMention(before.first, before.last), registry, prefer);
  const two = readSpeakerPhrase(text, units, source, registry, prefer);
  // Both halves full names of people ("Economy and Labour Minister Wolfgang Clement", "British and Irish
  // Lions coach Clive Woodward", "Nokia and Microsoft" are not two people).
  // (a full name the story gives a person, written bare, as the name or its surname alone: not "Veteran
  // Labour MP and … Jack Cunningham", "Founding Partner and CEO of Horizon Capital Lenna Koszarny")
  const fullPerson = (speaker: Speaker, written: string): boolean => {
    const surname = speaker.name.slice(speaker.name.lastIndexOf(' ') + 1);
    return (
      speaker.kind === 'person' &&
      speaker.name.includes(' ') &&
      (written === speaker.name ||
        written === surname ||
        // "Chinese leader Xi Jinping and Russian President Vladimir Putin": a title before the full name
        // (a full name of no body's words, not right after "of the": not "CEO of Horizon Capital Lenna
        // Brenn", "Secretary of the National Security and …")
        (speaker.title !== undefined &&
          written.endsWith(` ${speaker.name}`) &&
          !/\b(?:of|the|for)\s+$/i.test(written.slice(0, -speaker.name.length)) &&
          !speaker.name
            .toLowerCase()
            .split(' ')
            .some(
              (word) => BODY_NAME_WORDS.has(word) || ORGANIZATION_WORDS.has(word) || isTitleWord(word),
            ))) &&
      registry.bySurname.get(surname.toLowerCase()) === speaker.name
    );
  };
  const firstWritten = text.slice(units[before.first].start, units[before.last].end);
  const secondWritten = text.slice(source.start, source.end);
  if (!fullPerson(one, firstWritten) || !fullPerson(two, secondWritten) || one.name === two.name) return null;
  // "Ann Reed, Tom Lane and Bob Brown said": more full names of people listed with commas before the
  // pair speak with it, when the list opens its clause (not "In Veldgrad, Lee and Reed said"; a name
  // that is no full name of a person the story gives ends the list, and then the pair stands alone only
  // when that name is no person's: "Ann Reed, Tom Lane and Bob Brown" is never "Lane and Brown").
  const listed: Speaker[] = [];
  let head = before.first;
  for (let hops = 0; hops < 4 && head >= 2 && isComma(units[head - 1]); hops++) {
    const earlier = phraseEndingAt(units, head - 2, 0);
    if (!earlier || earlier.pronoun || earlier.last !== head - 2 || !isCapitalizedUnit(units[earlier.first]))
      break;
    // ("Prices rose, Ann Reed, Tom Lane and Bob Brown said": a name the content holds is no speaker)
    const from = units[earlier.first].start;
    if (parts.some((part) => part.start <= from && from < part.end)) break;
    const opener = units[earlier.first - 1];
    if (earlier.first > 0 && !isComma(opener) && !isQuote(opener) && !CLAUSE_LEADS.has(lowerOf(opener)))
      break;
    const member = readSpeakerPhrase(text, units, halfMention(earlier.first, earlier.last), registry, prefer);
    const written = text.slice(units[earlier.first].start, units[earlier.last].end);
    if (!fullPerson(member, written)) {
      if (member.kind === 'person') return null;
      break;
    }
    if (member.name === one.name || member.name === two.name || listed.some((m) => m.name === member.name))
      return null;
    listed.unshift(member);
    head = earlier.first;
  }
  const all = [...listed, one, two];
  const start = units[head].start;
  const pair: Speaker = {
    name: `${all
      .slice(0, -1)
      .map((member) => member.name)
      .join(', ')} and ${two.name}`,
    kind: 'group',
    mention: { start, end: source.end, text: text.slice(start, source.end) },
  };
  return { pair, members: all };
}

/**
 * The firm the story wrote out in full whose two words start with these initials ("Standard and Poor's
 * Corp" for "S and P"), with its legal form, or null.
 */
function initialled(text: string, initials: [string, string]): string | null {
  const [a, b] = initials.map((letter) => letter.toUpperCase());
  const found = new RegExp(
    `\\b${a}\\p{Ll}+ (?:and|&) ${b}\\p{Ll}+(?:[’']s)?(?: \\p{Lu}\\p{Ll}*\\.?)?`,
    'u',
  ).exec(text);
  if (!found) return null;
  const words = found[0].split(' ');
  const form = words.length === 4 && LEGAL_FORMS.has(words[3].replace(/\.$/, '').toLowerCase());
  return (form ? words : words.slice(0, 3)).join(' ');
}

/**
 * Titles, "of", then a country's formal name: "the President of the Republic of Poland", "the Prime
 * Minister of the Republic of Karvia", "the Foreign Minister of the Russian Federation". The country is
 * written with a form ("Republic", "Federation", "Kingdom") and places, nationalities or, after "of", one
 * more capitalised word (its name).
 */
function roleOfCountry(units: Unit[], first: number, last: number): boolean {
  const of = roleBeforeOf(units, first, last);
  if (of < 0) return false;
  let form = false;
  for (let i = of + 1; i <= last; i++) {
    const lower = lowerOf(units[i]);
    if (lower === 'the' || lower === 'of') continue;
    if (!isCapitalizedUnit(units[i])) return false;
    if (COUNTRY_FORMS.has(lower)) form = true;
    else if (countryStem(lower) !== null) continue;
    // the country's own name, after its form: "Republic of Karvia"
    else if (!(i === last && lowerOf(units[i - 1]) === 'of' && COUNTRY_FORMS.has(lowerOf(units[i - 2]))))
      return false;
  }
  return form;
}

/** Where "of" follows a role made of titles only ("the Deputy Head of …"), or -1. */
function roleBeforeOf(units: Unit[], first: number, last: number): number {
  let of = -1;
  for (let i = first + 1; i < last; i++)
    if (lowerOf(units[i]) === 'of') {
      of = i;
      break;
    }
  if (
    of < 0 ||
    !onlyTitles(units, first, of - 1) ||
    !units.slice(first, of).some((u) => ROLE_WORDS.has(lowerOf(u)))
  )
    return -1;
  return of;
}

/**
 * "the Secretary of the Security Council", "the Chairman of the Budget Committee", "the Secretary General
 * of the Congress of Local Authorities of the Council of Europe": a role of a body named in capitals (a
 * body's word in its name) is a person described, not the body.
 */
function roleOfBody(units: Unit[], first: number, last: number): boolean {
  if (lowerOf(units[first]) !== 'the') return false;
  const of = roleBeforeOf(units, first, last);
  if (of < 0) return false;
  let lastOf = -1;
  for (let i = of + 1; i <= last; i++) {
    const lower = lowerOf(units[i]);
    if (lower !== 'the' && lower !== 'of' && lower !== 'and' && !isCapitalizedUnit(units[i])) return false;
    if (lower === 'of') lastOf = i;
  }
  if (ORGANIZATION_WORDS.has(lowerOf(units[last]))) return true;
  // ("… of the Council of Europe": the body's word before a place it is of; not "the Head of the Office of
  // the President of Ukraine Andriy Yermak", where a name follows the place.)
  if (lastOf < 0) return false;
  const head = lowerOf(units[lastOf - 1]) === 'the' ? lastOf - 2 : lastOf - 1;
  if (!ORGANIZATION_WORDS.has(lowerOf(units[head]))) return false;
  for (let i = lastOf + 1; i <= last; i++) {
    const lower = lowerOf(units[i]);
    if (lower !== 'the' && !PLACES.has(lower) && !COUNTRIES.has(lower)) return false;
  }
  return true;
}

/**
 * A word that names a company or a body when it goes on a name ("Cairn Energy", "Zurich Financial",
 * "Harbex Holdings Inc", "Uefa Cup"): the first word alone is then the body's short name, and a name that
 * ends in one is a company's.
 */
function bodyNameWord(word: string): boolean {
  return BODY_NAME_WORDS.has(word) || LEGAL_FORMS.has(word) || COMPANY_NAME_ENDS.has(word);
}

/** Last words of companies' names beyond the body words of speaker-words.ts. */
const COMPANY_NAME_ENDS = new Set([
  'holdings',
  'group',
  'bank',
  'trust',
  'capital',
  'ventures',
  'labs',
  'ratings',
]);

function isCapitalizedUnit(unit: Unit): boolean {
  return unit.kind === 'token' && /^\p{Lu}/u.test(unit.token.value);
}

/**
 * What a business story calls the company it has named: "the company said", "the firm added" ("the
 * group" is as often an investor group as the company, so it is left alone).
 */
const COMPANY_NOUNS = new Set(['company', 'firm', 'corporation', 'concern', 'bank']);

/** Common nouns that describe a company or body before its name ("phone company", "oil giant"). */
const BODY_DESCRIPTORS = new Set(
  `company firm group maker giant retailer carrier operator airline manufacturer chain insurer lender
  broadcaster publisher label studio developer provider supplier producer bank agency network outfit
  conglomerate startup start-up website site newspaper magazine channel regulator watchdog corporation`.split(
    /\s+/,
  ),
);

/**
 * A description of a body: its head is a kind of body, the last word of a title written before the name
 * ("Finnish security firm F-Secure", not "Bank of England governor Mervyn King"), the word before any
 * "of"/"at" phrase of an appositive after it ("Parmalat, the Italian food group at the centre of …").
 */
function bodyDescription(title: string | undefined, after: boolean): boolean {
  if (!title) return false;
  const words = title.toLowerCase().split(/\s+/);
  if (['on', 'from', 'at', 'of', 'for', 'with', 'in', 'his', 'her', 'their'].includes(words[0])) return false;
  const cut = after
    ? words.findIndex(
        (word, i) => i > 0 && ['of', 'at', 'for', 'with', 'in', 'on', 'that', 'which', 'who'].includes(word),
      )
    : -1;
  const head = (cut < 0 ? words : words.slice(0, cut)).at(-1)?.replace(/[,.]$/, '') ?? '';
  return BODY_KINDS.has(head);
}

/** Words naming a state as a body ("the Republic of Estonia", "the Kingdom of Spain"). */
const STATE_WORDS = new Set(['republic', 'kingdom', 'federation', 'emirates', 'commonwealth']);

function knownFirstName(name: string): boolean {
  const first = name.split(' ')[0].toLowerCase();
  return isFirstName(first);
}

/**
 * Where the name starts in "<description> <Name>" when the description's last word is a lower-case
 * body noun and every word after it is capitalised, else null. "Bank of America" (the noun is part of
 * the name) and "company spokesman Tom Reed" (a person after it) are not.
 */
function describedBody(units: Unit[], first: number, last: number): number | null {
  let k = last - 1;
  while (k >= first && isCapitalizedUnit(units[k])) k--;
  if (k < first || k === last || !BODY_DESCRIPTORS.has(lowerOf(units[k]))) return null;
  const noun = units[k];
  if (noun.kind !== 'token' || noun.token.value !== noun.token.lower) return null;
  // "Film-maker Ivo Lestrade": the end of a compound word is no kind of body.
  if (k > first && lowerOf(units[k - 1]) === '-' && units[k - 1].end === noun.start) return null;
  const name = lowerOf(units[k + 1]);
  if (isFirstName(name) || HONORIFICS.has(name)) return null;
  for (let i = k + 1; i <= last; i++)
    if (posOf(units[i]) !== 'PROPN' && !isCapitalizedUnit(units[i])) return null;
  return k + 1;
}

function allProperPersonLike(units: Unit[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    if (posOf(units[i]) !== 'PROPN' && !ATTACHED.has(lowerOf(units[i]))) return false;
    // "Conflict Studies", "Foreign Relations": the end of a body's name is no one's surname
    if (ORGANIZATION_WORDS.has(lowerOf(units[i])) || ORGANIZATION_NAME_ENDS.has(lowerOf(units[i])))
      return false;
  }
  return last > first;
}

/**
 * "Ms Bauchtman" after "Lydia Buchtmann", "Zelenskiy" after "Volodymyr Zelensky": a surname spelt a
 * little differently (a transliteration, a slip) names the one person introduced with a surname that
 * close: same first letter, one edit apart (two for long names), and no other surname as close.
 */
function surnameVariant(registry: NameRegistry, surname: string): string | null {
  const common = (word: string): boolean =>
    PLACES.has(word) || NOT_NAMES.has(word) || GROUP_WORDS.has(word) || ORGANIZATION_WORDS.has(word);
  if (surname.length < 5 || common(surname) || common(surname.replace(/s$/, ''))) return null;
  const allowed = surname.length >= 8 ? 2 : 1;
  let found: string | null = null;
  for (const [known, full] of registry.bySurname) {
    if (known[0] !== surname[0] || Math.abs(known.length - surname.length) > allowed || common(known))
      continue;
    if (editDistance(known, surname, allowed) > allowed) continue;
    if (found !== null && found !== full) return null;
    found = full;
  }
  return found;
}

/** Optimal string alignment distance (a swap of neighbours counts once), or more than `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2] + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** "the President of Russia", "the Russian leader": a definite singular role that names no one. */
function unintroducedRole(speaker: Speaker, registry: NameRegistry): boolean {
  if (speaker.kind !== 'person' && speaker.kind !== 'unknown') return false;
  if (!speaker.mention) return false;
  const words = speaker.mention.text.split(/\s+/);
  if (words[0].toLowerCase() !== 'the' || words.length < 2) return false;
  // "the head of the committee Michael McCaul": a capitalised word that is no role, country or body is a
  // name, and the phrase names its own person.
  const named = words.some(
    (word) =>
      /^\p{Lu}\p{Ll}/u.test(word) &&
      !roleOnlyWord(word.toLowerCase().replace(/[’']s$/, ''), registry) &&
      !/^\p{Lu}+$/u.test(word),
  );
  if (named) return false;
  // A role named by its country reads as a person whose name is the role; a description stays unknown.
  if (speaker.kind === 'person' && speaker.title !== speaker.name) return false;
  return roleHead(words.slice(1)) !== null;
}

/** A sentence's end: a stop, a closing quote, then a space or a capital ("created.Half a year"). */
const SENTENCE_STOP = /[.!?]["”’]?(?:\s|(?=\p{Lu}))/u;

/** Seats of government that stand for their country ("the Kremlin leader"). */
const SEATS = new Map([
  ['Kremlin', 'Russia'],
  ['Élysée', 'France'],
  ['Elysee', 'France'],
  ['Pentagon', 'US'],
]);

/** Nouns that describe a woman: "the actress" is not the man last named. */
const FEMALE_DESCRIPTIONS = new Set(['actress', 'businesswoman', 'sportswoman']);

/**
 * "the comedian", "the Veldonian producer", "the 24-year-old", "the three-time world champion": a
 * definite description of a person by trade or age that names no one; the head noun, else null. A role
 * ("the president") is read as a role; a description with a clause after a comma keeps its head. "The
 * Ruritanian" names a person by nationality, whoever took it for a name.
 */
function personDescriptionHead(speaker: Speaker, text: string): string | null {
  if (!speaker.mention) return null;
  const { mention } = speaker;
  const phrase = mention.text.split(/,/)[0].trim();
  const words = phrase.split(/\s+/);
  if (words.length < 2 || words[0].toLowerCase() !== 'the') return null;
  // "said the Brazilian", "the New Zealander": a nationality alone, read as a person named by it
  const nationality =
    (words.length === 2 || (words.length === 3 && /^(new|north|south|northern|southern)$/i.test(words[1]))) &&
    DEMONYM_NOUNS.has(words[words.length - 1].toLowerCase())
      ? words.slice(1).join(' ')
      : null;
  if (nationality && speaker.name.toLowerCase().replace(/^the /, '') === nationality.toLowerCase())
    return nationality;
  if (speaker.kind !== 'unknown') return null;
  // "the head of Karvian diplomacy", "the leader of the party": a role with its "of" complement
  const of = words.findIndex((word) => word.toLowerCase() === 'of');
  if (of === 2) {
    const role = words[1].toLowerCase();
    // Not one that names its body or country ("the leader of the People's Republic of Orsk" is nobody
    // last in view): only nationality adjectives ("Russian", "Karvian") may be capitalised in it.
    const nationality = (lower: string): boolean =>
      NATIONALITIES.has(lower) || (DEMONYM.test(lower) && !NOT_DEMONYMS.has(lower));
    const named = words
      .slice(3)
      .some((word) => /^\p{Lu}/u.test(word) && !nationality(word.toLowerCase().replace(/[’']s$/, '')));
    return ROLE_WORDS.has(role) && !SPOKESPEOPLE.has(role) && !ANY_ONE_OF_MANY.has(role) && !named
      ? role
      : null;
  }
  let head = words[words.length - 1].toLowerCase();
  // "the 24-year-old", cut at its hyphen or written whole
  if (/^\d+-year$/.test(head) && /^-old\b/.test(text.slice(mention.start + phrase.length)))
    head = `${head}-old`;
  if (/^\d+-year-old$/.test(head)) return head;
  if (PERSON_DESCRIPTION_NOUNS.has(head)) return head;
  // "the Conservative leader", "the national team coach": a qualified role left unresolved by the roles
  // the story introduced ("the mayor" alone may introduce someone new), but not one that speaks for
  // others or that many in a story hold ("the spokesman", "the analyst").
  return words.length > 2 && ROLE_WORDS.has(head) && !SPOKESPEOPLE.has(head) && !ANY_ONE_OF_MANY.has(head)
    ? head
    : null;
}

/**
 * The person a description takes up: the latest person named as a speaker or as a sentence's subject
 * before `before`, when named like a person (a known first name, or named again), when no other person
 * is named in a later sentence between them outside the statement's own words, no other country is theirs ("Mark Dorran scored. A
 * shot went past Peter Hollis. The keeper said …" is not the scorer's) and the description fits them (not a woman's noun for
 * a man); null otherwise.
 */
function latestDescribed(
  head: string,
  description: string,
  history: ResolvedMention[],
  openers: Array<{ start: number; name: string }>,
  options: {
    before: number;
    opens: number;
    text: string;
    registry: NameRegistry;
    inside: (at: number) => boolean;
    excluded: (name: string) => boolean;
    genderOf: (name: string) => string | null | undefined;
    /** The cue goes on from a statement before ("The archbishop added"): the last speaker, if a person. */
    continuing: boolean;
  },
): string | null {
  const { before, text, registry, inside, excluded, genderOf } = options;
  // "Archbishop Desmond Tutu told BBC News …. Jack Straw told the Commons …. The archbishop added": a
  // recent speaker already called by the trade alone (a role, "the Spanish Prime Minister", is the roles'
  // business: the country decides).
  if (PERSON_DESCRIPTION_NOUNS.has(head) && description.trim().split(/\s+/).length === 2) {
    for (let h = history.length - 1; h >= 0 && h >= history.length - 6; h--) {
      const { speaker } = history[h];
      if (speaker.kind !== 'person' || excluded(speaker.name)) continue;
      const called = `${speaker.title ?? ''} ${speaker.mention?.text ?? ''}`.toLowerCase().split(/[\s,]+/);
      if (called.includes(head)) return speaker.name;
    }
  }
  let latest: { at: number; name: string } | null = null;
  for (let h = history.length - 1; h >= 0; h--) {
    const { speaker, at } = history[h];
    if (speaker.kind !== 'person') continue;
    latest = { at, name: speaker.name };
    break;
  }
  // "… Strachan told the BBC. Club director Terry Brady held talks with Strachan. The former Scotland
  // international added …": what goes on is the last speaker's, not a newer sentence's subject.
  // (the latest person is the last speaker when the last speaker is a person)
  const lastSpeaker = history.length > 0 ? history[history.length - 1].speaker : null;
  if (options.continuing && lastSpeaker?.kind === 'person')
    return excluded(lastSpeaker.name) ? null : lastSpeaker.name;
  for (let i = openers.length - 1; i >= 0; i--) {
    if (openers[i].start >= before) continue;
    if (!latest || openers[i].start > latest.at) latest = { at: openers[i].start, name: openers[i].name };
    break;
  }
  // Not a film title taken for a speaker ("The star of Harbour Nights and Greyfield said"): a person's name,
  // or one the story writes after a title ("Lord Benmore", "Mr Tessaly").
  if (!latest || excluded(latest.name)) return null;
  if (!personLike(latest.name, registry) && !titledInText(text, latest.name, registry)) return null;
  const from = latest.at;
  const name = latest.name;
  // A person: one introduced with a role, or a name with a known first name (the tennis tournament "the
  // Brenmoor Open" is none).
  const person = (other: string): boolean =>
    rolesOf(registry, other).length > 0 ||
    other
      .toLowerCase()
      .split(' ')
      .some((word) => isFirstName(word));
  // Names later in the sentence that opens with the person are objects and asides ("Ann Lee beat Eva
  // Ruiz in Brenmoor. The 24-year-old said …" is Lee's): only a later sentence's names stand between.
  const rest = text.slice(from, before);
  const stop = rest.search(SENTENCE_STOP);
  // In the person's own sentence, before the statement, a description is someone else ("Ann Lee said,
  // adding that the transport minister had promised …").
  if (stop < 0 && from < options.opens && !SENTENCE_STOP.test(text.slice(from, options.opens))) return null;
  const after = stop < 0 ? before : from + stop;
  const others = registry.mentions.some(
    (mention) =>
      mention.start > after &&
      mention.start < before &&
      mention.name !== name &&
      !inside(mention.start) &&
      person(mention.name),
  );
  if (others) return null;
  if (FEMALE_DESCRIPTIONS.has(head) && genderOf(name) === 'he') return null;
  // "the Russian minister" is not a person the story gave another country.
  const countries = countriesOf(description.split(/\s+/).map((word) => SEATS.get(word) ?? word));
  const roles = rolesOf(registry, name);
  const origins = originsOf(registry, name, roles);
  if (countries.size > 0 && origins.size > 0 && ![...origins].some((origin) => countries.has(origin)))
    return null;
  // "Zelenskyy met Polish President Andrzej Duda. … The Polish leader noted …": someone else is written with
  // the description's country, so it is not the latest person, written with none.
  if (countries.size > 0 && origins.size === 0 && writtenWithCountry(registry, countries, name)) return null;
  // "The Ukrainian president said …. The Russian foreign minister said": not someone a statement before
  // described with another country.
  const calledCountries = countriesOf(calledAs(history, name));
  if (countries.size > 0 && calledCountries.size > 0 && ![...calledCountries].some((c) => countries.has(c)))
    return null;
  // "President Ann Lee …. The Ruritanian Prime Minister said": a head of state is not the government's
  // minister, nor a minister the president.
  if (holdsOtherOffice(roles, roleHead(description.split(/\s+/))?.head ?? '')) return null;
  // "Republic of Ireland manager Brian Kerr … said the Tottenham striker": a team's manager is none of
  // its players, nor a player its manager.
  const side = SIDES.get(head);
  if (side !== undefined) {
    const words = [...roles.flatMap((entry) => entry.title), ...calledAs(history, name)];
    if (words.some((word) => (SIDES.get(word.toLowerCase()) ?? side) !== side)) return null;
  }
  return name;
}

/** Who plays for a team and who runs it: a description of one side is no one introduced as the other. */
const SIDES = new Map([
  ...'player striker forward midfielder defender winger keeper goalkeeper full-back fly-half scrum-half prop hooker flanker batsman bowler all-rounder skipper captain'
    .split(' ')
    .map((word): [string, string] => [word, 'plays']),
  ...'manager coach boss gaffer'.split(' ').map((word): [string, string] => [word, 'runs']),
]);

/**
 * The countries a person is written with: their own ("Polish President Andrzej Duda") and their roles'
 * (not where a role posts them: "Ambassador of Sweden to Ukraine" is no Ukrainian). `roles` are the
 * person's entries of registry.roles.
 */
function originsOf(registry: NameRegistry, name: string, roles: readonly { title: string[] }[]): Set<string> {
  const origins = new Set(registry.origins.get(name) ?? []);
  for (const entry of roles)
    for (const country of countriesOf(entry.title, { posted: false })) origins.add(country);
  return origins;
}

/** Whether someone other than `name` is written with one of these countries ("Polish President Andrzej Duda"). */
function writtenWithCountry(registry: NameRegistry, countries: Set<string>, name: string): boolean {
  const writers = countryWriters(registry);
  for (const country of countries) {
    const names = writers.get(country);
    if (names && (names.size > 1 || !names.has(name))) return true;
  }
  return false;
}

/**
 * The people written with each country, by its stem: their own origins and their roles' countries. Read
 * once per story when first asked (again if its roles grew), not once per description.
 */
const COUNTRY_WRITERS = new WeakMap<NameRegistry, { read: number; writers: Map<string, Set<string>> }>();
function countryWriters(registry: NameRegistry): Map<string, Set<string>> {
  const known = COUNTRY_WRITERS.get(registry);
  if (known && known.read === registry.roles.length + registry.origins.size) return known.writers;
  const writers = new Map<string, Set<string>>();
  const add = (country: string, name: string): void => {
    const names = writers.get(country);
    if (names) names.add(name);
    else writers.set(country, new Set([name]));
  };
  for (const [other, origins] of registry.origins) for (const origin of origins) add(origin, other);
  for (const entry of registry.roles)
    for (const country of countriesOf(entry.title)) add(country, entry.name);
  COUNTRY_WRITERS.set(registry, { read: registry.roles.length + registry.origins.size, writers });
  return writers;
}

/** What a story calls a company it has named ("the firm", "the airline"). */
const COMPANY_REFERENCES = new Set([
  ...COMPANY_NOUNS,
  'airline',
  'insurer',
  'retailer',
  'carrier',
  'carmaker',
  'lender',
]);

/** A description whose head names a company or a body ("the firm", "the regulator", "the ministry"). */
function namesBody(description: string): boolean {
  // ("the head of the rules committee" is a person described; "the ministry of defence" a body. A
  // capitalised "the Head of State" is a title, for the roles to resolve.)
  const words = description.split(/\s+/);
  const of = words.indexOf('of');
  const described = of > 1 && /^\p{Ll}/u.test(words[of - 1]);
  const head = ((described ? words[of - 1] : words.pop()) ?? '').toLowerCase();
  return BODY_DESCRIPTORS.has(head) || COMPANY_REFERENCES.has(head) || ORGANIZATION_WORDS.has(head);
}

/**
 * "the firm - China's biggest jet fuel supplier -", "the agency, which …": a description left unresolved,
 * with its mention cut before the apposition that follows it; else the speaker as it is.
 */
function withoutApposition(speaker: Speaker): Speaker {
  const mention = speaker.mention;
  if (!mention) return speaker;
  const cut = /\s*,\s|\s[-–—]\s/.exec(mention.text);
  if (!cut || mention.text.slice(0, cut.index).toLowerCase() !== speaker.name.toLowerCase()) return speaker;
  return { ...speaker, mention: { ...mention, text: mention.text.slice(0, cut.index) } };
}

/**
 * "the firm - China's biggest jet fuel supplier - said" after "jet fuel supplier China Aviation Oil": the
 * name the story last wrote right after the apposition's last lower-case words (two to four of them: one
 * word, "firm", is too many firms' description), or null.
 */
function appositionNamed(text: string, speaker: Speaker, registry: NameRegistry): string | null {
  const mention = speaker.mention!;
  const cut = /\s*,\s|\s[-–—]\s/.exec(mention.text)!;
  const words = mention.text
    .slice(cut.index + cut[0].length)
    .replace(/[\s,\-–—]+$/, '')
    .split(/\s+/);
  let tail = words.length;
  while (tail > 0 && /^\p{Ll}[\p{Ll}-]*$/u.test(words[tail - 1])) tail--;
  const before = text.slice(0, mention.start);
  for (let from = Math.max(tail, words.length - 4); words.length - from >= 2; from++) {
    const phrase = words.slice(from).join('\\s+');
    const pattern = new RegExp(`\\b${phrase}\\s+((?:\\p{Lu}[\\p{L}&'’.-]*\\s?){1,4})`, 'gu');
    const found = [...before.matchAll(pattern)];
    if (found.length === 0) continue;
    const name = found[found.length - 1][1].trim().replace(/[’']s$/, '');
    // (a body's name, not a person's: "the agency, part of the interior ministry" after "interior
    // ministry spokesman Ivan Rask")
    const named = name.toLowerCase().split(/\s+/);
    const person =
      isTitleWord(named[0]) ||
      HONORIFICS.has(named[0]) ||
      isFirstName(named[0]) ||
      (registry.bySurname.get(named[named.length - 1]) ?? name) !== name ||
      PLACES.has(name.toLowerCase());
    return person ? null : name;
  }
  return null;
}

/** "the firm", "The airline": a company noun alone, unresolved. */
function companyNoun(speaker: Speaker): boolean {
  const words = speaker.mention?.text.toLowerCase().split(/\s+/) ?? [];
  return (
    speaker.kind !== 'person' && words.length === 2 && words[0] === 'the' && COMPANY_REFERENCES.has(words[1])
  );
}

/**
 * A speaker read as a person only for want of anything else: one capitalised word, written bare (no title,
 * no honorific), that the story gives no first name or surname of anyone's and no role ("Vodafone",
 * "USAir"). Not a known first name ("Ann said").
 */
function bareName(speaker: Speaker, registry: NameRegistry, persons?: Set<string>): boolean {
  const { name } = speaker;
  const lower = name.toLowerCase();
  if (
    speaker.kind !== 'person' ||
    persons?.has(name) ||
    speaker.title !== undefined ||
    speaker.mention?.text !== name ||
    // ("P" of "S and P", "Thursday": no firm's name)
    !/^\p{Lu}[\p{L}\d&-]+$/u.test(name) ||
    PLACES.has(lower) ||
    LEGAL_FORMS.has(lower) ||
    CALENDAR_WORDS.has(lower)
  )
    return false;
  // "Kodak" after "Eastman Kodak Co", whatever took the company's name for a person's
  if (companyWith(name, registry)) return true;
  return (
    !registry.bySurname.has(lower) &&
    !registry.byFirstName.has(lower) &&
    !knownFirstName(name) &&
    !HONORIFICS.has(lower) &&
    rolesOf(registry, name).length === 0
  );
}

/** The company the story introduced with a legal form and this word in its name, or null. */
function companyWith(word: string, registry: NameRegistry): string | null {
  return registry.companyMentions.find((company) => company.name.split(/\s+/).includes(word))?.name ?? null;
}

/**
 * Whether the text writes a name after a title, an honorific or a first name somewhere ("President
 * Reagan", "Mr Cross", "Earl Takefman"): a person's, whatever else the story calls "it". Asked for a
 * speaker's name at each of its statements, and each answer reads the whole text: answered once per name
 * of a document (a registry is read from one text).
 */
function titledInText(text: string, name: string, registry: NameRegistry): boolean {
  let answers = titledNames.get(registry);
  if (answers === undefined) titledNames.set(registry, (answers = new Map()));
  let titled = answers.get(name);
  if (titled === undefined) {
    titled = !companyWith(name, registry) && wordsBefore(text, name).some(isTitleBefore);
    answers.set(name, titled);
  }
  return titled;
}

const titledNames = new WeakMap<NameRegistry, Map<string, boolean>>();

function isTitleBefore(word: string): boolean {
  const before = word.toLowerCase();
  return isTitleWord(before) || HONORIFICS.has(before) || ROLE_WORDS.has(before) || isFirstName(before);
}

const LETTER = /^\p{L}$/u;
const WORD_CHAR = /\w/;

/**
 * The word written right before each " name" (its full stop skipped: "Dr. Lee"), as the matches of
 * /(\p{L}+)\.? name\b/gu give them, in order and without overlap, found with indexOf: the expression
 * tried a match at every letter of the text.
 */
export function wordsBefore(text: string, name: string): string[] {
  // (a name with half a surrogate pair is read by the expression itself)
  if (/[\ud800-\udfff]/.test(name)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return [...text.matchAll(new RegExp(`(\\p{L}+)\\.? ${escaped}\\b`, 'gu'))].map((match) => match[1]);
  }
  const needle = ` ${name}`;
  const words: string[] = [];
  // where the last match ended: the next one starts there at the earliest, as a global expression's
  let from = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    // \b after the name (ASCII word characters, as in a /u expression without /i)
    if (WORD_CHAR.test(text.charAt(end - 1)) === WORD_CHAR.test(text.charAt(end))) continue;
    const wordEnd = text.charCodeAt(at - 1) === 46 ? at - 1 : at;
    let start = wordEnd;
    while (start > from) {
      const pair = start - 2 >= from && /[\udc00-\udfff]/.test(text.charAt(start - 1));
      const letter = pair ? text.slice(start - 2, start) : text.charAt(start - 1);
      if (!LETTER.test(letter)) break;
      start -= letter.length;
    }
    if (start === wordEnd) continue;
    words.push(text.slice(start, wordEnd));
    from = end;
  }
  return words;
}

/**
 * A bare name found to be a firm: by the full name of the company the story introduced with it
 * ("Kodak" after "Eastman Kodak Co"), else as written.
 */
function asBody(speaker: Speaker, registry: NameRegistry): Speaker {
  return { ...speaker, name: companyWith(speaker.name, registry) ?? speaker.name, kind: 'organization' };
}

/**
 * "… said it would", "… said its profits": a statement whose subject is the speaker as "it"; not "it is
 * time to …", "it was clear that …", whose "it" is no one ("it is cutting jobs" is).
 */
const OPENS_WITH_IT = /^(?:that\s+)?(?:its\s|it\s(?!(?:is|was|would be|will be)\s(?!\S+ing\s)))/i;
const OPENS_WITH_PERSON = /^(?:that\s+)?(?:he|she|his|her)\s/i;

/**
 * The organisation among the last few speakers that is named like a company ("Parmalat", "Wal-Mart"), not
 * a government body ("the Treasury", "the Home Office") or a description ("the report"). A bare name read
 * as a person is one too when "the company" takes it up ("Vodafone said …. The firm added …").
 */
function latestCompany(
  history: ResolvedMention[],
  registry: NameRegistry,
  bare: { persons: Set<string>; bodies: Set<string>; text: string } | null = null,
  noun = 'company',
  current: string | null = null,
): Speaker | null {
  for (let h = history.length - 1; h >= 0 && h >= history.length - 4; h--) {
    const { speaker, nested } = history[h];
    // ("Acme Corp said its unit and Beta Co agreed to …. The company said": Beta is in Acme's words)
    if (nested) continue;
    if (
      bare &&
      bareName(speaker, registry, bare.persons) &&
      !titledInText(bare.text, speaker.name, registry)
    ) {
      bare.bodies.add(speaker.name);
      return asBody(speaker, registry);
    }
    // (a person quoted in between, an analyst or the firm's own chief, leaves the company in view)
    if (speaker.kind === 'person') continue;
    if (speaker.kind !== 'organization' || !/^\p{Lu}/u.test(speaker.name)) continue;
    const words = speaker.name.toLowerCase().split(/\s+/);
    // "Premier Industrial Corp", "Lloyds Bank Plc": a name ending in a legal form is a company's, whatever
    // body words it holds: the one "the company" names where the story's named companies gave it none, or
    // gave it only the end of this name ("Shopping Network Inc" for "Home Shopping Network Inc").
    const formal =
      words.length > 1 &&
      LEGAL_FORMS.has(words[words.length - 1]) &&
      !LEGAL_FORMS.has(words[0]) &&
      (current === null || speaker.name.endsWith(` ${current}`));
    // ("China Aviation Oil", "Singapore Airlines": a place before a trade's word is a firm's name, not a
    // place's or its government's)
    const trade =
      words.length > 1 && !PLACES.has(words[words.length - 1]) && words.slice(1).some(bodyNameWord);
    if (!formal && words.some((word) => ORGANIZATION_WORDS.has(word) || (PLACES.has(word) && !trade)))
      continue;
    // "the bank" only for a bank, as for the company a story's lede names
    if (formal && noun === 'bank' && !/\bBan(?:k|c)/.test(speaker.name)) continue;
    return speaker;
  }
  return null;
}

/**
 * Kinds of body a story calls a body it named by name, beyond a company ("the agency", "the rating
 * agency", "the group"), with the words that make a name one of that kind ("Fitch Ratings", "Moody's
 * Investors Service", "the Fair Work Alliance", "Human Rights Watch").
 */
const KIND_NAME_WORDS = new Map([
  ['agency', new Set(['agency', 'ratings', 'service', 'news'])],
  [
    'group',
    new Set([
      'group',
      'alliance',
      'coalition',
      'association',
      'union',
      'network',
      'campaign',
      'league',
      'society',
      'foundation',
      'watch',
      'movement',
      'front',
      'international',
    ]),
  ],
]);

/** Bodies of a state that no "the agency" or "the group" takes up ("the Kremlin", "the Pentagon"). */
const STATE_BODY_WORDS = new Set(
  'kremlin pentagon government police army military parliament congress senate duma rada cabinet presidency ministry department office court council embassy'.split(
    ' ',
  ),
);

/**
 * "Moody's said …. The agency added …", "Interfax reported …. The news agency said …", "Human Rights Watch
 * said …. The group said …": "the agency" or "the group", bare or with a modifier in lower case ("the
 * rating agency"), takes up the organisation among the last few speakers named as one of that kind
 * (KIND_NAME_WORDS) or by one word that names no place and no body of the state (an outlet's, a firm's,
 * a movement's: "Interfax", "Hamas"), or by a bare name read as a person's (see latestCompany); a person
 * quoted in between leaves it in view. Null when none fits.
 */
function latestBodyOfKind(
  speaker: Speaker,
  history: ResolvedMention[],
  registry: NameRegistry,
  bare: { persons: Set<string>; bodies: Set<string>; text: string },
): Speaker | null {
  const words = speaker.mention?.text.toLowerCase().split(/\s+/) ?? [];
  if (speaker.kind === 'person' || words[0] !== 'the' || words.length < 2 || words.length > 3) return null;
  if (words.length === 3 && !/^\p{Ll}+$/u.test(speaker.mention!.text.split(/\s+/)[1])) return null;
  const kindWords = KIND_NAME_WORDS.get(words[words.length - 1]);
  if (!kindWords) return null;
  for (let h = history.length - 1; h >= 0 && h >= history.length - 4; h--) {
    const { speaker: earlier, nested } = history[h];
    if (nested) continue;
    // (a bare name read as a person's, as latestCompany takes it: "Greenpeace said …. The group said")
    if (bareName(earlier, registry, bare.persons) && !titledInText(bare.text, earlier.name, registry)) {
      bare.bodies.add(earlier.name);
      return asBody(earlier, registry);
    }
    if (earlier.kind === 'person') continue;
    // (a name, not a description the story opened a sentence with: "An investor group said")
    const written = earlier.name.replace(/^(?:the|a|an) /i, '');
    if (earlier.kind !== 'organization' || !/^\p{Lu}/u.test(written)) return null;
    const name = written
      .toLowerCase()
      .split(/\s+/)
      .map((word) => word.replace(/[’']s$/, ''));
    if (name.some((word) => kindWords.has(word))) return earlier;
    const [one] = name;
    const oneWord =
      name.length === 1 && !STATE_BODY_WORDS.has(one) && !PLACES.has(one) && !COUNTRIES.has(one);
    return oneWord ? earlier : null;
  }
  return null;
}

/**
 * "The group, Fair Work Alliance, formed in May. … The group said …", "the carmaker Brill … the carmaker
 * said": a kind of body alone ("the group") takes up the body the story last named with that kind before
 * it; null when there is none.
 */
function bodyNamedWithKind(
  speaker: Speaker,
  registry: NameRegistry,
  before: number,
  near: number,
  history: ResolvedMention[],
): string | null {
  const words = speaker.mention?.text.toLowerCase().split(/\s+/) ?? [];
  if (words.length !== 2 || words[0] !== 'the') return null;
  // "Metrovias, the private firm …. The firm said", "Profits at drugmaker Brill Labs fell. The company
  // said": "the firm" and "the company" take up a firm of any kind named since `near` (the sentence
  // before), when no name that may be a firm's spoke since ("Renault said …. The firm said" is Renault's).
  const firm =
    (words[1] === 'firm' || words[1] === 'company') &&
    !history.some(
      ({ speaker: other, at }) =>
        at >= near && (other.kind === 'organization' || (other.kind === 'person' && !/\s/.test(other.name))),
    );
  let found: string | null = null;
  for (const mention of registry.bodyMentions)
    if (
      mention.start < before &&
      (mention.kind === words[1] || (firm && FIRM_KINDS.has(mention.kind) && mention.start >= near))
    )
      found = mention.name;
  return found;
}

/**
 * Whether the story named a body on the word a description takes ("bank" for "the bank") after the
 * speaker's last mention and before `before`: the description is that body's, not the speaker's.
 */
function namedSince(
  registry: NameRegistry,
  noun: string | undefined,
  speaker: Speaker,
  before: number,
): boolean {
  const after = speaker.mention?.end;
  if (noun === undefined || after === undefined) return false;
  return registry.bodyMentions.some(
    (mention) =>
      mention.kind === noun &&
      mention.start >= after &&
      mention.start < before &&
      !speaker.name.includes(mention.name),
  );
}

/**
 * A body's name as one of the last few speakers gave it in full ("Russia's Defence Ministry" for "Defence
 * Ministry"), so that its statements share one speaker; else the name as found.
 */
function spokenAs(name: string, history: ResolvedMention[]): string {
  for (let h = history.length - 1; h >= 0 && h >= history.length - 4; h--) {
    const { speaker } = history[h];
    if (speaker.kind === 'organization' && speaker.name.endsWith(` ${name}`)) return speaker.name;
  }
  return name;
}

/**
 * The words of the descriptions statements before gave a person instead of a name ("The Ukrainian
 * president" for Volodymyr Zelenskiy): mentions that do not hold the name's last word, pronouns aside,
 * and the titles read off those that do.
 */
function calledAs(history: ResolvedMention[], name: string): string[] {
  const surname = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  const words: string[] = [];
  for (const { speaker } of history) {
    if (speaker.name !== name) continue;
    // (and the title split off a mention that names them: "Republic of Ireland manager Brian Kerr")
    if (speaker.title) words.push(...speaker.title.split(/[\s,]+/));
    const text = speaker.mention?.text;
    if (!text || !/\s/.test(text) || text.toLowerCase().includes(surname)) continue;
    words.push(...text.split(/[\s,]+/));
  }
  return words;
}

/** Roles many in a story may hold: "the analyst" is seldom the person last named. */
const ANY_ONE_OF_MANY = new Set([
  'analyst',
  'economist',
  'researcher',
  'scientist',
  'lawyer',
  'attorney',
  'member',
  'correspondent',
  'diplomat',
  'officer',
  'judge',
  'prosecutor',
  'counsel',
  'lawmaker',
  'mp',
  'mep',
]);

/** Heads of state and ministers: offices one person does not hold at once. */
const OFFICES = new Map([
  ['president', 'state'],
  ['king', 'state'],
  ['queen', 'state'],
  ['minister', 'minister'],
  ['premier', 'minister'],
]);

/**
 * Whether a person's roles (all of them offices of OFFICES) are all another office than the one a
 * description's head word names: a head of state is not the government's minister, nor a minister the
 * president. False when the description names no office or the person has no role.
 */
function holdsOtherOffice(roles: readonly RoleEntry[], head: string): boolean {
  const office = OFFICES.get(head);
  if (office === undefined || roles.length === 0) return false;
  return roles.every((entry) => {
    const other = OFFICES.get(headOf(entry)?.head ?? '');
    return other !== undefined && other !== office;
  });
}

/** Roles that speak for someone else: "the spokesman" is rarely the person last in view. */
const SPOKESPEOPLE = new Set([...SPOKESPERSON_WORDS, 'official']);

/** The stems of the countries and nationalities among words ("the Russian leader" → "russi"). */
function countriesOf(words: string[], { posted = true }: { posted?: boolean } = {}): Set<string> {
  const countries = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    // (a role's country after "to" is where its holder is posted: "Ambassador of Sweden to Ukraine" is
    // no Ukrainian)
    if (!posted && words[i - 1]?.toLowerCase() === 'to') continue;
    const country = countryStem(word.toLowerCase().replace(/[’']s$/, ''));
    if (country !== null) countries.add(country);
  }
  return countries;
}

/**
 * The person last named as a speaker or as a sentence's subject before `before` (subjects, not objects,
 * are what a later description takes up) whom the description fits: no one introduced with another role
 * of the same head (a "President of the European Council" is not "the President of Russia"); for a
 * description with a country ("the Russian leader"), someone written with that country or with no role
 * and no country at all; for one without ("the president"), someone introduced with no role. Null when
 * none of the last few fits.
 */
function latestRoleHolder(
  description: string,
  history: ResolvedMention[],
  openers: Array<{ start: number; name: string }>,
  options: { before: number; registry: NameRegistry; excluded: (name: string) => boolean },
): string | null {
  const { before, registry, excluded } = options;
  const words = description.split(/\s+/).map((word) => word.replace(/[,.]$/, ''));
  const wanted = roleHead(words);
  if (!wanted || SPOKESPEOPLE.has(wanted.head)) return null;
  const countries = countriesOf(words);
  const candidates: Array<{ at: number; name: string }> = [];
  for (let h = history.length - 1; h >= 0 && h >= history.length - 6; h--) {
    const { speaker, at } = history[h];
    // ("the President of Russia" left unresolved is no one to take up)
    if (speaker.kind === 'person' && speaker.name.includes(' ') && !/^the /i.test(speaker.name))
      candidates.push({ at, name: speaker.name });
  }
  for (let i = openers.length - 1; i >= 0 && candidates.length < 12; i--)
    if (openers[i].start < before) candidates.push({ at: openers[i].start, name: openers[i].name });
  candidates.sort((a, b) => b.at - a.at);
  // `written`: only someone written with the description's country fits, not also someone with none.
  const fits = (name: string, written: boolean): boolean => {
    if (excluded(name)) return false;
    const roles = rolesOf(registry, name);
    // "President Ann Lee" may be "the President of Ruritania"; "President of the Council Ann Lee" is not.
    const within = (entry: RoleEntry): boolean => {
      const role = headOf(entry);
      return (
        role !== null && role.head === wanted.head && role.rest.every((word) => wanted.rest.includes(word))
      );
    };
    if (roles.some((entry) => headOf(entry)?.head === wanted.head && !within(entry))) return false;
    // "President of Russia Vladimir Putin … as the Foreign Minister of Russia reported": a head of state is
    // not his government's minister, nor a minister the president.
    if (holdsOtherOffice(roles, wanted.head)) return false;
    // "The Ukrainian president said …. The Russian foreign minister said": someone a statement before
    // described with another country or another office is not the one described now.
    const called = calledAs(history, name);
    const calledCountries = countriesOf(called);
    if (countries.size > 0 && calledCountries.size > 0 && ![...calledCountries].some((c) => countries.has(c)))
      return false;
    const office = OFFICES.get(wanted.head);
    const calledOffice = OFFICES.get(roleHead(called)?.head ?? '');
    if (office !== undefined && calledOffice !== undefined && office !== calledOffice) return false;
    const unroled = roles.every(within);
    const origins = originsOf(registry, name, roles);
    // Without a country only someone the article keeps naming ("Tom Reed said …. The mayor said …" may
    // introduce a second person).
    if (countries.size === 0) return roles.length === 0 && mentionCount(registry, name) >= 2;
    if ([...origins].some((origin) => countries.has(origin))) return true;
    return !written && unroled && origins.size === 0;
  };
  // "Zelenskyy met Polish President Andrzej Duda. … Zelenskyy said. The Polish leader noted …": someone
  // written with the description's country comes before someone written with none, however recent.
  for (const written of [true, false])
    for (const candidate of candidates.slice(0, 6)) if (fits(candidate.name, written)) return candidate.name;
  return null;
}

/**
 * The words of a pronoun's own attribution clause, outside the content: from the pronoun (or the cue
 * before it) to the end of the clause after the cue, content blanked ("he said of Lee's remarks",
 * "she told Mr Lee before leaving", "He also told Lee that …" up to the content).
 */
function attributionClause(text: string, attribution: Attribution, source: SourceMention): string {
  const cue = attribution.cue;
  const from = Math.min(source.start, cue?.start ?? source.start);
  let to = Math.max(source.end, cue?.end ?? source.end);
  const rest = text.slice(to, to + 120);
  const stop = rest.search(/[.;:!?\n"\u201c\u201d]|,\s/);
  to += stop < 0 ? rest.length : stop;
  return attributionText(text, { start: from, end: to }, attribution);
}

/** The text of a span with the attribution's content blanked (same length, same offsets). */
function attributionText(
  text: string,
  span: { start: number; end: number },
  attribution: Attribution,
): string {
  let words = text.slice(span.start, span.end);
  for (const part of attribution.parts) {
    const start = Math.max(0, part.start - span.start);
    const end = Math.min(words.length, part.end - span.start);
    if (end > start) words = words.slice(0, start) + ' '.repeat(end - start) + words.slice(end);
  }
  return words;
}

/**
 * Whether a person is named in the pronoun's own clause, so cannot be what the pronoun stands for: "'…,'
 * he said of Lee's remarks", "He also told Lee that …", "she told Mr Lee" are said by somebody else.
 */
function namedInClause(clause: string, name: string): boolean {
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  if (surname.length < 3 || !/^\p{Lu}/u.test(surname)) return false;
  for (let at = clause.indexOf(surname); at >= 0; at = clause.indexOf(surname, at + 1)) {
    const before = clause[at - 1] ?? ' ';
    const after = clause[at + surname.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
}

/** Surnames the story writes with a gendered title ("Mr Prater", "Mrs Lee"); null when with both. */
function titledGenders(text: string): Map<string, 'he' | 'she' | null> {
  const titled = new Map<string, 'he' | 'she' | null>();
  for (const match of text.matchAll(
    /\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+(\p{Lu}[\p{L}'\u2019-]+)/gu,
  )) {
    const gender = match[1] === 'Mr' || match[1] === 'Sir' || match[1] === 'Lord' ? 'he' : 'she';
    const known = titled.get(match[2]);
    titled.set(match[2], known === undefined || known === gender ? gender : null);
  }
  return titled;
}

/** What resolveSpeakers knows of an article while it goes through its attributions. */
interface Resolution {
  text: string;
  sentences: Sentence[];
  registry: NameRegistry;
  history: ResolvedMention[];
  openers: Array<{ start: number; name: string }>;
  /** Where sentences open with a person described, not named ("The Tory leader was asked …"). */
  described: DescribedOpening[];
  /** The words of every statement of speech: no subject a later pronoun takes up is inside them. */
  spoken: { overlaps(span: Span | null): boolean };
  labels: Array<{ start: number; name: string }>;
  genders: Map<string, 'he' | 'she' | null>;
  genderOf: (name: string) => 'he' | 'she' | null | undefined;
  titleOf: (name: string) => 'he' | 'she' | null | undefined;
  /** Bare names found to be firms or bodies (see bareName), and those found to be people's. */
  bodies: Set<string>;
  persons: Set<string>;
  /** Of several people a description fits, the latest speaker among them, or null. */
  prefer: (names: ReadonlySet<string>) => string | null;
}

/** The speaker of a quotation with no attribution of its own (a floating quote, a second paragraph). */
function floatingSpeaker(
  attribution: Attribution,
  speakers: Speaker[],
  previous: ResolvedMention | null,
  openers: Array<{ start: number; name: string }>,
  sentences: Sentence[],
): Speaker {
  // A floating quote continues the speaker of the statement before it …
  let before = speakers.length > 0 ? speakers[speakers.length - 1] : previous?.speaker;
  // … unless the sentence right before it opens with someone else, named after that statement:
  // "Senator Ann Lee issued a statement. "We were ignored."" is Ann Lee's.
  const s = attribution.sentence;
  if (attribution.pattern === 'floating' && s > 0) {
    const opener = latestOpener(openers, previous?.at ?? -1, sentences[s].start, () => true);
    const openerAt = openers.find((o) => o.name === opener && o.start >= sentences[s - 1].start);
    if (opener && openerAt && openerAt.start < sentences[s].start && opener !== before?.name)
      before = { name: opener, kind: 'person', mention: null };
  }
  return before ? { ...before, mention: null } : unknownSpeaker();
}

/** Agent nouns and the words of newsroom sources: "dealer", "arbitrageur", "analyst", "envoy", "source". */
const AGENT_NOUN = /(?:er|or|eur|ist|yst|ian|ant|ent|man|woman|official|source|envoy|diplomat|expert)$/;

/**
 * Whether an unnamed speaker is one person described: "the Russian president", "a spokeswoman", and "one
 * bond manager", "another dealer" when the noun names a person ("one song" in a story is no speaker).
 */
function describesOne(name: string): boolean {
  if (/^(?:the|a|an) /.test(name)) return !NON_PERSON_HEADS.test(headNoun(name));
  if (!/^(?:one|another) /.test(name)) return false;
  const head = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return (
    AGENT_NOUN.test(head) || ROLE_WORDS.has(head) || personNounFits(head, 'he') || personNounFits(head, 'she')
  );
}

/**
 * Heads of a description that is never a person: "the economy", "the report", "the data", "the
 * market" (what a verb like "showed" or "suggested" is read with, and no "he" or "she" takes up).
 */
const NON_PERSON_HEADS =
  /^(?:economy|market|markets|data|figures|report|survey|study|poll|research|evidence|statement|document|letter|memo|plan|bill|law|budget|deal|agreement|results?|index|analysis|review|figure|numbers|statistics|move|decision|policy|case|investigation|inquiry|footage|video|photo|photograph|picture|image|map|chart|graph|table|list|post|article|book|film|programme|program|website|site|page)$/;

/**
 * The head word of any description, lower-case: its last word before a preposition ("the head of the bank"
 * → head); whether it names a person is the caller's question (lead-description's unnamedPersonHead answers
 * that one for a role).
 */
function headNoun(name: string): string {
  const words = name.toLowerCase().split(' ');
  const preposition = words.findIndex(
    (word, index) => index > 0 && /^(?:of|for|at|to|in|from|with|on)$/.test(word),
  );
  return words[(preposition > 0 ? preposition : words.length) - 1];
}

/**
 * The latest sentence-opening person a personal pronoun may take up, after `after` and before the pronoun,
 * that `fits`: none inside a statement's words ("'Mr Rask was wrong,' he said", "'Mayor Ivo Gale approved
 * the plan,' said an official. He added" are not Rask's nor Gale's) and, when a speaker is in view, none
 * before a sentence opening with somebody described ("Reporter Ann Lee met Tom Reed. The party leader was
 * asked …. He replies" is not Lee). Reads back over a few dozen openers at most, so a text of thousands
 * of pronouns stays linear.
 */
function openerInView(
  context: Resolution,
  attribution: Attribution,
  speakerInView: boolean,
  window: { after: number; before: number },
  fits: (name: string) => boolean,
): string | null {
  const { openers, described, spoken } = context;
  const before = Math.min(window.before, attribution.source?.start ?? attribution.parts[0].start);
  let after = window.after;
  if (speakerInView) {
    // (the latest sentence opening with somebody described, before the pronoun: `described` ascends)
    const latest = firstStartingAt(described, before) - 1;
    if (latest >= 0) after = Math.max(after, described[latest].start - 1);
  }
  const end = firstStartingAt(openers, before);
  for (let i = end - 1; i >= 0 && i >= end - OPENERS_BACK; i--) {
    const opener = openers[i];
    if (opener.start <= after) return null;
    if (
      spoken.overlaps({ start: opener.start, end: opener.start + 1 }) ||
      attribution.parts.some((part) => opener.start >= part.start && opener.start < part.end)
    )
      continue;
    if (fits(opener.name)) return opener.name;
  }
  return null;
}

const OPENERS_BACK = 64;

/**
 * The person a pronoun takes up through a role that opens its sentence or the one before ("The Head of
 * State also met the doctors. '…,' he said"), when the role opens after `foundAt` (the speaker found so
 * far), after the latest sentence that opens with a name, with nobody named between it and the pronoun,
 * outside the statement's words, and someone the story introduced with the role holds it
 * (personForDescription).
 */
function roleOpeningHolder(
  context: Resolution,
  attribution: Attribution,
  source: SourceMention,
  foundAt: number,
): { name: string; at: number; title: string } | null {
  const { described, openers, sentences, registry, text } = context;
  const before = Math.min(source.start, attribution.parts[0].start);
  const latest = firstStartingAt(described, before) - 1;
  if (latest < 0) return null;
  const opening = described[latest];
  if (!opening.role || opening.start <= foundAt) return null;
  if (opening.start < sentences[Math.max(0, source.sentence - 1)].start) return null;
  const opener = firstStartingAt(openers, before) - 1;
  if (opener >= 0 && openers[opener].start >= opening.start) return null;
  if (namedBetween(registry, opening.start - 1, source.start)) return null;
  if (attribution.parts.some((part) => opening.start >= part.start && opening.start < part.end)) return null;
  const description = text.slice(opening.start, opening.end);
  // Someone introduced with the role ("President Ann Lee"); of several, the latest speaker.
  const name = personForDescription(registry, description.split(/\s+/), opening.start, context.prefer);
  // (Not someone the statement itself names: "The President noted …. He said Ann Lee …" is not Lee's.)
  if (!name || talkedAbout(text, attribution)(name)) return null;
  return { name, at: opening.start, title: description.replace(/^the /i, '') };
}

/**
 * Whether the statement's own words name a person (by surname): someone it talks about, not its speaker
 * ("The former officer said Mr Ebbers knew").
 */
function talkedAbout(text: string, attribution: Attribution): (name: string) => boolean {
  const content = attribution.parts.map((part) => text.slice(part.start, part.end)).join(' ');
  return (name) => content.includes(name.slice(name.lastIndexOf(' ') + 1));
}

/** The pronoun a possessive stands for ("his" → "him"). */
const PRONOUN_OF_POSSESSIVE = new Map([
  ['his', 'him'],
  ['their', 'they'],
  // ("Two of them said …": a part of the group the pronoun stands for speaks)
  ['them', 'they'],
]);

/** Verbs of a reply: who replies is the other party to the question put before. */
const REPLY_LEMMAS = new Set(['reply', 'respond', 'answer', 'retort']);

/** A question put, written after its asker: "asked", "questioned", "pressed". */
const ASKED = /\b(?:asked|questioned|pressed)\b/g;

/** A capitalised name right before "asked" ("Rask asked", "Tom Reed also asked"), not "When asked". */
const ASKER_BEFORE =
  /\b(?!(?:When|If|After|Once|Asked|And|But)\b)\p{Lu}[\p{L}'’-]+\s+(?:(?:also|then|later|had|has)\s+)?$/u;

/** What opens a question after "asked" ("asked whether", "asked why") or ends one ("…?"). */
const QUESTION_AFTER = /^\s+(?:(?:him|her|them)\s+)?(?:whether|if|why|how|what|when|where|who|which)\b/i;

/** Between "asked" and the one asked: nothing, or a role set off by a comma ("asked the minister, Tom Reed,"). */
const ADDRESSEE_GAP = /^\s+(?:(?:the|a|an)\s+[\p{Ll}\s-]{1,40},\s+)?$/u;

/**
 * "Reporters asked Tom Reed whether the deal was dead. He replied that …", "Ann Lee met Tom Reed. Lee asked
 * whether …. He replied …", "'Is it over?' Lee asked Reed. 'No,' he replied": the one who replies is the
 * one asked, named after "asked" (or the subject of "was asked"), else the person last named who is not
 * the asker. Looks at the pronoun's sentence and the one before; undefined when no question is put there
 * (the pronoun resolves as any other), null when the reply can be no one named.
 */
function replierOf(
  context: Resolution,
  attribution: Attribution,
  source: SourceMention,
  fits: (name: string) => boolean,
): string | null | undefined {
  if (!REPLY_LEMMAS.has(attribution.cue?.lemma ?? '')) return undefined;
  const { text, sentences, registry } = context;
  // ("'Let us wait and see,' he replied when asked about it": the one asked is the pronoun's own)
  const own = sentences[source.sentence];
  if (/\basked\b/.test(text.slice(source.end, own.end))) return undefined;
  const from = sentences[Math.max(0, source.sentence - 2)].start;
  const window = text.slice(from, source.start);
  let ask: RegExpExecArray | null = null;
  for (const match of window.matchAll(ASKED)) ask = match;
  if (!ask) return undefined;
  const askStart = from + ask.index;
  const askEnd = askStart + ask[0].length;
  const mentions = registry.mentions;
  const next = mentions[firstStartingAt(mentions, askEnd)];
  const beforeAt = firstStartingAt(mentions, askStart) - 1;
  const before = beforeAt >= 0 && mentions[beforeAt].start >= from ? mentions[beforeAt].name : null;
  // "Tom Reed was asked whether …. He replied": the subject of the passive is the one asked.
  if (/\b(?:was|were|been|being|is|are)\s+$/.test(text.slice(Math.max(from, askStart - 8), askStart)))
    return before !== null && fits(before) ? before : undefined;
  if (next && next.start < source.start && ADDRESSEE_GAP.test(text.slice(askEnd, next.start)))
    return fits(next.name) ? next.name : undefined;
  // "Lee asked whether …": a question with no one named as asked; the reply is someone else's. Only
  // after a name as the asker ("When asked whether …, he replied" is the one asked).
  const question = QUESTION_AFTER.test(text.slice(askEnd, askEnd + 40)) || window.includes('?');
  if (!question || before === null || !ASKER_BEFORE.test(text.slice(from, askStart))) return undefined;
  // (the other party named before the question, in the sentence before it at the earliest: "Ann Lee met
  // Tom Reed. Lee asked whether Oslo would pay. He replied …" is Reed, not anyone the question names)
  const earliest = sentences[Math.max(0, source.sentence - 3)].start;
  for (let i = beforeAt - 1; i >= 0 && mentions[i].start >= earliest; i--) {
    const { name } = mentions[i];
    if (name !== before && fits(name) && !namedLikeBody(name, registry)) return name;
  }
  return null;
}

/** Subordinators that open a clause on the person named right before them ("…, Ivo Rask, as he …"). */
const CLAUSE_SUBORDINATORS = new Set(['as', 'when', 'after', 'before']);

/**
 * "Lee corrected the head of her spy service, Ivo Rask, as he fumbled his lines and said …": a "he" or
 * "she" opening a subordinate clause right after a person's full name set off by commas (an appositive)
 * is that person, not the subject of the main clause. The name as the registry has it, or null.
 */
function appositiveBeforeClause(
  text: string,
  units: Unit[],
  first: number,
  registry: NameRegistry,
  fits: (name: string) => boolean,
): string | null {
  if (!CLAUSE_SUBORDINATORS.has(lowerOf(units[first - 1])) || !isComma(units[first - 2])) return null;
  const end = units[first - 2].start;
  const opening = text.lastIndexOf(',', end - 1);
  if (opening < 0 || end - opening > 60) return null;
  const at = firstStartingAt(registry.mentions, opening);
  const mention = registry.mentions[at];
  if (!mention || text.slice(opening + 1, mention.start).trim() !== '') return null;
  const written = text.slice(mention.start, end).trim();
  return written === mention.name && fits(mention.name) ? mention.name : null;
}

/** The speaker a pronoun subject ("he said", "they claimed", "I think") stands for. */
function pronounSpeaker(
  context: Resolution,
  attribution: Attribution,
  source: SourceMention,
  units: Unit[],
): Speaker {
  const { text, sentences, registry, history, labels, genders, genderOf, titleOf, bodies, persons } = context;
  // ("In his words, …", "in their words": a possessive stands for the speaker as the object pronoun would)
  const pronoun = PRONOUN_OF_POSSESSIVE.get(lowerOf(units[source.first])) ?? lowerOf(units[source.first]);
  const mention = { start: source.start, end: source.end, text: text.slice(source.start, source.end) };
  const wanted: SpeakerKind[] =
    pronoun === 'he' || pronoun === 'she'
      ? ['person']
      : // "they" is never one person named before ("Putin said …. They want …" is somebody else)
        pronoun === 'they'
        ? // ("The firm polled 90 companies. Two of them said …": a part of a body is none of its people)
          lowerOf(units[source.first]) === 'them'
          ? ['group']
          : ['group', 'organization']
        : pronoun === 'it'
          ? ['organization']
          : ['person'];
  const fits = (name: string) => genderFits(pronoun, name);
  let found: Speaker | null = null;
  let foundAt = -1;
  // A recent speaker passed over only for a first name of the other gender ("Tessa Jowell said …. He
  // said"): the pronoun's person is someone the story has not made a speaker.
  let passedOver = false;
  for (let h = history.length - 1; h >= 0 && h >= history.length - 6; h--) {
    const candidate = history[h].speaker;
    // ("Acme Corp said Beta Co agreed to …. It said …": a body inside another's words is not "it")
    if (pronoun === 'it' && history[h].nested) continue;
    // "the Russian president said …. '…,' he said": a singular description is a person too.
    // Not a body: "The firm agreed …. He volunteered …" is not the firm.
    // "A spokeswoman for the Guild said …. She added": the body's spokesperson, of the pronoun's gender.
    const description =
      (pronoun === 'he' || pronoun === 'she') &&
      ((candidate.kind === 'unknown' && describesOne(candidate.name) && !namesBody(candidate.name)) ||
        (candidate.kind === 'organization' && spokespersonFits(candidate.title, pronoun)));
    // "Vodafone said …. It added …": a bare name taken up as "it" is a firm's (in speech only: "It showed
    // that …", "It refers to …" are seldom a firm's words).
    if (
      pronoun === 'it' &&
      attribution.cueClass === 'speech' &&
      bareName(candidate, registry, persons) &&
      !titledInText(text, candidate.name, registry)
    ) {
      bodies.add(candidate.name);
      found = asBody(candidate, registry);
      foundAt = history[h].at;
      break;
    }
    if (!(wanted.includes(candidate.kind) || description)) continue;
    if (fits(candidate.name)) {
      found = history[h].speaker;
      foundAt = history[h].at;
      break;
    }
    passedOver = true;
  }
  if (pronoun === 'i') {
    // "Karl Weber: First, I did not say …": in a transcript, the label of the turn the pronoun is in.
    const label = latestLabel(labels, source.start);
    if (label && label.start > foundAt) found = { name: label.name, kind: 'person', mention: null };
  }
  if (pronoun === 'they') {
    // "Officials went to the station, where they claimed …": a plural subject earlier in the
    // pronoun's own sentence.
    const subject = pluralSubject(text, units, source.first, registry);
    if (subject && !inStatement(subject, attribution)) found = subject;
  }
  if (pronoun === 'it') {
    // "Boeing apologised …, although it claimed …": a body that is the subject of the pronoun's own
    // sentence, before it and outside the statement, comes before any earlier speaker.
    const subject = bodySubject(text, units, source.first, registry);
    // "The company gave no details but it said …": the company that last spoke, as for the noun alone.
    if (subject && !inStatement(subject, attribution))
      found = (companyNoun(subject) ? latestCompany(history, registry) : null) ?? subject;
  }
  if (PERSONAL.has(pronoun)) {
    // "Ann Lee won the award. He said …" / "Lee, for the agency, says …. She says": a person who opens a
    // later sentence than the last speaker's mention is the one the pronoun takes up.
    const opener = openerInView(
      context,
      attribution,
      found !== null,
      { after: foundAt, before: source.start },
      fits,
    );
    if (opener && opener !== found?.name) found = { name: opener, kind: 'person', mention: null };
  }
  if (pronoun === 'he' || pronoun === 'she') {
    // "President Ann Lee visited the hospital. Her father, Tom Reed, died there. The President also met
    // the doctors. '…,' he said": a sentence of this one or the one before that opens with a role, after
    // anyone named as a subject, takes up the person who holds that role.
    const holder = roleOpeningHolder(context, attribution, source, foundAt);
    if (holder && fits(holder.name) && holder.name !== found?.name) {
      found = { name: holder.name, kind: 'person', mention: null, title: holder.title };
      foundAt = holder.at;
    }
  }
  if (pronoun === 'he' || pronoun === 'she') {
    // "… but our taxi driver shrugged. There was no point in panicking, he said": a person described
    // without a name as a subject since the candidate was last named.
    const described = describedSubject(sentences, source.sentence, source.start, text, pronoun);
    if (
      described &&
      !namedBetween(registry, described.start, source.start) &&
      (found === null || Math.max(foundAt, lastNamedAt(registry, found.name, source.start)) < described.start)
    )
      found = { name: described.name, kind: 'unknown', mention: null };
  }
  if (pronoun === 'he' || pronoun === 'she') {
    const named = appositiveBeforeClause(text, units, source.first, registry, fits);
    if (named) found = { name: named, kind: 'person', mention: null };
  }
  // "Reporters asked Tom Reed whether …. He replied …": a reply is the asked one's, not the asker's.
  const replied = PERSONAL.has(pronoun) ? replierOf(context, attribution, source, fits) : undefined;
  if (replied !== undefined)
    found = replied === null ? null : { name: replied, kind: 'person', mention: null };
  // "'…,' he said of Lee's remarks", "He also told Lee that …": the pronoun is not Lee but somebody
  // the story has not made a speaker; better no statement than Lee's.
  const bound =
    PERSONAL.has(pronoun) &&
    found !== null &&
    found.kind === 'person' &&
    namedInClause(attributionClause(text, attribution, source), found.name);
  if (bound) found = null;
  // A person the story already called the other pronoun: better no statement than theirs.
  const gendered = pronoun === 'he' || pronoun === 'she';
  const otherGender =
    gendered && found !== null && found.kind === 'person' && (genderOf(found.name) ?? pronoun) !== pronoun;
  if (otherGender) found = null;
  // "Cross said …. He added …": a name taken up as "he" or "she" is a person's.
  if (gendered && found !== null && found.kind === 'person') persons.add(found.name);
  if (gendered && found !== null && found.kind === 'person' && titleOf(found.name) === undefined) {
    const from = sentences[Math.max(0, source.sentence - 1)].start;
    const near = attributionText(text, { start: from, end: source.start }, attribution);
    // … and only when nobody else is named there ("Melanie said yes until Trump reached the end. 'I
    // love you,' he said" says nothing of Melanie).
    const others = registry.mentions.some(
      (mention) => mention.start >= from && mention.start < source.start && mention.name !== found!.name,
    );
    if (!others && namedInClause(near, found.name))
      genders.set(
        found.name,
        genders.has(found.name) && genders.get(found.name) !== pronoun ? null : pronoun,
      );
  }
  // A person only mentioned is not who says "I": that is someone quoted or the text's own author.
  if (
    !found &&
    !bound &&
    !otherGender &&
    !passedOver &&
    replied === undefined &&
    wanted.includes('person') &&
    pronoun !== 'i'
  ) {
    // No earlier speaker: the nearest person named before the pronoun, outside this statement.
    // ("Sale lost three Zurich Premiership matches. Now he fears …": an event or a body named like a
    // person is no one.)
    const before = nearestMention(
      registry.mentions,
      Math.min(source.start, attribution.parts[0].start),
      (name) => fits(name) && !namedLikeBody(name, registry),
    );
    if (before) found = { name: before, kind: 'person', mention: null };
  }
  // An "I" nobody quoted is the text's own author, whom it does not name, and a "they" no body or group
  // before: a statement, by someone unknown.
  const speaker: Speaker = found
    ? { name: found.name, kind: found.kind, mention, ...(found.title ? { title: found.title } : {}) }
    : pronoun === 'i' || pronoun === 'they'
      ? { ...unknownSpeaker(), mention }
      : { name: pronoun, kind: 'unknown', mention };
  return speaker;
}

/**
 * Gives every attribution a speaker: names split from titles and completed from the article's registry,
 * pronouns linked to the nearest preceding compatible speaker, second verbs sharing their subject.
 */
export function resolveSpeakers(
  text: string,
  sentences: Sentence[],
  attributions: Attribution[],
  registry: NameRegistry,
): Speaker[] {
  const speakers: Speaker[] = [];
  const history: ResolvedMention[] = [];
  const openers = sentenceOpeners(sentences, registry);
  const labels = turnLabels(text, registry);
  // The pronoun the story used for a person named in that sentence or the one before ("Lukashenko
  // congratulated Sabalenka. He later said …"): a later "she" is somebody else, whatever the first-name
  // lists know. Null once the story used both.
  const genders = new Map<string, 'he' | 'she' | null>();
  // "Mr Prater", "Ms Everett": the title settles it, whatever a pronoun was taken for.
  // Only for a surname the story gives one person: "Mrs. Clinton" says nothing of Bill Clinton.
  const titled = titledGenders(text);
  const namesBySurname = new Map<string, Set<string>>();
  for (const { name } of registry.mentions) {
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    namesBySurname.set(surname, (namesBySurname.get(surname) ?? new Set()).add(name));
  }
  const titleOf = (name: string) => {
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    return (namesBySurname.get(surname)?.size ?? 0) > 1 ? undefined : titled.get(surname);
  };
  const genderOf = (name: string) => {
    // A known first name first: "Katherine Jackson" in a story of "Mr Jackson", her son.
    if (!genderFits('he', name)) return 'she';
    if (!genderFits('she', name)) return 'he';
    const title = titleOf(name);
    return title !== undefined ? title : genders.get(name);
  };
  const bodies = new Set<string>();
  const persons = new Set<string>();
  // The issuer found for a document word ("statement") so far: who "the statement" is further on.
  const issuedBy = new Map<string, Speaker>();
  // (speech only: "TV shows Number 73 …" or "Lee backs Reed" hold no one's words)
  const spoken = attributions
    .filter((attribution) => !attribution.silent && (attribution.cueClass ?? 'speech') === 'speech')
    .flatMap((attribution) => attribution.parts);

  // (where the attribution being resolved starts: what `prefer` reads the sentence openers before)
  let resolvingAt = 0;
  const context: Resolution = {
    bodies,
    persons,
    text,
    sentences,
    registry,
    history,
    openers,
    described: describedOpenings(sentences),
    spoken: createSpanIndex(spoken),
    labels,
    genders,
    genderOf,
    titleOf,
    // Of several people a role fits ("the President" with two presidents introduced), the latest speaker;
    // with none of them a speaker yet, the latest of them to open a sentence as its subject ("President
    // Ivan Rask held talks with President of Orsk Tom Reed. The President noted …" is Rask's: what the story
    // is about, not the last named).
    prefer: (names) => {
      for (let h = history.length - 1; h >= 0; h--)
        if (names.has(history[h].speaker.name)) return history[h].speaker.name;
      for (let i = firstStartingAt(openers, resolvingAt) - 1; i >= 0; i--)
        if (names.has(openers[i].name)) return openers[i].name;
      return null;
    },
  };
  for (let a = 0; a < attributions.length; a++) {
    const attribution = attributions[a];
    resolvingAt = attribution.source?.start ?? attribution.parts[0]?.start ?? resolvingAt;
    const previous = history.length > 0 ? history[history.length - 1] : null;
    if (attribution.pattern === 'shared' && attribution.sharedWith !== null) {
      const shared = speakers[attribution.sharedWith] ?? speakers[speakers.length - 1];
      speakers.push(shared ? { ...shared, mention: null } : unknownSpeaker());
      continue;
    }
    if (attribution.agentless) {
      speakers.push(unknownSpeaker());
      continue;
    }
    if (!attribution.source) {
      speakers.push(floatingSpeaker(attribution, speakers, previous, openers, sentences));
      continue;
    }
    const source = attribution.source;
    const units = sentences[source.sentence].units;
    if (source.pronoun) {
      speakers.push(pronounSpeaker(context, attribution, source, units));
      continue;
    }
    const body = conjoinedBody(text, units, source, attribution, registry);
    const joint = body
      ? null
      : jointSpeakers(text, units, source, registry, context.prefer, attribution.parts);
    let speaker = body ?? joint?.pair ?? readSpeakerPhrase(text, units, source, registry, context.prefer);
    // "Biden … The US president said …. 'I think …,' the president said": a bare role takes up a recent
    // speaker the story just described with it, before anyone introduced with the role earlier.
    const recent = recentlyDescribed(speaker, history);
    if (recent && recent.name !== speaker.name)
      speaker = { ...speaker, name: recent.name, kind: 'person', title: speaker.title ?? recent.title };
    // "Ukrinform reported", "according to Gartner": a single name that reports, no one's surname or first
    // name, is an outlet or a firm, so no later "he" or "she" takes it up.
    if (
      speaker.kind === 'person' &&
      speaker.mention?.text === speaker.name &&
      /^\p{Lu}[\p{L}\d-]+$/u.test(speaker.name) &&
      (attribution.cue?.lemma === 'report' || attribution.cue?.lemma === 'according to') &&
      !registry.bySurname.has(speaker.name.toLowerCase()) &&
      !registry.byFirstName.has(speaker.name.toLowerCase()) &&
      !knownFirstName(speaker.name) &&
      rolesOf(registry, speaker.name).length === 0
    )
      speaker = { ...speaker, kind: 'organization' };
    // "Parmalat said …. The firm also said …": a company noun takes up the company that last spoke.
    // (A bare name only for "the company" the story's named companies left unresolved.)
    // ("the firm - China's biggest jet fuel supplier - said": the description before its apposition)
    const plain = withoutApposition(speaker);
    const unresolved = plain.name.toLowerCase() === plain.mention?.text.toLowerCase();
    const bare = unresolved ? { persons, bodies, text } : null;
    const noun = plain.mention?.text.toLowerCase().split(/\s+/)[1];
    const current = unresolved ? null : speaker.name;
    // (its apposition as the story described a body by name before: "jet fuel supplier China Aviation Oil")
    const apposed =
      unresolved && plain !== speaker && speaker.kind !== 'person'
        ? appositionNamed(text, speaker, registry)
        : null;
    if (apposed) speaker = { ...speaker, name: apposed, kind: 'organization' };
    const latest =
      companyNoun(plain) && !apposed ? latestCompany(history, registry, bare, noun, current) : null;
    // ("Harbex Airways said …. Officials of the Farm Bank met. The bank added": a bank named since)
    const company = latest && !namedSince(registry, noun, latest, source.start) ? latest : null;
    if (company) speaker = { ...company, mention: speaker.mention };
    const paper = latestPaper(speaker, history);
    if (paper) speaker = { ...paper, mention: speaker.mention };
    const near = sentences[Math.max(0, source.sentence - 1)].start;
    const kindNamed =
      unresolved && !company && !apposed
        ? bodyNamedWithKind(plain, registry, source.start, near, history)
        : null;
    if (kindNamed)
      speaker = { name: spokenAs(kindNamed, history), kind: 'organization', mention: speaker.mention };
    // "Moody's said …. The agency added": a kind of body no body named with it takes up the last speaker
    // of that kind ("Moody's said …. Officials of the Orsk Agency met. The agency added" is Orsk's).
    const ofKind =
      bare && !company && !apposed && !paper && !kindNamed
        ? latestBodyOfKind(plain, history, registry, bare)
        : null;
    const kindNoun = plain.mention?.text.toLowerCase().split(/\s+/).pop();
    if (ofKind && !namedSince(registry, kindNoun, ofKind, source.start))
      speaker = { ...ofKind, mention: speaker.mention };
    // "Vodafone said it would cut jobs", "USAir said its traffic rose": a bare name that speaks of itself
    // as "it" is a firm or a body, and so is every statement the story gives that name. One that speaks
    // of itself as "he" or "she" is a person's, whatever follows.
    const opening = text.slice(attribution.parts[0].start, attribution.parts[0].end);
    if (bareName(speaker, registry, persons)) {
      if (OPENS_WITH_PERSON.test(opening) || titledInText(text, speaker.name, registry))
        persons.add(speaker.name);
      else if (bodies.has(speaker.name) || OPENS_WITH_IT.test(opening)) {
        bodies.add(speaker.name);
        speaker = asBody(speaker, registry);
      }
    }
    // "Vladimir Putin sent greetings to the forum. The message reads, in part: …": a message with no
    // author named is the one the person who opens the sentence before sent.
    const sender =
      SENT_THINGS.test(speaker.name) &&
      (speaker.kind === 'unknown' || speaker.kind === 'organization') &&
      source.sentence > 0
        ? senderBefore(text, sentences[source.sentence - 1].units, registry)
        : null;
    if (sender) speaker = { ...sender, mention: speaker.mention };
    const issued = ISSUED_THINGS.exec(speaker.name);
    const issuer =
      !sender && issued && (speaker.kind === 'unknown' || speaker.kind === 'organization')
        ? (issuerBefore(text, sentences, source.sentence, issued[1], history) ??
          // ("X said in a statement …. '…,' the statement said. …. '…,' the statement reads": the same
          // document further on, its issuer no longer in the sentences before)
          issuedBy.get(issued[1].toLowerCase()) ??
          null)
        : null;
    if (issuer) {
      speaker = { ...issuer, mention: speaker.mention };
      issuedBy.set(issued![1].toLowerCase(), issuer);
    }
    if (unintroducedRole(speaker, registry)) {
      // "Vladimir Putin told Mario Draghi …. The President of Russia noted …": a definite role nobody
      // was introduced with takes up the person last in view as a subject (news varies its references to
      // one person: "Putin … the Russian leader").
      // Someone the statement talks about is not its speaker ("The former officer said Mr Ebbers knew").
      const holder = latestRoleHolder(speaker.mention?.text ?? speaker.name, history, openers, {
        before: source.start,
        registry,
        excluded: talkedAbout(text, attribution),
      });
      if (holder)
        speaker = { ...speaker, name: holder, kind: 'person', title: speaker.title ?? speaker.name };
    }
    const described = personDescriptionHead(speaker, text);
    if (described) {
      // "Rick Garvey has told fans …. The comedian said …": a description by trade or age takes up the
      // person last in view, unless the statement talks about them.
      const person = latestDescribed(described, speaker.mention?.text ?? '', history, openers, {
        before: source.start,
        opens: Math.min(source.start, ...attribution.parts.map((part) => part.start)),
        text,
        registry,
        inside: (at) => attribution.parts.some((part) => at >= part.start && at < part.end),
        excluded: talkedAbout(text, attribution),
        genderOf,
        continuing: attribution.cue?.lemma === 'add',
      });
      if (person) speaker = { ...speaker, name: person, kind: 'person' };
      // ("the Kiwi said" with no New Zealander in view: a nationality names no one)
      else if (speaker.name.toLowerCase().replace(/^the /, '') === described.toLowerCase())
        speaker = { ...speaker, name: `the ${described}`, kind: 'unknown' };
    }
    if (speaker.kind === 'person' && speaker.name.includes(' ')) {
      // Speakers introduce names too, even where the tagger missed them ("Mayor Ellen Park/NOUN").
      const surname = speaker.name.slice(speaker.name.lastIndexOf(' ') + 1).toLowerCase();
      if (!registry.bySurname.has(surname)) registry.bySurname.set(surname, speaker.name);
    }
    speakers.push(speaker);
    // (each of a pair stays in view as a person, for a later "he", "she" or "the actress", and the pair
    // after them, for a later "they")
    if (joint && speaker === joint.pair)
      for (const member of joint.members) history.push({ speaker: member, at: source.start, reports: false });
    // A place is never a speaker (the statement is dropped later), so no pronoun may refer to it.
    if (!PLACES.has(speaker.name.toLowerCase().replace(/^the /, '')))
      history.push({
        speaker,
        at: source.start,
        reports: /^(?:report|according to|write)$/.test(attribution.cue?.lemma ?? ''),
        ...relayOf(attribution),
        ...(nestedIn(attributions, a, source.start) ? { nested: true } : {}),
      });
  }
  // "…, the firm's chief has told the Post. Speaking in Lyon, Anna Kessler said": named after the lead.
  const identified = identifyLeadDescriptions(speakers, attributions, registry);
  // Statements made before the story showed a bare name to be a firm's.
  if (bodies.size === 0) return identified;
  return identified.map((speaker) =>
    speaker.kind === 'person' && bodies.has(speaker.name) && !persons.has(speaker.name)
      ? asBody(speaker, registry)
      : speaker,
  );
}
