import type { Speaker } from '../model/statement.js';
import type { Attribution } from './attribute.js';
import { roleHead, rolesOf, stem, type NameRegistry } from './name-registry.js';
import { isFirstName, PERSON_DESCRIPTION_NOUNS, SPOKESPERSON_WORDS } from './speaker-words.js';

/** How many sentences after the description's own its holder must be named and speak. */
const NAMED_WITHIN = 2;

/** Cues of a question: whoever asks one is not the person who answered. */
const QUESTIONS = new Set(['ask', 'question', 'wonder', 'query', 'press']);

/** Role heads general enough to describe any holder of a post ("an official" may be a vice president). */
const GENERAL_HEADS = new Set(['official', 'executive', 'chief', 'boss', 'head', 'leader', 'officer']);

/**
 * Determiners a description of one known person opens with ("the", "its", "the firm's"); "a spokesman",
 * "an official" may be someone the story never names.
 */
const OPENERS = /^(?:the|its|his|her|their)$/i;

/**
 * The head of a description of one person that names no one ("the firm's chief", "The former chief
 * financial officer at Harbex", "its chairman"): a role word or a trade; null for anything else (a name,
 * a body, a plural). (resolve-speakers' headNoun reads the head word of any description, person or not.)
 */
function unnamedPersonHead(speaker: Speaker): string | null {
  if (speaker.kind !== 'unknown' || !speaker.mention) return null;
  const words = speaker.mention.text.split(/\s+/).map((word) => word.replace(/[,.;:]$/, ''));
  if (words.length < 2 || !(OPENERS.test(words[0]) || /[’']s$/.test(words[0]))) return null;
  const role = roleHead(words);
  if (role) return role.head;
  const last = words[words.length - 1].toLowerCase();
  return last === 'boss' || PERSON_DESCRIPTION_NOUNS.has(last) ? last : null;
}

/** The capitalised words after the first, by stem: the places and bodies a role or description names. */
function namedWords(words: string[]): Set<string> {
  return new Set(
    words
      .slice(1)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => stem(word.toLowerCase().replace(/[’']s$/, ''))),
  );
}

/**
 * Whether a person named later may be the one a description with this head stands for: anyone the
 * story gives no role; else a role of theirs with the same head that names every place and body the
 * description names ("the Secretary of the Karvian Council" is no "Secretary of the Orsk Council"), or,
 * for a general description ("an official", "the firm's chief"), any role that does not speak for
 * others. A spokesman is only ever a spokesman.
 */
function fitsHolder(head: string, words: string[], speaker: Speaker, registry: NameRegistry): boolean {
  const titles = [
    ...(speaker.title ? [speaker.title.split(/\s+/)] : []),
    ...rolesOf(registry, speaker.name).map((entry) => entry.title),
  ];
  const heads = titles.map((title) => roleHead(title)?.head);
  if (heads.every((found) => found === undefined)) return !SPOKESPERSON_WORDS.has(head);
  const named = namedWords(words);
  if (
    titles.some((title, i) => {
      if (heads[i] !== head) return false;
      const role = namedWords(['', ...title]);
      return [...named].every((word) => role.has(word));
    })
  )
    return true;
  return (
    GENERAL_HEADS.has(head) &&
    !heads.some((found) => found === head || (found !== undefined && SPOKESPERSON_WORDS.has(found)))
  );
}

/**
 * A story that opens on a description and names its speaker only after it ("Harbex will build vans,
 * the firm's chief has told the Post. Speaking in Lyon, Anna Kessler said …"; "The former finance
 * chief of Harbex has admitted that … . Tom Reed said …"): the description's statement is the person's who is
 * named next and speaks within the next two sentences, when nobody was named before the description,
 * the person is first named after it, and their role (if any) fits its head. Returns the speakers with
 * those statements given to that person, the rest as they were.
 */
export function identifyLeadDescriptions(
  speakers: Speaker[],
  attributions: Attribution[],
  registry: NameRegistry,
): Speaker[] {
  let result = speakers;
  for (let a = 0; a < attributions.length; a++) {
    const source = attributions[a].source;
    const head = unnamedPersonHead(speakers[a]);
    if (!source || head === null) continue;
    // Somebody named before it is whom a description takes up (the resolver's business), not a later name.
    const person = (name: string): boolean =>
      isFirstName(name.split(' ')[0].toLowerCase()) || rolesOf(registry, name).length > 0;
    if (registry.mentions.some((mention) => mention.start < source.start && person(mention.name))) break;
    if (speakers.slice(0, a).some((speaker) => speaker.kind === 'person')) break;
    for (let b = a + 1; b < attributions.length; b++) {
      const later = attributions[b];
      const speaker = speakers[b];
      if (later.sentence > source.sentence + NAMED_WITHIN) break;
      // (someone named in the description's own sentence is someone else: "the mayor said, as Ann Lee …")
      if (speaker.kind !== 'person' || later.sentence <= source.sentence) continue;
      // A question put next is put to the one described, by somebody else ("Anna Berg asked whether …").
      if (QUESTIONS.has(later.cue?.lemma ?? '')) break;
      const introduced = registry.mentions.find((mention) => mention.name === speaker.name);
      // (a name inside the statements' own words is what they talk about: "there will be a 'Third World War'")
      const quoted = (at: number): boolean =>
        [attributions[a], later].some((one) => one.parts.some((part) => at >= part.start && at < part.end));
      if (
        introduced &&
        introduced.start > source.end &&
        !quoted(introduced.start) &&
        speaker.name.includes(' ') &&
        fitsHolder(head, speakers[a].mention!.text.split(/\s+/), speaker, registry)
      ) {
        if (result === speakers) result = [...speakers];
        result[a] = {
          ...speakers[a],
          name: speaker.name,
          kind: 'person',
          title: speakers[a].mention!.text.replace(/^(?:the|a|an) /i, ''),
        };
      }
      break;
    }
  }
  return result;
}
