import type { Token } from './analyse.js';
import { NAME_PARTICLES } from './noun-phrase.js';
import { FEMALE_NAMES, MALE_NAMES, ORGANIZATION_WORDS, PLACES, TITLE_WORDS } from './speaker-words.js';

/** What the article says about a person: surname and first name lead to the full name introduced. */
export interface NameRegistry {
  bySurname: Map<string, string>;
  byFirstName: Map<string, string>;
  /** Person names as they occur in the text (offset order), for pronouns with no earlier speaker. */
  mentions: Array<{ start: number; name: string }>;
}

/** Capitalised words that are not people: days, months, parties, nationalities. */
export const NOT_NAMES = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december republican republicans democrat democrats democratic
  american americans god christmas easter congress senate house state states russian ukrainian british
  german french chinese european african western soviet israeli palestinian iranian syrian turkish polish
  canadian mexican japanese korean indian pakistani afghan iraqi saudi egyptian kenyan nigerian belarusian
  georgian hungarian italian spanish dutch swedish finnish norwegian danish estonian latvian lithuanian
  czech slovak romanian bulgarian serbian croatian greek arab muslim christian jewish catholic`.split(/\s+/),
);

export function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || lower.endsWith('-elect') || lower.startsWith('ex-');
}

/** Full names of people in the article, from runs of proper nouns outside titles, in text order. */
export function buildNameRegistry(tokens: Token[]): NameRegistry {
  const registry: NameRegistry = { bySurname: new Map(), byFirstName: new Map(), mentions: [] };
  const singles: Array<{ start: number; lower: string; value: string }> = [];
  let run: Token[] = [];
  let afterOf = false;
  let previous = '';
  let beforePrevious = '';
  const flush = (): void => {
    // Drop the title part: the name is what follows the last title word.
    let from = 0;
    for (let i = 0; i < run.length; i++) if (isTitleWord(run[i].lower)) from = i + 1;
    const name = run
      .slice(from)
      .filter(
        (token) =>
          (token.pos === 'PROPN' && /^\p{Lu}/u.test(token.value)) ||
          token.value === '-' ||
          NAME_PARTICLES.has(token.value),
      );
    while (name.length > 0 && NAME_PARTICLES.has(name[name.length - 1].value)) name.pop();
    while (name.length > 0 && name[name.length - 1].value === '-') name.pop();
    // Leading acronyms are organisations in a title ("UN Linda Thomas-Greenfield").
    while (name.length > 0 && (name[0].value === '-' || /^\p{Lu}{2,}$/u.test(name[0].value))) name.shift();
    // "President of Ukraine Andriy Yermak", "Secretary of the Treasury Janet Yellen": the word after "of"
    // ends the title when two names follow it.
    if (
      name.length >= 3 &&
      name[0] === run[0] &&
      afterOf &&
      (PLACES.has(name[0].lower) || !(MALE_NAMES.has(name[0].lower) || FEMALE_NAMES.has(name[0].lower)))
    )
      name.shift();
    run = [];
    if (
      name.length === 1 &&
      !ORGANIZATION_WORDS.has(name[0].lower) &&
      !PLACES.has(name[0].lower) &&
      !NOT_NAMES.has(name[0].lower) &&
      /^\p{Lu}\p{Ll}+$/u.test(name[0].value)
    ) {
      singles.push({ start: name[0].start, lower: name[0].lower, value: name[0].value });
    }
    if (name.length < 2 || name.length > 6) return;
    if (name.some((token) => ORGANIZATION_WORDS.has(token.lower) || /^\p{Lu}+$/u.test(token.value))) return;
    // "Linda Thomas-Greenfield": hyphenated parts join without spaces.
    let full = '';
    for (let i = 0; i < name.length; i++) {
      const glued = i > 0 && (name[i].value === '-' || name[i - 1].value === '-');
      full += (i > 0 && !glued ? ' ' : '') + name[i].value;
    }
    if (full.split(' ').length < 2) return;
    registry.mentions.push({ start: name[0].start, name: full });
    const surname = name[name.length - 1].lower;
    if (!registry.bySurname.has(surname)) registry.bySurname.set(surname, full);
    if (!registry.byFirstName.has(name[0].lower)) registry.byFirstName.set(name[0].lower, full);
  };
  for (const token of tokens) {
    const joined =
      run.length > 0 &&
      run[run.length - 1].end === token.start &&
      (token.value === '.' || token.value === '-');
    if (joined && token.value === '-') {
      run.push(token);
      continue;
    }
    if (
      token.pos === 'PROPN' ||
      (run.length > 0 && NAME_PARTICLES.has(token.value)) ||
      (run.length > 0 && isTitleWord(token.lower) && /^\p{Lu}/u.test(token.value))
    ) {
      if (run.length === 0) afterOf = previous === 'of' || (previous === 'the' && beforePrevious === 'of');
      run.push(token);
    } else if (!joined) {
      flush();
    }
    if (token.pos !== 'SPACE') {
      beforePrevious = previous;
      previous = token.lower;
    }
  }
  flush();
  // A lone capitalised word counts only as the surname of a full name (a lone "Stalingrad" is no person).
  for (const single of singles) {
    const full = registry.bySurname.get(single.lower);
    if (full) registry.mentions.push({ start: single.start, name: full });
  }
  registry.mentions.sort((a, b) => a.start - b.start);
  return registry;
}

export function nearestMention(
  mentions: Array<{ start: number; name: string }>,
  before: number,
  fits: (name: string) => boolean,
): string | null {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (mentions[mid].start < before) low = mid + 1;
    else high = mid;
  }
  // Look back over a bounded number of mentions, so the cost per pronoun stays constant.
  for (let i = low - 1; i >= 0 && i >= low - 8; i--) if (fits(mentions[i].name)) return mentions[i].name;
  return null;
}

/** "she" cannot be a known male first name, "he" a known female one; unknown names fit both. */
export function genderFits(pronoun: string, name: string): boolean {
  const first = name.split(' ')[0].toLowerCase();
  if (pronoun === 'she') return !MALE_NAMES.has(first);
  if (pronoun === 'he') return !FEMALE_NAMES.has(first);
  return true;
}
