import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../model/article.js';
import type { ClaimFrame, Shift } from '../model/ledger.js';
import type { Statement } from '../model/statement.js';
import type { Store } from './store.js';

/**
 * The one behaviour both backends must have. Each backend's test file calls this with a factory that
 * returns a fresh, empty store. Articles and statements are written here by hand (no extractor), so
 * the suite tests the store alone.
 */
export interface StoreFactory {
  open(): Promise<Store>;
  /** Opens the same database again (a second connection / process view). */
  reopen?(): Promise<Store>;
}

/** Builds a statement whose quote text is the slice of `text` it names. */
export function statementIn(
  text: string,
  quote: string,
  speaker: string,
  extra: Partial<Statement> & { title?: string } = {},
): Statement {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" is not in the text`);
  const mentionStart = text.indexOf(speaker);
  const { title, ...rest } = extra;
  return {
    kind: 'direct',
    quote: { start, end: start + quote.length, text: quote },
    speaker: {
      name: speaker,
      kind: 'person',
      mention:
        mentionStart >= 0 ? { start: mentionStart, end: mentionStart + speaker.length, text: speaker } : null,
      ...(title ? { title } : {}),
    },
    cue: null,
    venue: null,
    saidOn: null,
    confidence: 0.9,
    ...rest,
  };
}

const TEXT_A =
  'KYIV (Wire) -- President Anna Kovalenko said on Friday: "We will never cede our land." ' +
  'Kovalenko also told reporters the harvest was good. "Grain prices will fall," Mark Olsen said.';
const TEXT_B =
  'Anna Kovalenko, the president, said in an interview: "We will never cede our land." ' +
  'Critics said the plan was vague.';

function articleA(overrides: Partial<Article> = {}): Article {
  return {
    id: 'wire-1',
    text: TEXT_A,
    title: 'Kovalenko rules out concessions',
    published: '2024-11-30',
    url: 'https://example.org/news/kovalenko-1',
    outlet: 'Example Wire',
    byline: 'By A. Reporter',
    dateline: { text: 'KYIV (Wire) --', start: 0, end: 14, place: 'Kyiv', agency: 'Wire', date: null },
    captions: [{ text: 'Anna Kovalenko in Kyiv.', credit: 'Photo: Wire' }],
    language: 'en',
    source: 'fixture-a.txt',
    ...overrides,
  };
}

function statementsA(text = TEXT_A): Statement[] {
  return [
    statementIn(text, '"We will never cede our land."', 'Anna Kovalenko', {
      title: 'President',
      cue: { start: text.indexOf('said'), end: text.indexOf('said') + 4, text: 'said', lemma: 'say' },
      venue: { text: 'reporters' },
      saidOn: { from: '2024-11-29', to: '2024-11-29', text: 'on Friday', basis: 'relative' },
      parts: [{ start: text.indexOf('"We'), end: text.indexOf('land."') + 6 }],
      confidence: 0.95,
    }),
    statementIn(text, 'the harvest was good', 'Anna Kovalenko', {
      kind: 'indirect',
      speaker: { name: 'Anna Kovalenko', kind: 'person', mention: null },
      saidOn: { from: '', to: '2024-11-30', text: 'previously', basis: 'before' },
    }),
    statementIn(text, '"Grain prices will fall,"', 'Mark Olsen', {
      saidOn: { from: '2024-11-30', to: '2024-11-30', text: '', basis: 'published' },
    }),
  ];
}

function articleB(overrides: Partial<Article> = {}): Article {
  return {
    id: 'paper-2',
    text: TEXT_B,
    title: 'Interview',
    published: '2024-12-02',
    url: 'https://paper.example.com/interview',
    outlet: 'Example Paper',
    language: 'en',
    ...overrides,
  };
}

function statementsB(text = TEXT_B): Statement[] {
  return [
    statementIn(text, '"We will never cede our land."', 'Anna Kovalenko', { title: 'the president' }),
    statementIn(text, 'the plan was vague', 'Critics', {
      kind: 'indirect',
      speaker: { name: 'critics', kind: 'group', mention: null },
    }),
  ];
}

