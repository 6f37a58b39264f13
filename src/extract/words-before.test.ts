import { describe, expect, it } from 'vitest';
import { wordsBefore } from './resolve-speakers.js';

// wordsBefore reads with indexOf what the expression it replaced matched: the same words, in order and
// without overlap. Sentences written for these tests; the people are invented.
const byExpression = (text: string, name: string): string[] => {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(\\p{L}+)\\.? ${escaped}\\b`, 'gu'))].map((match) => match[1]);
};

describe('the word written before each mention of a name', () => {
  it.each([
    ['Mr Lee said so. Later Dr. Lee left.', 'Lee', ['Mr', 'Dr']],
    // a mention right after another ends no match of its own: the word before it is the name itself
    ['Mr Lee Lee said', 'Lee', ['Mr']],
    ['Lee Lee Lee', 'Lee', ['Lee']],
    // a word character right after the name is no mention ("Lee_x", "Lee2"); a hyphen is
    ['Ann Lee_x and Bob Lee2, then Cy Lee-Smith', 'Lee', ['Cy']],
    ['Zoë Lee met Łukasz Lee', 'Lee', ['Zoë', 'Łukasz']],
    // letters beyond the Basic Multilingual Plane are letters; a lone surrogate is not
    ['𝐀𝐁 Lee and \udc00 Lee', 'Lee', ['𝐀𝐁']],
    ['Jo.. Lee and 12 Lee and (Lee', 'Lee', []],
    // \b after a name ending in a full stop wants a word character next, as the expression did
    ['a Co. Ltd and Acme Co. said', 'Co.', []],
    ['Acme Co.x', 'Co.', ['Acme']],
    ['Minister Ann Lee and Ann Lee', 'Ann Lee', ['Minister', 'and']],
  ])('%j, %j', (text, name, words) => {
    expect(wordsBefore(text, name)).toEqual(words);
    expect(wordsBefore(text, name)).toEqual(byExpression(text, name));
  });
});
