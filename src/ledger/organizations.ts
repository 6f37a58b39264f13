import { foldDiacritics, normalizeSpacing } from './names.js';

/**
 * Organisation names: one key per organisation however the press writes it ("the Kremlin",
 * "Kremlin"; "U.N.", "UN", "United Nations"; "NATO", "Nato"; "Russia's defence ministry",
 * "the Russian Ministry of Defence").
 */

/** Written forms (already reduced by organizationKey's normalisation) → one key. */
// prettier-ignore
const ORGANIZATION_ALIASES: Record<string, string> = {
  un: 'united nations',
  'un security council': 'united nations security council',
  nato: 'nato',
  'north atlantic treaty organization': 'nato',
  'north atlantic alliance': 'nato',
  eu: 'european union',
  'european commission': 'european commission',
  'ec': 'european commission',
  iaea: 'international atomic energy agency',
  'un nuclear watchdog': 'international atomic energy agency',
  icc: 'international criminal court',
  imf: 'international monetary fund',
  who: 'world health organization',
  'world health organisation': 'world health organization',
  unhcr: 'un refugee agency',
  'us': 'united states',
  usa: 'united states',
  'united states of america': 'united states',
  'washington': 'united states',
  pentagon: 'us defence department',
  'us department of defence': 'us defence department',
  'department of defence': 'us defence department',
  'state department': 'us state department',
  'us department of state': 'us state department',
  'department of state': 'us state department',
  'white house': 'white house',
  kremlin: 'kremlin',
  moscow: 'russia',
  'russian federation': 'russia',
  kyiv: 'ukraine',
  uk: 'united kingdom',
  britain: 'united kingdom',
  'great britain': 'united kingdom',
  london: 'united kingdom',
  beijing: 'china',
  'peoples republic china': 'china',
  kiev: 'ukraine',
  'ukrainian general staff': 'ukraine armed forces general staff',
  'general staff of ukraine armed forces': 'ukraine armed forces general staff',
  'ukrainian armed forces general staff': 'ukraine armed forces general staff',
  'ukraine general staff': 'ukraine armed forces general staff',
  'ukraine military': 'ukraine armed forces',
  'ukrainian military': 'ukraine armed forces',
  'ukrainian army': 'ukraine armed forces',
  'ukrainian armed forces': 'ukraine armed forces',
  'armed forces of ukraine': 'ukraine armed forces',
  'russian military': 'russia armed forces',
  'russian army': 'russia armed forces',
  'russian armed forces': 'russia armed forces',
  'isw': 'institute for study of war',
  'institute for study of war': 'institute for study of war',
};

/** Country names and their adjectives: "Russia's", "Russian" → "russia". */
// prettier-ignore
const COUNTRY_FORMS: Record<string, string> = {
  russian: 'russia', ukrainian: 'ukraine', ukraine: 'ukraine', russia: 'russia', american: 'us',
  'us': 'us', british: 'uk', uk: 'uk', britain: 'uk', french: 'france', france: 'france', german: 'germany',
  germany: 'germany', polish: 'poland', poland: 'poland', belarusian: 'belarus', belarus: 'belarus',
  chinese: 'china', china: 'china', turkish: 'turkey', turkey: 'turkey',
};

/** Words that make a speaker an organisation rather than a person ("the defence ministry said"). */
// prettier-ignore
export const ORGANIZATION_HEADS = new Set([
  'kremlin', 'pentagon', 'ministry', 'government', 'office', 'department', 'council', 'commission',
  'army', 'military', 'forces', 'police', 'agency', 'committee', 'parliament', 'duma', 'rada', 'staff',
  'command', 'service', 'services', 'administration', 'embassy', 'court', 'nato', 'un', 'eu', 'union',
  'nations', 'organization', 'organisation', 'institute', 'company', 'corporation', 'group', 'bank',
  'fund', 'party', 'cabinet', 'presidency', 'guard', 'navy', 'headquarters', 'directorate', 'alliance',
  'agence', 'presse', 'press', 'associated', 'g7', 'g20', 'conference', 'states', 'kingdom', 'federation', 'emirates', 'republic', 'treasury', 'affairs', 'watchdog', 'iaea', 'icc', 'imf', 'who', 'unhcr', 'unicef', 'house', 'prosecutor', "prosecutor's",
  'inc', 'ltd', 'gazprom', 'wagner', 'isw', 'tass', 'ria', 'reuters', 'interfax', 'belta', 'ukrinform',
  'media', 'newspaper', 'network', 'channel', 'center', 'centre', 'movement', 'mission', 'secretariat',
]);

