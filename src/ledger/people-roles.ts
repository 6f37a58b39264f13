/**
 * Roles that name one person in context: "the President of Ukraine", "the Ukrainian President", "the
 * Head of State", "the Russian leader", "the Kremlin chief". Such a mention is not an organisation and
 * not a new person: it is whoever holds the role, which the same article usually says ("President of
 * Ukraine Volodymyr Zelenskyy"). Pure: values in, values out.
 */
import { normalizeSpacing, parseName } from './names.js';
import { COUNTRIES, DEMONYMS, MULTIWORD_COUNTRIES, STATE_NOUNS } from './speaker-words.js';

/** A head of state or government role: office plus the country it is held in, when the title says. */
export interface Role {
  office: 'president' | 'head-of-state' | 'prime-minister' | 'chancellor' | 'monarch' | 'leader';
  /** Lower-case country key ("ukraine", "us"), or null when the title does not say ("the President"). */
  country: string | null;
}

/** Someone speaking in the same article, with the title the article gave them there. */
export interface ArticlePerson {
  name: string;
  title: string | null;
}

// prettier-ignore
const DEMONYM_COUNTRY: Record<string, string> = {
  ukrainian: 'ukraine', russian: 'russia', american: 'us', british: 'uk', french: 'france',
  german: 'germany', polish: 'poland', belarusian: 'belarus', chinese: 'china', hungarian: 'hungary',
  turkish: 'turkey', israeli: 'israel', iranian: 'iran', lithuanian: 'lithuania', latvian: 'latvia',
  estonian: 'estonia', finnish: 'finland', swedish: 'sweden', norwegian: 'norway', danish: 'denmark',
  dutch: 'netherlands', belgian: 'belgium', italian: 'italy', spanish: 'spain', portuguese: 'portugal',
  irish: 'ireland', canadian: 'canada', australian: 'australia', japanese: 'japan', indian: 'india',
  pakistani: 'pakistan', moldovan: 'moldova', georgian: 'georgia', kazakh: 'kazakhstan', czech: 'czechia',
  slovak: 'slovakia', slovakian: 'slovakia', romanian: 'romania', bulgarian: 'bulgaria', greek: 'greece',
  austrian: 'austria', swiss: 'switzerland', serbian: 'serbia', croatian: 'croatia', syrian: 'syria',
  iraqi: 'iraq', saudi: 'saudi arabia', armenian: 'armenia', azerbaijani: 'azerbaijan',
  uzbek: 'uzbekistan', brazilian: 'brazil', mexican: 'mexico', egyptian: 'egypt',
  emirati: 'united arab emirates', qatari: 'qatar', kremlin: 'russia',
};

// prettier-ignore
const COUNTRY_ALIASES: Record<string, string> = {
  'u.s': 'us', usa: 'us', america: 'us', 'united states': 'us', 'united states of america': 'us',
  'u.k': 'uk', britain: 'uk', 'great britain': 'uk', 'united kingdom': 'uk', 'russian federation': 'russia',
  'czech republic': 'czechia', 'slovak republic': 'slovakia', türkiye: 'turkey', moscow: 'russia',
  kyiv: 'ukraine', kiev: 'ukraine', washington: 'us', 'white house': 'us',
};

/** The country key of a word or words ("Ukrainian", "Ukraine's", "U.S.", "United States"), else null. */
export function countryOf(words: string): string | null {
  const text = normalizeSpacing(words)
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\.$/, '');
  if (COUNTRY_ALIASES[text]) return COUNTRY_ALIASES[text];
  if (DEMONYM_COUNTRY[text]) return DEMONYM_COUNTRY[text];
  if (COUNTRIES.has(text) || MULTIWORD_COUNTRIES.has(text)) return text;
  return null;
}

/** Words that may stand in a head-of-state role phrase besides the office and the country. */
const FILLER = new Set(['the', 'of', 'a', 'an', 'republic', 'federation', 'kingdom', 'current', 'incumbent']);

/**
 * The head-of-state or government role a title names, or null when it names another role or an
 * affiliation: "Adviser to the President of Ukraine" is an adviser, "Head of the Office of the
 * President" heads an office, "President of the Russia-Kazakhstan Forum" presides over a forum.
 */
