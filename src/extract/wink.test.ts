import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { extract } from './index.js';
import { tokenize } from '../ledger/tokenize.js';
import { nlpForDocument, rawDocument } from './wink.js';

// Words no model knows, so nothing read earlier in this process can have taught them.
const LATER = 'Karvia must stop supporting Veldonqa’s war, the minister Ilse Varnoq said on Friday.';
const EARLIER = 'The crowd in Veldgrad was bigger than Veldonqa’s. Ilse Varnoq’s.';

describe('wink-nlp: a document reads the same whatever was read before', () => {
  it('tokenises an unknown possessive the same before and after the word was seen at a sentence end', () => {
    const before = analyse(LATER).tokens.map((token) => token.value);
    analyse(EARLIER);
    const after = analyse(LATER).tokens.map((token) => token.value);
    expect(after).toEqual(before);
    expect(before).toContain('Veldonqa');
  });

  it('reads remembered plain words and numbers as it read them the first time', () => {
    const text = 'Orvelka Trannis said 12,345.6 tonnes of Brenvik grain, worth 1,200 zlivs, left Orvelka.';
    const first = analyse(text).tokens.map((token) => `${token.value}/${token.pos}@${token.start}`);
    analyse('Trannis, Brenvik and Orvelka; 12,345.6 and 1,200 zlivs. Orvelka’s Brenvik-Trannis.');
    expect(analyse(text).tokens.map((token) => `${token.value}/${token.pos}@${token.start}`)).toEqual(first);
    expect(first.slice(0, 2)).toEqual(['Orvelka/PROPN@0', 'Trannis/PROPN@8']);
  });

  it('tags a number first met glued to an abbreviation as a fresh reading tags it', () => {
    // "No.7321" is read before the sentence: wink remembers "7321" from it (as a word, before the fix)
    analyse('The deal, No.7321, was signed.');
    const tags = analyse('In 2020 we earned 7321 billion rubles, the minister said.').tokens.map(
      (token) => `${token.value}/${token.pos}`,
    );
    // what a process that never saw "No.7321" says
    expect(tags).toContain('7321/NUM');
  });

  it('extracts and frames the same statements either way', () => {
    const article = { id: 'a', text: LATER, published: '2024-11-30' };
    const firstStatements = extract(article);
    const firstTokens = tokenize(LATER).map((token) => token.text);
    extract({ id: 'b', text: `${EARLIER} Zorvath’s said so.`, published: '2024-11-30' });
    tokenize(`${EARLIER} Zorvath’s`);
    expect(extract(article)).toEqual(firstStatements);
    expect(tokenize(LATER).map((token) => token.text)).toEqual(firstTokens);
    expect(firstStatements.map((statement) => statement.speaker.name)).toEqual(['Ilse Varnoq']);
  });
});

describe('wink-nlp: the document read directly', () => {
  // Sentences written for this test: contractions, non-breaking and other spaces, a line break, a number.
  const TEXTS = [
    'The mayor said:\u00a0"We can\u2019t wait." She didn\'t  agree.\n\nIlse Varnoq, 54, left at 9.30pm.',
    'Orvelka\u2009Trannis\tsaid  12,345.6 tonnes   were sold.',
    'Fine.',
  ];

  it.each(TEXTS)('gives the values, spaces and tags out() gives: %s', (text) => {
    const nlp = nlpForDocument();
    const doc = nlp.readDoc(text);
    const raw = rawDocument(doc)!;
    const values = doc.tokens().out(nlp.its.value) as string[];
    const spaces = doc.tokens().out(nlp.its.precedingSpaces) as string[];
    const tags = doc.tokens().out(nlp.its.pos) as string[];
    expect(raw.numOfTokens).toBe(values.length);
    for (let i = 0; i < values.length; i++) {
      expect(raw.cache.value(raw.tokens[i * 4])).toBe(values[i]);
      const count = raw.tokens[i * 4 + 1] & 0xffff;
      expect(count < 0xffff ? count : raw.nonBreakingSpaces[i].length).toBe(spaces[i].length);
      expect(raw.cache.valueOf('pos', (raw.tokens[i * 4 + 2] & 0x3f00000) >>> 20)).toBe(tags[i]);
    }
  });

  it('has no document for a text of no tokens', () => {
    const nlp = nlpForDocument();
    expect(rawDocument(nlp.readDoc('   '))).toBeNull();
  });

  it('maps tokens back to their offsets in the text', () => {
    const text = TEXTS[0];
    for (const token of analyse(text).tokens) expect(text.slice(token.start, token.end)).toBe(token.value);
  });
});
