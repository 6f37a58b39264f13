import type { Speaker, SpeakerKind } from '../model/statement.js';
import type { Attribution, SourceMention } from './attribute.js';
import { NAME_PARTICLES } from './noun-phrase.js';
import type { Sentence, Unit } from './segment.js';
import { genderFits, isTitleWord, nearestMention, type NameRegistry } from './name-registry.js';
import {
  FEMALE_NAMES,
  GROUP_WORDS,
  HONORIFICS,
  MALE_NAMES,
  ORGANIZATION_WORDS,
  PLACES,
} from './speaker-words.js';

const FIRST_NAMES = new Set([...FEMALE_NAMES, ...MALE_NAMES]);
import { lowerOf, posOf, valueOf } from './units.js';

export { buildNameRegistry, type NameRegistry } from './name-registry.js';

interface ResolvedMention {
  speaker: Speaker;
  /** Offset used to order candidates for pronouns. */
  at: number;
}

const ATTACHED = new Set(['-', '.', "'s", '’s']);

function textOf(text: string, units: Unit[], first: number, last: number): string {
  return text.slice(units[first].start, units[last].end);
}

/** Splits a speaker phrase into title and name and decides its kind. */
export function readSpeakerPhrase(
  text: string,
  units: Unit[],
  source: SourceMention,
  registry: NameRegistry,
): Speaker {
  const { first } = source;
  const last = withoutHomePlace(units, first, source.last);
  const mention = { start: source.start, end: source.end, text: text.slice(source.start, source.end) };
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
      (ATTACHED.has(lowerOf(units[run - 1])) && units[run - 1].end === units[run].start))
  )
    run--;
  if (posOf(units[last]) === 'PROPN' && run > nameFirst) nameFirst = run;
  // "President of Ukraine Andriy Yermak": a place after "of" ends the title, not starts the name.
  const beforeName = lowerOf(units[nameFirst - 1]);
  if (
    (beforeName === 'of' || (beforeName === 'the' && lowerOf(units[nameFirst - 2]) === 'of')) &&
    nameFirst < last &&
    placeInTitle(units, nameFirst, last)
  )
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
  const appositiveTitle = source.appositive
    ? textOf(text, units, source.appositive[0], source.appositive[1])
    : undefined;
  if (GROUP_WORDS.has(head) && first === last) {
    return { name: head, kind: 'group', mention };
  }
  // An organisation: "the Kremlin", "the Defense Ministry", "NATO", "The New York Post".
  if (
    hasOrganization &&
    (ORGANIZATION_WORDS.has(head) || headProper) &&
    !(nameFirst > first && nameFirst <= last && allProperPersonLike(units, nameFirst, last))
  ) {
    const name = textOf(text, units, first, last).replace(/^The /, 'the ');
    return { name, kind: 'organization', mention };
  }
  // "The President of Russia", "the Prime Minister of Poland": a role named by its country is a person.
  if (
    nameFirst === last &&
    nameFirst - 2 >= first &&
    lowerOf(units[nameFirst - 1]) === 'of' &&
    (PLACES.has(head) || onlyTitles(units, first, nameFirst - 2))
  ) {
    const role = textOf(text, units, first, last).replace(/^The /, 'the ');
    return { name: role, kind: 'person', mention, title: role };
  }
  if (hasProper && headProper && nameFirst <= last) {
    let name = textOf(text, units, nameFirst, last).replace(/[’']s$/, '');
    if (/^\p{Lu}{2,}$/u.test(name)) return { name, kind: 'organization', mention };
    // One word, possibly hyphenated ("Zelensky", "Thomas-Greenfield"): the full name introduced earlier.
    const known = registry.bySurname.get(head);
    if (known && known !== name && known.endsWith(` ${name}`)) {
      // "De Vido" after "Julio De Vido".
      name = known;
    } else if (nameFirst === last || !/\s/.test(name)) {
      const full = registry.bySurname.get(head) ?? registry.byFirstName.get(head);
      if (full) name = full;
    }
    const title = nameFirst > first ? textOf(text, units, first, nameFirst - 1) : appositiveTitle;
    const speaker: Speaker = { name, kind: 'person', mention };
    if (title && !HONORIFICS.has(title.toLowerCase())) speaker.title = title;
    return speaker;
  }
  // A capitalised word the tagger took for a common noun ("Park told reporters") that names a person
  // introduced earlier in the article.
  const introduced = registry.bySurname.get(head);
  if (introduced && isCapitalizedUnit(units[last]) && !GROUP_WORDS.has(head)) {
    return { name: introduced, kind: 'person', mention };
  }
  const phrase = textOf(text, units, first, last);
  // "The source" → "the source", but "Russian media" keeps its proper adjective.
  const name = posOf(units[first]) === 'PROPN' ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1);
  const kind: SpeakerKind =
    GROUP_WORDS.has(head) || (posOf(units[last]) === 'NOUN' && /s$/.test(head) && !/ss$/.test(head))
      ? 'group'
      : ORGANIZATION_WORDS.has(head)
        ? 'organization'
        : 'unknown';
  return { name, kind, mention };
}

