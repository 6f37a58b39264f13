import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span, Statement, TextSpan } from '../model/statement.js';
import { extract } from './index.js';

/*
 * Issue 7, hostile input: whatever the text, extract returns, every offset lies inside the text and every
 * `text` field equals the slice it names. Runs are few and inputs bounded so the suite stays fast; the
 * timing side (linear time on 1 MB adversarial inputs) is bench/adversarial.ts.
 */

const PUBLISHED = '2024-11-30';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function describeText(text: string): string {
  return JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}… (${text.length} chars)` : text);
}

function checkSpan(text: string, span: Span, what: string) {
  const where = `${what} ${JSON.stringify(span)} in ${describeText(text)}`;
  expect(Number.isInteger(span.start), where).toBe(true);
  expect(Number.isInteger(span.end), where).toBe(true);
  expect(span.start, where).toBeGreaterThanOrEqual(0);
  expect(span.end, where).toBeGreaterThanOrEqual(span.start);
  expect(span.end, where).toBeLessThanOrEqual(text.length);
}

function checkTextSpan(text: string, span: TextSpan, what: string) {
  checkSpan(text, span, what);
  expect(span.text, `${what} text in ${describeText(text)}`).toBe(text.slice(span.start, span.end));
}

function checkStatements(text: string, statements: Statement[]) {
  expect(Array.isArray(statements)).toBe(true);
  for (const statement of statements) {
    expect(['direct', 'indirect', 'mixed']).toContain(statement.kind);
    checkTextSpan(text, statement.quote, 'quote');
    for (const part of statement.parts ?? []) checkSpan(text, part, 'part');
    if (statement.speaker.mention) checkTextSpan(text, statement.speaker.mention, 'speaker.mention');
    expect(typeof statement.speaker.name).toBe('string');
    expect(['person', 'organization', 'group', 'unknown']).toContain(statement.speaker.kind);
    if (statement.cue) {
      checkTextSpan(text, statement.cue, 'cue');
      expect(typeof statement.cue.lemma).toBe('string');
    }
    const venue = statement.venue;
    if (venue && (venue.start !== undefined || venue.end !== undefined)) {
      checkTextSpan(text, { start: venue.start ?? -1, end: venue.end ?? -1, text: venue.text }, 'venue');
    }
    if (statement.saidOn) {
      const { from, to, basis } = statement.saidOn;
      expect(['explicit', 'relative', 'published', 'before']).toContain(basis);
      expect(to).toMatch(ISO_DATE);
      if (basis === 'before') expect(from).toBe('');
      else expect(from).toMatch(ISO_DATE);
    }
    expect(Number.isFinite(statement.confidence)).toBe(true);
    expect(statement.confidence).toBeGreaterThanOrEqual(0);
    expect(statement.confidence).toBeLessThanOrEqual(1);
  }
}

function run(text: string): Statement[] {
  const statements = extract({ id: 'property', text, published: PUBLISHED }, { published: PUBLISHED });
  checkStatements(text, statements);
  return statements;
}

// Pieces of news text and the marks that break naive extractors, mixed with arbitrary code units.
const NEWS_PIECES = [
  '"',
  '"',
  '\u201c',
  '\u201d',
  "'",
  '\u2018',
  '\u2019',
  '\u00ab',
  '\u00bb',
  '\u201e',
  '\u2039',
  '\u203a',
  ' said',
  ' said ',
  ' told ',
  ' says ',
  ' added',
  ' warned',
  ' according to ',
  ' has said ',
  ' previously said ',
  'Zelensky',
  ' Volodymyr Zelensky',
  ' he',
  ' She',
  ' they',
  ' the Kremlin',
  ' officials',
  ' Mark Rutte, NATO chief,',
  ', ',
  '. ',
  ': ',
  ' \u2014 ',
  ' -- ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  ' ',
  ' ',
  ' on Friday',
  ' earlier this week',
  ' in September',
  ' on Nov. 13',
  ' yesterday',
  ' told Sky News',
  ' in a statement',
  ' on Telegram',
  ' in an interview with',
  ' (AP) ',
  'Nov. 30 (UPI) --',
  'KYIV, Ukraine (AP) \u2014',
  'Photo by Jane Doe/EPA-EFE',
  '(Photo: Getty Images)',
  ' the war could end',
  ' we will win',
  ' I ',
  ' Mr.',
  ' U.S.',
  ' 3.5',
  '...',
  '\u2026',
  ' \u05e9\u05dc\u05d5\u05dd \u05d0\u05de\u05e8',
  ' \u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633',
  '\u202e',
  '\u202c',
  '\u200f',
  '\u200b',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\ud800',
  '\udfff',
  '\ud83d\ude00',
  '\ud83d',
  '\ue000',
  '\uffff',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS_PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: anyCodeUnit },
);
const hostileText = fc.array(unit, { maxLength: 300 }).map((pieces) => pieces.join(''));

// Plausible attributions (so that statements, and their offsets, really occur), then noise inserted anywhere.
const speakerName = fc.constantFrom(
  'Zelensky',
  'Ukrainian President Volodymyr Zelensky',
  "Mark Rutte, NATO's secretary-general,",
  'he',
  'she',
  'the Kremlin',
  'officials',
  'Mr. Smith',
);
const cueWords = fc.constantFrom(
  'said',
  'told Sky News',
  'added',
  'warned',
  'has said',
  'previously said',
  'wrote on Telegram',
  'said in a statement',
);
const when = fc.constantFrom(
  '',
  ' on Friday',
  ' earlier this week',
  ' last month',
  ' in September',
  ' on Nov. 13',
);
const content = fc
  .array(
    fc.constantFrom(
      'the',
      'war',
      'could',
      'end',
      'NATO',
      'we',
      'will',
      'not',
      'cede',
      'if',
      '\u201chot phase\u201d',
      'in',
      '2022',
    ),
    { minLength: 1, maxLength: 15 },
  )
  .map((words) => words.join(' '));
const openMark = fc.constantFrom('"', '\u201c', '\u00ab', "'", '');
const closeMark = fc.constantFrom('"', '\u201d', '\u00bb', "'", '');
const attributedSentence = fc.oneof(
  fc
    .tuple(openMark, content, closeMark, speakerName, cueWords, when)
    .map(([open, words, close, name, cue, time]) => `${open}${words},${close} ${name} ${cue}${time}.`),
  fc
    .tuple(speakerName, cueWords, when, content)
    .map(([name, cue, time, words]) => `${name} ${cue}${time} ${words}.`),
  fc
    .tuple(openMark, content, closeMark, speakerName, cueWords, content)
    .map(
      ([open, words, close, name, cue, more]) =>
        `${open}${words},${close} ${name} ${cue}, ${open}${more}.${close}`,
    ),
  fc.tuple(speakerName, content).map(([name, words]) => `According to ${name}, ${words}.`),
  fc.tuple(openMark, content, closeMark).map(([open, words, close]) => `${open}${words}.${close}`),
);
const noisyStory = fc
  .tuple(
    fc.array(attributedSentence, { minLength: 1, maxLength: 12 }),
    fc.constantFrom(' ', '\n'),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NEWS_PIECES)), { maxLength: 6 }),
  )
  .map(([sentences, separator, insertions]) => {
    let text = sentences.join(separator);
    for (const [position, piece] of insertions) {
      const at = position % (text.length + 1);
      text = text.slice(0, at) + piece + text.slice(at);
    }
    return text;
  });

describe('extract on hostile input (property-based)', () => {
  it('attributed sentences with noise inserted anywhere: parts lie inside the quote', () => {
    let found = 0;
    fc.assert(
      fc.property(noisyStory, (text) => {
        for (const statement of run(text)) {
          found++;
          for (const part of statement.parts ?? []) {
            expect(part.start).toBeGreaterThanOrEqual(statement.quote.start);
            expect(part.end).toBeLessThanOrEqual(statement.quote.end);
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(found).toBeGreaterThan(100);
  });

  it('arbitrary Unicode strings, control characters and lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        run(text);
      }),
      { numRuns: 150 },
    );
  });

  it('arbitrary UTF-16 code units (lone surrogates anywhere)', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodeUnit, maxLength: 400 }), (text) => {
        run(text);
      }),
      { numRuns: 100 },
    );
  });

  it('mixtures of quotation marks, reporting verbs, names, dates, RTL text and controls', () => {
    let found = 0;
    fc.assert(
      fc.property(hostileText, (text) => {
        found += run(text).length;
      }),
      { numRuns: 300, seed: 20241130 },
    );
    // The pieces are news-like enough that statements (and so offsets) are really being checked.
    expect(found).toBeGreaterThan(0);
  });

  it('thousands of one piece repeated (quote marks, verbs, nested quotes)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NEWS_PIECES), fc.integer({ min: 1000, max: 2500 }), (piece, count) => {
        run(piece.repeat(count));
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('a 100,000-character paragraph with scattered quotes and cues', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NEWS_PIECES), { minLength: 20, maxLength: 60 }), (pieces) => {
        let text = '';
        for (let index = 0; text.length < 100_000; index++) text += pieces[index % pieces.length] + ' word';
        run(text.replaceAll('\n', ' '));
      }),
      { numRuns: 2 },
    );
  }, 120_000);

  it.each([
    ['empty', ''],
    ['only quotes', '"'.repeat(5000)],
    ['alternating curly quotes', '\u201c\u201d'.repeat(3000)],
    ['unclosed curly quotes before cues', '\u201cWe will win, said Zelensky. '.repeat(1000)],
    [
      'deeply nested quotes',
      `${'"\u2018\u201c\u00ab'.repeat(1500)}he said${'\u00bb\u201d\u2019"'.repeat(1500)}`,
    ],
    [
      'right-to-left text with a cue',
      '\u202e\u05e9\u05dc\u05d5\u05dd "\u05d0\u05de\u05e8" said \u0627\u0644\u0631\u0626\u064a\u0633.',
    ],
    ['reporting verbs only', ' said told says added warned'.repeat(2000)],
    [
      'binary bytes',
      Array.from({ length: 4096 }, (_, index) => String.fromCharCode((index * 7919) % 256)).join(''),
    ],
  ])('%s', (_name, text) => {
    run(text);
  });
});
