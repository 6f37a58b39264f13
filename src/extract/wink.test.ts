import { describe, expect, it } from 'vitest';
import { analyse } from './analyse.js';
import { extract } from './index.js';
import { tokenize } from '../ledger/tokenize.js';

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
