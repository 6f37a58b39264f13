import type { Statement } from '../../model/statement.js';
import { peopleRules, type ArticlePerson, type CanonicalSpeaker, type PeopleRules } from '../people-rules.js';
import type { SaveArticleInput } from '../store.js';
import { quoteKeyNumbers } from './quote-key-number.js';
import { mayBePerson } from './resolve-person.js';
import { articleExtra, articleKeyOf, contentHashOf, dayOf, hash, toJson } from './rows.js';

/**
 * Everything saveArticleIn needs that does not depend on the database: hashes, JSON columns, claim-frame
 * JSON and topics, canonical speakers and quote keys. Pure, so an extraction worker computes it off the
 * writing thread (src/pipeline/parallel-extract.ts) and the writer only runs SQL. The rules-dependent
 * part is tagged: a store with other people rules than the default recomputes it.
 */
export interface PreparedSave {
  articleKey: string;
  contentHash: string;
  extractionHash: string;
  day: string | null;
  /** dateline, captions, extra: the article's JSON columns. */
  articleJson: [string | null, string | null, string | null];
  /** Per statement: parts, cue, venue, frame as stored (JSON text or null). */
  statementJson: [string | null, string | null, string | null, string | null][];
  /** Per statement: the distinct topics of its frame. */
  topics: string[][];
  people: PreparedPeople;
}

/** What the people rules make of the statements: computed with `rules`, used only by a store with them. */
export interface PreparedPeople {
  /** Whether these came from the default rules (peopleRules): the only ones a worker can run. */
  defaultRules: boolean;
  canonical: CanonicalSpeaker[];
  articleNames: string[];
  articlePeople: ArticlePerson[];
  /**
   * Per statement: its distinct quote keys as stored (quoteKeyNumber) when its speaker can resolve to a
   * person, else null.
   */
  quoteKeys: (number[] | null)[];
  fingerprints: string[];
}

export function prepareSave(input: SaveArticleInput, rules: PeopleRules = peopleRules): PreparedSave {
  const { article, statements } = input;
  const frames = input.frames ?? [];
  const skippedReason = input.skippedReason ?? null;
  // Each frame serialised once, for its column and for the extraction hash, whose text is that of
  // JSON.stringify([statements, frames, skippedReason]) (stored hashes stay valid).
  const frameJson = frames.map((frame) => toJson(frame ?? null));
  return {
    articleKey: articleKeyOf(article),
    contentHash: contentHashOf(article),
    extractionHash: hash(
      `[${JSON.stringify(statements)},[${frameJson.map((json) => json ?? 'null').join(',')}],${JSON.stringify(skippedReason)}]`,
    ),
    day: dayOf(article.published) ?? article.dateline?.date ?? null,
    articleJson: [
      toJson(article.dateline ?? null),
      toJson(article.captions ?? []),
      toJson(articleExtra(article)),
    ],
    statementJson: statements.map((statement, ordinal) => [
      toJson(statement.parts ?? null),
      toJson(statement.cue),
      toJson(statement.venue),
      frameJson[ordinal] ?? null,
    ]),
    topics: statements.map((_, ordinal) => [...new Set(frames[ordinal]?.topics ?? [])]),
    people: preparePeople(statements, rules),
  };
}

/** The prepared input as `rules` need it: as given when it was made with them, else recomputed. */
export function preparedFor(input: SaveArticleInput, rules: PeopleRules): PreparedSave {
  const prepared = input.prepared;
  if (!prepared) return prepareSave(input, rules);
  if (prepared.people.defaultRules && rules === peopleRules) return prepared;
  return { ...prepared, people: preparePeople(input.statements, rules) };
}

function preparePeople(statements: Statement[], rules: PeopleRules): PreparedPeople {
  const canonical = statements.map((statement) => rules.canonicalizeSpeaker(statement.speaker));
  const personSpeakers = canonical.filter((speaker) => speaker.kind === 'person');
  // A bare surname in this article stands for the full name this article introduced (ledger rules).
  const articleNames = [
    ...new Set(
      personSpeakers.filter((speaker) => rules.isFullName(speaker.name)).map((speaker) => speaker.name),
    ),
  ];
  // Who spoke here in which role, so "the President of Ukraine" finds "Ukrainian President Olena Petrenko".
  const articlePeople = personSpeakers.map((speaker) => ({
    name: rules.expandFromArticle(speaker.name, articleNames) ?? speaker.name,
    title: speaker.title,
  }));
  // only attributed quotes are keyed: speakers resolvePerson turns away at once need none. A quote's
  // fingerprint is asked for right after its keys, which normalised its words (dedup keeps that answer).
  const quoteKeys: (number[] | null)[] = [];
  const fingerprints: string[] = [];
  for (const { speaker, quote } of statements) {
    quoteKeys.push(mayBePerson(speaker) ? quoteKeyNumbers(rules.quoteKeys(quote.text)) : null);
    fingerprints.push(rules.quoteFingerprint(quote.text));
  }
  return {
    defaultRules: rules === peopleRules,
    canonical,
    articleNames,
    articlePeople,
    quoteKeys,
    fingerprints,
  };
}
