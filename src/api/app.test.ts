import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementRecord } from '../model/ledger.js';
import type { Page } from '../store/store.js';
import { PAYLOADS } from '../../test/e2e/fixture-articles.js';
import { visibleText } from '../../test/e2e/visible-text.js';
import { openFixtureStore, type FixtureStore } from '../../test/e2e/fixture-store.js';
import { createApp } from './app.js';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';

let fixture: FixtureStore;
let app: ReturnType<typeof createApp>;
let ostrovskyId: string;

beforeAll(async () => {
  fixture = await openFixtureStore();
  app = createApp(fixture.store, { token: null });
  const people = await fixture.store.findPeople('Ostrovsky');
  ostrovskyId = people[0].id;
});
afterAll(async () => {
  await fixture?.close();
});

async function json<T>(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: T; response: Response }> {
  const response = await app.request(path, init);
  return { status: response.status, body: (await response.json()) as T, response };
}

function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
}

describe('pages', () => {
  it('renders every page type with the security headers', async () => {
    const article = (await fixture.store.searchStatements({ speakerId: ostrovskyId, limit: 1 })).items[0]
      .articleId;
    const topic = (await fixture.store.listTopics({ limit: 1 }))[0].key;
    const pages = [
      '/',
      '/?q=NATO&kind=indirect',
      '/people',
      '/people?q=Vonk',
      `/people/${encodeURIComponent(ostrovskyId)}`,
      `/articles/${encodeURIComponent(article)}`,
      '/shifts',
      '/topics',
      `/topics/${encodeURIComponent(topic)}`,
    ];
    for (const path of pages) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expectSecurityHeaders(response);
      const page = await response.text();
      expect(page).toMatch(/^<!doctype html>/);
      expect(page).toContain('<main id="main"');
      // No inline script anywhere: every <script> has a src under /assets.
      for (const tag of page.match(/<script\b[^>]*>/g) ?? [])
        expect(tag).toMatch(/src="\/assets\/[a-z-]+\.js"/);
      expect(page).not.toMatch(/\sstyle="/);
    }
  });

  it('answers unknown pages and people with a 404 page, and errors still carry the headers', async () => {
    for (const path of [
      '/nowhere',
      '/people/nobody-at-all',
      '/articles/missing',
      '/assets/../package.json',
      '/assets/nope.js',
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      expectSecurityHeaders(response);
    }
    const page = await (await app.request('/people/%3Cscript%3E')).text();
    expect(page).toContain('&lt;script&gt;');
    expect(page).not.toContain('<script>');
  });

  it('ignores unknown query parameters on pages (shared links carry tracking tags)', async () => {
    for (const path of [
      '/?utm_source=mail',
      '/people?ref=x',
      `/people/${encodeURIComponent(ostrovskyId)}?a=1`,
      '/shifts?x=1',
    ]) {
      expect((await app.request(path)).status, path).toBe(200);
    }
    expect((await app.request('/?kind=rumour')).status).toBe(400);
  });

  it('serves the assets with their types', async () => {
    for (const [name, type] of [
      ['app.css', 'text/css'],
      ['search.js', 'text/javascript'],
      ['article.js', 'text/javascript'],
      ['icon.svg', 'image/svg+xml'],
    ]) {
      const response = await app.request(`/assets/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      expectSecurityHeaders(response);
    }
  });

  it('renders hostile article text, title and outlet as text', async () => {
    const page = await (await app.request('/articles/fixture-hostile-markup')).text();
    expect(page).not.toMatch(/<script>window/);
    expect(page).not.toMatch(/<img src=x/);
    expect(page).not.toMatch(/" onmouseover="/);
    // With our own tags taken out and entities decoded, every payload reads as the text it was.
    const text = visibleText(page);
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    const search = await (await app.request('/?q=alliance')).text();
    expect(search).not.toMatch(/<script>window/);
  });

  it('highlights statements in the article through their offsets', async () => {
    const article = await fixture.store.getArticle('fixture-ostrovsky-june');
    const page = (await (await app.request('/articles/fixture-ostrovsky-june')).text()).replace(/\s+/g, ' ');
    for (const statement of article!.statements) {
      expect(page).toContain(`id="s-${statement.id}"`);
    }
    expect(page).toMatch(/<mark class="hl hl-quote[^"]*" id="s-[^"]+" tabindex="0" aria-describedby="tip-1"/);
    expect(page).toContain('class="hl hl-cue"');
    expect(page).toContain('class="hl hl-speaker"');
    expect(page).toContain('class="dateline-inline">VELDGRAD, June 14 (Veldgrad Ledger) --');
  });

  it('shows the caption and the dateline apart from the body', async () => {
    const november = (await (await app.request('/articles/fixture-ostrovsky-november')).text()).replace(
      /\s+/g,
      ' ',
    );
    const body = /<div class="article-text">(.*?)<\/div> <\/article>/.exec(november)?.[1] ?? '';
    expect(body).toContain('Veldonian President');
    expect(body).not.toContain('Photo by Example Press Agency');
    expect(november).toMatch(/<figure class="caption">.*Photo by Example Press Agency/);
    const june = (await (await app.request('/articles/fixture-ostrovsky-june')).text()).replace(/\s+/g, ' ');
    expect(june).toMatch(
      /<p class="dateline"> ?<span class="label">Dateline<\/span> VELDGRAD · Veldgrad Ledger · 14 Jun 2024/,
    );
  });

  it('draws the territory shift on the person timeline', async () => {
    const page = (await (await app.request(`/people/${encodeURIComponent(ostrovskyId)}`)).text()).replace(
      /\s+/g,
      ' ',
    );
    expect(page).toContain('<svg class="timeline-svg"');
    expect(page).toMatch(/<path class="shift-arc"/);
    expect(page).toContain('cede territory');
  });
});

describe('GET /api/statements', () => {
  async function all(query: string, limit = 2): Promise<StatementRecord[]> {
    const out: StatementRecord[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const { status, body } = await json<Page<StatementRecord>>(
        `/api/statements?${query}&limit=${limit}${suffix}`,
      );
      expect(status).toBe(200);
      out.push(...body.items);
      if (!body.nextCursor) return out;
      cursor = body.nextCursor;
    }
    throw new Error('pagination did not end');
  }

  it('pages with cursors through every statement exactly once', async () => {
    const paged = await all('order=date', 3);
    const whole = (await json<Page<StatementRecord>>('/api/statements?order=date&limit=200')).body.items;
    const counts = await fixture.store.counts();
    expect(paged.map((item) => item.id)).toEqual(whole.map((item) => item.id));
    expect(new Set(paged.map((item) => item.id)).size).toBe(counts.statements);
  });

  it.each([
    ['q=NATO', (item: StatementRecord) => /nato/i.test(item.quote.text)],
    ['speaker=Ostrovsky', (item: StatementRecord) => item.personId === ostrovskyId],
    ['kind=direct', (item: StatementRecord) => item.kind === 'direct'],
    ['kind=indirect', (item: StatementRecord) => item.kind === 'indirect'],
    ['outlet=Harbour%20Times', (item: StatementRecord) => item.outlet === 'Harbour Times'],
    [
      'topic=cede-territory',
      (item: StatementRecord) => item.frame?.topics.includes('cede-territory') === true,
    ],
    ['from=2024-11-01', (item: StatementRecord) => (item.saidOn?.to || item.published || '') >= '2024-11-01'],
    [
      'to=2024-07-01',
      (item: StatementRecord) => (item.saidOn?.from || item.published || '9') <= '2024-07-01',
    ],
  ])('filters by %s', async (query, holds) => {
    const items = await all(query);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(holds(item), `${query}: ${item.quote.text}`).toBe(true);
  });

  it.each([
    ['/api/statements?speeker=x', 400, 'INPUT_INVALID'],
    ['/api/statements?kind=rumour', 400, 'INPUT_INVALID'],
    ['/api/statements?from=yesterday', 400, 'INPUT_INVALID'],
    ['/api/statements?limit=0', 400, 'INPUT_INVALID'],
    ['/api/people/nobody', 404, 'NOT_FOUND'],
    ['/api/articles/nothing-here', 404, 'NOT_FOUND'],
    ['/api/nowhere', 404, 'NOT_FOUND'],
  ])('%s answers %i %s as JSON', async (path, status, code) => {
    const { status: actual, body, response } = await json<{ error: { code: string; message: string } }>(path);
    expect(actual).toBe(status);
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(5);
    expectSecurityHeaders(response);
  });
});

describe('read API', () => {
  it('lists people, with Ostrovsky once under all his spellings', async () => {
    const { body } = await json<Page<{ id: string; name: string }>>('/api/people?limit=200');
    expect(body.items.filter((person) => /ostrovsk/i.test(person.name))).toHaveLength(1);
  });

  it('shows a person with aliases, titles, counts, positions and shifts', async () => {
    const { status, body } = await json<{
      person: { aliases: string[]; titles: { title: string }[] };
      counts: { statements: number; articles: number };
      positions: { topic: string; statements: unknown[] }[];
      shifts: { topic: string }[];
      outlets: { name: string }[];
    }>(`/api/people/${encodeURIComponent(ostrovskyId)}`);
    expect(status).toBe(200);
    expect(body.person.titles.map((title) => title.title)).toContain('Veldonian President');
    expect(body.counts.articles).toBe(2);
    expect(body.outlets.map((outlet) => outlet.name).sort()).toEqual(['Harbour Times', 'Veldgrad Ledger']);
    expect(body.positions.map((position) => position.topic)).toContain('cede-territory');
    expect(body.shifts.map((shift) => shift.topic)).toContain('cede-territory');
  });

  it('returns an article with text, caption, dateline and statement offsets into the text', async () => {
    const { body } = await json<{
      text: string;
      captions: { text: string }[];
      statements: StatementRecord[];
    }>('/api/articles/fixture-ostrovsky-november');
    expect(body.captions[0].text).toContain('Photo by Example Press Agency');
    for (const statement of body.statements) {
      expect(body.text.slice(statement.quote.start, statement.quote.end)).toBe(statement.quote.text);
    }
  });

  it('lists topics and shifts', async () => {
    const topics = (await json<{ items: { key: string }[] }>('/api/topics')).body.items;
    expect(topics.map((topic) => topic.key)).toContain('cede-territory');
    const shifts = (
      await json<{ items: { personId: string; topic: string }[] }>(`/api/shifts?personId=${ostrovskyId}`)
    ).body.items;
    expect(shifts.some((shift) => shift.topic === 'cede-territory')).toBe(true);
  });
});

describe('write routes', () => {
  let writable: FixtureStore;
  beforeAll(async () => {
    writable = await openFixtureStore({ hostile: false });
  });
  afterAll(async () => {
    await writable?.close();
  });

  const article = {
    id: 'api-ingested',
    published: '2025-01-20',
    outlet: 'Test Wire',
    text: 'Finnish President Alexander Stubb said on Monday that NATO would meet in March.',
  };
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

  it('are off without a configured token', async () => {
    const off = createApp(writable.store, { token: null });
    for (const [path, body] of [
      ['/api/ingest', article],
      ['/api/people/merge', { keep: 'a', merge: 'b' }],
    ] as const) {
      const response = await off.request(path, post(path, body, { authorization: 'Bearer anything' }));
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { code: string; message: string } }).error).toMatchObject({
        code: 'WRITE_DISABLED',
        message: expect.stringContaining('write routes are off'),
      });
    }
  });

  it.each([
    ['no header', {}],
    ['a wrong token', { authorization: 'Bearer wrong-token' }],
    ['a token prefix', { authorization: 'Bearer s3cret-tok' }],
    ['another scheme', { authorization: 'Basic s3cret-token' }],
  ])('refuse %s with 401', async (_name, headers) => {
    const on = createApp(writable.store, { token: 's3cret-token' });
    const response = await on.request('/api/ingest', post('/api/ingest', article, headers));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('UNAUTHORIZED');
  });

  it('ingest one article with the right token, idempotently', async () => {
    const on = createApp(writable.store, { token: 's3cret-token' });
    const auth = { authorization: 'Bearer s3cret-token' };
    const first = await on.request('/api/ingest', post('/api/ingest', article, auth));
    expect(first.status).toBe(201);
    const result = (await first.json()) as { articleId: string; status: string; statements: number };
    expect(result).toMatchObject({ articleId: 'api-ingested', status: 'new' });
    expect(result.statements).toBeGreaterThan(0);
    const again = await on.request('/api/ingest', post('/api/ingest', article, auth));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { status: string }).status).toBe('unchanged');
    const page = await on.request('/articles/api-ingested');
    expect(await page.text()).toContain('Alexander Stubb');
  });

  it('serve articles whose ids are URLs', async () => {
    const on = createApp(writable.store, { token: 't' });
    const id = 'https://example.org/news/a b?c=1&d=%2F';
    const created = await on.request(
      '/api/ingest',
      post(
        '',
        { ...article, id, text: `${article.text} He added that Sweden agreed.` },
        { authorization: 'Bearer t' },
      ),
    );
    expect(created.status).toBe(201);
    for (const path of [`/articles/${encodeURIComponent(id)}`, `/api/articles/${encodeURIComponent(id)}`]) {
      expect((await on.request(path)).status, path).toBe(200);
    }
  });

  it('ingest raw text/plain bodies and refuse bad ones', async () => {
    const on = createApp(writable.store, { token: 't' });
    const auth = { authorization: 'Bearer t' };
    const plain = await on.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...auth },
      body: 'Estonian Prime Minister Kristen Michal said on Tuesday that the ceasefire talks were premature.',
    });
    expect(plain.status).toBe(201);
    for (const [body, type] of [
      ['{not json', 'application/json'],
      [JSON.stringify({ text: 'a', url: 'https://example.org' }), 'application/json'],
      [JSON.stringify({ url: 'file:///etc/passwd' }), 'application/json'],
      [JSON.stringify({ text: 'x', extra: 1 }), 'application/json'],
      ['<b>x</b>', 'image/png'],
    ]) {
      const response = await on.request('/api/ingest', {
        method: 'POST',
        headers: { 'content-type': type, ...auth },
        body,
      });
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('INPUT_INVALID');
    }
  });

  it('merge two people with the right token', async () => {
    const on = createApp(writable.store, { token: 't' });
    const auth = { authorization: 'Bearer t' };
    const people = (await writable.store.listPeople({ limit: 200 })).items;
    const keep = people.find((person) => person.name === 'Pieter Vonk')!;
    const merge = people.find((person) => person.name === 'Ines Halvorsen')!;
    const missing = await on.request('/api/people/merge', post('', { keep: keep.id, merge: 'nobody' }, auth));
    expect(missing.status).toBe(404);
    const response = await on.request(
      '/api/people/merge',
      post('', { keep: keep.id, merge: merge.id }, auth),
    );
    expect(response.status).toBe(200);
    const person = (await response.json()) as { id: string; aliases: string[] };
    expect(person.id).toBe(keep.id);
    expect(await writable.store.getPerson(merge.id).then((found) => found?.id ?? null)).not.toBe(merge.id);
  });

  it('refuse bodies over the size limit with 413', async () => {
    const small = createApp(writable.store, { token: 't', maxBodyBytes: 1024 });
    const big = { text: 'x'.repeat(4096) };
    const response = await small.request('/api/ingest', post('', big, { authorization: 'Bearer t' }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('INPUT_TOO_LARGE');
    // The limit holds before the token is even checked, and for streamed bodies without a length.
    const stream = new ReadableStream({
      start(controller) {
        for (let index = 0; index < 8; index++) controller.enqueue(new TextEncoder().encode('y'.repeat(512)));
        controller.close();
      },
    });
    const streamed = await small.request('/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const defaults = createApp(writable.store, { token: 't' });
    const huge = await defaults.request(
      '/api/ingest',
      post('', { text: 'z'.repeat(3 * 1024 * 1024) }, { authorization: 'Bearer t' }),
    );
    expect(huge.status).toBe(413);
  });
});