const FRAME: ClaimFrame = {
  predicate: 'cede',
  arguments: ['land'],
  positive: false,
  modality: 'categorical',
  hedges: [],
  conditions: [],
  topics: ['cede-territory'],
};

export function registerStoreContract(name: string, factory: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await factory.open();
    });
    afterEach(async () => {
      await store?.close();
    });

    it('saves an article and keeps every Article and Statement field', async () => {
      const result = await store.saveArticle({
        article: articleA(),
        statements: statementsA(),
        frames: [FRAME, null, null],
      });
      expect(result.status).toBe('new');
      expect(result.statements).toBe(3);
      const record = await store.getArticle(result.articleId);
      expect(record).not.toBeNull();
      const { statements, contentHash, ingestedAt, skippedReason, ...article } = record!;
      expect(article).toEqual(articleA());
      expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(Date.parse(ingestedAt)).not.toBeNaN();
      expect(skippedReason).toBeNull();
      expect(statements).toHaveLength(3);
      for (const [index, expected] of statementsA().entries()) {
        const stored = statements[index];
        const { id, articleId, personId, published, outlet, articleTitle, frame, sightings, ...statement } =
          stored;
        expect(statement).toEqual(expected);
        expect(id).toBeTruthy();
        expect(articleId).toBe(result.articleId);
        expect(personId).toBeTruthy();
        expect(published).toBe('2024-11-30');
        expect(outlet).toBe('Example Wire');
        expect(articleTitle).toBe('Kovalenko rules out concessions');
        expect(frame).toEqual(index === 0 ? FRAME : null);
        expect(sightings).toBe(0);
        expect(await store.getStatement(id)).toEqual(stored);
      }
    });

    it('is idempotent: the same article again is unchanged and adds nothing', async () => {
      const first = await store.saveArticle({ article: articleA(), statements: statementsA() });
      const before = await store.counts();
      const again = await store.saveArticle({
        article: articleA({ source: 'elsewhere/copy.txt' }),
        statements: statementsA(),
      });
      expect(again).toEqual({
        articleId: first.articleId,
        status: 'unchanged',
        statements: 3,
        touchedPeople: [],
      });
      expect(await store.counts()).toEqual(before);
      expect(before).toMatchObject({ articles: 1, statements: 3, people: 2, sightings: 0 });
    });

    it('saveArticles saves a batch as saveArticle would, and rolls back a failing article alone', async () => {
      const broken = statementsB();
      // a quote without text breaks a NOT NULL column: the store refuses this one article
      broken[0] = { ...broken[0], quote: { ...broken[0].quote, text: null as unknown as string } };
      const third = articleB({ id: 'paper-3', url: 'https://paper.example.com/third' });
      const outcomes = await store.saveArticles([
        { article: articleA(), statements: statementsA(), frames: [FRAME, null, null] },
        { article: articleB(), statements: broken },
        { article: third, statements: statementsB() },
        {
          article: articleA({ source: 'again.txt' }),
          statements: statementsA(),
          frames: [FRAME, null, null],
        },
      ]);
      expect(outcomes.map((outcome) => ('result' in outcome ? outcome.result.status : 'error'))).toEqual([
        'new',
        'error',
        'new',
        'unchanged',
      ]);
      expect(await store.getArticle('paper-2')).toBeNull();
      expect((await store.getArticle('wire-1'))!.statements).toHaveLength(3);
      expect((await store.getArticle('paper-3'))!.statements).toHaveLength(2);
      // the failed article's speaker left no trace; the saved ones are owed their shifts
      expect(await store.counts()).toMatchObject({ articles: 2, people: 2, sightings: 1 });
      const first = outcomes[0] as { result: { touchedPeople: string[] } };
      for (const person of first.result.touchedPeople)
        expect(await store.staleShiftPeople()).toContain(person);
    });

    it('replaces the statements of a changed article', async () => {
      const first = await store.saveArticle({ article: articleA(), statements: statementsA() });
      const text = `${TEXT_A} "Prices matter," Mark Olsen added.`;
      const changed = await store.saveArticle({
        article: articleA({ text }),
        statements: [statementsA(text)[2], statementIn(text, '"Prices matter,"', 'Mark Olsen')],
      });
      expect(changed.status).toBe('updated');
      expect(changed.articleId).toBe(first.articleId);
      expect(changed.touchedPeople).toHaveLength(2);
      const record = await store.getArticle(first.articleId);
      expect(record!.text).toBe(text);
      expect(record!.statements.map((statement) => statement.quote.text)).toEqual([
        '"Grain prices will fall,"',
        '"Prices matter,"',
      ]);
      expect((await store.counts()).statements).toBe(2);
      const hits = await store.searchStatements({ q: 'cede land' });
      expect(hits.items).toHaveLength(0);
    });

    it('keys articles by canonical URL, else by id', async () => {
      await store.saveArticle({ article: articleA(), statements: [] });
      const moved = await store.saveArticle({
        article: articleA({
          id: 'other-id',
          url: 'https://EXAMPLE.org/news/kovalenko-1#top',
          title: 'New title',
        }),
        statements: [],
      });
      expect(moved.status).toBe('updated');
      const noUrl = articleB({ url: null });
      expect((await store.saveArticle({ article: noUrl, statements: [] })).status).toBe('new');
      expect((await store.saveArticle({ article: noUrl, statements: [] })).status).toBe('unchanged');
      expect((await store.counts()).articles).toBe(2);
    });

    it('stores hostile text (NUL, lone surrogates, right-to-left) with every quote still equal to its slice', async () => {
      const text = 'A\u0000B "Quote \ud800 with \u0000 NUL and \u202e RTL," Mark Olsen said. \udfff end';
      const quote = '"Quote \ud800 with \u0000 NUL and \u202e RTL,"';
      const result = await store.saveArticle({
        article: { id: 'hostile', text, language: 'en' },
        statements: [statementIn(text, quote, 'Mark Olsen')],
      });
      const stored = await store.getArticle(result.articleId);
      expect(stored!.text).toHaveLength(text.length);
      const [statement] = stored!.statements;
      expect(stored!.text.slice(statement.quote.start, statement.quote.end)).toBe(statement.quote.text);
      expect(
        (
          await store.saveArticle({
            article: { id: 'hostile', text, language: 'en' },
            statements: [statementIn(text, quote, 'Mark Olsen')],
          })
        ).status,
      ).toBe('unchanged');
      expect((await store.searchStatements({ q: 'NUL RTL' })).items).toHaveLength(1);
    });

    it('keeps article fields that have no column of their own (summaryOnly)', async () => {
      const article = articleB({ id: 'feed-1', url: 'https://paper.example.com/full', summaryOnly: true });
      const result = await store.saveArticle({ article, statements: [] });
      const {
        statements: _s,
        contentHash: _h,
        ingestedAt: _i,
        skippedReason: _r,
        ...stored
      } = (await store.getArticle(result.articleId))!;
      expect(stored).toEqual({ ...article, byline: null, dateline: null, captions: [] });
      expect(
        (await store.saveArticle({ article: { ...article, summaryOnly: false }, statements: [] })).status,
      ).toBe('updated');
    });

    it('stores a skipped (non-English) article and counts it', async () => {
      const result = await store.saveArticle({
        article: articleB({
          id: 'fr-1',
          url: null,
          text: 'Le président a dit que la paix est possible.',
          language: 'fr',
        }),
        statements: [],
        skippedReason: 'language fr',
      });
      expect(result.status).toBe('new');
      expect((await store.getArticle(result.articleId))!.skippedReason).toBe('language fr');
      expect(await store.counts()).toMatchObject({ articles: 1, skippedArticles: 1, statements: 0 });
    });

    it('writes nothing of an article whose save fails part-way', async () => {
      const broken = statementsA();
      (broken[2] as { quote: unknown }).quote = { start: 0, end: 1, text: null };
      await expect(store.saveArticle({ article: articleA(), statements: broken })).rejects.toThrow();
      expect(await store.counts()).toMatchObject({ articles: 0, statements: 0, people: 0 });
      expect((await store.listPeople()).items).toEqual([]);
      // and a good save still works afterwards
      expect((await store.saveArticle({ article: articleA(), statements: statementsA() })).status).toBe(
        'new',
      );
    });

    it('resolves one speaker to one person across articles, with titles and dates', async () => {
      const a = await store.saveArticle({ article: articleA(), statements: statementsA() });
      const b = await store.saveArticle({ article: articleB(), statements: statementsB() });
      const personA = (await store.getArticle(a.articleId))!.statements[0].personId;
      const personB = (await store.getArticle(b.articleId))!.statements[0].personId;
      expect(personA).toBe(personB);
      const person = await store.getPerson(personA!);
      expect(person!.name).toBe('Anna Kovalenko');
      expect(person!.aliases).toContain('Anna Kovalenko');
      // titles as the ledger rules canonicalise them, each with the dates it was seen
      expect(person!.titles).toContainEqual({
        title: 'President',
        firstSeen: '2024-11-30',
        lastSeen: '2024-11-30',
      });
      expect(person!.titles).toContainEqual({
        title: expect.stringMatching(/president/i),
        firstSeen: '2024-12-02',
        lastSeen: '2024-12-02',
      });
      // groups are not people
      const critics = (await store.getArticle(b.articleId))!.statements[1];
      expect(critics.personId).toBeNull();
      const people = await store.listPeople();
      expect(people.items.map((item) => item.name)).toEqual(['Anna Kovalenko', 'Mark Olsen']);
      expect(people.items[0]).toMatchObject({ statements: 2, articles: 2, kind: 'person' });
      expect(people.total).toBe(2);
      expect((await store.findPeople('anna kovalenko')).map((item) => item.id)).toEqual([personA]);
    });

    it('applies the ledger name rules: spelling variants and titles are one person, John and Jane Smith two', async () => {
      const speakers: [string, string?][] = [
        ['Volodymyr Zelensky', 'Ukrainian President'],
        ['Zelenskyy'],
        ['Zelenskiy'],
        ['Ukrainian President Volodymyr Zelensky'],
        ['President Zelensky'],
        ['Zelensky'],
        ['John Smith'],
        ['Jane Smith'],
      ];
      for (const [index, [name, title]] of speakers.entries()) {
        const text = `"Statement number ${index}," ${name} said.`;
        await store.saveArticle({
          article: { id: `names-${index}`, text, published: `2024-01-${String(index + 10)}`, language: 'en' },
          statements: [statementIn(text, `"Statement number ${index},"`, name, title ? { title } : {})],
        });
      }
      const people = (await store.listPeople()).items;
      const zelensky = people.filter((person) => /zelensk/i.test(person.name));
      expect(zelensky).toHaveLength(1);
      expect(zelensky[0]).toMatchObject({ name: 'Volodymyr Zelensky', statements: 6, articles: 6 });
      expect(
        people
          .filter((person) => /smith/i.test(person.name))
          .map((person) => person.name)
          .sort(),
      ).toEqual(['Jane Smith', 'John Smith']);
      expect((await store.searchStatements({ speaker: 'Zelenskyy' })).total).toBe(6);
      expect((await store.findPeople('Zelensky')).map((person) => person.id)).toEqual([zelensky[0].id]);
    });

    it('keeps only the titles the people rules accept, never the raw extracted one', async () => {
      const text = 'At the meeting, Mark Olsen said: "Grain prices will fall."';
      const saved = await store.saveArticle({
        article: { id: 'junk-title', text, published: '2024-03-01', language: 'en' },
        statements: [statementIn(text, '"Grain prices will fall."', 'Mark Olsen', { title: 'the meeting' })],
      });
      const personId = (await store.getArticle(saved.articleId))!.statements[0].personId!;
      expect((await store.getPerson(personId))!.titles).toEqual([]);
      expect((await store.listPeople()).items).toMatchObject([{ name: 'Mark Olsen', title: null }]);
    });

    it('gives a role-only mention to the one person of its article in that role, else to nobody', async () => {
      const role = (text: string, quote: string, name: string) =>
        statementIn(text, quote, name, {
          kind: 'indirect',
          speaker: { name, kind: 'unknown', mention: null },
        });
      const one =
        'KYIV -- Ukrainian President Olena Petrenko said the grain corridor would stay open. ' +
        'The President of Ukraine added that talks would resume in spring.';
      const a = await store.saveArticle({
        article: { id: 'role-1', text: one, published: '2024-04-01', language: 'en' },
        statements: [
          statementIn(one, 'the grain corridor would stay open', 'Olena Petrenko', {
            kind: 'indirect',
            title: 'Ukrainian President',
          }),
          role(one, 'talks would resume in spring', 'The President of Ukraine'),
        ],
      });
      const [said, added] = (await store.getArticle(a.articleId))!.statements;
      expect(said.personId).toBeTruthy();
      expect(added.personId).toBe(said.personId);
      expect((await store.listPeople()).items.map((item) => item.name)).toEqual(['Olena Petrenko']);

      // two presidents and a bare "the President": which one is meant cannot be known
      const two =
        'WARSAW -- Ukrainian President Olena Petrenko said the grain corridor would stay open. ' +
        'Polish President Jan Nowak said the border was calm. The President added that talks would resume.';
      const b = await store.saveArticle({
        article: { id: 'role-2', text: two, published: '2024-04-02', language: 'en' },
        statements: [
          statementIn(two, 'the grain corridor would stay open', 'Olena Petrenko', {
            kind: 'indirect',
            title: 'Ukrainian President',
          }),
          statementIn(two, 'the border was calm', 'Jan Nowak', {
            kind: 'indirect',
            title: 'Polish President',
          }),
          role(two, 'talks would resume', 'The President'),
        ],
      });
      const statementsB = (await store.getArticle(b.articleId))!.statements;
      expect(statementsB[0].personId).toBe(said.personId);
      expect(statementsB[2].personId).toBeNull();

      // an article naming nobody: the only person known as Ukraine's president
      const alone = 'The Ukrainian Head of State said the harvest was good.';
      const c = await store.saveArticle({
        article: { id: 'role-3', text: alone, published: '2024-04-03', language: 'en' },
        statements: [role(alone, 'the harvest was good', 'The Ukrainian Head of State')],
      });
      expect((await store.getArticle(c.articleId))!.statements[0].personId).toBe(said.personId);
      // no role became a person of its own
      expect((await store.listPeople()).items.map((item) => item.name).sort()).toEqual([
        'Jan Nowak',
        'Olena Petrenko',
      ]);

      // a split rebuilds the person's lookup keys, and the role she holds stays among them
      const other = '"We disagree," Petrenko said.';
      await store.saveArticle({
        article: { id: 'role-4', text: other, published: '2024-04-04', language: 'en' },
        statements: [statementIn(other, '"We disagree,"', 'Petrenko')],
      });
      expect((await store.getPerson(said.personId!))!.aliases).toContain('Petrenko');
      await store.splitPerson(said.personId!, 'Petrenko');
      const later = 'The President of Ukraine said the roads were open.';
      const d = await store.saveArticle({
        article: { id: 'role-5', text: later, published: '2024-04-05', language: 'en' },
        statements: [role(later, 'the roads were open', 'The President of Ukraine')],
      });
      expect((await store.getArticle(d.articleId))!.statements[0].personId).toBe(said.personId);
    });

    it('lists each person with the title seen in the most articles, the latest on a tie', async () => {
      const save = async (id: string, day: string, title: string, words = 'the budget holds') => {
        const text = `${title} Mark Olsen said "${words}" on ${day}.`;
        await store.saveArticle({
          article: { id, text, published: day, language: 'en' },
          statements: [statementIn(text, `"${words}"`, 'Mark Olsen', { title })],
        });
      };
      const listed = async () => (await store.listPeople()).items.map((item) => [item.name, item.title]);
      await save('t-1', '2024-02-01', 'Prime Minister');
      await save('t-2', '2024-02-02', 'Prime Minister');
      await save('t-3', '2024-02-03', 'Finance Minister');
      expect(await listed()).toEqual([['Mark Olsen', 'Prime Minister']]);
      await save('t-4', '2024-02-04', 'Finance Minister');
      expect(await listed()).toEqual([['Mark Olsen', 'Finance Minister']]);
      // one article updated again and again is still one article
      for (const words of ['the budget holds up', 'the budget holds firm', 'the budget holds well'])
        await save('t-4', '2024-02-04', 'Finance Minister', words);
      await save('t-5', '2024-02-05', 'Prime Minister');
      expect(await listed()).toEqual([['Mark Olsen', 'Prime Minister']]);
      // an update that drops a title takes it back
      await save('t-3', '2024-02-03', 'Prime Minister');
      await save('t-4', '2024-02-04', 'Prime Minister');
      const person = (await store.findPeople('Mark Olsen'))[0];
      expect((await store.getPerson(person.id))!.titles.map((title) => title.title)).toEqual([
        'Prime Minister',
      ]);
    });

    it('counts a syndicated quote once, with its sightings', async () => {
      await store.saveArticle({ article: articleA(), statements: statementsA() });
      await store.saveArticle({ article: articleB(), statements: statementsB() });
      const counts = await store.counts();
      expect(counts.statements).toBe(4); // 3 + critics; the shared quote once
      expect(counts.sightings).toBe(1);
      const hits = await store.searchStatements({ q: 'never cede' });
      expect(hits.items).toHaveLength(1);
      expect(hits.items[0].sightings).toBe(1);
      expect(hits.total).toBe(1);
      // a rewrite that trims the quote is still the same statement; a changed word is not
      const text =
        'Kovalenko said: "We will never cede our land to anyone." She added: "We will never cede our sea."';
      await store.saveArticle({
        article: { id: 'rewrite', text, published: '2024-12-03', language: 'en' },
        statements: [
          statementIn(text, '"We will never cede our land to anyone."', 'Anna Kovalenko'),
          statementIn(text, '"We will never cede our sea."', 'Anna Kovalenko'),
        ],
      });
      expect(await store.counts()).toMatchObject({ statements: 5, sightings: 2 });
      const again = await store.searchStatements({ q: 'never cede' });
      expect(again.items.map((item) => [item.quote.text, item.sightings])).toEqual(
        expect.arrayContaining([
          ['"We will never cede our land."', 2],
          ['"We will never cede our sea."', 0],
        ]),
      );
    });

    it('searches ranked full text with filters', async () => {
      await store.saveArticle({ article: articleA(), statements: statementsA() });
      await store.saveArticle({ article: articleB(), statements: statementsB() });
      const byWord = await store.searchStatements({ q: 'prices' });
      expect(byWord.items.map((item) => item.quote.text)).toEqual(['"Grain prices will fall,"']);
      // stemming: "ceding" finds "cede"
      expect((await store.searchStatements({ q: 'ceding' })).items).toHaveLength(1);
      // operators in user input are never a syntax error
      expect((await store.searchStatements({ q: 'land" OR NEAR( * -' })).items.length).toBeGreaterThanOrEqual(
        0,
      );
      expect((await store.searchStatements({ speaker: 'Mark Olsen' })).items).toHaveLength(1);
      expect((await store.searchStatements({ kind: 'indirect' })).items).toHaveLength(2);
      expect(
        (await store.searchStatements({ outlet: 'example paper' })).items.map((item) => item.kind),
      ).toEqual(['indirect']);
      const dated = await store.searchStatements({ from: '2024-11-29', to: '2024-11-29' });
      expect(dated.items.map((item) => item.quote.text)).toEqual(['"We will never cede our land."']);
      const ordered = await store.searchStatements({ speaker: 'Anna Kovalenko', order: 'date' });
      expect(ordered.items.map((item) => item.saidOn?.basis)).toEqual(['relative', 'before']);
    });

    it('pages with a cursor', async () => {
      await store.saveArticle({ article: articleA(), statements: statementsA() });
      const first = await store.searchStatements({ limit: 2 });
      expect(first.items).toHaveLength(2);
      expect(first.total).toBe(3);
      const second = await store.searchStatements({ limit: 2, cursor: first.nextCursor });
      expect(second.items).toHaveLength(1);
      expect(second.nextCursor).toBeNull();
      expect(new Set([...first.items, ...second.items].map((item) => item.id)).size).toBe(3);
    });

    it('merges people, and the merge survives re-ingest of a changed article', async () => {
      const text = 'President Kovalenko said: "We will never cede our land." Anya Koval said more.';
      const a = await store.saveArticle({ article: articleA(), statements: statementsA() });
      const c = await store.saveArticle({
        article: { id: 'c', text, published: '2024-12-05', language: 'en' },
        statements: [statementIn(text, '"We will never cede our land."', 'Anya Koval')],
      });
      const anna = (await store.getArticle(a.articleId))!.statements[0].personId!;
      const annaK = (await store.getArticle(c.articleId))!.statements[0].personId!;
      expect(annaK).not.toBe(anna);
      const merged = await store.mergePeople(anna, annaK);
      expect(merged.id).toBe(anna);
      expect(merged.aliases).toEqual(expect.arrayContaining(['Anna Kovalenko', 'Anya Koval']));
      expect(await store.getPerson(annaK)).toMatchObject({ id: anna });
      expect((await store.listPeople()).items.map((item) => item.name)).toEqual([
        'Anna Kovalenko',
        'Mark Olsen',
      ]);
      // the merged quote is now a sighting of Anna's
      expect((await store.counts()).sightings).toBe(1);
      const changedText = `${text} "And never will," Anya Koval added.`;
      await store.saveArticle({
        article: { id: 'c', text: changedText, published: '2024-12-05', language: 'en' },
        statements: [statementIn(changedText, '"And never will,"', 'Anya Koval')],
      });
      const after = (await store.getArticle(c.articleId))!.statements[0];
      expect(after.personId).toBe(anna);
    });

    it("lists each person's statements for shifts as the date listing pages them", async () => {
      await store.saveArticle({ article: articleA(), statements: statementsA() });
      await store.saveArticle({ article: articleB(), statements: statementsB() });
      const text = 'Anya Koval said: "Talks will start in May." Mark Olsen said nothing.';
      const c = await store.saveArticle({
        article: { id: 'c', text, published: '2024-12-06', language: 'en' },
        statements: [statementIn(text, '"Talks will start in May."', 'Anya Koval')],
      });
      const people = (await store.listPeople()).items.map((item) => item.id);
      const koval = (await store.getArticle(c.articleId))!.statements[0].personId!;
      await store.mergePeople(
        people.find((id) => id !== koval && id.includes('kovalenko'))!,
        koval,
      );
      const asked = [...people, 'nobody'];
      const byPerson = await store.statementsByPerson(asked);
      expect([...byPerson.keys()].sort()).toEqual([...asked].sort());
      for (const personId of people) {
        const pages = [];
        let cursor: string | null = null;
        do {
          const page = await store.searchStatements({ speakerId: personId, order: 'date', limit: 1, cursor });
          pages.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        expect(byPerson.get(personId)).toEqual(pages);
      }
      // the merged-away id reads its new person's statements (a syndicated copy once)
      expect(byPerson.get(koval)!.map((item) => item.quote.text)).toEqual([
        '"We will never cede our land."',
        'the harvest was good',
        '"Talks will start in May."',
      ]);
      expect(byPerson.get('nobody')).toEqual([]);
    });

    it('splits an alias off, and the split survives re-ingest', async () => {
      const textC = 'Jane Smith said "taxes will rise." Later, "No," said Jane.';
      const a = await store.saveArticle({ article: articleA(), statements: statementsA() });
      const c = await store.saveArticle({
        article: { id: 'c', text: textC, published: '2024-12-05', language: 'en' },
        statements: [statementIn(textC, '"taxes will rise."', 'Jane Smith')],
      });
      const anna = (await store.getArticle(a.articleId))!.statements[0].personId!;
      const jane = (await store.getArticle(c.articleId))!.statements[0].personId!;
      // someone merged them by mistake; the split undoes it for Jane Smith's statements
      await store.mergePeople(anna, jane);
      const split = await store.splitPerson(anna, 'jane smith');
      expect(split.name).toBe('Jane Smith');
      expect(split.id).not.toBe(anna);
      expect((await store.getArticle(c.articleId))!.statements[0].personId).toBe(split.id);
      expect((await store.getPerson(anna))!.aliases).not.toContain('Jane Smith');
      await expect(store.splitPerson(anna, 'Nobody Here')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const changed = `${textC} "Soon," Jane Smith added.`;
      await store.saveArticle({
        article: { id: 'c', text: changed, published: '2024-12-05', language: 'en' },
        statements: [statementIn(changed, '"Soon,"', 'Jane Smith')],
      });
      expect((await store.getArticle(c.articleId))!.statements[0].personId).toBe(split.id);
    });

    it('keeps topics and replaces shifts per person', async () => {
      const a = await store.saveArticle({
        article: articleA(),
        statements: statementsA(),
        frames: [FRAME, null, null],
      });
      const [first, second] = (await store.getArticle(a.articleId))!.statements;
      expect(await store.listTopics()).toEqual([
        { key: 'cede-territory', label: 'cede territory', statementCount: 1 },
      ]);
      expect(
        (await store.searchStatements({ topic: 'cede-territory' })).items.map((item) => item.id),
      ).toEqual([first.id]);
      const shift: Shift = {
        id: 'shift-1',
        personId: first.personId!,
        personName: 'Anna Kovalenko',
        topic: 'cede-territory',
        earlier: {
          statementId: second.id,
          articleId: a.articleId,
          text: second.quote.text,
          saidOn: second.saidOn,
          outlet: 'Example Wire',
          kind: 'indirect',
        },
        later: {
          statementId: first.id,
          articleId: a.articleId,
          text: first.quote.text,
          saidOn: first.saidOn,
          outlet: 'Example Wire',
          kind: 'direct',
        },
        relation: 'polarity',
        confidence: 0.8,
        reason: 'said X, later said not X',
      };
      await store.replaceShifts(first.personId!, [shift]);
      await store.replaceShifts(first.personId!, [shift]);
      expect(await store.listShifts({ personId: first.personId! })).toEqual([shift]);
      expect(await store.listShifts({ speaker: 'Anna Kovalenko', since: '2024-11-01' })).toEqual([shift]);
      expect(await store.listShifts({ since: '2025-01-01' })).toEqual([]);
      expect((await store.counts()).shifts).toBe(1);
      await store.replaceShifts(first.personId!, []);
      expect(await store.listShifts()).toEqual([]);
      // several people in one go: each gets exactly its own list, and is no longer owed a recompute
      const olsen = (await store.findPeople('Mark Olsen'))[0].id;
      const other: Shift = { ...shift, id: 'shift-2', personId: olsen, personName: 'Mark Olsen' };
      await store.replaceShiftsOf([
        { personId: first.personId!, shifts: [shift] },
        { personId: olsen, shifts: [other] },
      ]);
      expect(await store.listShifts({ personId: olsen })).toEqual([other]);
      expect(await store.listShifts({ personId: first.personId! })).toEqual([shift]);
      expect(await store.staleShiftPeople()).not.toContain(olsen);
      await store.replaceShiftsOf([{ personId: olsen, shifts: [] }]);
      expect(await store.listShifts()).toEqual([shift]);
    });

    it('agrees on people when two connections write at once', async () => {
      if (!factory.reopen) return;
      const other = await factory.reopen();
      try {
        const save = (target: Store, index: number) => {
          const speaker = index % 2 ? 'Anna Kovalenko' : 'Mark Olsen';
          const text = `"Point number ${index} stands," ${speaker} said.`;
          return target.saveArticle({
            article: { id: `race-${index}`, text, published: '2024-05-01', language: 'en' },
            statements: [statementIn(text, `"Point number ${index} stands,"`, speaker)],
          });
        };
        const results = await Promise.all(
          Array.from({ length: 16 }, (_, index) => save(index % 2 ? store : other, index)),
        );
        expect(results.every((result) => result.status === 'new')).toBe(true);
        expect(await store.counts()).toMatchObject({ articles: 16, statements: 16, people: 2 });
      } finally {
        await other.close();
      }
    });

    it('lets a second connection see committed articles', async () => {
      if (!factory.reopen) return;
      await store.saveArticle({ article: articleA(), statements: statementsA() });
      const other = await factory.reopen();
      try {
        expect((await other.counts()).articles).toBe(1);
        expect((await other.saveArticle({ article: articleA(), statements: statementsA() })).status).toBe(
          'unchanged',
        );
      } finally {
        await other.close();
      }
    });
  });
}
