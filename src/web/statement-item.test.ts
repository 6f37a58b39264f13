import { describe, expect, it } from 'vitest';
import { markTerms, sameOutlet, termPattern } from './statement-item.js';

describe('markTerms', () => {
  it.each([
    [
      'territory',
      'no territories, no territorial deal',
      'no <mark class="hit">territories</mark>, no <mark class="hit">territorial</mark> deal',
    ],
    [
      'NATO',
      'NATO membership, not NATOs',
      '<mark class="hit">NATO</mark> membership, not <mark class="hit">NATOs</mark>',
    ],
    ['cede land', 'he ceded land', 'he <mark class="hit">ceded</mark> <mark class="hit">land</mark>'],
    ['nato', 'senator', 'senator'],
    ['<script>', 'a <script> tag', 'a &lt;<mark class="hit">script</mark>&gt; tag'],
  ])('%j in %j', (query, text, expected) => {
    const pattern = termPattern(query);
    expect(pattern).not.toBeNull();
    expect(markTerms(text, pattern!).value).toBe(expected);
  });

  it('has no pattern for a query without words', () => {
    expect(termPattern('  "" ')).toBeNull();
    expect(termPattern(undefined)).toBeNull();
  });
});

describe('sameOutlet', () => {
  it.each([
    ['the Harbour Times', 'Harbour Times', true],
    ['Sky News', 'Harbour Times', false],
    ['Sky News', null, false],
  ])('%j vs %j', (venue, outlet, expected) => {
    expect(sameOutlet(venue, outlet)).toBe(expected);
  });
});