/** Nouns that name a kind of organisation, not one organisation: "the Ministry" alone could be any. */
// prettier-ignore
const GENERIC_HEADS = new Set([
  'ministry', 'government', 'office', 'department', 'council', 'commission', 'army', 'military', 'forces',
  'police', 'agency', 'committee', 'parliament', 'staff', 'command', 'service', 'services',
  'administration', 'embassy', 'court', 'organization', 'organisation', 'institute', 'company',
  'corporation', 'group', 'bank', 'fund', 'party', 'cabinet', 'presidency', 'guard', 'navy',
  'headquarters', 'directorate', 'watchdog', 'prosecutor', 'prosecutors', 'media', 'newspaper',
  'network', 'channel', 'center', 'centre', 'movement', 'mission', 'secretariat', 'affairs', 'conference',
  'press', 'agency', 'general', 'armed', 'central', 'foreign', 'defence', 'defense', 'interior',
  'finance', 'justice', 'health', 'energy', 'economy', 'security', 'national', 'state', 'news',
  'intelligence', 'federal', 'regional', 'city', 'local', 'joint', 'presidential', 'emergency',
  'the', 'of', 'for', 'and', 'on', 'a', 'an',
]);

const KNOWN_KEYS = new Set(Object.values(ORGANIZATION_ALIASES));

/** Whether the name is one of the organisations the alias table knows ("White House", "Kremlin", "U.N."). */
export function isKnownOrganization(name: string): boolean {
  return KNOWN_KEYS.has(organizationKey(name));
}

/** Whether an organisation name says which organisation it is ("Russian Defence Ministry"), not only what kind ("the ministry"). */
export function isSpecificOrganization(name: string): boolean {
  const key = organizationKey(name);
  if (KNOWN_KEYS.has(key)) return true;
  return key.split(' ').some((word) => word && !GENERIC_HEADS.has(word));
}

/** One comparison key per organisation. */
export function organizationKey(name: string): string {
  let s = foldDiacritics(normalizeSpacing(name)).toLowerCase();
  s = s
    .replace(/\b[a-z](?:\.[a-z])+\.?(?![a-z])/g, (m) => m.replace(/\./g, '')) // "u.s." / "u.s" → "us"
    .replace(/['’]s\b/g, '')
    .replace(/['’"]/g, '')
    .replace(/[^a-z0-9&]+/g, ' ')
    .replace(/\bdefense\b/g, 'defence')
    .replace(/\borganisation\b/g, 'organization')
    .replace(/\b(the|of|for)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "ministry defence russia" (from "Ministry of Defence of Russia") and "russia defence ministry"
  const ministry = /^(?:(\w+) )?ministry (\w+)(?: (\w+))?$/.exec(s);
  if (ministry) {
    const country =
      COUNTRY_FORMS[ministry[1] ?? ''] ??
      COUNTRY_FORMS[ministry[3] ?? ''] ??
      ministry[1] ??
      ministry[3] ??
      '';
    s = `${country} ${ministry[2]} ministry`.trim();
  }
  const words = s.split(' ');
  if (words.length > 1 && COUNTRY_FORMS[words[0]] && words[words.length - 1] === 'ministry') {
    words[0] = COUNTRY_FORMS[words[0]];
    s = words.join(' ');
  }
  return ORGANIZATION_ALIASES[s] ?? s;
}
