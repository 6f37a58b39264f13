/**
 * A small language guesser: the dominant script decides non-Latin languages (with a few letters telling
 * Ukrainian, Belarusian and Russian apart), and stopword counts decide among Latin-script languages. It
 * only needs to tell English from the rest reliably, so it samples the first 20,000 characters.
 */

const STOPWORDS: Record<string, string> = {
  en: 'the of and to in is that for it was on with he as at by this from his are be have has not but they said were which an or had their been who would will a i you we our my me she her its',
  de: 'der die und den das ist nicht mit von sich des auf für dem ein eine auch es im zu wird sind nach bei wie aus hat dass oder sie',
  fr: 'le la les et des du est un une que pour dans qui pas sur au avec ce il sont par plus ne se aux été leur cette mais nous',
  es: 'el la los las de que y en del un una por con para es se al lo su como más pero sus fue ha este entre cuando muy sin',
  pt: 'o os de que e do da em um uma para com não por mais na dos das ao se foi como mas seu sua são ele pelo pela',
  it: 'il la di che e è un una non con del della le gli si da sono ma nel alla più anche come dei questo stato ha',
  nl: 'de het een en van dat op te voor niet met zijn die aan er ook als maar bij wordt door nog werd heeft naar',
  pl: 'w na z że się nie do jest o jak po ale przez od za tak dla są co może już tylko był była roku także',
  cs: 'v se na je že s z do o jako by ale pro jsou po které který jeho také už byl bylo podle',
  tr: 've bir bu da de için ile olarak çok daha gibi ama en olan değil kadar sonra ne her göre ancak',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh karena mereka sudah bisa telah',
  sv: 'och att det som en på är av för med till den har inte om ett var jag de sig så från',
  ro: 'și în de la cu pe un o că nu din care este sunt mai pentru fost au sau acest după',
};

/** Each stopword with the languages that list it, in STOPWORDS order (the order scores are kept in). */
const STOPWORD_LANGUAGES = new Map<string, string[]>();
for (const [code, words] of Object.entries(STOPWORDS)) {
  for (const word of new Set(words.split(' '))) {
    const codes = STOPWORD_LANGUAGES.get(word);
    if (codes) codes.push(code);
    else STOPWORD_LANGUAGES.set(word, [code]);
  }
}

/** Length of the longest stopword, in UTF-16 code units: longer words are not looked up. */
const LONGEST_STOPWORD = Math.max(...[...STOPWORD_LANGUAGES.keys()].map((word) => word.length));

/** The stopwords of a to z only, by their letters read as a number in base 27 (a = 1). */
const PLAIN_STOPWORD_LANGUAGES = new Map<number, string[]>();
for (const [word, codes] of STOPWORD_LANGUAGES) {
  if (!/^[a-z]+$/.test(word)) continue;
  let key = 0;
  for (let index = 0; index < word.length; index++) key = key * 27 + (word.charCodeAt(index) - 0x60);
  PLAIN_STOPWORD_LANGUAGES.set(key, codes);
}

/** Keys of words up to LONGEST_STOPWORD letters are exact below this; a longer word's is not looked up. */
const KEY_LIMIT = 27 ** (LONGEST_STOPWORD - 1);

const LETTER = /^\p{L}$/u;
/** Whether each code unit below U+10000 is a letter (\p{L}): 0 not yet asked, 1 yes, 2 no. */
const LETTER_UNIT = new Uint8Array(0x10000);

/** The length in code units of the letter at `index` of `text` (1, or 2 for a surrogate pair), 0 if none. */
function letterLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(index)!;
    if (point > 0xffff) return LETTER.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  let known = LETTER_UNIT[code];
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_UNIT[code] = known;
  }
  return known === 1 ? 1 : 0;
}

/** Letters that hint at one Latin-script language, counted half a stopword each. */
const LETTER_HINTS: Array<[string, string]> = [
  ['pl', 'ąęłńśźż'],
  ['de', 'äöüß'],
  ['es', 'ñ¿¡'],
  ['pt', 'ãõ'],
  ['fr', 'èêëîïœ'],
  ['tr', 'ğış'],
  ['cs', 'ěřů'],
  ['ro', 'ășț'],
];
const HINT_OF = new Map<number, number>();
LETTER_HINTS.forEach(([, letters], index) => {
  for (const letter of letters) HINT_OF.set(letter.charCodeAt(0), index);
});

/**
 * Scripts by UTF-16 code unit ranges, in the order ties are broken (the first with the most letters
 * wins). One pass over the sample counts them all.
 */
const SCRIPTS: Array<[string, Array<[number, number]>]> = [
  ['cyrillic', [[0x0400, 0x04ff]]],
  [
    'arabic',
    [
      [0x0600, 0x06ff],
      [0x0750, 0x077f],
    ],
  ],
  ['hebrew', [[0x0590, 0x05ff]]],
  ['greek', [[0x0370, 0x03ff]]],
  [
    'hangul',
    [
      [0xac00, 0xd7af],
      [0x1100, 0x11ff],
    ],
  ],
  ['kana', [[0x3040, 0x30ff]]],
  ['han', [[0x4e00, 0x9fff]]],
  ['devanagari', [[0x0900, 0x097f]]],
  ['thai', [[0x0e00, 0x0e7f]]],
  ['georgian', [[0x10a0, 0x10ff]]],
  ['armenian', [[0x0530, 0x058f]]],
  [
    'latin',
    [
      [0x41, 0x5a],
      [0x61, 0x7a],
      [0x00c0, 0x024f],
    ],
  ],
];
const LATIN = SCRIPTS.length - 1;
/** Script index of every code unit below U+A000 (0xff: none); the few above are tested directly. */
const SCRIPT_OF = new Uint8Array(0xa000).fill(0xff);
SCRIPTS.forEach(([, ranges], index) => {
  for (const [from, to] of ranges)
    for (let code = from; code <= Math.min(to, 0x9fff); code++) SCRIPT_OF[code] = index;
});
const HANGUL = SCRIPTS.findIndex(([script]) => script === 'hangul');

