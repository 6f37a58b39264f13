import { describe, expect, it } from 'vitest';
import { extract } from '../extract/index.js';
import type { StatementRecord } from '../model/ledger.js';
import { visibleText } from '../../test/e2e/visible-text.js';
import { renderArticleBody } from './article-body.js';

/** Extracted statements as the store would return them (the fields the renderer reads). */
function recordsOf(text: string): StatementRecord[] {
  return extract({ text, published: '2024-12-10' }).map((statement, index) => ({
    ...statement,
    id: `s${index}`,
    articleId: 'a',
    personId: null,
    published: '2024-12-10',
    outlet: null,
    articleTitle: null,
    frame: null,
    sightings: 0,
  }));
}

describe('renderArticleBody', () => {
  it.each([
    'Analyst Jane Doe said: "Talks on NATO <script>window.x=1</script> are stalling </mark><img src=x onerror=alert(1)> now."',
    'NATO Secretary-General Pieter Vonk said on Wednesday that allies must spend more, and "do it now & fast."',
    'Jane Doe said: "A `template` \' and " onmouseover="alert(1)" stay text."',
  ])('keeps the text exactly and lets no markup through: %s', (text) => {
    const statements = recordsOf(text);
    const markup = renderArticleBody(text, statements).value;
    expect(visibleText(markup)).toBe(text);
    expect(markup).not.toMatch(/<(script|img)\b/);
    expect(markup).not.toMatch(/\son\w+="/);
    for (const statement of statements) expect(markup).toContain(`id="s-${statement.id}"`);
  });

  it('highlights quote, speaker mention and cue through their offsets', () => {
    const text = 'NATO Secretary-General Pieter Vonk said on Wednesday that allies must spend more.';
    const statements = recordsOf(text);
    expect(statements.length).toBeGreaterThan(0);
    const markup = renderArticleBody(text, statements).value.replace(/\s+/g, ' ');
    const quote = statements[0].quote.text;
    expect(markup).toMatch(new RegExp(`<mark class="hl hl-quote[^>]*>${quote}</mark ?>`));
    expect(markup).toMatch(/<mark class="hl hl-cue"[^>]*>said<\/mark ?>/);
    expect(markup).toMatch(/<mark class="hl hl-speaker"[^>]*>[^<]*Pieter Vonk<\/mark ?>/);
  });

  it('survives spans outside the text and overlapping spans', () => {
    const text = 'Jane Doe said that talks were stalling.';
    const [statement] = recordsOf(text);
    const broken = [
      { ...statement, id: 'x1', quote: { start: 5, end: 500, text: '' } },
      { ...statement, id: 'x2', quote: { start: -3, end: 4, text: '' } },
      { ...statement, id: 'x3' },
      { ...statement, id: 'x4' },
    ];
    expect(visibleText(renderArticleBody(text, broken).value)).toBe(text);
  });
});
