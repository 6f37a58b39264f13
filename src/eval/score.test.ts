import { describe, expect, it } from 'vitest';
import type { Statement } from '../model/statement.js';
import { formatSaidOn, matchDocument, scoreDocuments, type GoldDocument } from './score.js';
import { namesNoOne, speakerNamesAgree } from './speaker-names.js';

const text = 'Anna Berg said the bridge will open in May. "It is ready," the mayor told reporters.';
//            0         1         2         3         4         5         6         7         8
//            0123456789012345678901234567890123456789012345678901234567890123456789012345678901234

function statement(start: number, end: number, options: Partial<Statement> = {}): Statement {
  return {
    kind: 'indirect',
    quote: { start, end, text: text.slice(start, end) },
    speaker: { name: 'Anna Berg', kind: 'person', mention: { start: 0, end: 9, text: 'Anna Berg' } },
    cue: { start: 10, end: 14, text: 'said', lemma: 'say' },
    venue: null,
    saidOn: null,
    confidence: 0.9,
    ...options,
  };
}

const gold: GoldDocument = {
  id: 'doc',
  text,
  published: '2024-05-02',
  attributions: [
    { content: [[15, 42]], source: [[0, 9]], cue: [[10, 14]], speaker: 'Anna Berg', direct: false },
    { content: [[44, 58]], source: [[59, 68]], cue: [[69, 73]], speaker: 'Anna Berg', direct: true },
  ],
};

describe('matchDocument', () => {
  it.each([
    { name: 'full overlap matches at both thetas', pred: [15, 42], theta: 0.8, matches: 1 },
    { name: 'half overlap matches at 0.3 only', pred: [28, 42], theta: 0.3, matches: 1 },
    { name: 'half overlap fails at 0.8', pred: [28, 42], theta: 0.8, matches: 0 },
    { name: 'exactly theta is not enough (strictly greater)', pred: [15, 23], theta: 0.3, matches: 0 },
  ])('$name', ({ pred, theta, matches }) => {
    const found = matchDocument(
      { gold: { ...gold, attributions: [gold.attributions[0]] }, predicted: [statement(pred[0], pred[1])] },
      theta,
    );
    expect(found).toHaveLength(matches);
  });

  it('gives each prediction to one gold attribution only, in gold order', () => {
    const wide = statement(15, 58);
    const found = matchDocument({ gold, predicted: [wide] }, 0.3);
    expect(found).toHaveLength(1);
    expect(found[0].gold).toBe(gold.attributions[0]);
  });
});

describe('scoreDocuments', () => {
  it('computes precision, recall, accuracies and who-said-what', () => {
    const predicted = [
      statement(15, 42),
      statement(44, 58, {
        kind: 'direct',
        speaker: { name: 'Mayor Berg', kind: 'person', mention: { start: 59, end: 68, text: 'the mayor' } },
        cue: { start: 69, end: 73, text: 'Told', lemma: 'tell' },
      }),
      statement(74, 83, { speaker: { name: 'Carl Ode', kind: 'person', mention: null } }),
    ];
    const report = scoreDocuments([{ gold, predicted }]);
    const low = report.at[0];
    expect(low.matched).toBe(2);
    expect(low.precision).toBeCloseTo(2 / 3);
    expect(low.recall).toBe(1);
    expect(low.speakerMention.value).toBe(1);
    expect(low.cue.value).toBe(1);
    expect(low.reference.value).toBe(1);
    expect(low.whoSaidWhat?.f1).toBeCloseTo(0.8);
    expect(low.directRecall.value).toBe(1);
  });

  it('counts a null mention as right only for floating gold quotes', () => {
    const floating: GoldDocument = {
      ...gold,
      attributions: [{ content: [[44, 58]], source: [], cue: [], speaker: 'Anna Berg', direct: true }],
    };
    const nullMention = statement(44, 58, { speaker: { name: 'Anna Berg', kind: 'person', mention: null } });
    expect(scoreDocuments([{ gold: floating, predicted: [nullMention] }]).at[0].speakerMention.value).toBe(1);
    expect(
      scoreDocuments([{ gold: floating, predicted: [statement(44, 58)] }]).at[0].speakerMention.value,
    ).toBe(0);
  });
});