function scriptOf(code: number): number {
  if (code < 0xa000) return SCRIPT_OF[code];
  return code >= 0xac00 && code <= 0xd7af ? HANGUL : 0xff;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function fromCyrillic(text: string): string {
  const ukrainian = count(text, /[іїєґІЇЄҐ]/g);
  const russian = count(text, /[ыэъёЫЭЪЁ]/g);
  if (count(text, /[ўЎ]/g) > 0 && ukrainian > 0 && count(text, /[иИ]/g) < ukrainian) return 'be';
  if (count(text, /[ђћџљњЂЋЏЉЊ]/g) > 2) return 'sr';
  return ukrainian > russian ? 'uk' : 'ru';
}

function fromArabicScript(text: string): string {
  return count(text, /[پچژگ]/g) > count(text, /[ةى]/g) + 2 ? 'fa' : 'ar';
}

function fromLatin(text: string): string | null {
  const scores = new Map<string, number>();
  // apostrophes stay inside words: the s of "Galloway's" is not the Czech preposition s
  const lower = text.toLowerCase();
  // The words of /\p{L}+(?:['’]\p{L}+)*/gu, scanned by hand (a fraction of the time of matching and
  // collecting them all). A word of a to z only is looked up by a number made of its letters, no
  // string cut out; another is cut out and looked up only when short enough to be a stopword.
  const length = lower.length;
  let index = 0;
  while (index < length) {
    let code = lower.charCodeAt(index);
    if (code < 0x80 && !(code >= 0x61 && code <= 0x7a)) {
      index += 1;
      continue;
    }
    let step = letterLength(lower, index);
    if (step === 0) {
      index += 1;
      continue;
    }
    const start = index;
    let key = 0;
    let plain = true;
    for (;;) {
      while (index < length) {
        code = lower.charCodeAt(index);
        if (code >= 0x61 && code <= 0x7a) {
          // (stops growing past the longest stopword's letters, so it stays a small integer)
          if (key < KEY_LIMIT) key = key * 27 + (code - 0x60);
          index += 1;
          continue;
        }
        step = letterLength(lower, index);
        if (step === 0) break;
        plain = false;
        index += step;
      }
      if ((code === 0x27 || code === 0x2019) && index + 1 < length) {
        step = letterLength(lower, index + 1);
        if (step > 0) {
          plain = false;
          index += 1 + step;
          continue;
        }
      }
      break;
    }
    if (index - start > LONGEST_STOPWORD) continue;
    const codes = plain
      ? PLAIN_STOPWORD_LANGUAGES.get(key)
      : STOPWORD_LANGUAGES.get(lower.slice(start, index));
    if (codes) for (const code of codes) scores.set(code, (scores.get(code) ?? 0) + 1);
  }
  const hints = new Array<number>(LETTER_HINTS.length).fill(0);
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index);
    if (code < 0xa1) continue;
    const hint = HINT_OF.get(code);
    if (hint !== undefined) hints[hint] += 1;
  }
  LETTER_HINTS.forEach(([code], index) => scores.set(code, (scores.get(code) ?? 0) + hints[index] * 0.5));
  let best: string | null = null;
  let bestScore = 0;
  for (const [code, score] of scores) {
    if (score > bestScore) {
      best = code;
      bestScore = score;
    }
  }
  return bestScore >= 2 ? best : null;
}

/** An ISO 639-1 code ("en", "ru", "uk", …), or null when the text is too short or unclear. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const found = new Array<number>(SCRIPTS.length).fill(0);
  for (let index = 0; index < sample.length; index++) {
    const code = sample.charCodeAt(index);
    // plain ASCII is the common case: letters are Latin, the rest no script
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) found[LATIN] += 1;
      continue;
    }
    const script = scriptOf(code);
    if (script !== 0xff) found[script] += 1;
  }
  let topScript = '';
  let topCount = 0;
  let letters = 0;
  const counts = new Map<string, number>();
  SCRIPTS.forEach(([script], index) => {
    counts.set(script, found[index]);
    letters += found[index];
    if (found[index] > topCount) {
      topScript = script;
      topCount = found[index];
    }
  });
  if (letters < 3) return null;
  // Japanese mixes kana with Han; any real share of kana makes it Japanese.
  if ((topScript === 'han' || topScript === 'kana') && (counts.get('kana') ?? 0) > letters * 0.05)
    return 'ja';
  switch (topScript) {
    case 'cyrillic':
      return fromCyrillic(sample);
    case 'arabic':
      return fromArabicScript(sample);
    case 'hebrew':
      return 'he';
    case 'greek':
      return 'el';
    case 'hangul':
      return 'ko';
    case 'han':
      return 'zh';
    case 'devanagari':
      return 'hi';
    case 'thai':
      return 'th';
    case 'georgian':
      return 'ka';
    case 'armenian':
      return 'hy';
    default:
      return fromLatin(sample);
  }
}
