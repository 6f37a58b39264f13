import type { Hono } from 'hono';
import { OnrecordError } from '../errors.js';
import { refreshShifts } from '../pipeline/refresh-shifts.js';
import type { Store } from '../store/store.js';
import { checkToken } from './check-token.js';
import { readIngestRequest, readMergeRequest, type IngestOne } from './ingest-request.js';
import { loadPersonView } from './person-view.js';
import {
  PEOPLE_PARAMS,
  SHIFT_PARAMS,
  STATEMENT_PARAMS,
  TOPIC_PARAMS,
  asNumber,
  asString,
  readQuery,
} from './query-params.js';
import { toStatementQuery } from './statement-query.js';

export interface ApiOptions {
  token: string | null;
  ingest: IngestOne;
}

/** The JSON API under /api; every route here is described in openapi.ts (a test checks). */
export function addApiRoutes(app: Hono, store: Store, options: ApiOptions): void {
  app.get('/api/statements', async (c) => {
    const query = toStatementQuery(readQuery(c.req.url, STATEMENT_PARAMS));
    return c.json(await store.searchStatements(query));
  });

  app.get('/api/people', async (c) => {
    const values = readQuery(c.req.url, PEOPLE_PARAMS);
    return c.json(
      await store.listPeople({
        q: asString(values.q),
        limit: asNumber(values.limit) ?? 50,
        cursor: asString(values.cursor) ?? null,
      }),
    );
  });

  app.get('/api/people/:id', async (c) => {
    readQuery(c.req.url, []);
    const { statements: _statements, ...view } = await loadPersonView(store, c.req.param('id'));
    // The statements themselves page through /api/statements; positions already carry each one's text.
    return c.json({
      ...view,
      statementsUrl: `/api/statements?speakerId=${encodeURIComponent(view.person.id)}&order=date`,
    });
  });

  app.get('/api/articles/:id', async (c) => {
    readQuery(c.req.url, []);
    const id = c.req.param('id');
    const article = await store.getArticle(id);
    if (!article) throw new OnrecordError('NOT_FOUND', `no article with id "${id}"`);
    return c.json(article);
  });

  app.get('/api/topics', async (c) => {
    const values = readQuery(c.req.url, TOPIC_PARAMS);
    const items = await store.listTopics({
      speakerId: asString(values.speakerId),
      limit: asNumber(values.limit) ?? 100,
    });
    return c.json({ items });
  });

  app.get('/api/shifts', async (c) => {
    const values = readQuery(c.req.url, SHIFT_PARAMS);
    const items = await store.listShifts({
      personId: asString(values.personId),
      speaker: asString(values.speaker),
      topic: asString(values.topic),
      since: asString(values.since),
      limit: asNumber(values.limit) ?? 50,
    });
    return c.json({ items });
  });

  app.post('/api/ingest', async (c) => {
    checkToken(options.token, c.req.header('authorization'));
    readQuery(c.req.url, []);
    const request = await readIngestRequest(c.req.raw);
    const result = await options.ingest(request);
    return c.json(result, result.status === 'new' ? 201 : 200);
  });

  app.post('/api/people/merge', async (c) => {
    checkToken(options.token, c.req.header('authorization'));
    readQuery(c.req.url, []);
    const { keep, merge } = await readMergeRequest(c.req.raw);
    for (const id of [keep, merge]) {
      if (!(await store.getPerson(id))) throw new OnrecordError('NOT_FOUND', `no person with id "${id}"`);
    }
    const person = await store.mergePeople(keep, merge);
    // The merged person's statements now sit together: their shifts must be read again.
    await refreshShifts(store, [person.id]);
    return c.json(person);
  });
}
