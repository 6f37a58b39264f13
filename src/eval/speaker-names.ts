/**
 * Speaker-name agreement exactly as ../shared/eval/README.md defines "reference accuracy": lower-case
 * both, drop possessive 's, honorifics and titles; agree when the token lists are equal, when one
 * token set contains the other, or when the last tokens are equal and the first tokens share a letter.
 */

const TITLE_PHRASES = [
  'prime minister',
  'foreign minister',
  'defense minister',
  'defence minister',
  'secretary general',
  'secretary-general',
  'secretary of state',
  'president-elect',
  'vice president',
  'first lady',
  'white house press secretary',
  'press secretary',
  'attorney general',
  'chief executive',
  'house speaker',
];

const TITLE_WORDS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'rev',
  'reverend',
  'president',
  'presidents',
  'chancellor',
  'minister',
  'secretary',
  'senator',
  'sen',
  'rep',
  'representative',
  'governor',
  'gov',
  'mayor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'general',
  'gen',
  'col',
  'colonel',
  'lt',
  'capt',
  'captain',
  'admiral',
  'judge',
  'justice',
  'ambassador',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'director',
  'commissioner',
  'premier',
  'speaker',
  'leader',
  'candidate',
  'nominee',
  'deputy',
  'sheriff',
  'chief',
  'officer',
  'the',
]);

export function nameTokens(name: string): string[] {
  let text = name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[’`]/g, "'");
  for (const phrase of TITLE_PHRASES) text = text.split(phrase).join(' ');
  return text
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((token) => token.replace(/^[-']+|[-'.]+$/g, ''))
    .filter((token) => token.length > 0 && !TITLE_WORDS.has(token.replace(/\.$/, '')));
}

/**
 * Whether a predicted speaker names no one in particular: no speaker, or a description with no capital
 * in it ("officials", "researchers", "the report", "one anonymous poster"), or a group whose head word
 * has none ("Ukrainian officials", "Ukraine's top officials", "US intelligence officials": a nationality
 * or a place qualifies the group, it does not name a member), or a speaker of kind `unknown`. A gold
 * attribution whose speaker is null (a group, an unnamed source, an agentless passive:
 * eval/gold/README.md) agrees with exactly these.
 */
export function namesNoOne(predicted: { name: string | null; kind: string } | null | undefined): boolean {
  if (!predicted || !predicted.name || predicted.kind === 'unknown') return true;
  if (predicted.kind === 'group') return !/\p{Lu}/u.test(headWord(predicted.name));
  return !/\p{Lu}/u.test(predicted.name);
}

/** The last word of a description, its head in English ("Ukrainian officials" → "officials"). */
function headWord(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1];
}

export function speakerNamesAgree(
  predicted: string | null | undefined,
  gold: string | null | undefined,
): boolean {
  if (!predicted || !gold) return false;
  const a = nameTokens(predicted);
  const b = nameTokens(gold);
  if (a.length === 0 || b.length === 0) return false;
  if (a.length === b.length && a.every((token, index) => token === b[index])) return true;
  const setA = new Set(a);
  const setB = new Set(b);
  if ([...setA].every((token) => setB.has(token)) || [...setB].every((token) => setA.has(token))) return true;
  return a[a.length - 1] === b[b.length - 1] && a[0][0] === b[0][0];
}