/** "Senator John Cornyn of Texas": the place after "of" says where the person is from, not who. */
function withoutHomePlace(units: Unit[], first: number, last: number): number {
  // "Mr. Morgan of the Sierra Club", "Jane Doe of the Acme Institute": the name ends before "of the".
  for (let of = first + 1; of < last - 1 && of <= first + 4; of++) {
    if (lowerOf(units[of]) !== 'of' || lowerOf(units[of + 1]) !== 'the') continue;
    if (posOf(units[of - 1]) === 'PROPN' && !isTitleWord(lowerOf(units[of - 1]))) return of - 1;
    break;
  }
  if (!PLACES.has(lowerOf(units[last]))) return last;
  for (let of = last - 1; of > first && of >= last - 3; of--) {
    if (lowerOf(units[of]) === 'of') return posOf(units[of - 1]) === 'PROPN' ? of - 1 : last;
    if (!isCapitalizedUnit(units[of])) return last;
  }
  return last;
}

/** The first word of a run after "of" is a place when it is one, or when two names follow it. */
function placeInTitle(units: Unit[], first: number, last: number): boolean {
  const lower = lowerOf(units[first]);
  if (PLACES.has(lower)) return true;
  if (FIRST_NAMES.has(lower) || last - first < 2) return false;
  for (let i = first; i <= last; i++) if (posOf(units[i]) !== 'PROPN') return false;
  return true;
}

/** "the Prime Minister": determiners and title words only. */
function onlyTitles(units: Unit[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const lower = lowerOf(units[i]);
    if (lower !== 'the' && !isTitleWord(lower)) return false;
  }
  return true;
}

function isCapitalizedUnit(unit: Unit): boolean {
  return unit.kind === 'token' && /^\p{Lu}/u.test(unit.token.value);
}

function allProperPersonLike(units: Unit[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    if (posOf(units[i]) !== 'PROPN' && !ATTACHED.has(lowerOf(units[i]))) return false;
    if (ORGANIZATION_WORDS.has(lowerOf(units[i]))) return false;
  }
  return last > first;
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
  for (let a = 0; a < attributions.length; a++) {
    const attribution = attributions[a];
    const previous = history.length > 0 ? history[history.length - 1] : null;
    if (attribution.pattern === 'shared' && attribution.sharedWith !== null) {
      const shared = speakers[attribution.sharedWith] ?? speakers[speakers.length - 1];
      speakers.push(
        shared ? { ...shared, mention: null } : { name: 'unknown', kind: 'unknown', mention: null },
      );
      continue;
    }
    if (!attribution.source) {
      // A floating quote continues the speaker of the statement before it.
      const before = speakers.length > 0 ? speakers[speakers.length - 1] : previous?.speaker;
      speakers.push(
        before ? { ...before, mention: null } : { name: 'unknown', kind: 'unknown', mention: null },
      );
      continue;
    }
    const source = attribution.source;
    const units = sentences[source.sentence].units;
    if (source.pronoun) {
      const pronoun = lowerOf(units[source.first]);
      const mention = { start: source.start, end: source.end, text: text.slice(source.start, source.end) };
      const wanted: SpeakerKind[] =
        pronoun === 'he' || pronoun === 'she'
          ? ['person']
          : pronoun === 'they'
            ? ['group', 'organization', 'person']
            : pronoun === 'it'
              ? ['organization']
              : ['person'];
      let found: Speaker | null = null;
      for (let h = history.length - 1; h >= 0 && h >= history.length - 6; h--) {
        const candidate = history[h].speaker;
        // "the Russian president said …. '…,' he said": a singular description is a person too.
        const description =
          candidate.kind === 'unknown' &&
          (pronoun === 'he' || pronoun === 'she') &&
          /^(the|a|an) /.test(candidate.name);
        if ((wanted.includes(candidate.kind) || description) && genderFits(pronoun, candidate.name)) {
          found = history[h].speaker;
          break;
        }
      }
      if (!found && wanted.includes('person')) {
        // No earlier speaker: the nearest person named before the pronoun, outside this statement.
        const before = nearestMention(
          registry.mentions,
          Math.min(source.start, attribution.parts[0].start),
          (name) => genderFits(pronoun, name),
        );
        if (before) found = { name: before, kind: 'person', mention: null };
      }
      const speaker: Speaker = found
        ? { name: found.name, kind: found.kind, mention, ...(found.title ? { title: found.title } : {}) }
        : { name: pronoun, kind: pronoun === 'they' ? 'group' : 'unknown', mention };
      speakers.push(speaker);
      continue;
    }
    const speaker = readSpeakerPhrase(text, units, source, registry);
    if (speaker.kind === 'person' && speaker.name.includes(' ')) {
      // Speakers introduce names too, even where the tagger missed them ("Mayor Ellen Park/NOUN").
      const surname = speaker.name.slice(speaker.name.lastIndexOf(' ') + 1).toLowerCase();
      if (!registry.bySurname.has(surname)) registry.bySurname.set(surname, speaker.name);
    }
    speakers.push(speaker);
    // A place is never a speaker (the statement is dropped later), so no pronoun may refer to it.
    if (!PLACES.has(speaker.name.toLowerCase().replace(/^the /, '')))
      history.push({ speaker, at: source.start });
  }
  return speakers;
}
