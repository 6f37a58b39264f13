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

const STOPWORD_SETS: Array<[string, Set<string>]> = Object.entries(STOPWORDS).map(([code, words]) => [
  code,
  new Set(words.split(' ')),
]);

const LETTER_HINTS: Array<[string, RegExp]> = [
  ['pl', /[ąęłńśźż]/g],
  ['de', /[äöüß]/g],
  ['es', /[ñ¿¡]/g],
  ['pt', /[ãõ]/g],
  ['fr', /[èêëîïœ]/g],
  ['tr', /[ğış]/g],
  ['cs', /[ěřů]/g],
  ['ro', /[ășț]/g],
];

const SCRIPTS: Array<[string, RegExp]> = [
  ['cyrillic', /[\u0400-\u04ff]/g],
  ['arabic', /[\u0600-\u06ff\u0750-\u077f]/g],
  ['hebrew', /[\u0590-\u05ff]/g],
  ['greek', /[\u0370-\u03ff]/g],
  ['hangul', /[\uac00-\ud7af\u1100-\u11ff]/g],
  ['kana', /[\u3040-\u30ff]/g],
  ['han', /[\u4e00-\u9fff]/g],
  ['devanagari', /[\u0900-\u097f]/g],
  ['thai', /[\u0e00-\u0e7f]/g],
  ['georgian', /[\u10a0-\u10ff]/g],
  ['armenian', /[\u0530-\u058f]/g],
  ['latin', /[A-Za-z\u00c0-\u024f]/g],
];

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
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  for (const word of words) {
    for (const [code, set] of STOPWORD_SETS) {
      if (set.has(word)) scores.set(code, (scores.get(code) ?? 0) + 1);
    }
  }
  const lower = text.toLowerCase();
  for (const [code, pattern] of LETTER_HINTS) {
    scores.set(code, (scores.get(code) ?? 0) + count(lower, pattern) * 0.5);
  }
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
  let topScript = '';
  let topCount = 0;
  let letters = 0;
  const counts = new Map<string, number>();
  for (const [script, pattern] of SCRIPTS) {
    const found = count(sample, pattern);
    counts.set(script, found);
    letters += found;
    if (found > topCount) {
      topScript = script;
      topCount = found;
    }
  }
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