export function roleOf(title: string | null | undefined): Role | null {
  if (!title) return null;
  const words = normalizeSpacing(title)
    .toLowerCase()
    .replace(/[,;:]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/['’]s$/, '').replace(/\.$/, ''));
  let office: Role['office'] | null = null;
  let country: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const two = `${word} ${words[i + 1] ?? ''}`;
    const three = `${two} ${words[i + 2] ?? ''}`;
    const place = countryOf(three) ?? countryOf(two);
    if (
      place &&
      (MULTIWORD_COUNTRIES.has(three) ||
        MULTIWORD_COUNTRIES.has(two) ||
        COUNTRY_ALIASES[two] ||
        COUNTRY_ALIASES[three])
    ) {
      if (country && country !== place) return null;
      country = place;
      i += MULTIWORD_COUNTRIES.has(three) || COUNTRY_ALIASES[three] ? 2 : 1;
      continue;
    }
    const single = countryOf(word);
    if (single) {
      if (country && country !== single) return null;
      country = single;
      continue;
    }
    if (FILLER.has(word) || STATE_NOUNS.has(word) || DEMONYMS.has(word)) {
      if (DEMONYMS.has(word) && !DEMONYM_COUNTRY[word]) return null; // "Western leader"
      continue;
    }
    if (office) return null; // a second role word: "President's Office", "Vice President", "leader of the opposition"
    if (word === 'president' || word === 'pres') office = 'president';
    else if (word === 'head' && words[i + 1] === 'of' && words[i + 2] === 'state') {
      office = 'head-of-state';
      i += 2;
    } else if ((word === 'prime' && words[i + 1] === 'minister') || word === 'pm' || word === 'premier') {
      office = 'prime-minister';
      if (word === 'prime') i += 1;
    } else if (word === 'chancellor') office = 'chancellor';
    else if (['king', 'queen', 'monarch', 'emperor'].includes(word)) office = 'monarch';
    // "chief" alone is any chief ("Russia's chief rabbi"); "the Kremlin chief" is Russia's leader
    else if (word === 'leader' || (word === 'chief' && words[i - 1] === 'kremlin')) office = 'leader';
    else return null;
  }
  if (!office) return null;
  // "the Kremlin chief" is Russia's leader; a bare "chief" or "leader" of nothing says nothing
  if (office === 'leader' && !country) return null;
  return { office, country };
}

const HOLDS: Record<Role['office'], Role['office'][]> = {
  president: ['president'],
  'head-of-state': ['president', 'monarch', 'head-of-state'],
  'prime-minister': ['prime-minister'],
  chancellor: ['chancellor'],
  monarch: ['monarch'],
  leader: ['president', 'prime-minister', 'chancellor', 'monarch', 'leader', 'head-of-state'],
};

/**
 * Whether someone seen with the title `held` can be the one a role-only mention means. In an article
 * a missing country on either side is no contradiction ("President Zelensky" and "the President of
 * Ukraine"); across articles (`strict`) both must name the same country.
 */
export function holdsRole(wanted: Role, held: Role, options: { strict?: boolean } = {}): boolean {
  if (!HOLDS[wanted.office].includes(held.office)) return false;
  if (options.strict) return !!wanted.country && wanted.country === held.country;
  return !wanted.country || !held.country || wanted.country === held.country;
}

/**
 * Lookup keys for roles, so people can be indexed by the roles they were seen in: a held title gives
 * its own key ("President of Ukraine" → "r:president|ukraine"); a role-only mention (`mention: true`)
 * gives the keys of every role that can answer it ("the Ukrainian leader" → president, prime minister…).
 * Only roles tied to a country have keys: "the President" alone is resolved within its article or not.
 */
export function roleKeys(title: string | null | undefined, options: { mention?: boolean } = {}): string[] {
  const role = roleOf(title);
  if (!role?.country) return [];
  const offices = options.mention ? HOLDS[role.office] : [role.office];
  return offices.map((office) => `r:${office}|${role.country}`);
}

/**
 * The people of the article who came with a role that can answer a role-only mention, one name per
 * person (the fullest form the article gave). Empty when the title names no head role.
 */
export function articleRoleHolders(title: string | null, articlePeople: readonly ArticlePerson[]): string[] {
  const wanted = roleOf(title);
  if (!wanted) return [];
  const holders = new Map<string, string>();
  for (const person of articlePeople) {
    const held = roleOf(person.title);
    const parsed = parseName(person.name);
    // in the article, a country on the mention must be the holder's ("the Latvian leader" is not
    // "President Zelenskyy"); across articles holdsRole is asked with strict anyway
    if (!held || !parsed || !holdsRole(wanted, held, { strict: !!wanted.country })) continue;
    const known = holders.get(parsed.surname);
    if (!known || (parseName(known)?.given.length ?? 0) < parsed.given.length) {
      holders.set(parsed.surname, person.name);
    }
  }
  return [...holders.values()];
}

/**
 * The name of the one person of the article who came with the role a role-only mention names
 * ("the President of Ukraine" → the article's "President of Ukraine Volodymyr Zelenskyy"), or null
 * when nobody or several people could be meant. Someone the article names without any title could
 * hold the role too ("Volodymyr Zelenskyy said" beside "President of Estonia Alar Karis"), so an
 * untitled other person makes the mention ambiguous.
 */
export function roleHolder(title: string | null, articlePeople: readonly ArticlePerson[]): string | null {
  const holders = articleRoleHolders(title, articlePeople);
  if (holders.length !== 1) return null;
  const holder = parseName(holders[0])?.surname;
  const untitledOther = articlePeople.some((p) => !p.title && parseName(p.name)?.surname !== holder);
  return untitledOther ? null : holders[0];
}