describe('who-said-what with gold attributions that name no one', () => {
  // "It is ready," the mayor told reporters: annotated as an unnamed source (speaker null).
  const unnamed: GoldDocument = {
    ...gold,
    attributions: [gold.attributions[0], { ...gold.attributions[1], speaker: null }],
  };
  const said = (name: string, kind: 'person' | 'group' | 'unknown') =>
    statement(44, 58, {
      kind: 'direct',
      speaker: { name, kind, mention: { start: 59, end: 68, text: 'the mayor' } },
    });

  it.each([
    { name: 'a description with no capital agrees', speaker: said('the mayor', 'person'), whoSaidWhat: 1 },
    { name: 'a speaker of kind unknown agrees', speaker: said('one poster', 'unknown'), whoSaidWhat: 1 },
    { name: 'a group agrees', speaker: said('officials', 'group'), whoSaidWhat: 1 },
    { name: 'a named person does not', speaker: said('Carl Ode', 'person'), whoSaidWhat: 0.5 },
  ])('$name', ({ speaker, whoSaidWhat }) => {
    const low = scoreDocuments([{ gold: unnamed, predicted: [statement(15, 42), speaker] }]).at[0];
    expect(low.reference.total).toBe(2);
    // Precision over all predictions, recall over all gold (both 2 here).
    expect(low.whoSaidWhat?.f1).toBeCloseTo(whoSaidWhat);
  });

  it('counts predictions in documents without attributions against precision', () => {
    const empty: GoldDocument = { id: 'empty', text, attributions: [] };
    const low = scoreDocuments([
      { gold, predicted: [statement(15, 42)] },
      { gold: empty, predicted: [statement(44, 58)] },
    ]).at[0];
    expect(low.whoSaidWhat?.precision).toBeCloseTo(1 / 2);
    expect(low.whoSaidWhat?.recall).toBeCloseTo(1 / 2);
  });
});

describe('namesNoOne', () => {
  it.each([
    [{ name: 'officials', kind: 'group' }, true],
    [{ name: 'Ukrainian officials', kind: 'group' }, true],
    [{ name: 'Ukraine’s top officials', kind: 'group' }, true],
    [{ name: 'US intelligence officials', kind: 'group' }, true],
    [{ name: 'the Baltic States', kind: 'group' }, false],
    [{ name: 'Sergei Lavrov and Antony Blinken', kind: 'group' }, false],
    [{ name: 'Ukrainian officials', kind: 'organization' }, false],
    [{ name: 'the report', kind: 'organization' }, true],
    [{ name: 'An anonymous poster', kind: 'unknown' }, true],
    [{ name: 'the Kremlin', kind: 'organization' }, false],
    [{ name: 'Volodymyr Zelenskyy', kind: 'person' }, false],
    [null, true],
  ])('%o → %s', (speaker, expected) => {
    expect(namesNoOne(speaker)).toBe(expected);
  });
});

describe('speakerNamesAgree', () => {
  it.each([
    ['Zelensky', 'Volodymyr Zelensky', true],
    ['Ukrainian President Volodymyr Zelensky', 'Volodymyr Zelensky', true],
    ["Trump's", 'Donald Trump', true],
    ['NATO Secretary-General Mark Rutte', 'Mark Rutte', true],
    ['V. Zelensky', 'Volodymyr Zelensky', true],
    ['Jane Smith', 'Mary Smith', false],
    // The README's rule is lenient here: same last token and same first initial agree.
    ['Jane Smith', 'John Smith', true],
    ['Mark Rutte', 'Donald Trump', false],
    ['', 'Donald Trump', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(speakerNamesAgree(a, b)).toBe(expected);
  });
});

describe('formatSaidOn', () => {
  it.each([
    [{ from: '2024-11-29', to: '2024-11-29', text: 'Friday', basis: 'relative' as const }, '2024-11-29'],
    [
      { from: '2024-11-24', to: '2024-11-29', text: 'earlier this week', basis: 'relative' as const },
      '2024-11-24..2024-11-29',
    ],
    [{ from: '', to: '2024-11-30', text: 'previously', basis: 'before' as const }, 'before 2024-11-30'],
  ])('%o → %s', (saidOn, expected) => {
    expect(formatSaidOn(statement(0, 5, { saidOn }))).toBe(expected);
  });
});
